import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  date,
  json,
  links,
  nullable,
  oneOf,
  orEmpty,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';

type TimersWire = { date_inactive?: string | null; date_closed?: string | null };
type EmailBindingWire = { address?: string | null; projected_address?: string | null; name?: string | null };

/** When the conversation's timers will move it to inactive and to closed; null when not set. */
export type ConversationTimers = Camelized<TimersWire>;
export type ConversationEmailBinding = Camelized<EmailBindingWire>;
export interface ConversationBindings {
  email: ConversationEmailBinding | null;
}

export const conversationTimers = orEmpty(
  shape<TimersWire, ConversationTimers>('timers', { date_inactive: date, date_closed: date }),
);

const emailBinding = shape<EmailBindingWire, ConversationEmailBinding>('email', {
  address: string,
  projected_address: string,
  name: string,
});

const conversationBindings = orEmpty(
  shape<{ email?: unknown }, ConversationBindings>('bindings', { email: nullable(emailBinding) }),
);

export const conversationStates: Record<Schemas['conversation_enum_state'], true> = {
  active: true,
  inactive: true,
  closed: true,
};

type ConversationWire = Schemas['conversations.v1.service.service_conversation'];

export type Conversation = Camelized<
  ConversationWire,
  'sid' | 'account_sid' | 'chat_service_sid' | 'date_created' | 'date_updated' | 'url',
  { timers: ConversationTimers; bindings: ConversationBindings }
>;

export const toConversation = shape<ConversationWire, Conversation>('conversation', {
  account_sid: requiredString,
  chat_service_sid: requiredString,
  messaging_service_sid: string,
  sid: requiredString,
  friendly_name: string,
  unique_name: string,
  attributes: json,
  state: oneOf(conversationStates),
  date_created: requiredDate,
  date_updated: requiredDate,
  timers: conversationTimers,
  url: requiredString,
  links,
  bindings: conversationBindings,
});

/** A conversation is addressed by its SID (CH…) or its unique name. */
export const {
  list: listConversations,
  create: createConversation,
  fetch: fetchConversation,
  update: updateConversation,
  delete: deleteConversation,
} = resourceOperations('Conversation', toConversation, {
  scoped: true,
  name: 'conversation',
});
