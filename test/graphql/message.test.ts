import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConversationWithLastMessagesDocument,
  CreateConversationParticipantDocument,
  CreateMessageDraftDocument,
  CreateMessageInServiceDocument,
  CreateMessageMediaDocument,
  CreateMessageSidDocument,
  CreateMessageTemplateDocument,
  DeleteMessageCodeDocument,
  MessageBodyDocument,
  MessageNodeSidDocument,
  MessagePageDocument,
  type MessagePageQuery,
  MessageServicesDocument,
  MessageSidDocument,
  MessagesWithReceiptsDocument,
  ServiceAndItsMessagesDocument,
  ServiceConversationMessagesDocument,
  UpdateConversationCodeDocument,
  UpdateMessageInputDocument,
} from '../documents/generated.ts';
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
    await gateway.run(CreateConversationParticipantDocument, { conversationSid: sid, identity });
  }
  return sid;
}

async function post(conversationSid: string, author: string, body: string): Promise<string> {
  const data = await gateway.run(CreateMessageSidDocument, { input: { conversationSid, author, body } });
  const sid = data.createMessage.message?.sid;
  if (!sid) throw new Error(JSON.stringify(data));
  return sid;
}

/** A page of a conversation's messages; the conversation must exist. */
async function messagePage(variables: {
  conversationSid: string;
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
  order?: 'ASC' | 'DESC';
}): Promise<NonNullable<MessagePageQuery['conversation']>['messages']> {
  const data = await gateway.run(MessagePageDocument, variables);
  if (!data.conversation) throw new Error(`no conversation ${variables.conversationSid}`);
  return data.conversation.messages;
}

type MessagesPage = Awaited<ReturnType<typeof messagePage>>;

describe('reading messages', () => {
  it('reads a message with its author, conversation, delivery summary and receipts', async () => {
    const data = await gateway.run(MessagesWithReceiptsDocument, {
      conversationSid: 'support-1042',
      first: 3,
    });
    if (!data.conversation) throw new Error('the demo seed has no support-1042');
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
    const data = await gateway.run(ServiceConversationMessagesDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
    });
    const message = data.conversation?.messages.edges[0]?.node;
    expect(message).toMatchObject({
      chatServiceSid: salesSid,
      body: 'Contract sent for signature.',
      participant: { identity: 'erin' },
      conversation: { uniqueName: 'enterprise-deal' },
    });
    expect(operations().every((operation) => operation.includes('Service'))).toBe(true);

    const again = await gateway.run(MessageNodeSidDocument, { id: message?.id ?? '' });
    expect(again.node).toEqual({ sid: message?.sid });
    expect(operations()).toEqual(['FetchServiceConversationMessage']);
  });

  it('reads a message of a named service by SID with serviceSid, and null without it', async () => {
    const listed = await gateway.run(ServiceConversationMessagesDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
    });
    const variables = {
      conversationSid: listed.conversation?.sid ?? '',
      sid: listed.conversation?.messages.edges[0]?.node.sid ?? '',
    };
    const inService = await gateway.run(MessageBodyDocument, { ...variables, serviceSid: salesSid });
    expect(inService.message).toEqual({ body: 'Contract sent for signature.' });
    const inDefault = await gateway.run(MessageBodyDocument, variables);
    expect(inDefault.message).toBeNull();
  });
});

describe('the service of messages and receipts', () => {
  it('links a page of messages read through the short routes to their service with one fetch', async () => {
    const data = await gateway.run(MessageServicesDocument, { conversationSid: 'support-1042', first: 3 });
    if (!data.conversation) throw new Error('the demo seed has no support-1042');
    const { chatServiceSid, messages } = data.conversation;
    // The short routes leave chat_service_sid out of messages; the conversation names the service.
    expect(messages.edges.map((edge) => [edge.node.chatServiceSid, edge.node.service?.sid])).toEqual([
      [null, chatServiceSid],
      [null, chatServiceSid],
      [null, chatServiceSid],
    ]);
    // Minimum 3: the conversation, its messages page and the one service they share (the conversation
    // read by unique name is cached under its SID too, so no message fetches it again).
    expect(operations().sort()).toEqual(['FetchConversation', 'FetchService', 'ListConversationMessage']);
  });

  it('links messages read through a named service to it without asking the conversation', async () => {
    const data = await gateway.run(ServiceAndItsMessagesDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
    });
    expect(data.conversation?.messages.edges.map((edge) => edge.node)).toEqual([
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
      const messages: MessagesPage = await messagePage({ conversationSid, first: 70, after });
      calls += operations().filter((operation) => operation === 'ListConversationMessage').length;
      seen.push(...messages.edges.map((edge) => edge.node.sid));
      if (!messages.pageInfo.hasNextPage) break;
      after = messages.pageInfo.endCursor;
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
    let last: MessagesPage = await messagePage({ conversationSid, last: 50 });
    // `last` alone asks Twilio for the newest page directly (Order=desc), one call, and nothing else:
    // the conversation's own fields are not read.
    expect(operations()).toEqual(['ListConversationMessage']);
    const list = gateway.since(mark).find((entry) => entry.operationId === 'ListConversationMessage');
    expect(new URLSearchParams(list?.query).get('Order')).toBe('desc');
    expect(new URLSearchParams(list?.query).get('PageSize')).toBe('50');
    for (let round = 0; round < 10; round += 1) {
      seen.unshift(last.edges.map((edge) => edge.node.sid));
      if (!last.pageInfo.hasPreviousPage) break;
      before = last.pageInfo.startCursor;
      last = await messagePage({ conversationSid, last: 50, before });
    }
    expect(seen.flat()).toEqual(posted);
    expect(seen[seen.length - 1]).toEqual(posted.slice(-50));
  });

  it('fetches several Twilio pages when first is larger than the largest page Twilio serves', async () => {
    const messages = await messagePage({ conversationSid, first: 230 });
    expect(messages.edges.map((edge) => edge.node.sid)).toEqual(posted);
    // Twilio serves at most 100 messages a page: 3 list calls for 230 is the minimum.
    expect(operations().filter((operation) => operation === 'ListConversationMessage')).toHaveLength(3);
  });

  it('lists newest first with order DESC, and continues from a cursor in the middle of a page', async () => {
    const newest = await messagePage({ conversationSid, first: 10, order: 'DESC' });
    const reversed = [...posted].reverse();
    expect(newest.edges.map((edge) => edge.node.sid)).toEqual(reversed.slice(0, 10));
    const middle = newest.edges[4]?.cursor;
    const next = await messagePage({ conversationSid, first: 3, after: middle, order: 'DESC' });
    expect(next.edges.map((edge) => edge.node.sid)).toEqual(reversed.slice(5, 8));
    const oldest = await messagePage({ conversationSid, last: 2, order: 'DESC' });
    expect(oldest.edges.map((edge) => edge.node.sid)).toEqual(reversed.slice(-2));
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
    const sms = await gateway.run(CreateConversationParticipantDocument, {
      conversationSid,
      messagingBinding: { address: '+15550001111', proxyAddress: '+15559990000' },
    });
    expect(sms.createParticipant.userErrors).toEqual([]);
    for (let i = 0; i < 30; i += 1) {
      const author = i % 5 === 0 ? '+15550001111' : (authors[i % 3] as string);
      await post(conversationSid, author, `mixed ${i}`);
      if (author !== '+15550001111') withReceipts += 1;
    }
  });

  it('costs one call for the conversation, one for the messages, one for all authors and one per message with receipts', async () => {
    const data = await gateway.run(ConversationWithLastMessagesDocument, { conversationSid });
    const edges = data.conversation?.messages.edges ?? [];
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
    const created = await gateway.run(CreateMessageDraftDocument, {
      input: {
        conversationSid,
        author: 'dave',
        body: 'first draft',
        attributes: { mood: 'happy', tags: [1, 2] },
        webhookEnabled: false,
      },
    });
    expect(created.createMessage.userErrors).toEqual([]);
    expect(created.createMessage.message).toMatchObject({
      index: 0,
      author: 'dave',
      body: 'first draft',
      attributes: { mood: 'happy', tags: [1, 2] },
      participant: { identity: 'dave' },
    });
    const sid = created.createMessage.message?.sid ?? '';
    const createCall = gateway.lastCalls().find((call) => call.operationId === 'CreateConversationMessage');
    expect(createCall).toBeDefined();

    const updated = await gateway.run(UpdateMessageInputDocument, {
      input: { conversationSid, sid, body: 'final', attributes: { edited: true } },
    });
    expect(updated.updateMessage).toEqual({
      message: { body: 'final', attributes: { edited: true } },
      userErrors: [],
    });

    const deleted = await gateway.run(DeleteMessageCodeDocument, { conversationSid, sid });
    expect(deleted.deleteMessage).toEqual({ deletedSid: sid, userErrors: [] });
    const after = await gateway.run(MessageSidDocument, { conversationSid, sid });
    expect(after.message).toBeNull();
  });

  it('sends a content template with its variables', async () => {
    const conversationSid = await createConversation([]);
    const data = await gateway.run(CreateMessageTemplateDocument, {
      input: {
        conversationSid,
        contentSid: 'HX0123456789abcdef0123456789abcdef',
        contentVariables: { one: 'Alice' },
      },
    });
    expect(data.createMessage).toEqual({
      message: { body: null, contentSid: 'HX0123456789abcdef0123456789abcdef' },
      userErrors: [],
    });
  });

  it('refuses content variables that are not an object before calling Twilio', async () => {
    const conversationSid = await createConversation([]);
    // Inline on purpose: the variables are of the wrong type, which a typed document would not let
    // the test send.
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
    const data = await gateway.run(CreateMessageMediaDocument, {
      input: { conversationSid, mediaSid: media },
    });
    expect(data.createMessage.message?.body).toBeNull();
    expect(data.createMessage.message?.media).toEqual([
      { sid: media, contentType: 'image/jpeg', filename: `${media}.jpg`, size: expect.any(Number) },
    ]);
  });

  it('posts to a conversation of a named service', async () => {
    const data = await gateway.run(CreateMessageInServiceDocument, {
      input: { serviceSid: salesSid, conversationSid: 'enterprise-deal', author: 'erin', body: 'Signed!' },
    });
    expect(data.createMessage).toEqual({
      message: { chatServiceSid: salesSid, author: 'erin', participant: { identity: 'erin' } },
      userErrors: [],
    });
    expect(operations()).toEqual(['CreateServiceConversationMessage', 'FetchServiceConversationParticipant']);
  });

  it('refuses to post to a closed conversation with user error 50377', async () => {
    const conversationSid = await createConversation([]);
    await gateway.run(UpdateConversationCodeDocument, { sid: conversationSid, state: 'CLOSED' });
    const data = await gateway.run(CreateMessageSidDocument, { input: { conversationSid, body: 'anyone?' } });
    expect(data.createMessage).toEqual({
      message: null,
      userErrors: [{ code: 50377, moreInfo: 'https://www.twilio.com/docs/errors/50377' }],
    });
  });

  it('refuses a message with neither body, media nor template as a user error', async () => {
    const conversationSid = await createConversation([]);
    const data = await gateway.run(CreateMessageSidDocument, { input: { conversationSid } });
    expect(data.createMessage.userErrors.map((error) => error.code)).toEqual([50503]);
  });

  it('reports deleting a message that does not exist as a user error', async () => {
    const data = await gateway.run(DeleteMessageCodeDocument, {
      conversationSid: 'support-1042',
      sid: 'IM00000000000000000000000000000000',
    });
    expect(data.deleteMessage.deletedSid).toBeNull();
    expect(data.deleteMessage.userErrors).toHaveLength(1);
  });
});
