import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  date,
  json,
  links,
  oneOf,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';
import { type ConversationTimers, conversationStates, conversationTimers } from './conversations.ts';
import { type MessagingBinding, messagingBinding } from './participants.ts';

type ParticipantConversationWire = Schemas['conversations.v1.service.service_participant_conversation'];

/** One conversation of an identity or address, with that participant's side of it. */
export type ParticipantConversation = Camelized<
  ParticipantConversationWire,
  'account_sid' | 'chat_service_sid' | 'participant_sid' | 'conversation_sid',
  { participant_messaging_binding: MessagingBinding | null; conversation_timers: ConversationTimers }
>;

export const toParticipantConversation = shape<ParticipantConversationWire, ParticipantConversation>(
  'participant_conversation',
  {
    account_sid: requiredString,
    chat_service_sid: requiredString,
    participant_sid: requiredString,
    participant_user_sid: string,
    participant_identity: string,
    participant_messaging_binding: messagingBinding,
    conversation_sid: requiredString,
    conversation_unique_name: string,
    conversation_friendly_name: string,
    conversation_attributes: json,
    conversation_date_created: date,
    conversation_date_updated: date,
    conversation_created_by: string,
    conversation_state: oneOf(conversationStates),
    conversation_timers: conversationTimers,
    links,
  },
);

/** Give exactly one of `identity` (a chat participant) or `address` (e.g. a phone number). */
export const { list: listParticipantConversations } = resourceOperations(
  'ParticipantConversation',
  toParticipantConversation,
  {
    scoped: true,
    name: 'participant_conversation',
  },
);
