import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  integer,
  oneOf,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';

type ReceiptWire =
  Schemas['conversations.v1.service.service_conversation.service_conversation_message.service_conversation_message_receipt'];

/**
 * A delivery receipt (DY…): what happened to a message on its way to one non-chat participant.
 * The spec marks `error_code` as always present, but Twilio leaves it null (or 0) unless the
 * delivery failed.
 */
export type DeliveryReceipt = Camelized<
  ReceiptWire,
  'sid' | 'account_sid' | 'conversation_sid' | 'message_sid' | 'date_created' | 'date_updated' | 'url',
  { error_code: number | null }
>;

export const deliveryStatuses: Record<Schemas['conversation_message_receipt_enum_delivery_status'], true> = {
  read: true,
  failed: true,
  delivered: true,
  undelivered: true,
  sent: true,
};

export const toDeliveryReceipt = shape<ReceiptWire, DeliveryReceipt>('delivery_receipt', {
  account_sid: requiredString,
  chat_service_sid: string,
  conversation_sid: requiredString,
  message_sid: requiredString,
  sid: requiredString,
  channel_message_sid: string,
  participant_sid: string,
  status: oneOf(deliveryStatuses),
  error_code: integer,
  date_created: requiredDate,
  date_updated: requiredDate,
  url: requiredString,
});

export const { list: listDeliveryReceipts, fetch: fetchDeliveryReceipt } = resourceOperations(
  'ConversationMessageReceipt',
  toDeliveryReceipt,
  {
    scoped: true,
    name: 'delivery_receipt',
  },
);
