import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toPushBinding = resource('conversations.v1.service.service_binding', 'binding', {
  required: ['chat_service_sid'],
});

/** A push registration (BS…) of one device of one identity; created by the client SDKs, not REST. */
export type PushBinding = ReturnType<typeof toPushBinding>;

/** Bindings exist only under a named service; there is no short route for them. */
export const {
  list: listPushBindings,
  fetch: fetchPushBinding,
  delete: deletePushBinding,
} = resourceOperations('ServiceBinding', toPushBinding, { scoped: false });
