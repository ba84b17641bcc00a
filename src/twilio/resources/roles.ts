import type { TwilioSession } from '../client.ts';
import type { BodyParams, ListParams } from '../form.ts';
import type { Page } from '../paging.ts';
import { readList, readNothing, readOne, type ServiceScope, scoped } from '../resource.ts';
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

type RoleWire = Schemas['conversations.v1.service.service_role'];

/** A role (RL…): a named set of permissions, of `service` or `conversation` scope. */
export type Role = Camelized<
  RoleWire,
  'sid' | 'account_sid' | 'chat_service_sid' | 'date_created' | 'date_updated' | 'url'
>;

export const roleTypes: Record<Schemas['role_enum_role_type'], true> = { conversation: true, service: true };

export const toRole = shape<RoleWire, Role>('role', {
  sid: requiredString,
  account_sid: requiredString,
  chat_service_sid: requiredString,
  friendly_name: string,
  type: oneOf(roleTypes),
  permissions: strings,
  date_created: requiredDate,
  date_updated: requiredDate,
  url: requiredString,
});

export interface RoleRef extends ServiceScope {
  sid: string;
}

export type ListRolesParams = ServiceScope & ListParams<'ListRole'>;
export type CreateRoleParams = ServiceScope & BodyParams<'CreateRole'>;
/** Replaces the role's whole permission set. */
export type UpdateRoleParams = RoleRef & BodyParams<'UpdateRole'>;

export function listRoles(session: TwilioSession, params: ListRolesParams = {}): Promise<Page<Role>> {
  const operationId = scoped(params, 'ListRole', 'ListServiceRole');
  return session.send(
    operationId,
    { path: { ChatServiceSid: params.serviceSid }, paging: { pageSize: params.pageSize, page: params.page } },
    readList(operationId, toRole),
  );
}

export function createRole(session: TwilioSession, params: CreateRoleParams): Promise<Role> {
  return session.send(
    scoped(params, 'CreateRole', 'CreateServiceRole'),
    { path: { ChatServiceSid: params.serviceSid }, form: params },
    readOne(toRole, 'role'),
  );
}

export function fetchRole(session: TwilioSession, params: RoleRef): Promise<Role> {
  return session.send(
    scoped(params, 'FetchRole', 'FetchServiceRole'),
    { path: { ChatServiceSid: params.serviceSid, Sid: params.sid } },
    readOne(toRole, 'role'),
  );
}

export function updateRole(session: TwilioSession, params: UpdateRoleParams): Promise<Role> {
  return session.send(
    scoped(params, 'UpdateRole', 'UpdateServiceRole'),
    { path: { ChatServiceSid: params.serviceSid, Sid: params.sid }, form: params },
    readOne(toRole, 'role'),
  );
}

export function deleteRole(session: TwilioSession, params: RoleRef): Promise<void> {
  return session.send(
    scoped(params, 'DeleteRole', 'DeleteServiceRole'),
    { path: { ChatServiceSid: params.serviceSid, Sid: params.sid } },
    readNothing,
  );
}
