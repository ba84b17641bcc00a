import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toService = resource('conversations.v1.service', 'service');

/** A Conversation Service (IS…): the container of conversations, users, roles and bindings. */
export type Service = ReturnType<typeof toService>;

export const {
  list: listServices,
  create: createService,
  fetch: fetchService,
  delete: deleteService,
} = resourceOperations('Service', toService, { scoped: false });
