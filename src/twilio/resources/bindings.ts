import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  oneOf,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
  strings,
} from '../wire.ts';

type BindingWire = Schemas['conversations.v1.service.service_binding'];

/** A push registration (BS…) of one device of one identity; created by the client SDKs, not REST. */
export type PushBinding = Camelized<
  BindingWire,
  'sid' | 'account_sid' | 'chat_service_sid' | 'date_created' | 'date_updated' | 'url'
>;

export const bindingTypes: Record<Schemas['service_binding_enum_binding_type'], true> = {
  apn: true,
  gcm: true,
  fcm: true,
};

export const toPushBinding = shape<BindingWire, PushBinding>('binding', {
  sid: requiredString,
  account_sid: requiredString,
  chat_service_sid: requiredString,
  credential_sid: string,
  date_created: requiredDate,
  date_updated: requiredDate,
  endpoint: string,
  identity: string,
  binding_type: oneOf(bindingTypes),
  message_types: strings,
  url: requiredString,
});

/** Bindings exist only under a named service; there is no short route for them. */
export const {
  list: listPushBindings,
  fetch: fetchPushBinding,
  delete: deletePushBinding,
} = resourceOperations('ServiceBinding', toPushBinding, {
  scoped: false,
  name: 'binding',
});
