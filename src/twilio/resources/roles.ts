import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toRole = resource('conversations.v1.service.service_role', 'role', {
  required: ['chat_service_sid'],
});

/** A role (RL…): a named set of permissions, of `service` or `conversation` scope. */
export type Role = ReturnType<typeof toRole>;

/** `update` replaces the role's whole permission set. */
export const {
  list: listRoles,
  create: createRole,
  fetch: fetchRole,
  update: updateRole,
  delete: deleteRole,
} = resourceOperations('Role', toRole, { scoped: true });
