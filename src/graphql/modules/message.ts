import { keys, type Loaders, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  createMessage,
  deleteMessage,
  listMessages,
  MAX_PAGE_SIZE,
  type Message,
  type MessageDelivery,
  type MessageMedia,
  updateMessage,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, deleteMutation, mutation, scoped, toJsonValue } from '../mutations.ts';
import { type ConnectionArgs, type ConnectionShape, type Order, resolveConnection } from '../pagination.ts';
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
import { loadParticipant, ParticipantRef, scopeFromSegment, serviceSegment } from './participant.ts';
import { withServiceOfChild } from './service.ts';

export type MessageNode = InScope<Message>;

/** Reads a message in a route scope; null when it does not exist. */
export async function loadMessage(
  loaders: Pick<Loaders, 'message'>,
  scope: Scope,
  conversationSid: string,
  sid: string,
): Promise<MessageNode | null> {
  return inScopeOrNull(await loaders.message.load(keys.message(scope, conversationSid, sid)), scope);
}

export const MessageOrderEnum = wireEnum(
  'MessageOrder',
  'Which end of a conversation’s history a message list starts from.',
  {
    ASC: 'Oldest first, by index.',
    DESC: 'Newest first, by index.',
  },
);

const DeliveryLevelEnum = wireEnum(
  'DeliveryLevel',
  'How many of a message’s SMS and WhatsApp recipients reached a delivery status.',
  {
    ALL: 'Every recipient.',
    SOME: 'Some recipients, not all.',
    NONE: 'No recipient.',
  },
);

type DeliveryLevel = 'all' | 'some' | 'none';

/** Twilio documents only all/some/none; anything else is reported as unknown rather than failing the message. */
function deliveryLevel(value: string | null | undefined): DeliveryLevel | null {
  return value === 'all' || value === 'some' || value === 'none' ? value : null;
}

const MessageMediaRef = builder.objectRef<MessageMedia>('MessageMedia').implement({
  description: 'A file attached to a message.',
  fields: (t) => ({
    sid: t.exposeString('sid', { nullable: true, description: 'Twilio’s ID of the media file (ME…).' }),
    contentType: t.exposeString('contentType', {
      nullable: true,
      description: 'Its MIME type, e.g. `image/png`.',
    }),
    filename: t.exposeString('filename', { nullable: true, description: 'Its file name, when it has one.' }),
    size: t.exposeInt('size', { nullable: true, description: 'Its size in bytes.' }),
  }),
});

const MessageDeliveryRef = builder.objectRef<MessageDelivery>('MessageDelivery').implement({
  description:
    'How far a message got to the conversation’s SMS and WhatsApp recipients, summed over their delivery receipts.',
  fields: (t) => {
    const level = (key: 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered', description: string) =>
      t.field({
        type: DeliveryLevelEnum,
        nullable: true,
        description,
        resolve: (d) => deliveryLevel(d[key]),
      });
    return {
      total: t.exposeInt('total', {
        nullable: true,
        description: 'How many recipients the message went to.',
      }),
      sent: level('sent', 'How many recipients it was sent to (or further).'),
      delivered: level('delivered', 'How many recipients it was delivered to (or further).'),
      read: level('read', 'How many recipients read it.'),
      failed: level('failed', 'For how many recipients sending failed.'),
      undelivered: level('undelivered', 'For how many recipients the carrier could not deliver it.'),
    };
  },
});

export const MessageRef = builder.objectRef<MessageNode>('Message');

/**
 * Message lists in a chosen order. The connection's "forward" direction is `order`; walking it
 * backwards (`last`) reads Twilio in the opposite order, so `last: N` on an oldest-first list
 * asks Twilio for the newest N directly (`Order=desc`) instead of walking the whole history.
 */
function messageConnection(
  ctx: { session: Parameters<typeof listMessages>[0]; loaders: Pick<Loaders, 'message'> },
  scope: Scope,
  conversationSid: string,
  order: Order,
  args: ConnectionArgs,
): Promise<ConnectionShape<MessageNode>> {
  const flip = (o: Order): Order => (o === 'asc' ? 'desc' : 'asc');
  const twilioOrder = (request: Order): Order => (order === 'asc' ? request : flip(request));
  return resolveConnection(
    {
      maxPageSize: MAX_PAGE_SIZE.listMessages,
      descending: true,
      fetchPage: async (request) => {
        const page = await listMessages(ctx.session, {
          serviceSid: scope,
          conversationSid,
          order: twilioOrder(request.order),
          pageSize: request.pageSize,
          page: request.ref,
        });
        // Keyed by the message's own CH… SID: the list may have been read by the conversation's unique name.
        primeFromPage(ctx.loaders.message, page, (m) => [keys.message(scope, m.conversationSid, m.sid)]);
        return { ...page, items: page.items.map((m) => inScope(m, scope)) };
      },
      key: (item) => item.sid,
      // Indexes increase with every message and are never reused, so they place a cursor whose message is gone.
      sortKey: (item, request) => (twilioOrder(request) === 'asc' ? item.index : -item.index),
    },
    args,
  );
}

builder.node(MessageRef, {
  description:
    'A message in a conversation: text, media or a content template, from a participant or the system.',
  id: {
    resolve: (m) => `${serviceSegment(m.chatServiceSid, m.scope)}/${m.conversationSid}/${m.sid}`,
  },
  loadOne: async (id, ctx) => {
    const [segment, conversationSid, sid] = splitPath(id, 3) as [string, string, string];
    return loadMessage(ctx.loaders, scopeFromSegment(segment), conversationSid, sid);
  },
  fields: (t) => ({
    conversationSid: t.exposeString('conversationSid', {
      description: 'The conversation it was posted in (CH…).',
    }),
    index: t.exposeInt('index', {
      description: 'Its position in the conversation; increasing, but with gaps where messages were deleted.',
    }),
    author: t.exposeString('author', {
      nullable: true,
      description: 'Who wrote it: a chat identity, a phone or WhatsApp address, or `system`.',
    }),
    body: t.exposeString('body', {
      nullable: true,
      description: 'The text; null for media-only or template messages.',
    }),
    media: t.field({
      type: [MessageMediaRef],
      description: 'The attached files; empty when there are none.',
      resolve: (m) => m.media ?? [],
    }),
    participantSid: t.exposeString('participantSid', {
      nullable: true,
      description:
        'The author’s participant SID (MB…); null for system messages and authors who are not members.',
    }),
    contentSid: t.exposeString('contentSid', {
      nullable: true,
      description: 'The content template the message was built from (HX…), if any.',
    }),
    dateCreated: t.expose('dateCreated', { type: 'DateTime', description: 'When it was posted.' }),
    dateUpdated: t.expose('dateUpdated', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last edited.',
    }),
    delivery: t.field({
      type: MessageDeliveryRef,
      nullable: true,
      description:
        'Delivery to SMS and WhatsApp recipients; null when the conversation has none (chat is not tracked).',
      resolve: (m) => m.delivery,
    }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The conversation the message was posted in.',
      extensions: { upstreamCost: 1 },
      resolve: (m, _args, ctx) => loadConversation(ctx.loaders, m.scope, m.conversationSid),
    }),
    participant: t.field({
      type: ParticipantRef,
      nullable: true,
      description:
        'The author as a member of the conversation; null for system messages and authors who have left.',
      // The authors of one page of messages are fetched together as one participant list; authors
      // beyond that list's first page are fetched one by one.
      extensions: { upstreamCost: 1, upstreamCoalesced: true },
      resolve: (m, _args, ctx) =>
        m.participantSid ? loadParticipant(ctx.loaders, m.scope, m.conversationSid, m.participantSid) : null,
    }),
  }),
});

withResourceFields(MessageRef, { noun: 'message', prefix: 'IM' });
prefetchNodesOf(
  'Message',
  (id) => {
    const [segment, conversationSid] = splitPath(id, 3) as [string, string, string];
    return { scope: scopeFromSegment(segment), conversationSid };
  },
  'messages',
);
withAttributes(MessageRef);
withServiceOfChild(MessageRef, 'message');

type MessagesArgs = ConnectionArgs & { order?: Order | null };

builder.objectFields(ConversationRef, (t) => ({
  messages: t.connection(
    {
      type: MessageRef,
      description:
        'The messages of the conversation in `order` (oldest first by default). `last: N` reads the other end directly.',
      args: {
        order: t.arg({ type: MessageOrderEnum, description: 'Oldest first (default) or newest first.' }),
      },
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listMessages } },
      resolve: conversationLookahead.child('messages', (conversation, args: MessagesArgs, ctx) =>
        messageConnection(ctx, conversation.scope, conversation.sid, args.order ?? 'asc', args),
      ),
    },
    { description: 'A page of the messages of a conversation.' },
    { description: 'A message and its place in the list.' },
  ),
}));

builder.queryFields((t) => ({
  message: t.field({
    type: MessageRef,
    nullable: true,
    description: 'A message by SID; null when it does not exist.',
    args: {
      conversationSid: t.arg.string({
        required: true,
        description: CONVERSATION_SID,
      }),
      sid: t.arg.string({ required: true, description: 'The message’s IM… SID.' }),
      serviceSid: t.arg.string({
        description: SERVICE_SID,
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) =>
      loadMessage(ctx.loaders, args.serviceSid ?? undefined, args.conversationSid, args.sid),
  }),
}));

const CreateMessageInput = builder.inputType('CreateMessageInput', {
  description: 'A new message: a body, media files, or a content template.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    ...webhookEnabledInputField(t),
    author: t.string({
      description: 'Who wrote it: a participant’s identity or address; `system` when absent.',
    }),
    body: t.string({ description: 'The text, up to 1,600 characters.' }),
    attributes: t.field({ type: 'JSON', description: 'Free-form application data.' }),
    // The spec takes one `MediaSid` per create, so one file is what this input offers.
    mediaSid: t.string({ description: 'A media file already uploaded to Twilio’s media service (ME…).' }),
    contentSid: t.string({
      description: 'A content template to send (HX…); body and media are then ignored.',
    }),
    // Twilio wants an object of placeholder values here (anything else is its error 50527), so the
    // scalar refuses other JSON before a call is made.
    contentVariables: t.field({
      type: 'JSONObject',
      description:
        'Values for the template’s placeholders, as an object keyed by placeholder, e.g. `{"1": "Alice"}`.',
    }),
    subject: t.string({ description: 'A subject line, for email.' }),
    dateCreated: t.field({ type: 'DateTime', description: 'Posting date to record, for imported history.' }),
    dateUpdated: t.field({
      type: 'DateTime',
      description: 'Last-edit date to record, for imported history.',
    }),
  }),
});

const UpdateMessageInput = builder.inputType('UpdateMessageInput', {
  description: 'Changes to a message; absent fields are left as they are.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    sid: t.string({ required: true, description: 'The message’s IM… SID.' }),
    ...webhookEnabledInputField(t),
    author: t.string({ description: 'A new author.' }),
    body: t.string({ description: 'A new text; media messages cannot get one.' }),
    ...replacedAttributesInputField(t),
    subject: t.string({ description: 'A new subject line, for email.' }),
    dateCreated: t.field({ type: 'DateTime', description: 'Posting date to record.' }),
    dateUpdated: t.field({ type: 'DateTime', description: 'Last-edit date to record.' }),
  }),
});

const MessagePayload = changePayload('MessagePayload', {
  key: 'message',
  type: MessageRef,
  about: 'posting or editing a message',
  current: 'The message as it is now',
});

mutation('createMessage', {
  description: 'Posts a message to a conversation.',
  input: CreateMessageInput,
  inputDescription: 'The conversation, and the text, media or template to post in it.',
  payload: MessagePayload,
  run: scoped((input, ctx) =>
    createMessage(ctx.session, {
      ...input,
      attributes: toJsonValue(input.attributes),
      contentVariables: toJsonValue(input.contentVariables),
    }),
  ),
});

mutation('updateMessage', {
  description: 'Edits a message.',
  input: UpdateMessageInput,
  inputDescription: 'The message to edit, and the fields to change on it.',
  payload: MessagePayload,
  run: scoped((input, ctx) =>
    updateMessage(ctx.session, {
      ...input,
      attributes: toJsonValue(input.attributes),
    }),
  ),
});

deleteMutation('deleteMessage', {
  description: 'Deletes a message.',
  input: 'The message to delete; its index is not reused.',
  inputDescription: 'The message to delete, by its conversation and SID.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    ...webhookEnabledInputField(t),
  }),
  sid: 'The message’s IM… SID.',
  call: (session, input) => deleteMessage(session, input),
});
