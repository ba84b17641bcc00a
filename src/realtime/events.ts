import * as z from 'zod';
import type { WebhookParams } from './signature.ts';

/**
 * The post-event webhooks of Twilio Conversations (docs/twilio-rest-behaviour.md §6.2). Pre-event
 * webhooks (`onMessageAdd`, …) ask for a decision and are not events: the receiver ignores them.
 */
export const TWILIO_EVENT_TYPES = [
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

export type TwilioEventType = (typeof TWILIO_EVENT_TYPES)[number];

/**
 * One event, as published to subscribers (through Redis when there are several gateways), so it
 * holds only JSON: the webhook's own fields as Twilio sent them, checked but not converted. The
 * conversions to the REST client's types (`resources.ts`) run where the event is delivered.
 */
export interface TwilioEvent {
  type: TwilioEventType;
  accountSid: string;
  /** The conversation it happened in; null for the user events, which belong to a service. */
  conversationSid: string | null;
  /** `API` for REST-made changes, `SDK` for a chat client's; others for SMS and WhatsApp. */
  source: string | null;
  /** The chat identity that caused it, for SDK-made changes. */
  clientIdentity: string | null;
  /** Every field of the webhook but the common ones, one value each. */
  fields: Record<string, string>;
}

const COMMON_FIELDS = new Set(['AccountSid', 'EventType', 'Source', 'ClientIdentity', 'RetryCount']);

const sid = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`));
const index = z.string().regex(/^\d{1,10}$/);
const conversation = { ConversationSid: sid('CH') };
/** Built once: a zod schema costs far more to build than to run, and every webhook is checked with it. */
const accountSid = sid('AC');

/** What each event must carry for the gateway to use it; the rest is optional, as Twilio omits nulls. */
const REQUIRED: Record<TwilioEventType, z.ZodType> = {
  onConversationAdded: z.looseObject(conversation),
  onConversationUpdated: z.looseObject(conversation),
  onConversationRemoved: z.looseObject(conversation),
  onConversationStateUpdated: z.looseObject({
    ...conversation,
    StateTo: z.enum(['active', 'inactive', 'closed']),
  }),
  onMessageAdded: z.looseObject({ ...conversation, MessageSid: sid('IM'), Index: index }),
  onMessageUpdated: z.looseObject({ ...conversation, MessageSid: sid('IM'), Index: index }),
  onMessageRemoved: z.looseObject({ ...conversation, MessageSid: sid('IM'), Index: index }),
  onParticipantAdded: z.looseObject({ ...conversation, ParticipantSid: sid('MB') }),
  onParticipantUpdated: z.looseObject({ ...conversation, ParticipantSid: sid('MB') }),
  onParticipantRemoved: z.looseObject({ ...conversation, ParticipantSid: sid('MB') }),
  onDeliveryUpdated: z.looseObject({ ...conversation, MessageSid: sid('IM'), DeliveryReceiptSid: sid('DY') }),
  onUserAdded: z.looseObject({ ChatServiceSid: sid('IS'), UserSid: sid('US') }),
  onUserUpdated: z.looseObject({ ChatServiceSid: sid('IS'), UserSid: sid('US') }),
};

export type ParsedWebhook =
  | { kind: 'event'; event: TwilioEvent }
  /** A well-formed webhook that is not a post-event one (a pre-event hook pointed here, a new type). */
  | { kind: 'ignored'; eventType: string }
  | { kind: 'malformed'; reason: string };

export function isTwilioEventType(value: string): value is TwilioEventType {
  return (TWILIO_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * Reads a verified webhook's parameters into an event. A repeated field keeps its first value:
 * Twilio sends none of the post-event fields twice.
 */
export function parseWebhook(params: WebhookParams): ParsedWebhook {
  const first = (name: string) => params.get(name)?.[0];
  const account = first('AccountSid');
  const eventType = first('EventType');
  if (!account || !accountSid.safeParse(account).success) {
    return { kind: 'malformed', reason: 'AccountSid is missing or not an account SID' };
  }
  if (!eventType) return { kind: 'malformed', reason: 'EventType is missing' };
  if (!isTwilioEventType(eventType)) return { kind: 'ignored', eventType };

  const fields: Record<string, string> = {};
  for (const [name, values] of params) {
    const value = values[0];
    if (!COMMON_FIELDS.has(name) && value !== undefined) fields[name] = value;
  }
  const checked = REQUIRED[eventType].safeParse(fields);
  if (!checked.success) {
    const names = [...new Set(checked.error.issues.map((issue) => issue.path.join('.')))];
    return { kind: 'malformed', reason: `${eventType} without a valid ${names.join(', ')}` };
  }
  return {
    kind: 'event',
    event: {
      type: eventType,
      accountSid: account,
      conversationSid: fields.ConversationSid ?? null,
      source: first('Source') ?? null,
      clientIdentity: first('ClientIdentity') ?? null,
      fields,
    },
  };
}
