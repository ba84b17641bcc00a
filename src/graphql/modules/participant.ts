import { keys, type Loaders, participantKeys, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  createParticipant,
  deleteParticipant,
  listParticipants,
  MAX_PAGE_SIZE,
  type MessagingBinding,
  type Participant,
  updateParticipant,
} from '../../twilio/index.ts';
import { builder, type InputFields } from '../builder.ts';
import { changePayload, deleteMutation, mutation, scoped, toJsonValue } from '../mutations.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { prefetchNodesOf } from '../prefetch.ts';
import { type InScope, inScope, inScopeOrNull, splitPath } from '../scope.ts';
import {
  CONVERSATION_SID,
  inConversationInputFields,
  replacedAttributesInputField,
  SERVICE_SID,
  webhookEnabledInputField,
  withAttributes,
  withResourceFields,
} from './common-fields.ts';
import { ConversationRef, conversationLookahead, loadConversation } from './conversation.ts';
import { withServiceOfChild } from './service.ts';

export type ParticipantNode = InScope<Participant>;

/**
 * Twilio's short routes (`/v1/Conversations/…`) leave `chat_service_sid` out of participants,
 * messages, receipts and webhooks, so an object read through them cannot name its service in its
 * global ID without an extra call. Such IDs carry this marker instead, and `node(id:)` reads them
 * back through the short routes.
 */
const DEFAULT_SERVICE_SEGMENT = 'default';

/** The first segment of a global ID: the service the object was read in, or the default-service marker. */
export function serviceSegment(chatServiceSid: string | null, scope: Scope): string {
  return chatServiceSid ?? scope ?? DEFAULT_SERVICE_SEGMENT;
}

export function scopeFromSegment(segment: string): Scope {
  return segment === DEFAULT_SERVICE_SEGMENT ? undefined : segment;
}

/** Reads a participant by SID or identity in a route scope; null when it does not exist. */
export async function loadParticipant(
  loaders: Pick<Loaders, 'participant'>,
  scope: Scope,
  conversationSid: string,
  sid: string,
): Promise<ParticipantNode | null> {
  return inScopeOrNull(await loaders.participant.load(keys.participant(scope, conversationSid, sid)), scope);
}

export const MessagingBindingRef = builder.objectRef<MessagingBinding>('MessagingBinding').implement({
  description:
    'How a participant outside chat (SMS, WhatsApp, Group MMS) exchanges messages: their address and the Twilio address they talk to.',
  fields: (t) => ({
    type: t.exposeString('type', {
      nullable: true,
      description: 'The channel, as Twilio names it: `sms`, `whatsapp`, …',
    }),
    address: t.exposeString('address', {
      nullable: true,
      description: 'The participant’s own address, e.g. a phone number or `whatsapp:+…`.',
    }),
    proxyAddress: t.exposeString('proxyAddress', {
      nullable: true,
      description: 'The Twilio number the participant writes to and receives from.',
    }),
    projectedAddress: t.exposeString('projectedAddress', {
      nullable: true,
      description: 'The Twilio number a chat participant of a Group MMS appears as to the others.',
    }),
  }),
});

export const ParticipantRef = builder.objectRef<ParticipantNode>('Participant');

builder.node(ParticipantRef, {
  description:
    'A member of a conversation: a chat user known by identity, or someone on SMS or WhatsApp known by their address.',
  id: { resolve: (p) => `${serviceSegment(p.chatServiceSid, p.scope)}/${p.conversationSid}/${p.sid}` },
  loadOne: async (id, ctx) => {
    const [segment, conversationSid, sid] = splitPath(id, 3) as [string, string, string];
    return loadParticipant(ctx.loaders, scopeFromSegment(segment), conversationSid, sid);
  },
  fields: (t) => ({
    conversationSid: t.exposeString('conversationSid', {
      description: 'The conversation it is a member of (CH…).',
    }),
    identity: t.exposeString('identity', {
      nullable: true,
      description: 'The chat user’s identity; null for SMS and WhatsApp participants.',
    }),
    messagingBinding: t.field({
      type: MessagingBindingRef,
      nullable: true,
      description: 'The SMS, WhatsApp or Group MMS addresses; null for chat-only participants.',
      resolve: (p) => p.messagingBinding,
    }),
    roleSid: t.exposeString('roleSid', {
      nullable: true,
      description: 'The role that decides what the participant may do in the conversation (RL…).',
    }),
    lastReadMessageIndex: t.exposeInt('lastReadMessageIndex', {
      nullable: true,
      description: 'The index of the last message the participant has read; null until it is reported.',
    }),
    lastReadTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the participant last read; null until it is reported.',
      // Twilio sends this one as a plain string; anything that is not a date is treated as unset.
      resolve: (p) => {
        if (!p.lastReadTimestamp) return null;
        const date = new Date(p.lastReadTimestamp);
        return Number.isNaN(date.getTime()) ? null : date;
      },
    }),
    dateCreated: t.expose('dateCreated', { type: 'DateTime', description: 'When the participant joined.' }),
    dateUpdated: t.expose('dateUpdated', {
      type: 'DateTime',
      nullable: true,
      description: 'When the participant last changed.',
    }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The conversation the participant is a member of.',
      extensions: { upstreamCost: 1 },
      resolve: (p, _args, ctx) => loadConversation(ctx.loaders, p.scope, p.conversationSid),
    }),
  }),
});

withResourceFields(ParticipantRef, { noun: 'participant', prefix: 'MB' });
prefetchNodesOf('Participant', (id) => {
  const [segment, conversationSid] = splitPath(id, 3) as [string, string, string];
  return { scope: scopeFromSegment(segment), conversationSid };
});
withAttributes(ParticipantRef);
withServiceOfChild(ParticipantRef, 'participant');

builder.objectFields(ConversationRef, (t) => ({
  participants: t.connection(
    {
      type: ParticipantRef,
      description: 'The members of the conversation, in the order they joined.',
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listParticipants } },
      resolve: conversationLookahead.child('participants', (conversation, args: ConnectionArgs, ctx) => {
        const scope = conversation.scope;
        return resolveForwardConnection(args, MAX_PAGE_SIZE.listParticipants, async ({ pageSize, ref }) => {
          const page = await listParticipants(ctx.session, {
            serviceSid: scope,
            conversationSid: conversation.sid,
            pageSize,
            page: ref,
          });
          primeFromPage(ctx.loaders.participant, page, (p) => participantKeys(scope, p.conversationSid, p));
          return { ...page, items: page.items.map((p) => inScope(p, scope)) };
        });
      }),
    },
    { description: 'A page of the members of a conversation.' },
    { description: 'A member of a conversation and its place in the list.' },
  ),
}));

builder.queryFields((t) => ({
  participant: t.field({
    type: ParticipantRef,
    nullable: true,
    description: 'A member of a conversation by SID or identity; null when there is no such member.',
    args: {
      conversationSid: t.arg.string({
        required: true,
        description: CONVERSATION_SID,
      }),
      sid: t.arg.string({ required: true, description: 'The participant’s MB… SID or the chat identity.' }),
      serviceSid: t.arg.string({
        description: SERVICE_SID,
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) =>
      loadParticipant(ctx.loaders, args.serviceSid ?? undefined, args.conversationSid, args.sid),
  }),
}));

export const MessagingBindingInput = builder.inputType('MessagingBindingInput', {
  description: 'The addresses of an SMS, WhatsApp or Group MMS participant.',
  fields: (t) => ({
    address: t.string({
      description: 'The participant’s own address, e.g. `+15551230001` or `whatsapp:+…`.',
    }),
    proxyAddress: t.string({ description: 'The Twilio number the participant talks to.' }),
    projectedAddress: t.string({
      description: 'The Twilio number a chat participant of a Group MMS appears as.',
    }),
  }),
});

const MessagingBindingUpdateInput = builder.inputType('MessagingBindingUpdateInput', {
  description: 'New Twilio-side addresses of a participant; the participant’s own address cannot change.',
  fields: (t) => ({
    proxyAddress: t.string({ description: 'The Twilio number the participant talks to.' }),
    projectedAddress: t.string({
      description: 'The Twilio number a chat participant of a Group MMS appears as.',
    }),
  }),
});

/** Who a new participant is: the fields of CreateParticipantInput and of a new conversation's ParticipantInput. */
export function newParticipantFields(t: InputFields) {
  return {
    identity: t.string({ description: 'The chat user’s identity.' }),
    messagingBinding: t.field({
      type: MessagingBindingInput,
      description: 'SMS, WhatsApp or Group MMS addresses.',
    }),
    roleSid: t.string({
      description: 'The role to give (RL…); the service’s default conversation role when absent.',
    }),
    attributes: t.field({ type: 'JSON', description: 'Free-form application data.' }),
  };
}

const CreateParticipantInput = builder.inputType('CreateParticipantInput', {
  description:
    'A new member of a conversation: give an identity for chat, or a messaging binding for SMS/WhatsApp.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    ...webhookEnabledInputField(t),
    ...newParticipantFields(t),
    dateCreated: t.field({ type: 'DateTime', description: 'Join date to record, for imported history.' }),
    dateUpdated: t.field({
      type: 'DateTime',
      description: 'Last-update date to record, for imported history.',
    }),
  }),
});

const UpdateParticipantInput = builder.inputType('UpdateParticipantInput', {
  description: 'Changes to a participant; absent fields are left as they are.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    sid: t.string({ required: true, description: 'The participant’s MB… SID or identity.' }),
    ...webhookEnabledInputField(t),
    identity: t.string({ description: 'A new chat identity.' }),
    messagingBinding: t.field({
      type: MessagingBindingUpdateInput,
      description: 'New Twilio-side addresses.',
    }),
    roleSid: t.string({ description: 'A new role (RL…).' }),
    ...replacedAttributesInputField(t),
    lastReadMessageIndex: t.int({ description: 'The index of the last message the participant has read.' }),
    lastReadTimestamp: t.field({ type: 'DateTime', description: 'When the participant last read.' }),
    dateCreated: t.field({ type: 'DateTime', description: 'Join date to record.' }),
    dateUpdated: t.field({ type: 'DateTime', description: 'Last-update date to record.' }),
  }),
});

/** A messaging binding input as Twilio's flat `MessagingBinding.*` parameters. */
export function messagingBindingParams(
  binding:
    | { address?: string | null; proxyAddress?: string | null; projectedAddress?: string | null }
    | null
    | undefined,
) {
  return {
    messagingBindingAddress: binding?.address,
    messagingBindingProxyAddress: binding?.proxyAddress,
    messagingBindingProjectedAddress: binding?.projectedAddress,
  };
}

const ParticipantPayload = changePayload('ParticipantPayload', {
  key: 'participant',
  type: ParticipantRef,
  about: 'adding or changing a participant',
  current: 'The participant as it is now',
});

mutation('createParticipant', {
  description: 'Adds a participant to a conversation.',
  input: CreateParticipantInput,
  inputDescription: 'The conversation, and the chat identity or SMS/WhatsApp addresses of the new member.',
  payload: ParticipantPayload,
  run: scoped((input, ctx) =>
    createParticipant(ctx.session, {
      ...input,
      ...messagingBindingParams(input.messagingBinding),
      attributes: toJsonValue(input.attributes),
    }),
  ),
});

mutation('updateParticipant', {
  description: 'Changes a participant: identity, role, attributes, Twilio-side addresses or read horizon.',
  input: UpdateParticipantInput,
  inputDescription: 'The participant to change, and the fields to change on it.',
  payload: ParticipantPayload,
  run: scoped((input, ctx) =>
    updateParticipant(ctx.session, {
      ...input,
      ...messagingBindingParams(input.messagingBinding),
      attributes: toJsonValue(input.attributes),
    }),
  ),
});

deleteMutation('deleteParticipant', {
  description: 'Removes a participant from a conversation; their earlier messages stay.',
  input: 'The participant to remove; their earlier messages stay in the conversation.',
  inputDescription: 'The participant to remove, by its conversation and SID or identity.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    ...webhookEnabledInputField(t),
  }),
  sid: 'The participant’s MB… SID or identity.',
  call: (session, input) => deleteParticipant(session, input),
});
