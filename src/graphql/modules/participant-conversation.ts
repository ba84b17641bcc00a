import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Scope } from '../../loaders/index.ts';
import {
  listParticipantConversations,
  MAX_PAGE_SIZE,
  type ParticipantConversation,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { prefetchFor } from '../prefetch.ts';
import { type InScope, inScope } from '../scope.ts';
import { ConversationRef, ConversationStateEnum, ConversationTimersRef } from './conversation.ts';
import { loadParticipant, MessagingBindingRef, ParticipantRef } from './participant.ts';
import { loadNamedService, namedServiceCost, ServiceRef } from './service.ts';
import { serviceSidArg } from './service-lists.ts';
import { loadUser, UserRef } from './user.ts';
import { resolveMembershipConversation } from './user-conversation.ts';

export type ParticipantConversationNode = InScope<ParticipantConversation>;

const ParticipantConversationRef = builder
  .objectRef<ParticipantConversationNode>('ParticipantConversation')
  .implement({
    description:
      'A conversation found by one of its members (a chat identity or an SMS/WhatsApp address), with that member’s side of it.',
    fields: (t) => ({
      accountSid: t.exposeString('accountSid', { description: 'The Twilio account it belongs to.' }),
      chatServiceSid: t.exposeString('chatServiceSid', { description: 'The Conversation Service (IS…).' }),
      participantSid: t.exposeString('participantSid', { description: 'The member’s participant (MB…).' }),
      participantUserSid: t.exposeString('participantUserSid', {
        nullable: true,
        description: 'The member’s user (US…); null for SMS and WhatsApp members.',
      }),
      participantIdentity: t.exposeString('participantIdentity', {
        nullable: true,
        description: 'The member’s chat identity; null for SMS and WhatsApp members.',
      }),
      participantMessagingBinding: t.field({
        type: MessagingBindingRef,
        nullable: true,
        description: 'The member’s SMS or WhatsApp addresses; null for chat members.',
        resolve: (pc) => pc.participantMessagingBinding,
      }),
      conversationSid: t.exposeString('conversationSid', { description: 'The conversation (CH…).' }),
      conversationUniqueName: t.exposeString('conversationUniqueName', {
        nullable: true,
        description: 'The conversation’s unique name.',
      }),
      conversationFriendlyName: t.exposeString('conversationFriendlyName', {
        nullable: true,
        description: 'The conversation’s display name.',
      }),
      conversationAttributes: t.expose('conversationAttributes', {
        type: 'JSON',
        nullable: true,
        description: 'The conversation’s application data, as JSON.',
      }),
      conversationCreatedBy: t.exposeString('conversationCreatedBy', {
        nullable: true,
        description: 'The identity that created the conversation.',
      }),
      conversationState: t.field({
        type: ConversationStateEnum,
        nullable: true,
        description: 'Whether the conversation is active, inactive or closed.',
        resolve: (pc) => pc.conversationState,
      }),
      conversationTimers: t.field({
        type: ConversationTimersRef,
        description: 'When the conversation’s state timers fire; both null when no timer is set.',
        resolve: (pc) => ({
          dateInactive: pc.conversationTimers.dateInactive ?? null,
          dateClosed: pc.conversationTimers.dateClosed ?? null,
        }),
      }),
      conversationDateCreated: t.expose('conversationDateCreated', {
        type: 'DateTime',
        nullable: true,
        description: 'When the conversation was created.',
      }),
      conversationDateUpdated: t.expose('conversationDateUpdated', {
        type: 'DateTime',
        nullable: true,
        description: 'When the conversation last changed.',
      }),
      conversation: t.field({
        type: ConversationRef,
        nullable: true,
        description: 'The conversation itself.',
        extensions: { upstreamCost: 1 },
        resolve: (pc, _args, ctx, info) =>
          resolveMembershipConversation(ctx, info, pc.scope, {
            accountSid: pc.accountSid,
            chatServiceSid: pc.chatServiceSid,
            sid: pc.conversationSid,
            friendlyName: pc.conversationFriendlyName,
            uniqueName: pc.conversationUniqueName,
            attributes: pc.conversationAttributes,
            state: pc.conversationState,
            timers: pc.conversationTimers,
            dateCreated: pc.conversationDateCreated,
            dateUpdated: pc.conversationDateUpdated,
            url: pc.links?.conversation,
          }),
      }),
      participant: t.field({
        type: ParticipantRef,
        nullable: true,
        description: 'The member’s participant in the conversation.',
        extensions: { upstreamCost: 1 },
        resolve: (pc, _args, ctx) =>
          loadParticipant(ctx.loaders, pc.scope, pc.conversationSid, pc.participantSid),
      }),
      user: t.field({
        type: UserRef,
        nullable: true,
        description: 'The member’s user; null for SMS and WhatsApp members.',
        extensions: { upstreamCost: 1 },
        // By identity when there is one, as the list's lookup started it (the same user as the SID).
        resolve: (pc, _args, ctx) =>
          pc.participantUserSid
            ? loadUser(ctx, pc.scope, pc.participantIdentity ?? pc.participantUserSid)
            : null,
      }),
      service: t.field({
        type: ServiceRef,
        description: 'The Conversation Service of the conversation.',
        extensions: namedServiceCost,
        resolve: (pc, _args, ctx) => loadNamedService(ctx, pc.chatServiceSid),
      }),
    }),
  });

/** The member a participant-conversation list is for: exactly one of a chat identity or an address. */
interface ParticipantConversationFilters extends ConnectionArgs {
  identity?: string | null;
  address?: string | null;
}

/** One page walk over the conversations of a member, as the root field and `Service` both read it. */
function resolveParticipantConversations(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  scope: Scope,
  args: ParticipantConversationFilters,
) {
  // Twilio answers a request with both or neither with a 400; say so before spending a call.
  const identity = args.identity ?? undefined;
  const address = args.address ?? undefined;
  if ((identity === undefined) === (address === undefined)) {
    throw new GraphQLError('Give exactly one of `identity` or `address`.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  // Every item is this one member's: the roles of their participants and their user are known
  // from the arguments, and read next to the list.
  prefetchFor(ctx, info, { scope, identity: identity ?? null });
  return resolveForwardConnection(
    args,
    MAX_PAGE_SIZE.listParticipantConversations,
    async ({ pageSize, ref }) => {
      const page = await listParticipantConversations(ctx.session, {
        serviceSid: scope,
        pageSize,
        page: ref,
        ...(identity !== undefined ? { identity } : { address }),
      });
      return { ...page, items: page.items.map((pc) => inScope(pc, scope)) };
    },
    (item) => item.participantSid,
  );
}

const memberArgs = {
  identity: 'A chat identity.',
  address: 'An address such as `+15551230001` or `whatsapp:+447700900123`.',
} as const;

builder.objectFields(ServiceRef, (t) => ({
  participantConversations: t.connection(
    {
      type: ParticipantConversationRef,
      description:
        'The conversations of this service a member takes part in, found by their chat identity or their SMS/WhatsApp address (give exactly one); the same list as the root `participantConversations` field with this `serviceSid`.',
      args: {
        identity: t.arg.string({ description: memberArgs.identity }),
        address: t.arg.string({ description: memberArgs.address }),
      },
      extensions: {
        upstreamCost: 1,
        upstreamList: { maxPageSize: MAX_PAGE_SIZE.listParticipantConversations },
      },
      resolve: (service, args, ctx, info) => resolveParticipantConversations(ctx, info, service.sid, args),
    },
    { description: 'A page of the conversations of a member in a service.' },
    { description: 'One of the conversations of a member, with the cursor to resume after it.' },
  ),
}));

builder.queryFields((t) => ({
  participantConversations: t.connection(
    {
      type: ParticipantConversationRef,
      description:
        'The conversations a member takes part in, found by their chat identity or their SMS/WhatsApp address (give exactly one).',
      args: {
        identity: t.arg.string({ description: memberArgs.identity }),
        address: t.arg.string({ description: memberArgs.address }),
        serviceSid: t.arg.string({ description: serviceSidArg }),
      },
      extensions: {
        upstreamCost: 1,
        upstreamList: { maxPageSize: MAX_PAGE_SIZE.listParticipantConversations },
      },
      resolve: (_root, args, ctx, info) =>
        resolveParticipantConversations(ctx, info, args.serviceSid ?? undefined, args),
    },
    { description: 'A page of the conversations of a member.' },
    { description: 'One of the conversations of a member, with the cursor to resume after it.' },
  ),
}));
