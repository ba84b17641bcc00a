import { describe, expect, it } from 'vitest';
import {
  MessageAndReceiptDocument,
  MessageAndReceiptNodesDocument,
  MessagesWithReceiptIdsDocument,
  ReceiptLinksToMessagesDocument,
  ReceiptLinksToServiceDocument,
  UnknownMessagesAndReceiptDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

const operations = () => gateway.lastCalls().map((call) => call.operationId);

describe('reading delivery receipts', () => {
  it('reads a message and a delivery receipt by SID, and again by global ID', async () => {
    const listed = await gateway.run(MessagesWithReceiptIdsDocument, {
      conversationSid: 'support-1042',
      first: 2,
    });
    const conversationSid = listed.conversation?.sid ?? '';
    const reply = listed.conversation?.messages.edges[1]?.node;
    const receipt = reply?.deliveryReceipts.edges[0]?.node;
    if (!reply || !receipt) throw new Error('the demo reply has no receipt');

    const bySid = await gateway.run(MessageAndReceiptDocument, {
      conversationSid,
      messageSid: reply.sid,
      receiptSid: receipt.sid,
    });
    expect(bySid.message).toEqual({
      id: reply.id,
      body: 'Sorry about that! It is out for delivery and should arrive today.',
    });
    expect(bySid.deliveryReceipt).toEqual({ id: receipt.id, status: 'READ' });
    expect(operations().sort()).toEqual(['FetchConversationMessage', 'FetchConversationMessageReceipt']);

    const byId = await gateway.run(MessageAndReceiptNodesDocument, {
      messageId: reply.id,
      receiptId: receipt.id,
    });
    expect(byId).toEqual({ message: { sid: reply.sid }, receipt: { sid: receipt.sid } });
  });

  it('returns null for messages and receipts that do not exist', async () => {
    const data = await gateway.run(UnknownMessagesAndReceiptDocument, {
      conversationSid: 'support-1042',
      unknownConversationSid: 'no-such-conversation',
      messageSid: 'IM00000000000000000000000000000000',
      receiptSid: 'DY00000000000000000000000000000000',
    });
    expect(data).toEqual({ unknownMessage: null, unknownConversation: null, unknownReceipt: null });
  });

  it('links receipts back to listed messages without fetching them again', async () => {
    const data = await gateway.run(ReceiptLinksToMessagesDocument, {
      conversationSid: 'support-1042',
      first: 3,
    });
    expect(data.conversation).not.toBeNull();
    for (const edge of data.conversation?.messages.edges ?? []) {
      for (const receipt of edge.node.deliveryReceipts.edges)
        expect(receipt.node.message?.sid).toBe(edge.node.sid);
    }
    // The list primed every message, so `message` costs nothing; both receipts name the same SMS
    // recipient, fetched once; the first message has no delivery summary and costs no receipts call;
    // the conversation's own fields are not read, so it is not fetched. Minimum 4.
    expect(operations().sort()).toEqual([
      'FetchConversationParticipant',
      'ListConversationMessage',
      'ListConversationMessageReceipt',
      'ListConversationMessageReceipt',
    ]);
  });
});

describe('the service of delivery receipts', () => {
  it('links receipts to their conversation and service without fetching the conversation again', async () => {
    const data = await gateway.run(ReceiptLinksToServiceDocument, {
      conversationSid: 'support-1042',
      first: 3,
    });
    const receipts = (data.conversation?.messages.edges ?? []).flatMap(
      (edge) => edge.node.deliveryReceipts.edges,
    );
    expect(receipts.length).toBeGreaterThan(0);
    for (const receipt of receipts) {
      expect(receipt.node.service?.sid).toBe(data.conversation?.chatServiceSid);
      expect(receipt.node.conversation?.sid).toMatch(/^CH/);
    }
    // Minimum 5: the conversation, the messages page, one receipts list per message with a delivery
    // summary (2 of the 3) and the service; the receipts' conversation is the one already read.
    expect(operations().sort()).toEqual([
      'FetchConversation',
      'FetchService',
      'ListConversationMessage',
      'ListConversationMessageReceipt',
      'ListConversationMessageReceipt',
    ]);
  });
});
