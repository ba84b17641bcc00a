import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { formatDate } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { looksLikeSid } from '../sids.ts';
import {
  CONVERSATION_SCOPE_PERMISSIONS,
  type RoleRecord,
  SERVICE_SCOPE_PERMISSIONS,
  type ServiceState,
} from '../store.ts';
import type { RoleType, Wire } from '../wire.ts';
import { deleteRoute, fetchRoute, listRoute, type Records, requireBySid } from './records.ts';

const ROLE_TYPES: readonly RoleType[] = ['conversation', 'service'];
const FRIENDLY_NAME_MAX = 64;

export function renderRole(ctx: RouteContext, role: RoleRecord): Wire<'conversations.v1.role'> {
  return {
    sid: role.sid,
    account_sid: ctx.account.sid,
    chat_service_sid: ctx.service().sid,
    friendly_name: role.friendlyName,
    type: role.type,
    permissions: [...role.permissions],
    date_created: formatDate(role.dateCreated),
    date_updated: formatDate(role.dateUpdated),
    url: `${ctx.servicePrefix()}/Roles/${role.sid}`,
  };
}

/**
 * Resolves a role SID given in a request body (a user's `RoleSid`, a service default) to a role of
 * that service with the expected type. A conversation role cannot stand in for a service role and
 * vice versa: Twilio checks each against a different permission scope.
 */
export function requireRoleOfType(
  service: ServiceState,
  sid: string,
  type: RoleType,
  param: string,
): RoleRecord {
  const role = looksLikeSid(sid, 'RL') ? service.roles[sid] : undefined;
  if (!role) throw new EmulatorError(50100, `${param} ${sid} is not a role of this service`);
  if (role.type !== type)
    throw new EmulatorError(50105, `${param} must be a ${type} role, but ${sid} is a ${role.type} role`);
  return role;
}

function findRole(ctx: RouteContext): RoleRecord {
  return requireBySid(ctx, ctx.service().roles, 'RL');
}

/** The repeated `Permission` values, each checked against the permission list of the role's scope. */
function parsePermissions(ctx: RouteContext, type: RoleType): string[] {
  const values = (ctx.body.list('Permission') ?? []).filter((value) => value !== '');
  if (values.length === 0) throw createInvalidParameter('Permission', 'at least one permission is required');
  const allowed: readonly string[] =
    type === 'service' ? SERVICE_SCOPE_PERMISSIONS : CONVERSATION_SCOPE_PERMISSIONS;
  for (const value of values) {
    if (!allowed.includes(value))
      throw new EmulatorError(50104, `Permission "${value}" does not exist for ${type} roles`);
  }
  return [...new Set(values)];
}

/** Where a role is still referenced: deleting it would leave users or participants with a dangling role. */
function roleUsage(service: ServiceState, sid: string): string | undefined {
  const defaults = service.configuration;
  if (
    defaults.defaultChatServiceRoleSid === sid ||
    defaults.defaultConversationRoleSid === sid ||
    defaults.defaultConversationCreatorRoleSid === sid
  )
    return 'it is a default role in the service configuration';
  if (Object.values(service.users).some((user) => user.roleSid === sid)) return 'users are assigned to it';
  for (const conversation of Object.values(service.conversations)) {
    if (Object.values(conversation.participants).some((participant) => participant.roleSid === sid))
      return 'participants are assigned to it';
  }
  return undefined;
}

const roles: Records<ServiceState, RoleRecord> = {
  parent: (ctx) => ctx.service(),
  records: (service) => service.roles,
  find: findRole,
  render: (ctx, role) => renderRole(ctx, role),
};

export function registerRoles(router: Router): void {
  router.resource('Role', true, {
    list: listRoute(roles),
    create: (ctx) => {
      const service = ctx.service();
      const friendlyName = ctx.body.requiredString('FriendlyName', 50000, {
        max: FRIENDLY_NAME_MAX,
        tooLong: 50003,
      });
      const type = ctx.body.enumValue('Type', ROLE_TYPES, 50105);
      if (type === undefined)
        throw new EmulatorError(50105, 'Type not provided: expected conversation or service');
      const permissions = parsePermissions(ctx, type);
      const now = ctx.now();
      const role: RoleRecord = {
        ...ctx.store.newRecord('RL', now),
        friendlyName,
        type,
        permissions,
      };
      service.roles[role.sid] = role;
      return { status: 201, body: renderRole(ctx, role) };
    },
    fetch: fetchRoute(roles),
    update: (ctx) => {
      const role = findRole(ctx);
      // The spec's update takes only Permission, and the new list replaces the old one entirely.
      role.permissions = parsePermissions(ctx, role.type);
      role.dateUpdated = ctx.now();
      return { status: 200, body: renderRole(ctx, role) };
    },
    delete: deleteRoute(roles, {
      before: (_ctx, role, service) => {
        const usage = roleUsage(service, role.sid);
        if (usage) throw new EmulatorError(50106, `Role ${role.sid} cannot be deleted because ${usage}`);
      },
    }),
  });
}
