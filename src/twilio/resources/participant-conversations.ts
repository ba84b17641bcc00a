import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';
import { conversationTimers } from './conversations.ts';
import { messagingBinding } from './participants.ts';

export const toParticipantConversation = resource(
  'conversations.v1.service.service_participant_conversation',
  'participant_conversation',
  {
    required: ['chat_service_sid', 'participant_sid', 'conversation_sid'],
    fields: { participant_messaging_binding: messagingBinding, conversation_timers: conversationTimers },
  },
);

/** One conversation of an identity or address, with that participant's side of it. */
export type ParticipantConversation = ReturnType<typeof toParticipantConversation>;

/** Give exactly one of `identity` (a chat participant) or `address` (e.g. a phone number). */
export const { list: listParticipantConversations } = resourceOperations(
  'ParticipantConversation',
  toParticipantConversation,
  {
    scoped: true,
  },
);
