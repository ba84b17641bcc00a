import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  date,
  integer,
  json,
  links,
  oneOf,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';
import { type ConversationTimers, conversationStates, conversationTimers } from './conversations.ts';

type UserConversationWire = Schemas['conversations.v1.service.service_user.service_user_conversation'];

/** One conversation as one user sees it: their unread count, read horizon and notification level. */
export type UserConversation = Camelized<
  UserConversationWire,
  'account_sid' | 'chat_service_sid' | 'conversation_sid' | 'user_sid' | 'url',
  { timers: ConversationTimers }
>;

export const notificationLevels: Record<Schemas['user_conversation_enum_notification_level'], true> = {
  default: true,
  muted: true,
};

export const toUserConversation = shape<UserConversationWire, UserConversation>('user_conversation', {
  account_sid: requiredString,
  chat_service_sid: requiredString,
  conversation_sid: requiredString,
  unread_messages_count: integer,
  last_read_message_index: integer,
  participant_sid: string,
  user_sid: requiredString,
  friendly_name: string,
  conversation_state: oneOf(conversationStates),
  timers: conversationTimers,
  attributes: json,
  date_created: date,
  date_updated: date,
  created_by: string,
  notification_level: oneOf(notificationLevels),
  unique_name: string,
  url: requiredString,
  links,
});

/** `delete` removes the user from the conversation (deletes their participant). A user is addressed by SID (US…) or identity. */
export const {
  list: listUserConversations,
  fetch: fetchUserConversation,
  update: updateUserConversation,
  delete: deleteUserConversation,
} = resourceOperations('UserConversation', toUserConversation, {
  scoped: true,
  name: 'user_conversation',
});
