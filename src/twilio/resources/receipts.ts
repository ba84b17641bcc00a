import { resourceOperations } from '../resource.ts';
import { integer, resource } from '../wire.ts';

/**
 * The spec marks `error_code` as always present, but Twilio leaves it null (or 0) unless the
 * delivery failed.
 */
export const toDeliveryReceipt = resource(
  'conversations.v1.service.service_conversation.service_conversation_message.service_conversation_message_receipt',
  'delivery_receipt',
  {
    required: ['conversation_sid', 'message_sid'],
    fields: { error_code: integer },
  },
);

/** A delivery receipt (DY…): what happened to a message on its way to one non-chat participant. */
export type DeliveryReceipt = ReturnType<typeof toDeliveryReceipt>;

export const { list: listDeliveryReceipts, fetch: fetchDeliveryReceipt } = resourceOperations(
  'ConversationMessageReceipt',
  toDeliveryReceipt,
  {
    scoped: true,
  },
);
