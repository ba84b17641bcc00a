import { keys, type Loaders, primeFromPage, type Scope } from '../../loaders/index.ts';
import { type DeliveryReceipt, listDeliveryReceipts, MAX_PAGE_SIZE } from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { wireEnum } from '../enums.ts';
import { type ConnectionShape, resolveForwardConnection } from '../pagination.ts';
import { type InScope, inScope, inScopeOrNull, splitPath } from '../scope.ts';
import { CONVERSATION_SID, SERVICE_SID, withResourceFields } from './common-fields.ts';
import { ConversationRef, loadConversation } from './conversation.ts';
import { loadMessage, MessageRef } from './message.ts';
import { loadParticipant, ParticipantRef, scopeFromSegment, serviceSegment } from './participant.ts';
import { withServiceOfChild } from './service.ts';

export type DeliveryReceiptNode = InScope<DeliveryReceipt>;

async function loadReceipt(
  loaders: Pick<Loaders, 'receipt'>,
  scope: Scope,
  conversationSid: string,
  messageSid: string,
  sid: string,
): Promise<DeliveryReceiptNode | null> {
  return inScopeOrNull(
    await loaders.receipt.load(keys.receipt(scope, conversationSid, messageSid, sid)),
    scope,
  );
}

const DeliveryStatusEnum = wireEnum(
  'DeliveryStatus',
  'Where a message got to on its way to one SMS or WhatsApp recipient.',
  {
    SENT: 'Handed to the carrier.',
    DELIVERED: 'The carrier delivered it to the device.',
    READ: 'The recipient read it (WhatsApp only).',
    FAILED: 'Twilio could not send it; final.',
    UNDELIVERED: 'The carrier could not deliver it; final.',
  },
);

export const DeliveryReceiptRef = builder.objectRef<DeliveryReceiptNode>('DeliveryReceipt');

/** A connection with no edges, for lists known to be empty without asking Twilio. */
function emptyConnection<T>(): ConnectionShape<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}

builder.node(DeliveryReceiptRef, {
  description: 'What happened to one message on its way to one SMS or WhatsApp recipient.',
  id: {
    resolve: (r) =>
      `${serviceSegment(r.chatServiceSid, r.scope)}/${r.conversationSid}/${r.messageSid}/${r.sid}`,
  },
  loadOne: async (id, ctx) => {
    const [segment, conversationSid, messageSid, sid] = splitPath(id, 4) as [string, string, string, string];
    return loadReceipt(ctx.loaders, scopeFromSegment(segment), conversationSid, messageSid, sid);
  },
  fields: (t) => ({
    conversationSid: t.exposeString('conversationSid', {
      description: 'The conversation of the message (CH…).',
    }),
    messageSid: t.exposeString('messageSid', { description: 'The message it reports on (IM…).' }),
    channelMessageSid: t.exposeString('channelMessageSid', {
      nullable: true,
      description: 'The ID of the message on its channel, e.g. the SMS (SM…) or WhatsApp (WA…) message.',
    }),
    participantSid: t.exposeString('participantSid', {
      nullable: true,
      description: 'The recipient’s participant SID (MB…).',
    }),
    status: t.field({
      type: DeliveryStatusEnum,
      description: 'How far the message got to this recipient.',
      resolve: (r) => r.status,
    }),
    errorCode: t.int({
      nullable: true,
      description: 'Twilio’s messaging error code when delivery failed; null otherwise.',
      // Twilio reports "no error" as either null or 0.
      resolve: (r) => (r.errorCode === 0 ? null : r.errorCode),
    }),
    dateCreated: t.expose('dateCreated', { type: 'DateTime', description: 'When the receipt was made.' }),
    dateUpdated: t.expose('dateUpdated', {
      type: 'DateTime',
      nullable: true,
      description: 'When its status last changed.',
    }),
    participant: t.field({
      type: ParticipantRef,
      nullable: true,
      description: 'The recipient; null when they have left the conversation.',
      // The recipients of one message's receipts are members of one conversation: one list call,
      // and a fetch of its own for each recipient beyond that list's first page.
      extensions: { upstreamCost: 1, upstreamCoalesced: true },
      resolve: (r, _args, ctx) =>
        r.participantSid ? loadParticipant(ctx.loaders, r.scope, r.conversationSid, r.participantSid) : null,
    }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message the receipt reports on.',
      extensions: { upstreamCost: 1 },
      resolve: (r, _args, ctx) => loadMessage(ctx.loaders, r.scope, r.conversationSid, r.messageSid),
    }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The conversation of the message the receipt reports on.',
      // The receipts of one message share its conversation: one fetch for a page of them.
      extensions: { upstreamCost: 1, upstreamBatched: true },
      resolve: (r, _args, ctx) => loadConversation(ctx.loaders, r.scope, r.conversationSid),
    }),
  }),
});

withResourceFields(DeliveryReceiptRef, { noun: 'receipt', prefix: 'DY' });
withServiceOfChild(DeliveryReceiptRef, 'receipt');

builder.objectFields(MessageRef, (t) => ({
  deliveryReceipts: t.connection(
    {
      type: DeliveryReceiptRef,
      description:
        'What happened to the message for each SMS or WhatsApp recipient, in the order they were made.',
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listDeliveryReceipts } },
      resolve: (m, args, ctx) => {
        // Twilio only makes receipts for non-chat recipients and sums them up in `delivery`, so a
        // message without a delivery summary has no receipts and costs no call. Twilio has no
        // endpoint for the receipts of several messages at once.
        if (m.delivery === null) return emptyConnection<DeliveryReceiptNode>();
        const scope = m.scope;
        return resolveForwardConnection(
          args,
          MAX_PAGE_SIZE.listDeliveryReceipts,
          async ({ pageSize, ref }) => {
            const page = await listDeliveryReceipts(ctx.session, {
              serviceSid: scope,
              conversationSid: m.conversationSid,
              messageSid: m.sid,
              pageSize,
              page: ref,
            });
            primeFromPage(ctx.loaders.receipt, page, (r) => [
              keys.receipt(scope, m.conversationSid, m.sid, r.sid),
            ]);
            return { ...page, items: page.items.map((r) => inScope(r, scope)) };
          },
        );
      },
    },
    { description: 'A page of the delivery receipts of a message.' },
    { description: 'A delivery receipt and its place in the list.' },
  ),
}));

builder.queryFields((t) => ({
  deliveryReceipt: t.field({
    type: DeliveryReceiptRef,
    nullable: true,
    description: 'A delivery receipt by SID; null when it does not exist.',
    args: {
      conversationSid: t.arg.string({
        required: true,
        description: CONVERSATION_SID,
      }),
      messageSid: t.arg.string({ required: true, description: 'The message’s IM… SID.' }),
      sid: t.arg.string({ required: true, description: 'The receipt’s DY… SID.' }),
      serviceSid: t.arg.string({
        description: SERVICE_SID,
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) =>
      loadReceipt(ctx.loaders, args.serviceSid ?? undefined, args.conversationSid, args.messageSid, args.sid),
  }),
}));
