import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConversationMessageBodiesDocument,
  ConversationMessageEndsDocument,
  ConversationPageDocument,
  type ConversationPageQuery,
  ConversationSidDocument,
  ConversationSkippedMessagesDocument,
  ConversationTypenameDocument,
  CreateConversationCodeDocument,
  CreateConversationMessageDocument,
  CreateConversationReasonDocument,
  DeleteConversationDocument,
  UpdateConversationCodeDocument,
} from '../documents/generated.ts';
import { type GraphQLResult, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway();

describe('conversations', () => {
  const created: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 130; i += 1) {
      const result = await gateway.query(CreateConversationCodeDocument, {
        friendlyName: `conversation ${String(i).padStart(3, '0')}`,
      });
      const sid = result.data?.createConversation.conversation?.sid;
      if (!sid) throw new Error(JSON.stringify(result));
      created.push(sid);
    }
  });

  it('walks every conversation once, in order, with first/after across several Twilio pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let calls = 0;
    for (let round = 0; round < 20; round += 1) {
      const result: GraphQLResult<ConversationPageQuery> = await gateway.query(ConversationPageDocument, {
        first: 45,
        after,
      });
      calls += gateway.lastCalls().length;
      const connection: ConversationPageQuery['conversations'] | undefined = result.data?.conversations;
      if (!connection) throw new Error(JSON.stringify(result));
      seen.push(...connection.edges.map((edge) => edge.node.sid));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(created);
    // 130 items in pages of 45: 3 requests, each one Twilio call because the end cursor carries
    // the next page token (no page is read twice).
    expect(calls).toBe(3);
  });

  it('fetches several Twilio pages when first is larger than the largest page Twilio serves', async () => {
    const result = await gateway.query(ConversationPageDocument, { first: 130 });
    expect(result.data?.conversations.edges.map((edge) => edge.node.sid)).toEqual(created);
    // Twilio serves at most 100 conversations a page: 2 calls is the minimum for 130.
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual([
      'ListConversation',
      'ListConversation',
    ]);
    expect(result.data?.conversations.pageInfo.hasNextPage).toBe(false);
  });

  it('continues from a cursor in the middle of a page without skipping or repeating', async () => {
    const first = await gateway.query(ConversationPageDocument, { first: 10 });
    const middle = first.data?.conversations.edges[4]?.cursor;
    const next = await gateway.query(ConversationPageDocument, { first: 3, after: middle });
    expect(next.data?.conversations.edges.map((edge) => edge.node.sid)).toEqual(created.slice(5, 8));
  });

  it('pages backwards with last/before from a cursor', async () => {
    const first = await gateway.query(ConversationPageDocument, { first: 50 });
    const cursor = first.data?.conversations.edges[40]?.cursor;
    const before = await gateway.query(ConversationPageDocument, { last: 5, before: cursor });
    expect(before.data?.conversations.edges.map((edge) => edge.node.sid)).toEqual(created.slice(35, 40));
    expect(before.data?.conversations.pageInfo.hasPreviousPage).toBe(true);
  });

  it('refuses last without before on a list Twilio cannot read newest first, before any call', async () => {
    const mark = gateway.mark();
    const result = await gateway.query(ConversationPageDocument, { last: 5 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gateway.since(mark)).toHaveLength(0);
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await gateway.query(ConversationPageDocument, { first: 5, after: 'not-a-cursor' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns null for a conversation that does not exist', async () => {
    const result = await gateway.query(ConversationSidDocument, {
      sid: 'CH00000000000000000000000000000000',
    });
    expect(result).toEqual({ data: { conversation: null } });
  });

  it('finds a conversation by unique name and updates it', async () => {
    await gateway.query(CreateConversationCodeDocument, { uniqueName: 'by-name', friendlyName: 'before' });
    const updated = await gateway.query(UpdateConversationCodeDocument, {
      sid: 'by-name',
      friendlyName: 'after',
      attributes: { topic: 'x' },
    });
    expect(updated.data?.updateConversation.conversation).toEqual({
      friendlyName: 'after',
      uniqueName: 'by-name',
      attributes: { topic: 'x' },
    });
  });

  it('reports a duplicate unique name as a user error with Twilio’s code and the reason CONFLICT', async () => {
    const result = await gateway.query(CreateConversationReasonDocument, { uniqueName: 'by-name' });
    expect(result.data?.createConversation.conversation).toBeNull();
    expect(result.data?.createConversation.userErrors).toEqual([
      {
        code: 50353,
        reason: 'CONFLICT',
        message: 'Conversation with provided unique name already exists',
        moreInfo: 'https://www.twilio.com/docs/errors/50353',
      },
    ]);
  });

  it('refuses to change a closed conversation with user error 50377', async () => {
    await gateway.query(CreateConversationCodeDocument, { uniqueName: 'to-close' });
    await gateway.query(UpdateConversationCodeDocument, { sid: 'to-close', state: 'CLOSED' });
    const result = await gateway.query(UpdateConversationCodeDocument, {
      sid: 'to-close',
      friendlyName: 'again',
    });
    expect(result.data?.updateConversation.userErrors.map((e) => e.code)).toEqual([50377]);
  });

  it('deletes a conversation, after which it reads as null', async () => {
    await gateway.query(CreateConversationCodeDocument, { uniqueName: 'to-delete' });
    const deleted = await gateway.query(DeleteConversationDocument, { sid: 'to-delete' });
    expect(deleted.data?.deleteConversation).toEqual({ deletedSid: 'to-delete', userErrors: [] });
    const after = await gateway.query(ConversationSidDocument, { sid: 'to-delete' });
    expect(after).toEqual({ data: { conversation: null } });
  });
});

describe('looking a conversation up with its lists', () => {
  beforeAll(async () => {
    await gateway.query(CreateConversationCodeDocument, {
      friendlyName: 'Look-ahead',
      uniqueName: 'look-ahead',
    });
    for (const body of ['one', 'two', 'three'])
      await gateway.query(CreateConversationMessageDocument, { conversationSid: 'look-ahead', body });
  });

  const operations = () =>
    gateway
      .lastCalls()
      .map((call) => call.operationId)
      .sort();

  it('reads only the lists when none of the conversation’s own fields is asked for', async () => {
    const result = await gateway.query(ConversationMessageEndsDocument, { sid: 'look-ahead' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.conversation?.newest.edges.map((edge) => edge.node.body)).toEqual(['three']);
    expect(result.data?.conversation?.oldest.edges.map((edge) => edge.node.body)).toEqual(['one']);
    // Minimum 2: one page from each end; the conversation itself is never fetched.
    expect(operations()).toEqual(['ListConversationMessage', 'ListConversationMessage']);
  });

  it('answers null, without an error, when the lists say the conversation does not exist', async () => {
    const result = await gateway.query(ConversationMessageBodiesDocument, { sid: 'no-such-conversation' });
    expect(result).toEqual({ data: { conversation: null } });
    expect(operations()).toEqual(['ListConversationMessage']);
  });

  it('still answers null for a missing conversation asked only for its type name', async () => {
    const result = await gateway.query(ConversationTypenameDocument, { sid: 'no-such-conversation' });
    expect(result).toEqual({ data: { conversation: null } });
    expect(operations()).toEqual(['FetchConversation']);
  });

  it('does not start a list the query skips', async () => {
    const result = await gateway.query(ConversationSkippedMessagesDocument, {
      sid: 'look-ahead',
      skip: true,
    });
    expect(result.errors).toBeUndefined();
    expect(operations()).toEqual(['ListConversationParticipant']);
  });
});
