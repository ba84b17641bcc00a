import { resourceOperations } from '../resource.ts';
import { date, nullable, object, orEmpty, resource, string } from '../wire.ts';

export const conversationTimers = orEmpty(object('timers', { date_inactive: date, date_closed: date }));

/** When the conversation's timers will move it to inactive and to closed; null when not set. */
export type ConversationTimers = ReturnType<typeof conversationTimers>;

const emailBinding = object('email', { address: string, projected_address: string, name: string });
export type ConversationEmailBinding = ReturnType<typeof emailBinding>;

const conversationBindings = orEmpty(object('bindings', { email: nullable(emailBinding) }));
export type ConversationBindings = ReturnType<typeof conversationBindings>;

export const toConversation = resource('conversations.v1.service.service_conversation', 'conversation', {
  required: ['chat_service_sid'],
  fields: { timers: conversationTimers, bindings: conversationBindings },
});

/** A conversation (CH…). */
export type Conversation = ReturnType<typeof toConversation>;

/** A conversation is addressed by its SID (CH…) or its unique name. */
export const {
  list: listConversations,
  create: createConversation,
  fetch: fetchConversation,
  update: updateConversation,
  delete: deleteConversation,
} = resourceOperations('Conversation', toConversation, { scoped: true });
