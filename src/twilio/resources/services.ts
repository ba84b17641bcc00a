import type { TwilioSession } from '../client.ts';
import type { BodyParams, ListParams } from '../form.ts';
import type { Page } from '../paging.ts';
import { readList, readNothing, readOne } from '../resource.ts';
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

export function listServices(
  session: TwilioSession,
  params: ListServicesParams = {},
): Promise<Page<Service>> {
  return session.send(
    'ListService',
    { paging: { pageSize: params.pageSize, page: params.page } },
    readList('ListService', toService),
  );
}

export function createService(session: TwilioSession, params: CreateServiceParams): Promise<Service> {
  return session.send('CreateService', { form: params }, readOne(toService, 'service'));
}

export function fetchService(session: TwilioSession, params: ServiceRef): Promise<Service> {
  return session.send('FetchService', { path: { Sid: params.sid } }, readOne(toService, 'service'));
}

export function deleteService(session: TwilioSession, params: ServiceRef): Promise<void> {
  return session.send('DeleteService', { path: { Sid: params.sid } }, readNothing);
}
