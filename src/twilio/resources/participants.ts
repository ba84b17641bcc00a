import type { TwilioSession } from '../client.ts';
import type { BodyParams, ListParams } from '../form.ts';
import type { Page } from '../paging.ts';
import {
  readList,
  readNothing,
  readOne,
  type ServiceScope,
  scoped,
  type WebhookOption,
} from '../resource.ts';
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

export interface ParticipantsParent extends ServiceScope {
  /** The conversation's SID (CH…) or unique name. */
  conversationSid: string;
}

export interface ParticipantRef extends ParticipantsParent {
  /** The participant's SID (MB…) or identity. */
  sid: string;
}

export type ListParticipantsParams = ParticipantsParent & ListParams<'ListConversationParticipant'>;
export type CreateParticipantParams = ParticipantsParent &
  WebhookOption &
  BodyParams<'CreateConversationParticipant'>;
export type UpdateParticipantParams = ParticipantRef &
  WebhookOption &
  BodyParams<'UpdateConversationParticipant'>;
export type DeleteParticipantParams = ParticipantRef & WebhookOption;

export function listParticipants(
  session: TwilioSession,
  params: ListParticipantsParams,
): Promise<Page<Participant>> {
  const operationId = scoped(params, 'ListConversationParticipant', 'ListServiceConversationParticipant');
  return session.send(
    operationId,
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid },
      paging: { pageSize: params.pageSize, page: params.page },
    },
    readList(operationId, toParticipant),
  );
}

export function createParticipant(
  session: TwilioSession,
  params: CreateParticipantParams,
): Promise<Participant> {
  return session.send(
    scoped(params, 'CreateConversationParticipant', 'CreateServiceConversationParticipant'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toParticipant, 'participant'),
  );
}

export function fetchParticipant(session: TwilioSession, params: ParticipantRef): Promise<Participant> {
  return session.send(
    scoped(params, 'FetchConversationParticipant', 'FetchServiceConversationParticipant'),
    { path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid } },
    readOne(toParticipant, 'participant'),
  );
}

export function updateParticipant(
  session: TwilioSession,
  params: UpdateParticipantParams,
): Promise<Participant> {
  return session.send(
    scoped(params, 'UpdateConversationParticipant', 'UpdateServiceConversationParticipant'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toParticipant, 'participant'),
  );
}

export function deleteParticipant(session: TwilioSession, params: DeleteParticipantParams): Promise<void> {
  return session.send(
    scoped(params, 'DeleteConversationParticipant', 'DeleteServiceConversationParticipant'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid },
      webhookEnabled: params.webhookEnabled,
    },
    readNothing,
  );
}
