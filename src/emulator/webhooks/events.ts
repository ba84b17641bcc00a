import type {
  ConversationRecord,
  MessageRecord,
  ParticipantRecord,
  ReceiptRecord,
  ServiceState,
  UserRecord,
} from '../store.ts';
import type { ConversationState } from '../wire.ts';

/** The post-event webhooks the emulator sends (docs/twilio-rest-behaviour.md §6.2). */
export const POST_EVENT_TYPES = [
  'onConversationAdded',
  'onConversationUpdated',
  'onConversationRemoved',
  'onConversationStateUpdated',
  'onMessageAdded',
  'onMessageUpdated',
  'onMessageRemoved',
  'onParticipantAdded',
  'onParticipantUpdated',
  'onParticipantRemoved',
  'onDeliveryUpdated',
  'onUserAdded',
  'onUserUpdated',
] as const;

export type PostEventType = (typeof POST_EVENT_TYPES)[number];

/** Why a conversation changed state: a REST call, one of its timers, or activity (a new message). */
export type StateChangeReason = 'API' | 'TIMER' | 'EVENT';

/**
 * One event's own form fields, in the order the documentation lists them, without the common
 * ones (AccountSid, EventType, Source, RetryCount) that every request carries.
 */
export interface WebhookEvent {
  type: PostEventType;
  fields: Array<[string, string]>;
}

type FieldValue = string | number | boolean | null | undefined;

/** Null fields are left out rather than sent empty, as captured requests do (§6.3). */
function fields(entries: Array<[string, FieldValue]>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of entries) {
    if (value !== null && value !== undefined) out.push([name, String(value)]);
  }
  return out;
}

/** Webhook dates carry milliseconds, unlike REST dates (§6.3, §8 item 11). */
function webhookDate(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function conversationFields(
  service: ServiceState,
  conversation: ConversationRecord,
): Array<[string, FieldValue]> {
  return [
    ['ConversationSid', conversation.sid],
    ['DateCreated', webhookDate(conversation.dateCreated)],
    ['DateUpdated', webhookDate(conversation.dateUpdated)],
    ['FriendlyName', conversation.friendlyName],
    ['UniqueName', conversation.uniqueName],
    ['Attributes', conversation.attributes],
    ['ChatServiceSid', service.sid],
    ['MessagingServiceSid', conversation.messagingServiceSid],
  ];
}

export function conversationAdded(service: ServiceState, conversation: ConversationRecord): WebhookEvent {
  // The MessagingBinding.* fields describe the SMS that started a conversation; REST-created
  // conversations have none, so they are always left out here.
  return {
    type: 'onConversationAdded',
    fields: fields([...conversationFields(service, conversation), ['State', conversation.state]]),
  };
}

export function conversationUpdated(service: ServiceState, conversation: ConversationRecord): WebhookEvent {
  return {
    type: 'onConversationUpdated',
    fields: fields([...conversationFields(service, conversation), ['State', conversation.state]]),
  };
}

export function conversationRemoved(
  service: ServiceState,
  conversation: ConversationRecord,
  removedAt: number,
): WebhookEvent {
  return {
    type: 'onConversationRemoved',
    fields: fields([
      ...conversationFields(service, conversation),
      ['State', conversation.state],
      ['DateRemoved', webhookDate(removedAt)],
    ]),
  };
}

export function conversationStateUpdated(
  service: ServiceState,
  conversation: ConversationRecord,
  change: { from: ConversationState; to: ConversationState; at: number; reason: StateChangeReason },
): WebhookEvent {
  return {
    type: 'onConversationStateUpdated',
    fields: fields([
      ['ChatServiceSid', service.sid],
      ['StateUpdated', webhookDate(change.at)],
      ['StateFrom', change.from],
      ['StateTo', change.to],
      ['ConversationSid', conversation.sid],
      ['Reason', change.reason],
      ['MessagingServiceSid', conversation.messagingServiceSid],
    ]),
  };
}

function messageFields(
  conversation: ConversationRecord,
  message: MessageRecord,
): Array<[string, FieldValue]> {
  return [
    ['ConversationSid', conversation.sid],
    ['MessageSid', message.sid],
    ['Index', message.index],
    ['DateCreated', webhookDate(message.dateCreated)],
  ];
}

/** Media is a JSON array in a string, with the items the REST resource shows (§6.3). */
function messageContent(message: MessageRecord): Array<[string, FieldValue]> {
  return [
    ['Body', message.body],
    ['Author', message.author],
    ['ParticipantSid', message.participantSid],
    ['Attributes', message.attributes],
    ['Media', message.media ? JSON.stringify(message.media) : null],
  ];
}

export function messageAdded(conversation: ConversationRecord, message: MessageRecord): WebhookEvent {
  return {
    type: 'onMessageAdded',
    fields: fields([
      ['ConversationSid', conversation.sid],
      ['MessageSid', message.sid],
      ['MessagingServiceSid', conversation.messagingServiceSid],
      ['Index', message.index],
      ['DateCreated', webhookDate(message.dateCreated)],
      ...messageContent(message),
    ]),
  };
}

export function messageUpdated(conversation: ConversationRecord, message: MessageRecord): WebhookEvent {
  return {
    type: 'onMessageUpdated',
    fields: fields([
      ...messageFields(conversation, message),
      ['DateUpdated', webhookDate(message.dateUpdated)],
      ...messageContent(message),
    ]),
  };
}

export function messageRemoved(
  conversation: ConversationRecord,
  message: MessageRecord,
  removedAt: number,
): WebhookEvent {
  return {
    type: 'onMessageRemoved',
    fields: fields([
      ...messageFields(conversation, message),
      ['DateUpdated', webhookDate(message.dateUpdated)],
      ...messageContent(message),
      ['DateRemoved', webhookDate(removedAt)],
    ]),
  };
}

/**
 * The binding as webhooks show it: the type upper-case (`SMS`, `WHATSAPP`, `CHAT`), unlike the
 * REST resource (§8 item 13); a chat participant without a binding is `CHAT`.
 */
function bindingFields(participant: ParticipantRecord): Array<[string, FieldValue]> {
  const binding = participant.messagingBinding;
  return [
    ['MessagingBinding.ProxyAddress', binding?.proxyAddress],
    ['MessagingBinding.Address', binding?.address],
    ['MessagingBinding.ProjectedAddress', binding?.projectedAddress],
    ['MessagingBinding.Type', binding ? binding.type.toUpperCase() : 'CHAT'],
  ];
}

function participantFields(
  conversation: ConversationRecord,
  participant: ParticipantRecord,
): Array<[string, FieldValue]> {
  return [
    ['ConversationSid', conversation.sid],
    ['ParticipantSid', participant.sid],
    ['DateCreated', webhookDate(participant.dateCreated)],
    ['Identity', participant.identity],
    ['RoleSid', participant.roleSid],
    ['Attributes', participant.attributes],
    ...bindingFields(participant),
  ];
}

export function participantAdded(
  conversation: ConversationRecord,
  participant: ParticipantRecord,
): WebhookEvent {
  return { type: 'onParticipantAdded', fields: fields(participantFields(conversation, participant)) };
}

export function participantUpdated(
  conversation: ConversationRecord,
  participant: ParticipantRecord,
): WebhookEvent {
  return {
    type: 'onParticipantUpdated',
    fields: fields([
      ...participantFields(conversation, participant),
      ['DateUpdated', webhookDate(participant.dateUpdated)],
      ['LastReadMessageIndex', participant.lastReadMessageIndex],
    ]),
  };
}

export function participantRemoved(
  conversation: ConversationRecord,
  participant: ParticipantRecord,
  removedAt: number,
): WebhookEvent {
  return {
    type: 'onParticipantRemoved',
    fields: fields([
      ...participantFields(conversation, participant),
      ['DateUpdated', webhookDate(participant.dateUpdated)],
      ['DateRemoved', webhookDate(removedAt)],
    ]),
  };
}

export function deliveryUpdated(
  service: ServiceState,
  conversation: ConversationRecord,
  message: MessageRecord,
  receipt: ReceiptRecord,
): WebhookEvent {
  return {
    type: 'onDeliveryUpdated',
    fields: fields([
      ['ConversationSid', conversation.sid],
      ['ChatServiceSid', service.sid],
      ['MessageSid', message.sid],
      ['DeliveryReceiptSid', receipt.sid],
      ['ChannelMessageSid', receipt.channelMessageSid],
      ['ParticipantSid', receipt.participantSid],
      ['Status', receipt.status],
      ['ErrorCode', receipt.errorCode],
      ['DateCreated', webhookDate(receipt.dateCreated)],
      ['DateUpdated', webhookDate(receipt.dateUpdated)],
    ]),
  };
}

function userFields(service: ServiceState, user: UserRecord): Array<[string, FieldValue]> {
  return [
    ['ChatServiceSid', service.sid],
    ['UserSid', user.sid],
    ['DateCreated', webhookDate(user.dateCreated)],
    ['Identity', user.identity],
    ['RoleSid', user.roleSid],
    ['Attributes', user.attributes],
    ['FriendlyName', user.friendlyName],
  ];
}

export function userAdded(service: ServiceState, user: UserRecord): WebhookEvent {
  return { type: 'onUserAdded', fields: fields(userFields(service, user)) };
}

/**
 * `IsOnline`/`IsNotifiable` come from live SDK connections, which the emulator has none of: like
 * the REST resource it reports them as unknown, so they are left out.
 */
export function userUpdated(service: ServiceState, user: UserRecord): WebhookEvent {
  return {
    type: 'onUserUpdated',
    fields: fields([...userFields(service, user), ['DateUpdated', webhookDate(user.dateUpdated)]]),
  };
}
