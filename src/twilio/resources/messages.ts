import { resourceOperations } from '../resource.ts';
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

/** Messages are addressed by their conversation's SID (CH…) or unique name and their own SID (IM…). */
export const {
  list: listMessages,
  create: createMessage,
  fetch: fetchMessage,
  update: updateMessage,
  delete: deleteMessage,
} = resourceOperations('ConversationMessage', toMessage, {
  scoped: true,
  name: 'message',
});
