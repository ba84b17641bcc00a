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
  date,
  integer,
  json,
  links,
  listOf,
  nullable,
  requiredDate,
  requiredInteger,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';

type MediaWire = {
  sid?: string | null;
  content_type?: string | null;
  filename?: string | null;
  size?: number | null;
};
type DeliveryWire = {
  total?: number | null;
  sent?: string | null;
  delivered?: string | null;
  read?: string | null;
  failed?: string | null;
  undelivered?: string | null;
};

/** A media file (ME…) attached to a message. */
export type MessageMedia = Camelized<MediaWire>;
/**
 * How far the message got to non-chat (SMS, WhatsApp) recipients: `total` of them, and for each
 * status whether `all`, `some` or `none` reached it. Null for chat-only conversations.
 */
export type MessageDelivery = Camelized<DeliveryWire>;

const media = shape<MediaWire, MessageMedia>('media', {
  sid: string,
  content_type: string,
  filename: string,
  size: integer,
});

const delivery = shape<DeliveryWire, MessageDelivery>('delivery', {
  total: integer,
  sent: string,
  delivered: string,
  read: string,
  failed: string,
  undelivered: string,
});

type MessageWire = Schemas['conversations.v1.service.service_conversation.service_conversation_message'];

/** A message (IM…). `chatServiceSid` is only known when it was read through a service route. */
export type Message = Camelized<
  MessageWire,
  'sid' | 'account_sid' | 'conversation_sid' | 'date_created' | 'url',
  { media: MessageMedia[] | null; delivery: MessageDelivery | null }
>;

export const toMessage = shape<MessageWire, Message>('message', {
  account_sid: requiredString,
  chat_service_sid: string,
  conversation_sid: requiredString,
  sid: requiredString,
  index: requiredInteger,
  author: string,
  body: string,
  media: listOf(media),
  attributes: json,
  participant_sid: string,
  date_created: requiredDate,
  date_updated: date,
  delivery: nullable(delivery),
  url: requiredString,
  links,
  content_sid: string,
});

export interface MessagesParent extends ServiceScope {
  /** The conversation's SID (CH…) or unique name. */
  conversationSid: string;
}

export interface MessageRef extends MessagesParent {
  sid: string;
}

export type ListMessagesParams = MessagesParent & ListParams<'ListConversationMessage'>;
export type CreateMessageParams = MessagesParent & WebhookOption & BodyParams<'CreateConversationMessage'>;
export type UpdateMessageParams = MessageRef & WebhookOption & BodyParams<'UpdateConversationMessage'>;
export type DeleteMessageParams = MessageRef & WebhookOption;

export function listMessages(session: TwilioSession, params: ListMessagesParams): Promise<Page<Message>> {
  const operationId = scoped(params, 'ListConversationMessage', 'ListServiceConversationMessage');
  return session.send(
    operationId,
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid },
      query: params,
      paging: { pageSize: params.pageSize, page: params.page },
    },
    readList(operationId, toMessage),
  );
}

export function createMessage(session: TwilioSession, params: CreateMessageParams): Promise<Message> {
  return session.send(
    scoped(params, 'CreateConversationMessage', 'CreateServiceConversationMessage'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toMessage, 'message'),
  );
}

export function fetchMessage(session: TwilioSession, params: MessageRef): Promise<Message> {
  return session.send(
    scoped(params, 'FetchConversationMessage', 'FetchServiceConversationMessage'),
    { path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid } },
    readOne(toMessage, 'message'),
  );
}

export function updateMessage(session: TwilioSession, params: UpdateMessageParams): Promise<Message> {
  return session.send(
    scoped(params, 'UpdateConversationMessage', 'UpdateServiceConversationMessage'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toMessage, 'message'),
  );
}

export function deleteMessage(session: TwilioSession, params: DeleteMessageParams): Promise<void> {
  return session.send(
    scoped(params, 'DeleteConversationMessage', 'DeleteServiceConversationMessage'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid },
      webhookEnabled: params.webhookEnabled,
    },
    readNothing,
  );
}
