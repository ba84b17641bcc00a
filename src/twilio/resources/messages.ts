import { resourceOperations } from '../resource.ts';
import { integer, listOf, nullable, object, resource, string } from '../wire.ts';

const media = object('media', { sid: string, content_type: string, filename: string, size: integer });

/** A media file (ME…) attached to a message. */
export type MessageMedia = ReturnType<typeof media>;

const delivery = object('delivery', {
  total: integer,
  sent: string,
  delivered: string,
  read: string,
  failed: string,
  undelivered: string,
});

/**
 * How far the message got to non-chat (SMS, WhatsApp) recipients: `total` of them, and for each
 * status whether `all`, `some` or `none` reached it. Null for chat-only conversations.
 */
export type MessageDelivery = ReturnType<typeof delivery>;

export const toMessage = resource(
  'conversations.v1.service.service_conversation.service_conversation_message',
  'message',
  {
    required: ['conversation_sid', 'index'],
    optional: ['date_updated'],
    fields: { media: listOf(media), delivery: nullable(delivery) },
  },
);

/** A message (IM…). `chatServiceSid` is only known when it was read through a service route. */
export type Message = ReturnType<typeof toMessage>;

/** Messages are addressed by their conversation's SID (CH…) or unique name and their own SID (IM…). */
export const {
  list: listMessages,
  create: createMessage,
  fetch: fetchMessage,
  update: updateMessage,
  delete: deleteMessage,
} = resourceOperations('ConversationMessage', toMessage, { scoped: true });
