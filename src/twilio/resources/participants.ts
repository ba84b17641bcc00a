import { resourceOperations } from '../resource.ts';
import { nullable, object, resource, string } from '../wire.ts';

export const messagingBinding = nullable(
  object('messaging_binding', {
    type: string,
    address: string,
    proxy_address: string,
    projected_address: string,
    level: string,
    name: string,
  }),
);

/**
 * How a non-chat participant exchanges messages: `type` (sms, whatsapp, …), their `address`, the
 * Twilio `proxyAddress` they talk to, or the `projectedAddress` of a Group MMS chat participant.
 */
export type MessagingBinding = NonNullable<ReturnType<typeof messagingBinding>>;

export const toParticipant = resource(
  'conversations.v1.service.service_conversation.service_conversation_participant',
  'participant',
  {
    required: ['conversation_sid'],
    fields: { messaging_binding: messagingBinding },
  },
);

/** A participant (MB…). `chatServiceSid` is only known when it was read through a service route. */
export type Participant = ReturnType<typeof toParticipant>;

/** A participant is addressed by its SID (MB…) or identity, in a conversation given by SID (CH…) or unique name. */
export const {
  list: listParticipants,
  create: createParticipant,
  fetch: fetchParticipant,
  update: updateParticipant,
  delete: deleteParticipant,
} = resourceOperations('ConversationParticipant', toParticipant, { scoped: true });
