import { keys, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  createRole,
  deleteRole,
  listRoles,
  MAX_PAGE_SIZE,
  type Role,
  updateRole,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, deleteMutation, mutation, scoped } from '../mutations.ts';
import { type InScope, inScopeOrNull, splitPath } from '../scope.ts';
import { withNameAndDates, withResourceFields } from './common-fields.ts';
import { ParticipantRef } from './participant.ts';
import { withNamedService } from './service.ts';
import { serviceList, serviceSidArg } from './service-lists.ts';

export type RoleNode = InScope<Role>;

export const RoleTypeEnum = wireEnum(
  'RoleType',
  'What a role’s permissions apply to: the whole service, or one conversation.',
  {
    SERVICE: 'Permissions over the service, such as creating conversations.',
    CONVERSATION: 'Permissions inside a conversation, such as sending messages or removing members.',
  },
);

export const RoleRef = builder.objectRef<RoleNode>('Role');

/**
 * Reads a role through the per-request loader, which turns several roles of one service asked
 * at once into a single list call. Null when the SID is absent or the role does not exist.
 */
export async function loadRole(
  ctx: GatewayContext,
  scope: Scope,
  sid: string | null | undefined,
): Promise<RoleNode | null> {
  if (!sid) return null;
  return inScopeOrNull(await ctx.loaders.role.load(keys.role(scope, sid)), scope);
}

builder.node(RoleRef, {
  description:
    'A role: a named set of permissions given to users (service roles) or to participants (conversation roles).',
  id: { resolve: (r) => `${r.chatServiceSid}/${r.sid}` },
  loadOne: async (id, ctx) => {
    const [serviceSid, sid] = splitPath(id, 2) as [string, string];
    return loadRole(ctx, serviceSid, sid);
  },
  fields: (t) => ({
    chatServiceSid: t.exposeString('chatServiceSid', {
      description: 'The Conversation Service the role belongs to (IS…).',
    }),
    type: t.expose('type', {
      type: RoleTypeEnum,
      description: 'Whether it is a service or a conversation role.',
    }),
    permissions: t.field({
      type: ['String'],
      description: 'The actions the role allows, by Twilio’s permission names (e.g. `sendMessage`).',
      resolve: (r) => r.permissions ?? [],
    }),
  }),
});

withNamedService(RoleRef, 'role');
withResourceFields(RoleRef, { noun: 'role', prefix: 'RL' });
withNameAndDates(RoleRef);

builder.queryFields((t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description: 'A role by SID; null when it does not exist.',
    args: {
      sid: t.arg.string({ required: true, description: 'The RL… SID.' }),
      serviceSid: t.arg.string({ description: serviceSidArg }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) => loadRole(ctx, args.serviceSid ?? undefined, args.sid),
  }),
}));

serviceList<Role>('roles', {
  type: RoleRef,
  maxPageSize: MAX_PAGE_SIZE.listRoles,
  fetch: async (ctx, scope, page) =>
    primeFromPage(ctx.loaders.role, await listRoles(ctx.session, { serviceSid: scope, ...page }), (r) => [
      keys.role(scope, r.sid),
    ]),
  what: 'roles of a service',
  root: 'The roles of a service, the default ones included.',
  child: 'The roles of this service, the default ones included.',
});

const CreateRoleInput = builder.inputType('CreateRoleInput', {
  description: 'A new role.',
  fields: (t) => ({
    serviceSid: t.string({ description: serviceSidArg }),
    friendlyName: t.string({ required: true, description: 'A display name.' }),
    type: t.field({ type: RoleTypeEnum, required: true, description: 'Service or conversation role.' }),
    permissions: t.stringList({
      required: true,
      description: 'The actions it allows; each must be a permission Twilio knows for the role’s type.',
    }),
  }),
});

const UpdateRoleInput = builder.inputType('UpdateRoleInput', {
  description: 'A new permission set for a role.',
  fields: (t) => ({
    sid: t.string({ required: true, description: 'The RL… SID.' }),
    serviceSid: t.string({ description: serviceSidArg }),
    permissions: t.stringList({
      required: true,
      description: 'The complete new set of actions; it replaces the current one.',
    }),
  }),
});

const RolePayload = changePayload('RolePayload', {
  key: 'role',
  type: RoleRef,
  about: 'creating or updating a role',
  current: 'The role as it is now',
});

mutation('createRole', {
  description: 'Creates a role.',
  input: CreateRoleInput,
  inputDescription: 'The name, kind and permissions of the new role.',
  payload: RolePayload,
  run: scoped((input, ctx) =>
    createRole(ctx.session, {
      ...input,
      permission: input.permissions,
    }),
  ),
});

mutation('updateRole', {
  description: 'Replaces the permissions of a role.',
  input: UpdateRoleInput,
  inputDescription: 'The role to change, and its new permissions.',
  payload: RolePayload,
  run: scoped((input, ctx) =>
    updateRole(ctx.session, {
      ...input,
      permission: input.permissions,
    }),
  ),
});

deleteMutation('deleteRole', {
  description: 'Deletes a role; Twilio refuses while users or participants still hold it.',
  input: 'The role to delete.',
  inputDescription: 'The role to delete.',
  fields: (t) => ({
    serviceSid: t.string({ description: serviceSidArg }),
  }),
  sid: 'The RL… SID.',
  call: (session, input) => deleteRole(session, input),
});

builder.objectFields(ParticipantRef, (t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description: 'The participant’s conversation role, which decides what they may do in the conversation.',
    extensions: { upstreamCost: 1, upstreamCoalesced: true },
    // Participants of one service mostly share a role or two; the role loader serves every role
    // asked in the same tick from one list call of the service's roles.
    resolve: (p, _args, ctx) => loadRole(ctx, p.scope, p.roleSid),
  }),
}));
