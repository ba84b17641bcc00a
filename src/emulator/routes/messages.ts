import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { paginate } from '../paging.ts';
import { formatDate, type Params } from '../params.ts';
import { type RouteContext, type Router, withServiceSid } from '../router.ts';
import type { ConversationRecord, MediaItem, MessageRecord, ReceiptRecord } from '../store.ts';
import {
  conversationStateUpdated,
  deliveryUpdated,
  messageAdded,
  messageRemoved,
  messageUpdated,
} from '../webhooks/events.ts';
import type { JsonValue, ReceiptStatus, Wire } from '../wire.ts';
import { conversationUrl, requireConversation, touchConversation } from './conversations.ts';
import { isNonChatParticipant } from './participants.ts';
import { deleteRoute, fetchRoute, listRoute, type Records, requireBySid } from './records.ts';

/** Limits from the spec (Body) and https://www.twilio.com/docs/conversations/conversations-limits. */
const MAX_BODY_LENGTH = 1600;
const MESSAGE_ATTRIBUTES_MAX_BYTES = 4 * 1024;
const MAX_AUTHOR_LENGTH = 256;
const MAX_SUBJECT_LENGTH = 256;
const MAX_CONTENT_VARIABLES_LENGTH = 27_801;
const DEFAULT_AUTHOR = 'system';
const MEDIA_SID = /^ME[0-9a-fA-F]{32}$/;
const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
const RECEIPT_STATUSES: readonly ReceiptStatus[] = ['sent', 'delivered', 'read', 'failed', 'undelivered'];
/** How far along a receipt is; failed and undelivered are terminal (Twilio support article 47764698154651). */
const RECEIPT_PROGRESS: Record<ReceiptStatus, number> = {
  sent: 0,
  delivered: 1,
  read: 2,
  failed: 3,
  undelivered: 3,
};
/** 30008 "Unknown error" is what Messaging reports when a carrier gives no reason. */
const DEFAULT_DELIVERY_ERROR = 30008;

type ShortMessage = Wire<'conversations.v1.conversation.conversation_message'>;
type ServiceMessage = Wire<'conversations.v1.service.service_conversation.service_conversation_message'>;
type ShortReceipt = Wire<'conversations.v1.conversation.conversation_message.conversation_message_receipt'>;
type ServiceReceipt =
  Wire<'conversations.v1.service.service_conversation.service_conversation_message.service_conversation_message_receipt'>;

function messageUrl(ctx: RouteContext, conversation: ConversationRecord, message: MessageRecord): string {
  return `${conversationUrl(ctx, conversation)}/Messages/${message.sid}`;
}

type DeliveryLevel = 'all' | 'some' | 'none';

/**
 * Aggregates the receipts of non-chat recipients. Statuses are cumulative (a read message was
 * also delivered and sent), as in the spec example `{total: 2, sent: all, delivered: some, read: some}`.
 * Chat-only delivery is not tracked, so a message without receipts has `delivery: null`.
 */
function renderDelivery(message: MessageRecord): JsonValue {
  const receipts = Object.values(message.receipts);
  if (receipts.length === 0) return null;
  const level = (matches: (status: ReceiptStatus) => boolean): DeliveryLevel => {
    const count = receipts.filter((r) => matches(r.status)).length;
    return count === 0 ? 'none' : count === receipts.length ? 'all' : 'some';
  };
  return {
    total: receipts.length,
    sent: level((s) => s === 'sent' || s === 'delivered' || s === 'read'),
    delivered: level((s) => s === 'delivered' || s === 'read'),
    read: level((s) => s === 'read'),
    failed: level((s) => s === 'failed'),
    undelivered: level((s) => s === 'undelivered'),
  };
}

function renderMedia(media: MediaItem[] | null): ShortMessage['media'] {
  return media ? media.map((item) => ({ ...item })) : null;
}

export function renderMessage(
  ctx: RouteContext,
  conversation: ConversationRecord,
  message: MessageRecord,
): ShortMessage | ServiceMessage {
  const url = messageUrl(ctx, conversation, message);
  const body: ShortMessage = {
    account_sid: ctx.account.sid,
    conversation_sid: conversation.sid,
    sid: message.sid,
    index: message.index,
    author: message.author,
    body: message.body,
    media: renderMedia(message.media),
    attributes: message.attributes,
    participant_sid: message.participantSid,
    date_created: formatDate(message.dateCreated),
    date_updated: formatDate(message.dateUpdated),
    url,
    delivery: renderDelivery(message),
    links: {
      delivery_receipts: `${url}/Receipts`,
      channel_metadata: `${url}/ChannelMetadata`,
    },
    content_sid: message.contentSid,
  };
  return withServiceSid<ShortMessage, ServiceMessage>(ctx, body, 'account_sid');
}

export function renderReceipt(
  ctx: RouteContext,
  conversation: ConversationRecord,
  message: MessageRecord,
  receipt: ReceiptRecord,
): ShortReceipt | ServiceReceipt {
  const body: ShortReceipt = {
    account_sid: ctx.account.sid,
    conversation_sid: conversation.sid,
    sid: receipt.sid,
    message_sid: message.sid,
    channel_message_sid: receipt.channelMessageSid,
    participant_sid: receipt.participantSid,
    status: receipt.status,
    error_code: receipt.errorCode,
    date_created: formatDate(receipt.dateCreated),
    date_updated: formatDate(receipt.dateUpdated),
    url: `${messageUrl(ctx, conversation, message)}/Receipts/${receipt.sid}`,
  };
  return withServiceSid<ShortReceipt, ServiceReceipt>(ctx, body, 'account_sid');
}

export function requireMessage(
  ctx: RouteContext,
  conversation: ConversationRecord,
  param = 'Sid',
): MessageRecord {
  return requireBySid(ctx, conversation.messages, 'IM', param);
}

function requireReceipt(ctx: RouteContext, message: MessageRecord): ReceiptRecord {
  return requireBySid(ctx, message.receipts, 'DY');
}

/** The participant an author names: a chat identity or an SMS/WhatsApp address (spec create example). */
function authorParticipantSid(conversation: ConversationRecord, author: string): string | null {
  const participant = Object.values(conversation.participants).find(
    (p) => p.identity === author || (p.messagingBinding?.address ?? null) === author,
  );
  return participant?.sid ?? null;
}

function parseAuthor(body: Params): string | undefined {
  const author = body.string('Author', { max: MAX_AUTHOR_LENGTH, tooLong: 50310 });
  if (author === undefined) return undefined;
  return author === '' ? DEFAULT_AUTHOR : author;
}

function parseBody(body: Params): string | undefined {
  return body.string('Body', { max: MAX_BODY_LENGTH, tooLong: 50504 });
}

function parseAttributes(body: Params): string | undefined {
  return body.jsonString('Attributes', {
    invalid: 50304,
    maxBytes: MESSAGE_ATTRIBUTES_MAX_BYTES,
    tooLong: 50303,
  });
}

function parseSubject(body: Params): string | undefined {
  return body.string('Subject', { max: MAX_SUBJECT_LENGTH });
}

/**
 * The emulator has no Media Content Service, so a media item's details are derived from its SID:
 * stable across fetches, plausible for an uploaded photo.
 */
function describeMedia(sid: string): MediaItem {
  const size = 10_000 + (Number.parseInt(sid.slice(-6), 16) % 490_000);
  return { sid, content_type: 'image/jpeg', filename: `${sid}.jpg`, size };
}

function parseContentVariables(body: Params, contentSid: string | undefined): string | undefined {
  const variables = body.string('ContentVariables');
  if (variables === undefined) return undefined;
  if (contentSid === undefined) throw new EmulatorError(50528);
  if ([...variables].length > MAX_CONTENT_VARIABLES_LENGTH) throw new EmulatorError(50529);
  let parsed: unknown;
  try {
    parsed = JSON.parse(variables);
  } catch {
    throw new EmulatorError(50527);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new EmulatorError(50527);
  return variables;
}

/**
 * A channel message SID belongs to the Messaging API, whose prefixes the emulator's SID factory
 * does not own; borrowing the hex of a fresh SID keeps it reproducible under a SID seed.
 */
function createChannelMessageSid(ctx: RouteContext): string {
  return `SM${ctx.store.createSid('DY').slice(2)}`;
}

function createMessage(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  if (conversation.state === 'closed') throw new EmulatorError(50377);
  const body = ctx.body;
  const author = parseAuthor(body) ?? DEFAULT_AUTHOR;
  const contentSidParam = body.string('ContentSid');
  const contentSid = contentSidParam === '' ? undefined : contentSidParam;
  if (contentSid !== undefined && !CONTENT_SID.test(contentSid)) throw new EmulatorError(50526);
  parseContentVariables(body, contentSid);
  const text = parseBody(body);
  const mediaSids = body.list('MediaSid') ?? [];
  for (const sid of mediaSids) {
    if (!MEDIA_SID.test(sid)) throw new EmulatorError(50510, `Invalid media SID "${sid}"`);
  }
  // With a content template, Body and MediaSid are ignored (spec: CreateConversationMessage ContentSid).
  const messageBody = contentSid === undefined && text ? text : null;
  const media = contentSid === undefined && mediaSids.length > 0 ? mediaSids.map(describeMedia) : null;
  if (contentSid === undefined && messageBody === null && media === null) throw new EmulatorError(50503);
  const attributes = parseAttributes(body) ?? '{}';
  const subject = parseSubject(body);
  const now = ctx.now();
  const [created, updated] = body.recordDates(now);
  const participantSid = authorParticipantSid(conversation, author);
  const message: MessageRecord = {
    ...ctx.store.newRecord('IM', created, updated),
    index: conversation.nextMessageIndex,
    author,
    body: messageBody,
    media,
    attributes,
    participantSid,
    contentSid: contentSid ?? null,
    subject: subject || null,
    receipts: {},
  };
  for (const participant of Object.values(conversation.participants)) {
    if (!isNonChatParticipant(participant) || participant.sid === participantSid) continue;
    const receipt: ReceiptRecord = {
      ...ctx.store.newRecord('DY', now),
      participantSid: participant.sid,
      channelMessageSid: createChannelMessageSid(ctx),
      status: 'sent',
      errorCode: 0,
    };
    message.receipts[receipt.sid] = receipt;
  }
  // Indexes are never reused, even after a delete (docs/twilio-rest-behaviour.md §5.5).
  conversation.nextMessageIndex += 1;
  conversation.messages[message.sid] = message;
  const reactivated = touchConversation(ctx, conversation);
  ctx.emit(messageAdded(conversation, message), conversation);
  if (reactivated) {
    const change = { ...reactivated, reason: 'EVENT' as const };
    ctx.emit(conversationStateUpdated(ctx.service(), conversation, change), conversation);
  }
  return { status: 201, body: renderMessage(ctx, conversation, message) };
}

function updateMessage(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  const message = requireMessage(ctx, conversation);
  if (conversation.state === 'closed') throw new EmulatorError(50377);
  const body = ctx.body;
  const author = parseAuthor(body);
  let messageBody = message.body;
  if (body.has('Body')) {
    const text = parseBody(body) ?? '';
    if (message.media !== null) throw new EmulatorError(50509);
    if (text === '' && message.contentSid === null) throw new EmulatorError(50503);
    messageBody = text === '' ? null : text;
  }
  const attributes = parseAttributes(body);
  const subject = parseSubject(body);
  const dateCreated = body.dateTime('DateCreated', 50308);
  const dateUpdated = body.dateTime('DateUpdated', 50309);

  if (author !== undefined) {
    message.author = author;
    message.participantSid = authorParticipantSid(conversation, author);
  }
  message.body = messageBody;
  if (attributes !== undefined) message.attributes = attributes;
  if (subject !== undefined) message.subject = subject || null;
  if (dateCreated) message.dateCreated = Date.parse(dateCreated);
  message.dateUpdated = dateUpdated ? Date.parse(dateUpdated) : ctx.now();
  ctx.emit(messageUpdated(conversation, message), conversation);
  return { status: 200, body: renderMessage(ctx, conversation, message) };
}

function listMessages(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  const descending = ctx.query.enumValue('Order', ['asc', 'desc'] as const) === 'desc';
  const items = Object.values(conversation.messages).sort((a, b) => a.index - b.index);
  if (descending) items.reverse();
  return paginate(ctx, {
    items,
    // Keys must increase along list order; negating the index makes that hold for desc too.
    sortKey: (m) => [descending ? -m.index : m.index],
    render: (m) => renderMessage(ctx, conversation, m),
  });
}

const messages: Records<ConversationRecord, MessageRecord> = {
  parent: (ctx) => requireConversation(ctx),
  records: (conversation) => conversation.messages,
  find: (ctx, conversation) => requireMessage(ctx, conversation),
  render: (ctx, message, conversation) => renderMessage(ctx, conversation, message),
};

/** A message's receipts, under the conversation and message the path names. */
const receipts: Records<{ conversation: ConversationRecord; message: MessageRecord }, ReceiptRecord> = {
  parent: (ctx) => {
    const conversation = requireConversation(ctx);
    return { conversation, message: requireMessage(ctx, conversation, 'MessageSid') };
  },
  records: ({ message }) => message.receipts,
  find: (ctx, { message }) => requireReceipt(ctx, message),
  render: (ctx, receipt, { conversation, message }) => renderReceipt(ctx, conversation, message, receipt),
};

export function registerMessages(router: Router): void {
  router.resource('ConversationMessage', true, {
    list: listMessages,
    create: createMessage,
    fetch: fetchRoute(messages),
    update: updateMessage,
    delete: deleteRoute(messages, {
      after: (ctx, message, conversation) =>
        ctx.emit(messageRemoved(conversation, message, ctx.now()), conversation),
    }),
  });
  router.resource('ConversationMessageReceipt', true, {
    list: listRoute(receipts),
    fetch: fetchRoute(receipts),
  });
}

/**
 * Moves a receipt along as the carrier would report it. Progress only goes forward
 * (sent → delivered → read), and failed/undelivered are final, never retried
 * (Twilio support article 47764698154651).
 */
function advanceReceipt(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  const message = requireMessage(ctx, conversation, 'MessageSid');
  const receipt = requireReceipt(ctx, message);
  const status = ctx.body.enumValue('Status', RECEIPT_STATUSES);
  if (status === undefined) throw createInvalidParameter('Status', 'required');
  const errorCode = ctx.body.int('ErrorCode', { min: 0 });
  const failing = status === 'failed' || status === 'undelivered';
  if (errorCode !== undefined && errorCode !== 0 && !failing)
    throw createInvalidParameter('ErrorCode', 'only a failed or undelivered receipt carries an error code');
  if (receipt.status === 'failed' || receipt.status === 'undelivered')
    throw new EmulatorError(20409, `Receipt ${receipt.sid} is ${receipt.status}, which is final`);
  if (RECEIPT_PROGRESS[status] < RECEIPT_PROGRESS[receipt.status])
    throw new EmulatorError(20409, `Receipt ${receipt.sid} is already ${receipt.status}`);
  receipt.status = status;
  receipt.errorCode = failing ? (errorCode ?? DEFAULT_DELIVERY_ERROR) : 0;
  receipt.dateUpdated = ctx.now();
  // The carrier reported it, not a REST client: Twilio sends this webhook whatever the headers.
  ctx.emit(deliveryUpdated(ctx.service(), conversation, message, receipt), conversation, { always: true });
  return { status: 200, body: renderReceipt(ctx, conversation, message, receipt) };
}

/** Emulator-only: move a delivery receipt along (sent → delivered → read, or failed/undelivered). */
export function registerMessageAdmin(router: Router): void {
  const suffix = '/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}';
  router.add({
    method: 'POST',
    pattern: `/_emulator${suffix}`,
    operationId: 'EmulatorUpdateConversationMessageReceipt',
    handler: advanceReceipt,
  });
  router.add({
    method: 'POST',
    pattern: `/_emulator/Services/{ChatServiceSid}${suffix}`,
    operationId: 'EmulatorUpdateServiceConversationMessageReceipt',
    handler: advanceReceipt,
  });
}
