import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  integer,
  json,
  nullable,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';

type MessagingBindingWire = {
  type?: string | null;
  address?: string | null;
  proxy_address?: string | null;
  projected_address?: string | null;
  level?: string | null;
  name?: string | null;
};

/**
 * How a non-chat participant exchanges messages: `type` (sms, whatsapp, …), their `address`, the
 * Twilio `proxyAddress` they talk to, or the `projectedAddress` of a Group MMS chat participant.
 */
export type MessagingBinding = Camelized<MessagingBindingWire>;

export const messagingBinding = nullable(
  shape<MessagingBindingWire, MessagingBinding>('messaging_binding', {
    type: string,
    address: string,
    proxy_address: string,
    projected_address: string,
    level: string,
    name: string,
  }),
);

type ParticipantWire =
  Schemas['conversations.v1.service.service_conversation.service_conversation_participant'];

/** A participant (MB…). `chatServiceSid` is only known when it was read through a service route. */
export type Participant = Camelized<
  ParticipantWire,
  'sid' | 'account_sid' | 'conversation_sid' | 'date_created' | 'date_updated' | 'url',
  { messaging_binding: MessagingBinding | null }
>;

export const toParticipant = shape<ParticipantWire, Participant>('participant', {
  account_sid: requiredString,
  chat_service_sid: string,
  conversation_sid: requiredString,
  sid: requiredString,
  identity: string,
  attributes: json,
  messaging_binding: messagingBinding,
  role_sid: string,
  date_created: requiredDate,
  date_updated: requiredDate,
  url: requiredString,
  last_read_message_index: integer,
  last_read_timestamp: string,
});

/** A participant is addressed by its SID (MB…) or identity, in a conversation given by SID (CH…) or unique name. */
export const {
  list: listParticipants,
  create: createParticipant,
  fetch: fetchParticipant,
  update: updateParticipant,
  delete: deleteParticipant,
} = resourceOperations('ConversationParticipant', toParticipant, {
  scoped: true,
  name: 'participant',
});
