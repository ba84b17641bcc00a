import { resourceOperations } from '../resource.ts';
import { type Camelized, links, requiredDate, requiredString, type Schemas, shape, string } from '../wire.ts';

type ServiceWire = Schemas['conversations.v1.service'];

/** A Conversation Service (IS…): the container of conversations, users, roles and bindings. */
export type Service = Camelized<ServiceWire, 'sid' | 'account_sid' | 'date_created' | 'date_updated' | 'url'>;

export const toService = shape<ServiceWire, Service>('service', {
  account_sid: requiredString,
  sid: requiredString,
  friendly_name: string,
  date_created: requiredDate,
  date_updated: requiredDate,
  url: requiredString,
  links,
});

export const {
  list: listServices,
  create: createService,
  fetch: fetchService,
  delete: deleteService,
} = resourceOperations('Service', toService, {
  scoped: false,
  name: 'service',
});
