import type {
  Conversation,
  JsonValue,
  Message,
  MessageMedia,
  MessagingBinding,
  Participant,
} from '../twilio/index.ts';
import type { TwilioEvent, TwilioEventType } from './events.ts';

/**
 * What a webhook says about a resource, in the REST client's types: exactly the properties its
 * event type documents (docs/twilio-rest-behaviour.md §6.3). Twilio leaves out a documented field
 * whose value is null, so a documented field that is absent reads as null; a property the event
 * does not document is left out, and whoever needs it reads the resource from Twilio.
 */
export type Carried<T> = Partial<T>;

const MESSAGE_EVENTS = new Set<TwilioEventType>(['onMessageAdded', 'onMessageUpdated', 'onMessageRemoved']);
const PARTICIPANT_EVENTS = new Set<TwilioEventType>([
  'onParticipantAdded',
  'onParticipantUpdated',
  'onParticipantRemoved',
]);
const CONVERSATION_EVENTS = new Set<TwilioEventType>([
  'onConversationAdded',
  'onConversationUpdated',
  'onConversationRemoved',
  'onConversationStateUpdated',
]);

export function isMessageEvent(event: TwilioEvent): boolean {
  return MESSAGE_EVENTS.has(event.type);
}

export function isParticipantEvent(event: TwilioEvent): boolean {
  return PARTICIPANT_EVENTS.has(event.type);
}

export function isConversationEvent(event: TwilioEvent): boolean {
  return CONVERSATION_EVENTS.has(event.type);
}

/** The message of an `onMessage…` event. */
export function messageOf(event: TwilioEvent): Carried<Message> {
  const f = event.fields;
  const message: Carried<Message> = {
    sid: f.MessageSid,
    accountSid: event.accountSid,
    conversationSid: f.ConversationSid,
    index: Number(f.Index),
    author: f.Author ?? null,
    body: f.Body ?? null,
    attributes: attributes(f.Attributes),
    participantSid: f.ParticipantSid ?? null,
    dateCreated: date(f.DateCreated) ?? undefined,
  };
  const media = mediaOf(f.Media);
  if (media !== undefined) message.media = media;
  // `onMessageAdded` documents no DateUpdated; the others do.
  if (event.type !== 'onMessageAdded') message.dateUpdated = date(f.DateUpdated);
  return withoutUndefined(message);
}

/** The participant of an `onParticipant…` event. */
export function participantOf(event: TwilioEvent): Carried<Participant> {
  const f = event.fields;
  const participant: Carried<Participant> = {
    sid: f.ParticipantSid,
    accountSid: event.accountSid,
    conversationSid: f.ConversationSid,
    identity: f.Identity ?? null,
    roleSid: f.RoleSid ?? null,
    attributes: attributes(f.Attributes),
    messagingBinding: bindingOf(f),
    dateCreated: date(f.DateCreated) ?? undefined,
  };
  if (event.type !== 'onParticipantAdded') participant.dateUpdated = date(f.DateUpdated) ?? undefined;
  if (event.type === 'onParticipantUpdated') {
    const index = f.LastReadMessageIndex;
    participant.lastReadMessageIndex = index !== undefined && /^\d+$/.test(index) ? Number(index) : null;
  }
  return withoutUndefined(participant);
}

/** The conversation of an `onConversation…` event. */
export function conversationOf(event: TwilioEvent): Carried<Conversation> {
  const f = event.fields;
  const stateChange = event.type === 'onConversationStateUpdated';
  const conversation: Carried<Conversation> = {
    sid: f.ConversationSid,
    accountSid: event.accountSid,
    chatServiceSid: f.ChatServiceSid,
    messagingServiceSid: f.MessagingServiceSid ?? null,
    state: stateOf(stateChange ? f.StateTo : f.State),
  };
  if (!stateChange) {
    Object.assign(conversation, {
      friendlyName: f.FriendlyName ?? null,
      uniqueName: f.UniqueName ?? null,
      attributes: attributes(f.Attributes),
      dateCreated: date(f.DateCreated) ?? undefined,
      dateUpdated: date(f.DateUpdated) ?? undefined,
    });
  }
  return withoutUndefined(conversation);
}

/** A state change's own facts, from `onConversationStateUpdated`. */
export function stateChangeOf(event: TwilioEvent): {
  from: Conversation['state'] | null;
  to: Conversation['state'] | null;
  reason: string | null;
  at: Date | null;
} {
  const f = event.fields;
  return {
    from: stateOf(f.StateFrom) ?? null,
    to: stateOf(f.StateTo) ?? null,
    reason: f.Reason ?? null,
    at: date(f.StateUpdated),
  };
}

function stateOf(value: string | undefined): Conversation['state'] | undefined {
  const lower = value?.toLowerCase();
  return lower === 'active' || lower === 'inactive' || lower === 'closed' ? lower : undefined;
}

/** Webhook dates carry milliseconds (§6.3); one that does not parse is not carried. */
function date(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** `Attributes` is a JSON string, as in REST; text that is not JSON is kept as a string. */
function attributes(value: string | undefined): JsonValue {
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
}

/**
 * `Media` is a JSON array in a string. Its items are documented only loosely, so both the REST
 * item's keys (`sid`, `content_type`) and Event Streams' (`MediaSid`, `ContentType`) are read;
 * anything else leaves the media to be read from Twilio.
 */
function mediaOf(value: string | undefined): MessageMedia[] | null | undefined {
  if (value === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const items: MessageMedia[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null) return undefined;
    const read = (...names: string[]) => {
      for (const name of names) {
        const found = (item as Record<string, unknown>)[name];
        if (found !== undefined) return found;
      }
      return null;
    };
    const sid = read('sid', 'Sid', 'MediaSid');
    const contentType = read('content_type', 'ContentType');
    const filename = read('filename', 'Filename');
    const size = read('size', 'Size');
    items.push({
      sid: typeof sid === 'string' ? sid : null,
      contentType: typeof contentType === 'string' ? contentType : null,
      filename: typeof filename === 'string' ? filename : null,
      size: typeof size === 'number' && Number.isInteger(size) ? size : null,
    });
  }
  return items;
}

/**
 * Webhooks name the channel in upper case (`SMS`, `WHATSAPP`, `CHAT`) where REST uses lower case
 * (§8 item 13); a chat participant has no binding in REST, so `CHAT` reads as none.
 */
function bindingOf(f: Record<string, string>): MessagingBinding | null {
  const type = f['MessagingBinding.Type']?.toLowerCase() ?? null;
  const address = f['MessagingBinding.Address'] ?? null;
  const proxyAddress = f['MessagingBinding.ProxyAddress'] ?? null;
  const projectedAddress = f['MessagingBinding.ProjectedAddress'] ?? null;
  if (
    (type === null || type === 'chat') &&
    address === null &&
    proxyAddress === null &&
    projectedAddress === null
  )
    return null;
  return { type, address, proxyAddress, projectedAddress, level: null, name: null };
}

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
