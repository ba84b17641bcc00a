import { beforeAll, describe, expect, it } from 'vitest';
import { conversationMaker, serviceSidNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
/** The demo seed's "Sales team" service, which holds the `enterprise-deal` conversation. */
let salesSid: string;

beforeAll(async () => {
  salesSid = await serviceSidNamed(gateway, 'Sales team');
});

const operations = () => gateway.lastCalls().map((call) => call.operationId);

const newConversation = conversationMaker(gateway, 'messages-test');

/** A fresh conversation in the default service, with the given chat members. */
async function createConversation(identities: string[]): Promise<string> {
  const sid = await newConversation();
  for (const identity of identities) {
    await gateway.run(
      'mutation($c: String!, $i: String) { createParticipant(input: { conversationSid: $c, identity: $i }) { userErrors { code } } }',
      {
        c: sid,
        i: identity,
      },
    );
  }
  return sid;
}

async function post(conversationSid: string, author: string, body: string): Promise<string> {
  const data = await gateway.run<{ createMessage: { message: { sid: string }; userErrors: unknown[] } }>(
    'mutation($c: String!, $a: String, $b: String) { createMessage(input: { conversationSid: $c, author: $a, body: $b }) { message { sid } userErrors { code } } }',
    { c: conversationSid, a: author, b: body },
  );
  return data.createMessage.message.sid;
}

interface MessagesPage {
  conversation: {
    messages: {
      edges: Array<{ cursor: string; node: { sid: string; index: number } }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
}

const PAGE = `query($sid: String!, $first: Int, $after: String, $last: Int, $before: String, $order: MessageOrder) {
  conversation(sid: $sid) {
    messages(first: $first, after: $after, last: $last, before: $before, order: $order) {
      edges { cursor node { sid index } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describe('reading messages', () => {
  it('reads a message with its author, conversation, delivery summary and receipts', async () => {
    const data = await gateway.run<{
      conversation: {
        sid: string;
        messages: {
          edges: Array<{
            node: {
              author: string;
              body: string;
              delivery: { total: number; sent: string; delivered: string; read: string } | null;
              participant: {
                identity: string | null;
                messagingBinding: { type: string; address: string } | null;
              } | null;
              conversation: { sid: string };
              deliveryReceipts: {
                edges: Array<{
                  node: {
                    status: string;
                    errorCode: number | null;
                    channelMessageSid: string;
                    participant: { messagingBinding: { address: string } };
                    message: { index: number };
                  };
                }>;
              };
            };
          }>;
        };
      };
    }>(`{
      conversation(sid: "support-1042") {
        sid
        messages(first: 3) {
          edges { node {
            author body
            delivery { total sent delivered read }
            participant { identity messagingBinding { type address } }
            conversation { sid }
            deliveryReceipts { edges { node {
              status errorCode channelMessageSid
              participant { messagingBinding { address } }
              message { index }
            } } }
          } }
        }
      }
    }`);
    const [question, reply, followUp] = data.conversation.messages.edges.map((edge) => edge.node);
    expect(question).toMatchObject({
      author: '+15551230001',
      delivery: null,
      participant: { identity: null, messagingBinding: { type: 'sms', address: '+15551230001' } },
      conversation: { sid: data.conversation.sid },
      deliveryReceipts: { edges: [] },
    });
    expect(reply).toMatchObject({
      author: 'carol',
      delivery: { total: 1, sent: 'ALL', delivered: 'ALL', read: 'ALL' },
      participant: { identity: 'carol', messagingBinding: null },
    });
    expect(reply?.deliveryReceipts.edges.map((edge) => edge.node)).toEqual([
      {
        status: 'READ',
        errorCode: null,
        channelMessageSid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
        participant: { messagingBinding: { address: '+15551230001' } },
        message: { index: 1 },
      },
    ]);
    expect(followUp?.delivery).toMatchObject({ delivered: 'ALL', read: 'NONE' });
    expect(followUp?.deliveryReceipts.edges[0]?.node.status).toBe('DELIVERED');
  });

  it('reads the messages of a conversation in a named service through the service routes', async () => {
    const data = await gateway.run<{
      conversation: {
        messages: {
          edges: Array<{
            node: {
              id: string;
              sid: string;
              chatServiceSid: string;
              body: string;
              participant: { identity: string };
              conversation: { uniqueName: string };
            };
          }>;
        };
      };
    }>(
      'query($s: String) { conversation(sid: "enterprise-deal", serviceSid: $s) { messages { edges { node { id sid chatServiceSid body participant { identity } conversation { uniqueName } } } } } }',
      { s: salesSid },
    );
    const message = data.conversation.messages.edges[0]?.node;
    expect(message).toMatchObject({
      chatServiceSid: salesSid,
      body: 'Contract sent for signature.',
      participant: { identity: 'erin' },
      conversation: { uniqueName: 'enterprise-deal' },
    });
    expect(operations().every((operation) => operation.includes('Service'))).toBe(true);

    const again = await gateway.run<{ node: { sid: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Message { sid } } }',
      {
        id: message?.id,
      },
    );
    expect(again.node).toEqual({ sid: message?.sid });
    expect(operations()).toEqual(['FetchServiceConversationMessage']);
  });

  it('reads a message of a named service by SID with serviceSid, and null without it', async () => {
    const listed = await gateway.run<{
      conversation: { sid: string; messages: { edges: Array<{ node: { sid: string } }> } };
    }>(
      'query($s: String) { conversation(sid: "enterprise-deal", serviceSid: $s) { sid messages { edges { node { sid } } } } }',
      { s: salesSid },
    );
    const variables = {
      c: listed.conversation.sid,
      m: listed.conversation.messages.edges[0]?.node.sid,
      s: salesSid,
    };
    const inService = await gateway.run<{ message: { body: string } | null }>(
      'query($c: String!, $m: String!, $s: String) { message(conversationSid: $c, sid: $m, serviceSid: $s) { body } }',
      variables,
    );
    expect(inService.message).toEqual({ body: 'Contract sent for signature.' });
    const inDefault = await gateway.run<{ message: { body: string } | null }>(
      'query($c: String!, $m: String!) { message(conversationSid: $c, sid: $m) { body } }',
      variables,
    );
    expect(inDefault.message).toBeNull();
  });
});

describe('the service of messages and receipts', () => {
  interface ServicePage {
    conversation: {
      chatServiceSid: string;
      messages: {
        edges: Array<{
          node: { chatServiceSid: string | null; service: { sid: string } };
        }>;
      };
    };
  }

  it('links a page of messages read through the short routes to their service with one fetch', async () => {
    const data = await gateway.run<ServicePage>(
      '{ conversation(sid: "support-1042") { chatServiceSid messages(first: 3) { edges { node { chatServiceSid service { sid } } } } } }',
    );
    const { chatServiceSid, messages } = data.conversation;
    // The short routes leave chat_service_sid out of messages; the conversation names the service.
    expect(messages.edges.map((edge) => [edge.node.chatServiceSid, edge.node.service.sid])).toEqual([
      [null, chatServiceSid],
      [null, chatServiceSid],
      [null, chatServiceSid],
    ]);
    // Minimum 3: the conversation, its messages page and the one service they share (the conversation
    // read by unique name is cached under its SID too, so no message fetches it again).
    expect(operations().sort()).toEqual(['FetchConversation', 'FetchService', 'ListConversationMessage']);
  });

  it('links messages read through a named service to it without asking the conversation', async () => {
    const data = await gateway.run<{
      service: { sid: string };
      conversation: {
        messages: { edges: Array<{ node: { chatServiceSid: string; service: { sid: string } } }> };
      };
    }>(
      'query($s: String!) { service(sid: $s) { sid } conversation(sid: "enterprise-deal", serviceSid: $s) { messages { edges { node { chatServiceSid service { sid } } } } } }',
      { s: salesSid },
    );
    expect(data.conversation.messages.edges.map((edge) => edge.node)).toEqual([
      { chatServiceSid: salesSid, service: { sid: salesSid } },
    ]);
    // Minimum 2: the service and the messages page (addressed by the conversation's unique name; none
    // of the conversation's own fields is read); every message names the service already read, so
    // linking them costs nothing.
    expect(operations().sort()).toEqual(['FetchService', 'ListServiceConversationMessage']);
  });
});

describe('paging through the messages of a long conversation', () => {
  let conversationSid: string;
  const posted: string[] = [];

  beforeAll(async () => {
    conversationSid = await createConversation(['alice']);
    for (let i = 0; i < 230; i += 1) posted.push(await post(conversationSid, 'alice', `message ${i}`));
  });

  it('walks every message once, oldest first, with first/after across several Twilio pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let calls = 0;
    for (let round = 0; round < 10; round += 1) {
      const data: MessagesPage = await gateway.run<MessagesPage>(PAGE, {
        sid: conversationSid,
        first: 70,
        after,
      });
      calls += operations().filter((operation) => operation === 'ListConversationMessage').length;
      seen.push(...data.conversation.messages.edges.map((edge) => edge.node.sid));
      if (!data.conversation.messages.pageInfo.hasNextPage) break;
      after = data.conversation.messages.pageInfo.endCursor;
    }
    expect(seen).toEqual(posted);
    // 230 messages in pages of 70: 4 requests of one list call each, since an end cursor carries
    // the next page token.
    expect(calls).toBe(4);
  });

  it('reads the newest messages with last and walks backwards with before, edges still oldest first', async () => {
    const seen: string[][] = [];
    let before: string | null = null;
    const mark = gateway.mark();
    let last = await gateway.run<MessagesPage>(PAGE, { sid: conversationSid, last: 50 });
    // `last` alone asks Twilio for the newest page directly (Order=desc), one call, and nothing else:
    // the conversation's own fields are not read.
    expect(operations()).toEqual(['ListConversationMessage']);
    const list = gateway.since(mark).find((entry) => entry.operationId === 'ListConversationMessage');
    expect(new URLSearchParams(list?.query).get('Order')).toBe('desc');
    expect(new URLSearchParams(list?.query).get('PageSize')).toBe('50');
    for (let round = 0; round < 10; round += 1) {
      const edges = last.conversation.messages.edges;
      seen.unshift(edges.map((edge) => edge.node.sid));
      if (!last.conversation.messages.pageInfo.hasPreviousPage) break;
      before = last.conversation.messages.pageInfo.startCursor;
      last = await gateway.run<MessagesPage>(PAGE, { sid: conversationSid, last: 50, before });
    }
    expect(seen.flat()).toEqual(posted);
    expect(seen[seen.length - 1]).toEqual(posted.slice(-50));
  });

  it('fetches several Twilio pages when first is larger than the largest page Twilio serves', async () => {
    const data = await gateway.run<MessagesPage>(PAGE, { sid: conversationSid, first: 230 });
    expect(data.conversation.messages.edges.map((edge) => edge.node.sid)).toEqual(posted);
    // Twilio serves at most 100 messages a page: 3 list calls for 230 is the minimum.
    expect(operations().filter((operation) => operation === 'ListConversationMessage')).toHaveLength(3);
  });

  it('lists newest first with order DESC, and continues from a cursor in the middle of a page', async () => {
    const newest = await gateway.run<MessagesPage>(PAGE, { sid: conversationSid, first: 10, order: 'DESC' });
    const reversed = [...posted].reverse();
    expect(newest.conversation.messages.edges.map((edge) => edge.node.sid)).toEqual(reversed.slice(0, 10));
    const middle = newest.conversation.messages.edges[4]?.cursor;
    const next = await gateway.run<MessagesPage>(PAGE, {
      sid: conversationSid,
      first: 3,
      after: middle,
      order: 'DESC',
    });
    expect(next.conversation.messages.edges.map((edge) => edge.node.sid)).toEqual(reversed.slice(5, 8));
    const oldest = await gateway.run<MessagesPage>(PAGE, { sid: conversationSid, last: 2, order: 'DESC' });
    expect(oldest.conversation.messages.edges.map((edge) => edge.node.sid)).toEqual(reversed.slice(-2));
  });
});

describe('the upstream cost of a conversation with its last 50 messages, authors and receipts', () => {
  let conversationSid: string;
  let withReceipts = 0;

  beforeAll(async () => {
    conversationSid = await createConversation(['alice', 'bob', 'carol']);
    // 30 chat-only messages: Twilio tracks no delivery for them, so they have no receipts.
    const authors = ['alice', 'bob', 'carol'];
    for (let i = 0; i < 30; i += 1) await post(conversationSid, authors[i % 3] as string, `chat ${i}`);
    // An SMS member joins: from now on every message not written by them gets one receipt.
    const sms = await gateway.run<{ createParticipant: { userErrors: unknown[] } }>(
      'mutation($c: String!) { createParticipant(input: { conversationSid: $c, messagingBinding: { address: "+15550001111", proxyAddress: "+15559990000" } }) { userErrors { code } } }',
      { c: conversationSid },
    );
    expect(sms.createParticipant.userErrors).toEqual([]);
    for (let i = 0; i < 30; i += 1) {
      const author = i % 5 === 0 ? '+15550001111' : (authors[i % 3] as string);
      await post(conversationSid, author, `mixed ${i}`);
      if (author !== '+15550001111') withReceipts += 1;
    }
  });

  it('costs one call for the conversation, one for the messages, one for all authors and one per message with receipts', async () => {
    const data = await gateway.run<{
      conversation: {
        messages: {
          edges: Array<{
            node: { participant: { sid: string } | null; deliveryReceipts: { edges: unknown[] } };
          }>;
        };
      };
    }>(
      `query($c: String!) {
        conversation(sid: $c) {
          sid friendlyName
          messages(last: 50) {
            edges { node {
              sid body author
              participant { sid identity messagingBinding { address } }
              deliveryReceipts { edges { node { sid status participant { sid } } } }
            } }
          }
        }
      }`,
      { c: conversationSid },
    );
    const edges = data.conversation.messages.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.participant !== null)).toBe(true);
    const receiptLists = edges.filter((edge) => edge.node.deliveryReceipts.edges.length > 0).length;
    // The last 50 are 20 chat-only messages and all 30 posted after the SMS member joined.
    expect(receiptLists).toBe(withReceipts);

    const calls = operations();
    const count = (operationId: string) => calls.filter((operation) => operation === operationId).length;
    expect(count('FetchConversation')).toBe(1);
    expect(count('ListConversationMessage')).toBe(1);
    expect(count('ListConversationParticipant')).toBe(1);
    expect(count('FetchConversationParticipant')).toBe(0);
    expect(count('ListConversationMessageReceipt')).toBe(withReceipts);
    // Minimum possible: conversation 1 + messages 1 (Order=desc, PageSize=50) + the 4 authors and
    // the receipts' SMS recipient coalesced into one participant list 1 + one receipts list per
    // message whose delivery summary says it has receipts (24; Twilio has no batch receipts
    // endpoint, and the 20 chat-only messages cost nothing) = 27.
    expect(calls).toHaveLength(3 + withReceipts);
    expect(calls).toHaveLength(27);
  });
});

describe('writing messages', () => {
  it('posts a message with attributes, edits it and deletes it', async () => {
    const conversationSid = await createConversation(['dave']);
    const created = await gateway.run<{
      createMessage: {
        message: {
          sid: string;
          index: number;
          author: string;
          body: string;
          attributes: unknown;
          participant: { identity: string };
        };
        userErrors: unknown[];
      };
    }>(
      `mutation($c: String!) { createMessage(input: {
        conversationSid: $c, author: "dave", body: "first draft", attributes: { mood: "happy", tags: [1, 2] }, webhookEnabled: false
      }) { message { sid index author body attributes participant { identity } } userErrors { code } } }`,
      { c: conversationSid },
    );
    expect(created.createMessage.userErrors).toEqual([]);
    expect(created.createMessage.message).toMatchObject({
      index: 0,
      author: 'dave',
      body: 'first draft',
      attributes: { mood: 'happy', tags: [1, 2] },
      participant: { identity: 'dave' },
    });
    const sid = created.createMessage.message.sid;
    const createCall = gateway.lastCalls().find((call) => call.operationId === 'CreateConversationMessage');
    expect(createCall).toBeDefined();

    const updated = await gateway.run<{
      updateMessage: { message: { body: string; attributes: unknown }; userErrors: unknown[] };
    }>(
      'mutation($c: String!, $m: String!) { updateMessage(input: { conversationSid: $c, sid: $m, body: "final", attributes: { edited: true } }) { message { body attributes } userErrors { code } } }',
      { c: conversationSid, m: sid },
    );
    expect(updated.updateMessage).toEqual({
      message: { body: 'final', attributes: { edited: true } },
      userErrors: [],
    });

    const deleted = await gateway.run<{
      deleteMessage: { deletedSid: string | null; userErrors: unknown[] };
    }>(
      'mutation($c: String!, $m: String!) { deleteMessage(input: { conversationSid: $c, sid: $m }) { deletedSid userErrors { code } } }',
      { c: conversationSid, m: sid },
    );
    expect(deleted.deleteMessage).toEqual({ deletedSid: sid, userErrors: [] });
    const after = await gateway.run<{ message: null }>(
      'query($c: String!, $m: String!) { message(conversationSid: $c, sid: $m) { sid } }',
      {
        c: conversationSid,
        m: sid,
      },
    );
    expect(after.message).toBeNull();
  });

  it('sends a content template with its variables', async () => {
    const conversationSid = await createConversation([]);
    const data = await gateway.run<{
      createMessage: { message: { body: string | null; contentSid: string }; userErrors: unknown[] };
    }>(
      `mutation($c: String!) { createMessage(input: {
        conversationSid: $c, contentSid: "HX0123456789abcdef0123456789abcdef", contentVariables: { one: "Alice" }
      }) { message { body contentSid } userErrors { code message } } }`,
      { c: conversationSid },
    );
    expect(data.createMessage).toEqual({
      message: { body: null, contentSid: 'HX0123456789abcdef0123456789abcdef' },
      userErrors: [],
    });
  });

  it('refuses content variables that are not an object before calling Twilio', async () => {
    const conversationSid = await createConversation([]);
    for (const variables of [['Alice'], 'Alice', 1]) {
      const mark = gateway.mark();
      const result = await gateway.query(
        'mutation($c: String!, $v: JSONObject) { createMessage(input: { conversationSid: $c, contentSid: "HX0123456789abcdef0123456789abcdef", contentVariables: $v }) { message { sid } } }',
        { c: conversationSid, v: variables },
      );
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.message).toMatch(/JSONObject/);
      expect(gateway.since(mark)).toHaveLength(0);
    }
  });

  it('posts a media message and lists its file', async () => {
    const conversationSid = await createConversation([]);
    const media = 'ME0123456789abcdef0123456789abcdef';
    const data = await gateway.run<{
      createMessage: {
        message: {
          body: string | null;
          media: Array<{ sid: string; contentType: string; filename: string; size: number }>;
        };
      };
    }>(
      'mutation($c: String!, $m: String) { createMessage(input: { conversationSid: $c, mediaSid: $m }) { message { body media { sid contentType filename size } } userErrors { code } } }',
      { c: conversationSid, m: media },
    );
    expect(data.createMessage.message.body).toBeNull();
    expect(data.createMessage.message.media).toEqual([
      { sid: media, contentType: 'image/jpeg', filename: `${media}.jpg`, size: expect.any(Number) },
    ]);
  });

  it('posts to a conversation of a named service', async () => {
    const data = await gateway.run<{
      createMessage: {
        message: { chatServiceSid: string; author: string; participant: { identity: string } };
        userErrors: unknown[];
      };
    }>(
      'mutation($s: String) { createMessage(input: { serviceSid: $s, conversationSid: "enterprise-deal", author: "erin", body: "Signed!" }) { message { chatServiceSid author participant { identity } } userErrors { code } } }',
      { s: salesSid },
    );
    expect(data.createMessage).toEqual({
      message: { chatServiceSid: salesSid, author: 'erin', participant: { identity: 'erin' } },
      userErrors: [],
    });
    expect(operations()).toEqual(['CreateServiceConversationMessage', 'FetchServiceConversationParticipant']);
  });

  it('refuses to post to a closed conversation with user error 50377', async () => {
    const conversationSid = await createConversation([]);
    await gateway.run(
      'mutation($c: String!) { updateConversation(input: { sid: $c, state: CLOSED }) { userErrors { code } } }',
      {
        c: conversationSid,
      },
    );
    const data = await gateway.run<{
      createMessage: { message: null; userErrors: Array<{ code: number; moreInfo: string }> };
    }>(
      'mutation($c: String!) { createMessage(input: { conversationSid: $c, body: "anyone?" }) { message { sid } userErrors { code moreInfo } } }',
      { c: conversationSid },
    );
    expect(data.createMessage).toEqual({
      message: null,
      userErrors: [{ code: 50377, moreInfo: 'https://www.twilio.com/docs/errors/50377' }],
    });
  });

  it('refuses a message with neither body, media nor template as a user error', async () => {
    const conversationSid = await createConversation([]);
    const data = await gateway.run<{ createMessage: { userErrors: Array<{ code: number }> } }>(
      'mutation($c: String!) { createMessage(input: { conversationSid: $c }) { message { sid } userErrors { code } } }',
      { c: conversationSid },
    );
    expect(data.createMessage.userErrors.map((error) => error.code)).toEqual([50503]);
  });

  it('reports deleting a message that does not exist as a user error', async () => {
    const data = await gateway.run<{
      deleteMessage: { deletedSid: string | null; userErrors: Array<{ code: number }> };
    }>(
      'mutation { deleteMessage(input: { conversationSid: "support-1042", sid: "IM00000000000000000000000000000000" }) { deletedSid userErrors { code } } }',
    );
    expect(data.deleteMessage.deletedSid).toBeNull();
    expect(data.deleteMessage.userErrors).toHaveLength(1);
  });
});
