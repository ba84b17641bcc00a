import type { ObjectRef } from '@pothos/core';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { keys, type Scope } from '../../loaders/index.ts';
import {
  conversationOf,
  messageOf,
  participantOf,
  stateChangeOf,
  type TwilioEvent,
  type TwilioEventType,
} from '../../realtime/index.ts';
import { fetchConfiguration } from '../../twilio/index.ts';
import { builder, type Types } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { type FieldNeeds, fromEventOrLoad, subscribeToEvents } from '../realtime.ts';
import { inScope } from '../scope.ts';
import {
  type ConversationNode,
  ConversationRef,
  ConversationStateEnum,
  loadConversation,
} from './conversation.ts';
import { loadMessage, type MessageNode, MessageRef } from './message.ts';
import { loadParticipant, type ParticipantNode, ParticipantRef } from './participant.ts';

/** What the fields that read other objects (IDs, links, child lists) read of their own object. */
const MESSAGE_LINKS: FieldNeeds<MessageNode> = {
  id: ['sid', 'conversationSid', 'chatServiceSid'],
  conversation: ['conversationSid'],
  service: ['conversationSid', 'chatServiceSid'],
  participant: ['participantSid', 'conversationSid'],
};
const PARTICIPANT_LINKS: FieldNeeds<ParticipantNode> = {
  id: ['sid', 'conversationSid', 'chatServiceSid'],
  conversation: ['conversationSid'],
  service: ['conversationSid', 'chatServiceSid'],
  role: ['roleSid'],
  user: ['identity'],
};
const CONVERSATION_LINKS: FieldNeeds<ConversationNode> = {
  id: ['chatServiceSid', 'sid'],
  service: ['chatServiceSid'],
  messages: ['sid'],
  participants: ['sid'],
  webhooks: ['sid'],
  emailBinding: ['bindings'],
};

/**
 * A subscription reads each event with a new session and loaders (`renew`): an event answers as
 * a query made at that moment would, within its own upstream deadline.
 */
function eventMessage(event: TwilioEvent, scope: Scope, ctx: GatewayContext, info: GraphQLResolveInfo) {
  // Twilio's short routes leave `chat_service_sid` out of messages and participants (see Message.chatServiceSid).
  const carried = inScope({ ...messageOf(event), chatServiceSid: scope ?? null }, scope);
  return fromEventOrLoad<MessageNode>(carried, info, MESSAGE_LINKS, () =>
    loadMessage(ctx.loaders, scope, event.conversationSid ?? '', event.fields.MessageSid ?? ''),
  );
}

function eventParticipant(event: TwilioEvent, scope: Scope, ctx: GatewayContext, info: GraphQLResolveInfo) {
  const carried = inScope({ ...participantOf(event), chatServiceSid: scope ?? null }, scope);
  return fromEventOrLoad<ParticipantNode>(carried, info, PARTICIPANT_LINKS, () =>
    loadParticipant(ctx.loaders, scope, event.conversationSid ?? '', event.fields.ParticipantSid ?? ''),
  );
}

function eventConversation(event: TwilioEvent, scope: Scope, ctx: GatewayContext, info: GraphQLResolveInfo) {
  return fromEventOrLoad<ConversationNode>(
    inScope(conversationOf(event), scope),
    info,
    CONVERSATION_LINKS,
    () => loadConversation(ctx.loaders, scope, event.conversationSid ?? ''),
  );
}

/**
 * The conversation a subscription watches, read with the subscriber's credentials: it must exist
 * and be theirs, and it names the account whose events they may hear.
 */
async function watchConversation(
  ctx: GatewayContext,
  scope: Scope,
  sid: string,
  types: readonly TwilioEventType[],
): Promise<AsyncIterable<TwilioEvent>> {
  const conversation = await loadConversation(ctx.loaders, scope, sid);
  if (!conversation) {
    throw new GraphQLError('No conversation has this SID or unique name.', {
      extensions: { code: 'NOT_FOUND' },
    });
  }
  return subscribeToEvents(ctx, {
    accountSid: conversation.accountSid,
    conversationSid: conversation.sid,
    types,
  });
}

type ConversationArgs = { conversationSid: string; serviceSid?: string | null | undefined };

const perConversation = <T extends object>(
  name: string,
  options: {
    type: ObjectRef<Types, T>;
    types: readonly TwilioEventType[];
    description: string;
    build: (event: TwilioEvent, scope: Scope, ctx: GatewayContext, info: GraphQLResolveInfo) => Promise<T>;
  },
) => {
  builder.subscriptionField(name, (t) =>
    t.field({
      // Pothos's result types do not resolve over a generic ref; the build function and the
      // ref it is declared with above agree on T.
      type: options.type as ObjectRef<Types, object>,
      description: options.description,
      args: {
        conversationSid: t.arg.string({
          required: true,
          description: 'The conversation’s CH… SID or unique name.',
        }),
        serviceSid: t.arg.string({
          description: 'The conversation service; the account’s default service when absent.',
        }),
      },
      // Subscribing reads the conversation once; each event may read the object it names.
      extensions: { upstreamCost: 1 },
      subscribe: (_root, args: ConversationArgs, ctx) =>
        watchConversation(ctx, args.serviceSid ?? undefined, args.conversationSid, options.types),
      resolve: (event, args: ConversationArgs, ctx, info) => {
        ctx.renew();
        return options.build(event as TwilioEvent, args.serviceSid ?? undefined, ctx, info);
      },
    }),
  );
};

perConversation('messageAdded', {
  type: MessageRef,
  types: ['onMessageAdded'],
  description: 'Each message posted in a conversation.',
  build: eventMessage,
});
perConversation('messageUpdated', {
  type: MessageRef,
  types: ['onMessageUpdated'],
  description: 'Each message edited in a conversation, as it is after the edit.',
  build: eventMessage,
});
perConversation('messageRemoved', {
  type: MessageRef,
  types: ['onMessageRemoved'],
  description:
    'Each message deleted from a conversation, as it was; only the fields Twilio’s webhook carries can be read (not `url`, `delivery`, `contentSid`).',
  build: eventMessage,
});
perConversation('participantAdded', {
  type: ParticipantRef,
  types: ['onParticipantAdded'],
  description: 'Each member who joins a conversation.',
  build: eventParticipant,
});
perConversation('participantUpdated', {
  type: ParticipantRef,
  types: ['onParticipantUpdated'],
  description: 'Each change to a member of a conversation (attributes, role, last read message).',
  build: eventParticipant,
});
perConversation('participantRemoved', {
  type: ParticipantRef,
  types: ['onParticipantRemoved'],
  description: 'Each member who leaves or is removed from a conversation, as they were.',
  build: eventParticipant,
});

builder.subscriptionField('conversationUpdated', (t) =>
  t.field({
    type: ConversationRef,
    description:
      'Each change to a conversation: its name, attributes, timers or state (also a state changed by a timer).',
    args: {
      sid: t.arg.string({ required: true, description: 'The CH… SID or the unique name.' }),
      serviceSid: t.arg.string({
        description: 'The conversation service; the account’s default service when absent.',
      }),
    },
    extensions: { upstreamCost: 1 },
    subscribe: (_root, args, ctx) =>
      watchConversation(ctx, args.serviceSid ?? undefined, args.sid, [
        'onConversationUpdated',
        'onConversationStateUpdated',
      ]),
    resolve: (event, args, ctx, info) => {
      ctx.renew();
      return eventConversation(event as TwilioEvent, args.serviceSid ?? undefined, ctx, info);
    },
  }),
);

/** The event types of `conversationEvents`, by their GraphQL names. */
const EVENT_TYPES = {
  CONVERSATION_ADDED: 'onConversationAdded',
  CONVERSATION_UPDATED: 'onConversationUpdated',
  CONVERSATION_REMOVED: 'onConversationRemoved',
  CONVERSATION_STATE_UPDATED: 'onConversationStateUpdated',
  MESSAGE_ADDED: 'onMessageAdded',
  MESSAGE_UPDATED: 'onMessageUpdated',
  MESSAGE_REMOVED: 'onMessageRemoved',
  PARTICIPANT_ADDED: 'onParticipantAdded',
  PARTICIPANT_UPDATED: 'onParticipantUpdated',
  PARTICIPANT_REMOVED: 'onParticipantRemoved',
  DELIVERY_UPDATED: 'onDeliveryUpdated',
} as const satisfies Record<string, TwilioEventType>;

type ConversationEventTypeValue = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

const ConversationEventTypeEnum = builder.enumType('ConversationEventType', {
  description: 'What happened, after Twilio’s post-event webhook of the same name.',
  values: Object.fromEntries(
    Object.entries(EVENT_TYPES).map(([name, value]) => [
      name,
      { value, description: `Twilio’s \`${value}\`.` },
    ]),
  ) as Record<keyof typeof EVENT_TYPES, { value: ConversationEventTypeValue; description: string }>,
});

/** An event of `conversationEvents`, with the scope its objects are read in. */
interface ConversationEventShape {
  event: TwilioEvent;
  scope: Scope;
}

const StateChangeRef = builder
  .objectRef<ReturnType<typeof stateChangeOf>>('ConversationStateChange')
  .implement({
    description: 'A conversation moving between active, inactive and closed.',
    fields: (t) => ({
      from: t.field({
        type: ConversationStateEnum,
        nullable: true,
        description: 'The state before.',
        resolve: (c) => c.from,
      }),
      to: t.field({
        type: ConversationStateEnum,
        nullable: true,
        description: 'The state after.',
        resolve: (c) => c.to,
      }),
      reason: t.exposeString('reason', {
        nullable: true,
        description:
          'What moved it: `API` (a REST call), `TIMER` (one of its timers) or `EVENT` (a new message).',
      }),
      date: t.expose('at', { type: 'DateTime', nullable: true, description: 'When it moved.' }),
    }),
  });

const ConversationEventRef = builder.objectRef<ConversationEventShape>('ConversationEvent').implement({
  description: 'Something that happened in a conversation, with the objects it concerns.',
  fields: (t) => ({
    type: t.field({
      type: ConversationEventTypeEnum,
      description: 'What happened.',
      resolve: ({ event }) => event.type as ConversationEventTypeValue,
    }),
    conversationSid: t.string({
      description: 'The conversation it happened in (CH…).',
      resolve: ({ event }) => event.conversationSid ?? '',
    }),
    source: t.string({
      nullable: true,
      description: 'Who made the change, as Twilio says: `API` for REST calls, `SDK` for a chat client.',
      resolve: ({ event }) => event.source,
    }),
    clientIdentity: t.string({
      nullable: true,
      description: 'The chat identity whose client made the change, when one did.',
      resolve: ({ event }) => event.clientIdentity,
    }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The conversation; null when it no longer exists and the event does not describe it.',
      extensions: { upstreamCost: 1 },
      resolve: ({ event, scope }, _args, ctx, info) =>
        event.type.startsWith('onConversation')
          ? eventConversation(event, scope, ctx, info)
          : loadConversation(ctx.loaders, scope, event.conversationSid ?? ''),
    }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message, for message and delivery events.',
      extensions: { upstreamCost: 1 },
      resolve: ({ event, scope }, _args, ctx, info) => {
        if (event.type.startsWith('onMessage')) return eventMessage(event, scope, ctx, info);
        if (event.type !== 'onDeliveryUpdated') return null;
        return loadMessage(ctx.loaders, scope, event.conversationSid ?? '', event.fields.MessageSid ?? '');
      },
    }),
    participant: t.field({
      type: ParticipantRef,
      nullable: true,
      description: 'The member, for participant events.',
      extensions: { upstreamCost: 1 },
      resolve: ({ event, scope }, _args, ctx, info) =>
        event.type.startsWith('onParticipant') ? eventParticipant(event, scope, ctx, info) : null,
    }),
    stateChange: t.field({
      type: StateChangeRef,
      nullable: true,
      description: 'The change of state, for `CONVERSATION_STATE_UPDATED`.',
      resolve: ({ event }) => (event.type === 'onConversationStateUpdated' ? stateChangeOf(event) : null),
    }),
  }),
});

/** Conversations whose service was looked up, per subscription; forgotten past this many. */
const MAX_REMEMBERED_CONVERSATIONS = 1000;

builder.subscriptionField('conversationEvents', (t) =>
  t.field({
    type: ConversationEventRef,
    description:
      'Every event of every conversation of a service: messages, members, changes of the conversations themselves, delivery updates.',
    args: {
      serviceSid: t.arg.string({
        description: 'The conversation service; the account’s default service when absent.',
      }),
      types: t.arg({
        type: [ConversationEventTypeEnum],
        description: 'Only these kinds of event; all of them when absent.',
      }),
    },
    extensions: { upstreamCost: 1 },
    subscribe: async (_root, args, ctx) => {
      const scope = args.serviceSid ?? undefined;
      let accountSid: string;
      let serviceSid: string | null;
      if (scope) {
        const service = await ctx.loaders.service.load(keys.service(scope));
        if (!service) {
          throw new GraphQLError('No conversation service has this SID.', {
            extensions: { code: 'NOT_FOUND' },
          });
        }
        ({ accountSid, sid: serviceSid } = service);
      } else {
        ({ accountSid, defaultChatServiceSid: serviceSid } = await fetchConfiguration(ctx.session));
      }
      // Message and participant webhooks do not name their service: whether their conversation
      // is in this one is read from Twilio, once per conversation.
      const members = new Map<string, boolean>();
      const remember = (conversationSid: string, member: boolean) => {
        if (members.size >= MAX_REMEMBERED_CONVERSATIONS) members.clear();
        members.set(conversationSid, member);
      };
      return subscribeToEvents(ctx, {
        accountSid,
        types: args.types ?? Object.values(EVENT_TYPES),
        keep: async (event) => {
          const conversationSid = event.conversationSid ?? '';
          const named = event.fields.ChatServiceSid;
          if (named !== undefined) {
            remember(conversationSid, named === serviceSid);
            return named === serviceSid;
          }
          const known = members.get(conversationSid);
          if (known !== undefined) return known;
          ctx.renew();
          try {
            const member = (await loadConversation(ctx.loaders, scope, conversationSid)) !== null;
            remember(conversationSid, member);
            return member;
          } catch {
            // Twilio could not say: deliver the event rather than lose it.
            return true;
          }
        },
      });
    },
    resolve: (event, args, ctx): ConversationEventShape => {
      ctx.renew();
      return { event: event as TwilioEvent, scope: args.serviceSid ?? undefined };
    },
  }),
);
