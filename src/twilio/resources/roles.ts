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

/** `update` replaces the role's whole permission set. */
export const {
  list: listRoles,
  create: createRole,
  fetch: fetchRole,
  update: updateRole,
  delete: deleteRole,
} = resourceOperations('Role', toRole, {
  scoped: true,
  name: 'role',
});
