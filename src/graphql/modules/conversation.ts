import type { ArgBuilder } from '@pothos/core';
import { keys, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  type Conversation,
  createConversation,
  deleteConversation,
  listConversations,
  MAX_PAGE_SIZE,
  updateConversation,
} from '../../twilio/index.ts';
import { builder, type InputFields, type Types } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { wireEnum } from '../enums.ts';
import { createLookahead } from '../lookahead.ts';
import { changePayload, deleteMutation, mutation, scoped, toJsonValue } from '../mutations.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { prefetchNodesOf } from '../prefetch.ts';
import { type InScope, inScope, inScopeOrNull, splitPath } from '../scope.ts';
import {
  replacedAttributesInputField,
  SERVICE_SID,
  webhookEnabledInputField,
  withAttributes,
  withNameAndDates,
  withResourceFields,
} from './common-fields.ts';

export type ConversationNode = InScope<Conversation>;

export const ConversationStateEnum = wireEnum(
  'ConversationState',
  'Where a conversation is in its life: active, inactive (can come back), or closed (final).',
  {
    ACTIVE: 'In use.',
    INACTIVE: 'Not in use; a new message makes it active again.',
    CLOSED: 'Finished for good; it can no longer be changed.',
  },
);

export const ConversationTimersRef = builder
  .objectRef<{ dateInactive: Date | null; dateClosed: Date | null }>('ConversationTimers')
  .implement({
    description: 'The instants at which the conversation’s timers will change its state.',
    fields: (t) => ({
      dateInactive: t.expose('dateInactive', {
        type: 'DateTime',
        nullable: true,
        description: 'When the conversation becomes inactive unless something happens first.',
      }),
      dateClosed: t.expose('dateClosed', {
        type: 'DateTime',
        nullable: true,
        description: 'When the conversation closes for good.',
      }),
    }),
  });

const EmailBindingRef = builder
  .objectRef<{ address: string | null; name: string | null }>('EmailBinding')
  .implement({
    description: 'The email address a conversation is bound to.',
    fields: (t) => ({
      address: t.exposeString('address', { nullable: true, description: 'The email address.' }),
      name: t.exposeString('name', {
        nullable: true,
        description: 'The display name used with the address.',
      }),
    }),
  });

export const ConversationRef = builder.objectRef<ConversationNode>('Conversation');

/** Reads a conversation in a route scope; null when it does not exist. */
export async function loadConversation(
  loaders: {
    conversation: { load: (key: ReturnType<typeof keys.conversation>) => Promise<Conversation | null> };
  },
  scope: Scope,
  sid: string,
): Promise<ConversationNode | null> {
  return inScopeOrNull(await loaders.conversation.load(keys.conversation(scope, sid)), scope);
}

builder.node(ConversationRef, {
  description: 'A conversation: a group of participants exchanging messages over chat, SMS or WhatsApp.',
  id: { resolve: (c) => `${c.chatServiceSid}/${c.sid}` },
  loadOne: async (id, ctx) => {
    const [serviceSid, sid] = splitPath(id, 2) as [string, string];
    return loadConversation(ctx.loaders, serviceSid, sid);
  },
  fields: (t) => ({
    chatServiceSid: t.exposeString('chatServiceSid', {
      description: 'The conversation service it belongs to (IS…).',
    }),
    messagingServiceSid: t.exposeString('messagingServiceSid', {
      nullable: true,
      description: 'The Messaging Service that carries its SMS and WhatsApp traffic (MG…).',
    }),
    uniqueName: t.exposeString('uniqueName', {
      nullable: true,
      description: 'An application-chosen name, unique in the service, usable wherever a SID is.',
    }),
    state: t.field({
      type: ConversationStateEnum,
      description: 'Active, inactive or closed.',
      resolve: (c) => c.state ?? 'active',
    }),
    timers: t.field({
      type: ConversationTimersRef,
      description: 'When the state timers fire; both null when no timer is set.',
      resolve: (c) => ({
        dateInactive: c.timers?.dateInactive ?? null,
        dateClosed: c.timers?.dateClosed ?? null,
      }),
    }),
    emailBinding: t.field({
      type: EmailBindingRef,
      nullable: true,
      description: 'The email binding, when the conversation has one.',
      resolve: (c) => c.bindings?.email ?? null,
    }),
  }),
});

withResourceFields(ConversationRef, { noun: 'conversation', prefix: 'CH' });
prefetchNodesOf(
  'Conversation',
  (id) => {
    const [serviceSid, sid] = splitPath(id, 2) as [string, string];
    return { scope: serviceSid, conversationSid: sid };
  },
  'conversations',
);
withNameAndDates(ConversationRef);
withAttributes(ConversationRef);

/** Filters of a conversation list, as both `Query.conversations` and `Service.conversations` take them. */
export interface ConversationFilters extends ConnectionArgs {
  state?: Conversation['state'] | null;
  startDate?: Date | null;
  endDate?: Date | null;
}

/** One page walk over a service's conversations; every page primes the conversation loader. */
/** The filters of a list of conversations (`ConversationFilters`), at the root and on a service. */
export function conversationFilterArgs(arg: ArgBuilder<Types>) {
  return {
    state: arg({ type: ConversationStateEnum, description: 'Only conversations in this state.' }),
    startDate: arg({ type: 'DateTime', description: 'Only conversations created at or after this instant.' }),
    endDate: arg({ type: 'DateTime', description: 'Only conversations created at or before this instant.' }),
  };
}

export function resolveConversations(ctx: GatewayContext, scope: Scope, args: ConversationFilters) {
  return resolveForwardConnection(args, MAX_PAGE_SIZE.listConversations, async ({ pageSize, ref }) => {
    const page = await listConversations(ctx.session, {
      serviceSid: scope,
      pageSize,
      page: ref,
      ...(args.state ? { state: args.state } : {}),
      ...(args.startDate ? { startDate: args.startDate } : {}),
      ...(args.endDate ? { endDate: args.endDate } : {}),
    });
    primeFromPage(ctx.loaders.conversation, page, (c) => [
      keys.conversation(scope, c.sid),
      ...(c.uniqueName ? [keys.conversation(scope, c.uniqueName)] : []),
    ]);
    return { ...page, items: page.items.map((c) => inScope(c, scope)) };
  });
}

/**
 * The child lists of a conversation (messages, participants, webhooks) that `conversation(sid:)`
 * starts from its arguments; the modules defining them register here.
 */
export const conversationLookahead = createLookahead<{ sid: string; scope: Scope }>('Conversation', {
  prefetchAt: (k) => ({ scope: k.scope, conversationSid: k.sid }),
});

builder.queryFields((t) => ({
  conversation: t.field({
    type: ConversationRef,
    nullable: true,
    description: 'A conversation by SID or unique name; null when it does not exist.',
    args: {
      sid: t.arg.string({ required: true, description: 'The CH… SID or the unique name.' }),
      serviceSid: t.arg.string({
        description: SERVICE_SID,
      }),
    },
    extensions: { upstreamCost: 1 },
    // The lists selected under it start at once, from the argument, next to the conversation's own
    // fetch; when none of its own fields is read the fetch is left out, and a 404 on those lists
    // answers null as the lookup would.
    resolve: (_root, args, ctx, info) => {
      const scope = args.serviceSid ?? undefined;
      return conversationLookahead.lookUp(
        ctx,
        info,
        { sid: args.sid, scope },
        () => loadConversation(ctx.loaders, scope, args.sid),
        { skipLoad: true },
      );
    },
  }),
  conversations: t.connection({
    type: ConversationRef,
    description: 'The conversations of a service, oldest first (newest first when filtered by date).',
    args: {
      serviceSid: t.arg.string({
        description: SERVICE_SID,
      }),
      ...conversationFilterArgs(t.arg),
    },
    extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listConversations } },
    resolve: (_root, args, ctx) => resolveConversations(ctx, args.serviceSid ?? undefined, args),
  }),
}));

export const TimersInput = builder.inputType('ConversationTimersInput', {
  description: 'State timers, as ISO 8601 durations (at least PT1M inactive, PT10M closed).',
  fields: (t) => ({
    inactive: t.field({
      type: 'Duration',
      description: 'Idle time after which the conversation becomes inactive.',
    }),
    closed: t.field({ type: 'Duration', description: 'Time after which the conversation closes for good.' }),
  }),
});

export const EmailBindingInput = builder.inputType('EmailBindingInput', {
  description: 'An email address to bind the conversation to.',
  fields: (t) => ({
    address: t.string({ description: 'The email address.' }),
    name: t.string({ description: 'The display name used with the address.' }),
  }),
});

/** The fields of a new conversation, shared by createConversation and createConversationWithParticipants. */
export function newConversationFields(t: InputFields) {
  return {
    serviceSid: t.string({
      description: SERVICE_SID,
    }),
    ...webhookEnabledInputField(t),
    friendlyName: t.string({ description: 'A display name.' }),
    uniqueName: t.string({ description: 'A name unique in the service, usable wherever a SID is.' }),
    attributes: t.field({ type: 'JSON', description: 'Free-form application data.' }),
    messagingServiceSid: t.string({
      description: 'The Messaging Service for SMS and WhatsApp traffic (MG…).',
    }),
    state: t.field({
      type: ConversationStateEnum,
      description: 'Initial state; required when timers are set.',
    }),
    timers: t.field({ type: TimersInput, description: 'State timers.' }),
    dateCreated: t.field({ type: 'DateTime', description: 'Creation date to record, for imported history.' }),
    dateUpdated: t.field({
      type: 'DateTime',
      description: 'Last-update date to record, for imported history.',
    }),
    emailBinding: t.field({ type: EmailBindingInput, description: 'An email address to bind.' }),
  };
}

export const CreateConversationInput = builder.inputType('CreateConversationInput', {
  description: 'A new conversation.',
  fields: (t) => newConversationFields(t),
});

export type ConversationFieldsInput = typeof CreateConversationInput.$inferInput;

/** The Conversation create/update parameters shared by createConversation and createConversationWithParticipants. */
export function conversationParams(input: Omit<ConversationFieldsInput, 'serviceSid' | 'webhookEnabled'>) {
  return {
    friendlyName: input.friendlyName,
    uniqueName: input.uniqueName,
    attributes: toJsonValue(input.attributes),
    messagingServiceSid: input.messagingServiceSid,
    state: input.state,
    timersInactive: input.timers?.inactive,
    timersClosed: input.timers?.closed,
    dateCreated: input.dateCreated,
    dateUpdated: input.dateUpdated,
    bindingsEmailAddress: input.emailBinding?.address,
    bindingsEmailName: input.emailBinding?.name,
  };
}

const ConversationPayload = changePayload('ConversationPayload', {
  key: 'conversation',
  type: ConversationRef,
  about: 'creating or updating a conversation',
  current: 'The conversation as it is now',
});

const UpdateConversationInput = builder.inputType('UpdateConversationInput', {
  description: 'Changes to a conversation; absent fields are left as they are.',
  fields: (t) => ({
    sid: t.string({ required: true, description: 'The CH… SID or the unique name.' }),
    serviceSid: t.string({
      description: SERVICE_SID,
    }),
    ...webhookEnabledInputField(t),
    friendlyName: t.string({ description: 'A display name.' }),
    uniqueName: t.string({ description: 'A name unique in the service.' }),
    ...replacedAttributesInputField(t),
    messagingServiceSid: t.string({ description: 'The Messaging Service (MG…).' }),
    state: t.field({ type: ConversationStateEnum, description: 'The new state; closing is final.' }),
    timers: t.field({ type: TimersInput, description: 'New state timers, counted from now.' }),
    dateCreated: t.field({ type: 'DateTime', description: 'Creation date to record.' }),
    dateUpdated: t.field({ type: 'DateTime', description: 'Last-update date to record.' }),
    emailBinding: t.field({ type: EmailBindingInput, description: 'An email address to bind.' }),
  }),
});

mutation('createConversation', {
  description: 'Creates a conversation.',
  input: CreateConversationInput,
  inputDescription: 'The new conversation’s service, names, state, timers and data.',
  payload: ConversationPayload,
  run: scoped((input, ctx) =>
    createConversation(ctx.session, {
      serviceSid: input.serviceSid,
      webhookEnabled: input.webhookEnabled,
      ...conversationParams(input),
    }),
  ),
});

mutation('updateConversation', {
  description: 'Changes a conversation; a closed conversation cannot be changed.',
  input: UpdateConversationInput,
  inputDescription: 'The conversation to change, and the fields to change on it.',
  payload: ConversationPayload,
  run: scoped((input, ctx) =>
    updateConversation(ctx.session, {
      serviceSid: input.serviceSid,
      sid: input.sid,
      webhookEnabled: input.webhookEnabled,
      ...conversationParams(input),
    }),
  ),
});

deleteMutation('deleteConversation', {
  description: 'Deletes a conversation with its messages, participants and webhooks.',
  input: 'The conversation to delete, with its messages, participants and webhooks.',
  inputDescription: 'The conversation to delete, by SID or unique name.',
  fields: (t) => ({
    serviceSid: t.string({
      description: SERVICE_SID,
    }),
    ...webhookEnabledInputField(t),
  }),
  sid: 'The CH… SID or the unique name.',
  call: (session, input) => deleteConversation(session, input),
});
