import type { GraphQLResolveInfo } from 'graphql';
import { keys, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  type Conversation,
  deleteUserConversation,
  listUserConversations,
  MAX_PAGE_SIZE,
  type UserConversation,
  updateUserConversation,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, DeletePayload, deleting, mutation, scoped } from '../mutations.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { type InScope, inScope, inScopeOrNull, splitPath } from '../scope.ts';
import { selectsOnly } from '../selection.ts';
import {
  type ConversationNode,
  ConversationRef,
  ConversationStateEnum,
  ConversationTimersRef,
  loadConversation,
} from './conversation.ts';
import { loadParticipant, ParticipantRef } from './participant.ts';
import { loadNamedService, namedServiceCost, ServiceRef } from './service.ts';
import { serviceSidArg } from './service-lists.ts';
import { loadUser, UserRef, userLookahead } from './user.ts';

export type UserConversationNode = InScope<UserConversation>;

export const NotificationLevelEnum = wireEnum(
  'NotificationLevel',
  'Whether a user gets push notifications for a conversation.',
  {
    DEFAULT: 'Notifications as the service’s notification settings say.',
    MUTED: 'No push notifications for this conversation.',
  },
);

/**
 * Conversation fields that a user conversation or a participant conversation already carries (Twilio
 * copies the conversation's name, attributes, state, timers and dates into both), and the links
 * that need only the conversation's SID. When a query asks a membership's `conversation` for
 * nothing else, the gateway answers from the membership and saves a FetchConversation per item:
 * an inbox of 50 conversations costs 50 calls fewer. Anything else (the Messaging Service, the
 * email binding) is fetched.
 */
const KNOWN_FROM_MEMBERSHIP: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'sid',
  'accountSid',
  'chatServiceSid',
  'friendlyName',
  'uniqueName',
  'attributes',
  'state',
  'timers',
  'dateCreated',
  'dateUpdated',
  'url',
  'messages',
  'participants',
  'webhooks',
  'service',
]);

/** What a membership says of its conversation. */
interface MembershipConversation {
  accountSid: string;
  chatServiceSid: string;
  sid: string;
  friendlyName: string | null;
  uniqueName: string | null;
  attributes: Conversation['attributes'];
  state: Conversation['state'];
  timers: Conversation['timers'];
  dateCreated: Date | null;
  dateUpdated: Date | null;
  url: string | undefined;
}

/**
 * The conversation of a membership: built from the membership when the selection reads only
 * KNOWN_FROM_MEMBERSHIP and the membership carries the dates and the URL, fetched otherwise.
 */
export function resolveMembershipConversation(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  scope: Scope,
  known: MembershipConversation,
): ConversationNode | Promise<ConversationNode | null> {
  const { dateCreated, dateUpdated, url } = known;
  if (dateCreated && dateUpdated && url && selectsOnly(info, KNOWN_FROM_MEMBERSHIP)) {
    // Only KNOWN_FROM_MEMBERSHIP is read from this object; the rest is never shown. Written out
    // rather than spread with overrides, which V8 copies slowly (src/graphql/scope.ts): once per
    // item of an inbox.
    return {
      accountSid: known.accountSid,
      chatServiceSid: known.chatServiceSid,
      sid: known.sid,
      friendlyName: known.friendlyName,
      uniqueName: known.uniqueName,
      attributes: known.attributes,
      state: known.state,
      timers: known.timers,
      dateCreated,
      dateUpdated,
      url,
      messagingServiceSid: null,
      bindings: { email: null },
      links: null,
      scope,
    };
  }
  return loadConversation(ctx.loaders, scope, known.sid);
}

/** The conversation of a user conversation, from what it carries when that is enough. */
export function resolveConversationOfUser(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  uc: UserConversationNode,
): ConversationNode | Promise<ConversationNode | null> {
  return resolveMembershipConversation(ctx, info, uc.scope, {
    accountSid: uc.accountSid,
    chatServiceSid: uc.chatServiceSid,
    sid: uc.conversationSid,
    friendlyName: uc.friendlyName,
    uniqueName: uc.uniqueName,
    attributes: uc.attributes,
    state: uc.conversationState,
    timers: uc.timers,
    dateCreated: uc.dateCreated,
    dateUpdated: uc.dateUpdated,
    url: uc.links?.conversation,
  });
}

export const UserConversationRef = builder.objectRef<UserConversationNode>('UserConversation');

builder.node(UserConversationRef, {
  description:
    'One conversation as one user sees it: their unread count, how far they have read and their notification level.',
  id: { resolve: (uc) => `${uc.chatServiceSid}/${uc.userSid}/${uc.conversationSid}` },
  loadOne: async (id, ctx) => {
    const [serviceSid, userSid, conversationSid] = splitPath(id, 3) as [string, string, string];
    return inScopeOrNull(
      await ctx.loaders.userConversation.load(keys.userConversation(serviceSid, userSid, conversationSid)),
      serviceSid,
    );
  },
  fields: (t) => ({
    sid: t.exposeString('conversationSid', {
      description: 'The conversation’s SID (CH…), which names this user conversation under its user.',
    }),
    accountSid: t.exposeString('accountSid', { description: 'The Twilio account it belongs to.' }),
    chatServiceSid: t.exposeString('chatServiceSid', { description: 'The Conversation Service (IS…).' }),
    conversationSid: t.exposeString('conversationSid', { description: 'The conversation (CH…).' }),
    userSid: t.exposeString('userSid', { description: 'The user (US…).' }),
    participantSid: t.exposeString('participantSid', {
      nullable: true,
      description: 'The user’s participant in the conversation (MB…).',
    }),
    unreadMessagesCount: t.exposeInt('unreadMessagesCount', {
      nullable: true,
      description: 'How many messages the user has not read; null until the user has reported reading.',
    }),
    lastReadMessageIndex: t.exposeInt('lastReadMessageIndex', {
      nullable: true,
      description: 'The index of the last message the user has read; null until it is reported.',
    }),
    notificationLevel: t.field({
      type: NotificationLevelEnum,
      nullable: true,
      description: 'Whether the user gets push notifications for this conversation.',
      resolve: (uc) => uc.notificationLevel,
    }),
    friendlyName: t.exposeString('friendlyName', {
      nullable: true,
      description: 'The conversation’s display name.',
    }),
    uniqueName: t.exposeString('uniqueName', {
      nullable: true,
      description: 'The conversation’s unique name.',
    }),
    attributes: t.expose('attributes', {
      type: 'JSON',
      nullable: true,
      description: 'The conversation’s application data, as JSON.',
    }),
    conversationState: t.field({
      type: ConversationStateEnum,
      nullable: true,
      description: 'Whether the conversation is active, inactive or closed.',
      resolve: (uc) => uc.conversationState,
    }),
    timers: t.field({
      type: ConversationTimersRef,
      description: 'When the conversation’s state timers fire; both null when no timer is set.',
      resolve: (uc) => ({
        dateInactive: uc.timers.dateInactive ?? null,
        dateClosed: uc.timers.dateClosed ?? null,
      }),
    }),
    createdBy: t.exposeString('createdBy', {
      nullable: true,
      description: 'The identity that created the conversation.',
    }),
    dateCreated: t.expose('dateCreated', {
      type: 'DateTime',
      nullable: true,
      description: 'When the conversation was created.',
    }),
    dateUpdated: t.expose('dateUpdated', {
      type: 'DateTime',
      nullable: true,
      description: 'When the conversation last changed.',
    }),
    url: t.expose('url', { type: 'URL', description: 'The REST URL of this user conversation.' }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The conversation itself.',
      extensions: { upstreamCost: 1 },
      resolve: (uc, _args, ctx, info) => resolveConversationOfUser(ctx, info, uc),
    }),
    participant: t.field({
      type: ParticipantRef,
      nullable: true,
      description: 'The user’s participant in the conversation.',
      extensions: { upstreamCost: 1 },
      resolve: (uc, _args, ctx) =>
        uc.participantSid
          ? loadParticipant(ctx.loaders, uc.scope, uc.conversationSid, uc.participantSid)
          : null,
    }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'The user.',
      extensions: { upstreamCost: 1 },
      resolve: (uc, _args, ctx) => loadUser(ctx, uc.scope, uc.userSid),
    }),
    service: t.field({
      type: ServiceRef,
      description: 'The Conversation Service of the user and the conversation.',
      extensions: namedServiceCost,
      resolve: (uc, _args, ctx) => loadNamedService(ctx, uc.chatServiceSid),
    }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  conversations: t.connection(
    {
      type: UserConversationRef,
      description:
        'The conversations the user takes part in, each with the user’s unread count and read horizon.',
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listUserConversations } },
      resolve: userLookahead.child('conversations', (u, args: ConnectionArgs, ctx) =>
        resolveForwardConnection(
          args,
          MAX_PAGE_SIZE.listUserConversations,
          async ({ pageSize, ref }) => {
            const page = await listUserConversations(ctx.session, {
              serviceSid: u.scope,
              userSid: u.sid,
              pageSize,
              page: ref,
            });
            // Keyed by the user's own US… SID: the list may have been read by identity.
            primeFromPage(ctx.loaders.userConversation, page, (uc) => [
              keys.userConversation(u.scope, uc.userSid, uc.conversationSid),
            ]);
            return { ...page, items: page.items.map((uc) => inScope(uc, u.scope)) };
          },
          (item) => item.conversationSid,
        ),
      ),
    },
    { description: 'A page of the conversations of a user.' },
    { description: 'One of the conversations of a user, with the cursor to resume after it.' },
  ),
}));

builder.queryFields((t) => ({
  userConversation: t.field({
    type: UserConversationRef,
    nullable: true,
    description:
      'One conversation as one user sees it; null when the user is not in it or either does not exist.',
    args: {
      userSid: t.arg.string({ required: true, description: 'The US… SID or the identity.' }),
      conversationSid: t.arg.string({ required: true, description: 'The CH… SID or the unique name.' }),
      serviceSid: t.arg.string({ description: serviceSidArg }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, args, ctx) => {
      const scope = args.serviceSid ?? undefined;
      return inScopeOrNull(
        await ctx.loaders.userConversation.load(
          keys.userConversation(scope, args.userSid, args.conversationSid),
        ),
        scope,
      );
    },
  }),
}));

const UpdateUserConversationInput = builder.inputType('UpdateUserConversationInput', {
  description: 'Changes to how a user sees one of their conversations; absent fields are left as they are.',
  fields: (t) => ({
    userSid: t.string({ required: true, description: 'The US… SID or the identity.' }),
    conversationSid: t.string({ required: true, description: 'The CH… SID or the unique name.' }),
    serviceSid: t.string({ description: serviceSidArg }),
    notificationLevel: t.field({
      type: NotificationLevelEnum,
      description: 'Mute or unmute push notifications.',
    }),
    lastReadMessageIndex: t.int({ description: 'The index of the last message the user has read.' }),
    lastReadTimestamp: t.field({
      type: 'DateTime',
      description: 'When the user last read the conversation.',
    }),
  }),
});

mutation('updateUserConversation', {
  description: 'Changes how a user sees one of their conversations: notification level and read horizon.',
  input: UpdateUserConversationInput,
  inputDescription: 'The user and conversation, and the notification level or read horizon to set.',
  payload: changePayload('UserConversationPayload', {
    key: 'userConversation',
    type: UserConversationRef,
    about: 'updating a user conversation',
    current: 'The user conversation as it is now',
  }),
  run: scoped((input, ctx) => updateUserConversation(ctx.session, input)),
});

const DeleteUserConversationInput = builder.inputType('DeleteUserConversationInput', {
  description: 'A conversation for a user to leave.',
  fields: (t) => ({
    userSid: t.string({ required: true, description: 'The US… SID or the identity.' }),
    conversationSid: t.string({ required: true, description: 'The CH… SID or the unique name.' }),
    serviceSid: t.string({ description: serviceSidArg }),
  }),
});

mutation('deleteUserConversation', {
  description:
    'Makes a user leave a conversation (removes their participant); the conversation itself stays.',
  input: DeleteUserConversationInput,
  inputDescription: 'The user, and the conversation they leave.',
  payload: DeletePayload,
  run: deleting(
    (input, ctx) => deleteUserConversation(ctx.session, input),
    (input) => input.conversationSid,
  ),
});
