import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConversationsSinceDocument,
  CreateConversationCodeDocument,
  CreateConversationMessageDocument,
  CreateConversationParticipantDocument,
  DeleteConversationMessageDocument,
  DeleteParticipantCodeDocument,
  MessagePageDocument,
  type MessagePageQueryVariables,
  ParticipantPageDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

/**
 * Cursors over a list that changes between requests: messages arrive (at the end of an
 * oldest-first read, at the start of a newest-first one) and are deleted, and a client reads on
 * from a cursor it was given earlier. Each test has its own conversation.
 */

const gateway = useTestGateway();

let counter = 0;

async function createConversation(): Promise<string> {
  counter += 1;
  const data = await gateway.run(CreateConversationCodeDocument, { uniqueName: `cursor-test-${counter}` });
  const sid = data.createConversation.conversation?.sid;
  if (!sid) throw new Error(JSON.stringify(data));
  return sid;
}

async function post(conversationSid: string, count = 1): Promise<void> {
  for (let i = 0; i < count; i += 1)
    await gateway.run(CreateConversationMessageDocument, { conversationSid, author: 'alice', body: 'hello' });
}

async function deleteMessage(conversationSid: string, sid: string): Promise<void> {
  const data = await gateway.run(DeleteConversationMessageDocument, { conversationSid, sid });
  expect(data.deleteMessage.deletedSid).toBe(sid);
}

type PageArgs = Omit<MessagePageQueryVariables, 'conversationSid'>;

async function messages(conversationSid: string, args: PageArgs) {
  const data = await gateway.run(MessagePageDocument, { conversationSid, ...args });
  if (!data.conversation) throw new Error(`no conversation ${conversationSid}`);
  return data.conversation.messages;
}

type Page = Awaited<ReturnType<typeof messages>>;

const indexes = (page: Page) => page.edges.map((edge) => edge.node.index);
const listCalls = () => gateway.operations().filter((operation) => operation === 'ListConversationMessage');
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('reading on from the end cursor of a list that grew', () => {
  it('returns a message posted after the end of the first page, in one call', async () => {
    const c = await createConversation();
    await post(c, 4);
    const start = await messages(c, { first: 100 });
    expect(indexes(start)).toEqual([0, 1, 2, 3]);
    expect(start.pageInfo.hasNextPage).toBe(false);

    await post(c);
    const next = await messages(c, { first: 100, after: start.pageInfo.endCursor });
    expect(indexes(next)).toEqual([4]);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(listCalls()).toHaveLength(1);

    const idle = await messages(c, { first: 100, after: next.pageInfo.endCursor });
    expect(indexes(idle)).toEqual([]);
    expect(idle.pageInfo.hasNextPage).toBe(false);
    expect(listCalls()).toHaveLength(1);
  });

  it('reads on from a cursor in the middle of a page through what was added after it', async () => {
    const c = await createConversation();
    await post(c, 4);
    const start = await messages(c, { first: 2 });
    await post(c, 2);
    const next = await messages(c, { first: 10, after: start.edges[0]?.cursor });
    expect(indexes(next)).toEqual([1, 2, 3, 4, 5]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('says there is more when more arrived than was asked for, and hands out the rest once', async () => {
    const c = await createConversation();
    await post(c, 3);
    let cursor = (await messages(c, { first: 100 })).pageInfo.endCursor;
    await post(c, 130);
    const seen: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      const page = await messages(c, { first: 60, after: cursor });
      seen.push(...indexes(page));
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(60);
    }
    expect(seen).toEqual(range(3, 133));
  });

  it('returns what was posted after the newest messages read with last, oldest first', async () => {
    const c = await createConversation();
    await post(c, 5);
    const newest = await messages(c, { last: 3 });
    expect(indexes(newest)).toEqual([2, 3, 4]);
    await post(c, 2);
    const next = await messages(c, { first: 10, after: newest.pageInfo.endCursor });
    expect(indexes(next)).toEqual([5, 6]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect(listCalls()).toHaveLength(1);
    const more = await messages(c, { first: 1, after: newest.pageInfo.endCursor });
    expect(indexes(more)).toEqual([5]);
    expect(more.pageInfo.hasNextPage).toBe(true);
  });

  it('catches up from the newest messages read with last when more arrived than one Twilio page holds', async () => {
    const c = await createConversation();
    await post(c, 5);
    let cursor = (await messages(c, { last: 3 })).pageInfo.endCursor;
    await post(c, 130);
    const seen: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      const page = await messages(c, { first: 100, after: cursor });
      seen.push(...indexes(page));
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(range(5, 135));
  });

  it('reads on after the message the end cursor named was deleted', async () => {
    const c = await createConversation();
    await post(c, 4);
    const start = await messages(c, { first: 100 });
    const lastSid = start.edges[3]?.node.sid ?? '';
    await deleteMessage(c, lastSid);
    await post(c);
    const next = await messages(c, { first: 100, after: start.pageInfo.endCursor });
    expect(indexes(next)).toEqual([4]);

    const newest = await messages(c, { last: 2 });
    expect(indexes(newest)).toEqual([2, 4]);
    await deleteMessage(c, newest.edges[1]?.node.sid ?? '');
    await post(c, 2);
    const after = await messages(c, { first: 100, after: newest.pageInfo.endCursor });
    expect(indexes(after)).toEqual([5, 6]);
  });

  it('returns what was posted before the start cursor of a newest-first list', async () => {
    const c = await createConversation();
    await post(c, 4);
    const newest = await messages(c, { first: 2, order: 'DESC' });
    expect(indexes(newest)).toEqual([3, 2]);
    expect(newest.pageInfo.hasPreviousPage).toBe(false);
    await post(c, 3);
    const newer = await messages(c, { last: 2, before: newest.pageInfo.startCursor, order: 'DESC' });
    expect(indexes(newer)).toEqual([5, 4]);
    expect(newer.pageInfo.hasPreviousPage).toBe(true);
    const newest2 = await messages(c, { last: 10, before: newer.pageInfo.startCursor, order: 'DESC' });
    expect(indexes(newest2)).toEqual([6]);
    expect(newest2.pageInfo.hasPreviousPage).toBe(false);
  });

  it('walks backwards from a start cursor as before, and finds nothing before the first message', async () => {
    const c = await createConversation();
    await post(c, 6);
    const tail = await messages(c, { first: 3, after: (await messages(c, { first: 3 })).pageInfo.endCursor });
    expect(indexes(tail)).toEqual([3, 4, 5]);
    const head = await messages(c, { last: 10, before: tail.pageInfo.startCursor });
    expect(indexes(head)).toEqual([0, 1, 2]);
    expect(head.pageInfo.hasPreviousPage).toBe(false);
    const none = await messages(c, { last: 10, before: head.pageInfo.startCursor });
    expect(indexes(none)).toEqual([]);
    expect(none.pageInfo.hasPreviousPage).toBe(false);
  });
});

describe('lists without a sort value', () => {
  it('read on after the participant the end cursor named was removed', async () => {
    const c = await createConversation();
    const add = async (identity: string) => {
      const data = await gateway.run(CreateConversationParticipantDocument, { conversationSid: c, identity });
      return data.createParticipant.participant?.sid ?? '';
    };
    await add('ana');
    const last = await add('ben');
    const start = await gateway.run(ParticipantPageDocument, { conversationSid: c, first: 100 });
    const removed = await gateway.run(DeleteParticipantCodeDocument, { conversationSid: c, sid: last });
    expect(removed.deleteParticipant.deletedSid).toBe(last);
    const joined = await add('cleo');
    const next = await gateway.run(ParticipantPageDocument, {
      conversationSid: c,
      first: 100,
      after: start.conversation?.participants.pageInfo.endCursor,
    });
    expect(next.conversation?.participants.edges.map((edge) => edge.node.sid)).toEqual([joined]);
  });
});

describe('conversations read newest first by date', () => {
  it('returns a conversation created after the start cursor was read', async () => {
    const startDate = '2000-01-01T00:00:00Z';
    await createConversation();
    const start = await gateway.run(ConversationsSinceDocument, { startDate, first: 100 });
    const created = await createConversation();
    const newer = await gateway.run(ConversationsSinceDocument, {
      startDate,
      last: 100,
      before: start.conversations.pageInfo.startCursor,
    });
    expect(newer.conversations.edges.map((edge) => edge.node.sid)).toEqual([created]);
  });
});

describe('the README', () => {
  it('catches up as it tells clients to: newest messages, then polls after the end cursor it keeps', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Catching up without subscriptions'));
    const catchUp = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
    if (!catchUp) throw new Error('no query in the README section');
    type CatchUp = {
      conversation: {
        messages: {
          edges: Array<{ node: { index: number } }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      };
    };
    const poll = async (after: string | null) => {
      const data = await gateway.run<CatchUp>(catchUp, { sid: c, after });
      return data.conversation.messages;
    };

    const c = await createConversation();
    await post(c, 60);
    let kept = (await messages(c, { last: 50 })).pageInfo.endCursor;
    await post(c, 2);
    const arrived = await poll(kept);
    expect(arrived.edges.map((edge) => edge.node.index)).toEqual([60, 61]);
    expect(arrived.pageInfo.hasNextPage).toBe(false);
    expect(listCalls()).toHaveLength(1);
    kept = arrived.pageInfo.endCursor ?? kept;

    const quiet = await poll(kept);
    expect(quiet.edges).toEqual([]);
    expect(quiet.pageInfo.endCursor).toBeNull();
    expect(listCalls()).toHaveLength(1);

    await post(c, 51);
    const burst = await poll(kept);
    expect(burst.edges.map((edge) => edge.node.index)).toEqual(range(62, 112));
    expect(burst.pageInfo.hasNextPage).toBe(true);
    const rest = await poll(burst.pageInfo.endCursor);
    expect(rest.edges.map((edge) => edge.node.index)).toEqual([112]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe('cursors', () => {
  it('carry no Twilio URL, host or path', async () => {
    const c = await createConversation();
    await post(c, 5);
    const pages = [
      await messages(c, { first: 2 }),
      await messages(c, { last: 2 }),
      await messages(c, { first: 100 }),
    ];
    for (const page of pages) {
      for (const edge of page.edges) {
        expect(edge.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        const decoded = Buffer.from(edge.cursor, 'base64url').toString('utf8');
        expect(decoded).not.toMatch(/https?:|twilio\.com|127\.0\.0\.1|\/v1\/|Conversations/i);
      }
    }
  });

  it('refuses a cursor this gateway did not issue with BAD_USER_INPUT, before any call', async () => {
    const c = await createConversation();
    const result = await gateway.query(MessagePageDocument, {
      conversationSid: c,
      first: 1,
      after: 'bm90IGEgY3Vyc29y',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(listCalls()).toEqual([]);
  });
});
