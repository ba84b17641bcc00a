import { keys, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  createUser,
  deleteUser,
  listUsers,
  MAX_PAGE_SIZE,
  type User,
  updateUser,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { createLookahead } from '../lookahead.ts';
import { changePayload, deleteMutation, mutation, scoped, toJsonValue } from '../mutations.ts';
import { type InScope, inScopeOrNull, splitPath } from '../scope.ts';
import {
  replacedAttributesInputField,
  webhookEnabledInputField,
  withAttributes,
  withNameAndDates,
  withResourceFields,
} from './common-fields.ts';
import { ParticipantRef } from './participant.ts';
import { loadRole, RoleRef } from './role.ts';
import { withNamedService } from './service.ts';
import { serviceList, serviceSidArg } from './service-lists.ts';

export type UserNode = InScope<User>;

/**
 * Reads a user by SID or identity in a route scope; null when it does not exist. The loader
 * remembers the user under both names, so asking again by the other one costs nothing.
 */
/** Children of a user that `user(sid:)` starts from its argument; their modules register here. */
export const userLookahead = createLookahead<{ sid: string; scope: Scope }>('User', {
  prefetchAt: (k) => ({ scope: k.scope }),
});

export async function loadUser(
  ctx: GatewayContext,
  scope: Scope,
  sidOrIdentity: string,
): Promise<UserNode | null> {
  return inScopeOrNull(await ctx.loaders.user.load(keys.user(scope, sidOrIdentity)), scope);
}

function userKeys(scope: Scope, user: User) {
  return [keys.user(scope, user.sid), keys.user(scope, user.identity)];
}

export const UserRef = builder.objectRef<UserNode>('User');
builder.node(UserRef, {
  description: 'A chat user of a Conversation Service, known by an identity the application chooses.',
  id: { resolve: (u) => `${u.chatServiceSid}/${u.sid}` },
  loadOne: async (id, ctx) => {
    const [serviceSid, sid] = splitPath(id, 2) as [string, string];
    return loadUser(ctx, serviceSid, sid);
  },
  fields: (t) => ({
    chatServiceSid: t.exposeString('chatServiceSid', {
      description: 'The Conversation Service the user belongs to (IS…).',
    }),
    identity: t.exposeString('identity', {
      description: 'The application’s name for the user, unique in the service; usable wherever a SID is.',
    }),
    roleSid: t.exposeString('roleSid', { nullable: true, description: 'The user’s service role (RL…).' }),
    isOnline: t.exposeBoolean('isOnline', {
      nullable: true,
      description: 'Whether the user is connected now; null unless the service tracks reachability.',
    }),
    isNotifiable: t.exposeBoolean('isNotifiable', {
      nullable: true,
      description:
        'Whether the user can receive push notifications; null unless the service tracks reachability.',
    }),
    role: t.field({
      type: RoleRef,
      nullable: true,
      description: 'The user’s service role, which decides what they may do in the service.',
      // The users of one page belong to one service, whose roles the role loader reads in one list
      // (roles beyond its first page are fetched one by one).
      extensions: { upstreamCost: 1, upstreamCoalesced: true },
      resolve: (u, _args, ctx) => loadRole(ctx, u.scope, u.roleSid),
    }),
  }),
});

withNamedService(UserRef, 'user');
withResourceFields(UserRef, { noun: 'user', prefix: 'US' });
withNameAndDates(UserRef);
withAttributes(UserRef);

builder.objectFields(ParticipantRef, (t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description:
      'The chat user behind this participant; null for SMS and WhatsApp participants or when no user exists.',
    // Participants name their user only by identity; the user loader keys by identity too, so the
    // same person across many conversations is fetched once per request, and the users of a page of
    // participants coalesce into one page of the service's users (as many fetches when they are not
    // on it).
    extensions: { upstreamCost: 1, upstreamCoalesced: true },
    // The user's own lists (their conversations) start from the identity, next to the user's fetch.
    resolve: (p, _args, ctx, info) => {
      const identity = p.identity;
      if (!identity) return null;
      return userLookahead.lookUp(ctx, info, { sid: identity, scope: p.scope }, () =>
        loadUser(ctx, p.scope, identity),
      );
    },
  }),
}));

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description: 'A user by SID or identity; null when it does not exist.',
    args: {
      sid: t.arg.string({ required: true, description: 'The US… SID or the identity.' }),
      serviceSid: t.arg.string({ description: serviceSidArg }),
    },
    extensions: { upstreamCost: 1 },
    // The user's conversations, when selected, start from the argument (Twilio takes the identity in
    // their path too), next to the user's own fetch.
    resolve: (_root, args, ctx, info) => {
      const scope = args.serviceSid ?? undefined;
      return userLookahead.lookUp(ctx, info, { sid: args.sid, scope }, () => loadUser(ctx, scope, args.sid));
    },
  }),
}));

serviceList<User>('users', {
  type: UserRef,
  maxPageSize: MAX_PAGE_SIZE.listUsers,
  fetch: async (ctx, scope, page) =>
    primeFromPage(ctx.loaders.user, await listUsers(ctx.session, { serviceSid: scope, ...page }), (u) =>
      userKeys(scope, u),
    ),
  what: 'users of a service',
  root: 'The users of a service, oldest first.',
  child: 'The users of this service, oldest first.',
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new user.',
  fields: (t) => ({
    serviceSid: t.string({ description: serviceSidArg }),
    ...webhookEnabledInputField(t),
    identity: t.string({
      required: true,
      description: 'The application’s name for the user, unique in the service.',
    }),
    friendlyName: t.string({ description: 'A display name.' }),
    attributes: t.field({ type: 'JSON', description: 'Free-form application data.' }),
    roleSid: t.string({
      description: 'The service role (RL…); the service’s default user role when absent.',
    }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Changes to a user; absent fields are left as they are.',
  fields: (t) => ({
    sid: t.string({ required: true, description: 'The US… SID or the identity.' }),
    serviceSid: t.string({ description: serviceSidArg }),
    ...webhookEnabledInputField(t),
    friendlyName: t.string({ description: 'A display name.' }),
    ...replacedAttributesInputField(t),
    roleSid: t.string({ description: 'The service role (RL…).' }),
  }),
});

const UserPayload = changePayload('UserPayload', {
  key: 'user',
  type: UserRef,
  about: 'creating or updating a user',
  current: 'The user as it is now',
});

mutation('createUser', {
  description: 'Creates a user; an identity already taken in the service is refused (Twilio 50201).',
  input: CreateUserInput,
  inputDescription: 'The identity, name, role and data of the new user.',
  payload: UserPayload,
  run: scoped((input, ctx) =>
    createUser(ctx.session, {
      ...input,
      attributes: toJsonValue(input.attributes),
    }),
  ),
});

mutation('updateUser', {
  description: 'Changes a user.',
  input: UpdateUserInput,
  inputDescription: 'The user to change, and the fields to change on it.',
  payload: UserPayload,
  run: scoped((input, ctx) =>
    updateUser(ctx.session, {
      ...input,
      attributes: toJsonValue(input.attributes),
    }),
  ),
});

deleteMutation('deleteUser', {
  description: 'Deletes a user; their participants stay in their conversations.',
  input: 'The user to delete.',
  inputDescription: 'The user to delete, by SID or identity.',
  fields: (t) => ({
    serviceSid: t.string({ description: serviceSidArg }),
    ...webhookEnabledInputField(t),
  }),
  sid: 'The US… SID or the identity.',
  call: (session, input) => deleteUser(session, input),
});
