import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

const operations = () => gateway.lastCalls().map((call) => call.operationId);

describe('reading delivery receipts', () => {
  it('reads a message and a delivery receipt by SID, and again by global ID', async () => {
    const listed = await gateway.run<{
      conversation: {
        sid: string;
        messages: {
          edges: Array<{
            node: {
              id: string;
              sid: string;
              deliveryReceipts: { edges: Array<{ node: { id: string; sid: string } }> };
            };
          }>;
        };
      };
    }>(
      '{ conversation(sid: "support-1042") { sid messages(first: 2) { edges { node { id sid deliveryReceipts { edges { node { id sid } } } } } } } }',
    );
    const conversationSid = listed.conversation.sid;
    const reply = listed.conversation.messages.edges[1]?.node;
    const receipt = reply?.deliveryReceipts.edges[0]?.node;
    if (!reply || !receipt) throw new Error('the demo reply has no receipt');

    const bySid = await gateway.run<{
      message: { id: string; body: string };
      deliveryReceipt: { id: string; status: string };
    }>(
      'query($c: String!, $m: String!, $r: String!) { message(conversationSid: $c, sid: $m) { id body } deliveryReceipt(conversationSid: $c, messageSid: $m, sid: $r) { id status } }',
      { c: conversationSid, m: reply.sid, r: receipt.sid },
    );
    expect(bySid.message).toEqual({
      id: reply.id,
      body: 'Sorry about that! It is out for delivery and should arrive today.',
    });
    expect(bySid.deliveryReceipt).toEqual({ id: receipt.id, status: 'READ' });
    expect(operations().sort()).toEqual(['FetchConversationMessage', 'FetchConversationMessageReceipt']);

    const byId = await gateway.run<{ message: { sid: string } | null; receipt: { sid: string } | null }>(
      'query($m: ID!, $r: ID!) { message: node(id: $m) { ... on Message { sid } } receipt: node(id: $r) { ... on DeliveryReceipt { sid } } }',
      { m: reply.id, r: receipt.id },
    );
    expect(byId).toEqual({ message: { sid: reply.sid }, receipt: { sid: receipt.sid } });
  });

  it('returns null for messages and receipts that do not exist', async () => {
    const data = await gateway.run<Record<string, unknown>>(`{
      unknownMessage: message(conversationSid: "support-1042", sid: "IM00000000000000000000000000000000") { sid }
      unknownConversation: message(conversationSid: "no-such-conversation", sid: "IM00000000000000000000000000000000") { sid }
      unknownReceipt: deliveryReceipt(conversationSid: "support-1042", messageSid: "IM00000000000000000000000000000000", sid: "DY00000000000000000000000000000000") { sid }
    }`);
    expect(data).toEqual({ unknownMessage: null, unknownConversation: null, unknownReceipt: null });
  });

  it('links receipts back to listed messages without fetching them again', async () => {
    const data = await gateway.run<{
      conversation: {
        messages: {
          edges: Array<{
            node: {
              sid: string;
              deliveryReceipts: {
                edges: Array<{ node: { message: { sid: string }; participant: { sid: string } } }>;
              };
            };
          }>;
        };
      };
    }>(
      '{ conversation(sid: "support-1042") { messages(first: 3) { edges { node { sid deliveryReceipts { edges { node { message { sid } participant { sid } } } } } } } } }',
    );
    for (const edge of data.conversation.messages.edges) {
      for (const receipt of edge.node.deliveryReceipts.edges)
        expect(receipt.node.message.sid).toBe(edge.node.sid);
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
  interface ServicePage {
    conversation: {
      chatServiceSid: string;
      messages: {
        edges: Array<{
          node: {
            deliveryReceipts: {
              edges: Array<{ node: { service: { sid: string }; conversation: { sid: string } } }>;
            };
          };
        }>;
      };
    };
  }

  it('links receipts to their conversation and service without fetching the conversation again', async () => {
    const data = await gateway.run<ServicePage>(
      '{ conversation(sid: "support-1042") { chatServiceSid messages(first: 3) { edges { node { deliveryReceipts { edges { node { conversation { sid } service { sid } } } } } } } } }',
    );
    const receipts = data.conversation.messages.edges.flatMap((edge) => edge.node.deliveryReceipts.edges);
    expect(receipts.length).toBeGreaterThan(0);
    for (const receipt of receipts) {
      expect(receipt.node.service.sid).toBe(data.conversation.chatServiceSid);
      expect(receipt.node.conversation.sid).toMatch(/^CH/);
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
