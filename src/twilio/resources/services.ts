import type { BodyParams, ListParams } from '../form.ts';
import { emptyOperation, itemOperation, listOperation } from '../resource.ts';
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

export type ListServicesParams = ListParams<'ListService'>;
export type CreateServiceParams = BodyParams<'CreateService'>;
export interface ServiceRef {
  sid: string;
}

export const listServices = listOperation<ListServicesParams, Service>('ListService', toService);

export const createService = itemOperation<CreateServiceParams, Service>(
  'CreateService',
  toService,
  'service',
);

export const fetchService = itemOperation<ServiceRef, Service>('FetchService', toService, 'service');

export const deleteService = emptyOperation<ServiceRef>('DeleteService');
