import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';
import { conversationTimers } from './conversations.ts';

export const toUserConversation = resource(
  'conversations.v1.service.service_user.service_user_conversation',
  'user_conversation',
  {
    required: ['chat_service_sid', 'conversation_sid', 'user_sid'],
    optional: ['date_created', 'date_updated'],
    fields: { timers: conversationTimers },
  },
);

/** One conversation as one user sees it: their unread count, read horizon and notification level. */
export type UserConversation = ReturnType<typeof toUserConversation>;

/** `delete` removes the user from the conversation (deletes their participant). A user is addressed by SID (US…) or identity. */
export const {
  list: listUserConversations,
  fetch: fetchUserConversation,
  update: updateUserConversation,
  delete: deleteUserConversation,
} = resourceOperations('UserConversation', toUserConversation, { scoped: true });
