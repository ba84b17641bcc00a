import type { BodyParams, ListParams } from '../form.ts';
import { emptyOperation, itemOperation, listOperation, type ServiceScope } from '../resource.ts';
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

export const listRoles = listOperation<ListRolesParams, Role>(['ListRole', 'ListServiceRole'], toRole);

export const createRole = itemOperation<CreateRoleParams, Role>(
  ['CreateRole', 'CreateServiceRole'],
  toRole,
  'role',
);

export const fetchRole = itemOperation<RoleRef, Role>(['FetchRole', 'FetchServiceRole'], toRole, 'role');

export const updateRole = itemOperation<UpdateRoleParams, Role>(
  ['UpdateRole', 'UpdateServiceRole'],
  toRole,
  'role',
);

export const deleteRole = emptyOperation<RoleRef>(['DeleteRole', 'DeleteServiceRole']);
