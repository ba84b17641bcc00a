import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';

/**
 * What an end user sees, over real HTTP, with tokens from the official SDK, on the demo seed:
 * alice, bob and dave share "Product launch"; alice alone has "Returns via WhatsApp", bob alone
 * "Q3 planning", carol the SMS "Order #1042" conversation.
 */
let gateway: EndUserHttpGateway;
/** Global IDs and SIDs of the seed, read with the gateway token. */
const seed = {
  launchId: '',
  launchSid: '',
  supportId: '',
  supportSid: '',
  supportMessageSid: '',
  launchMessageSid: '',
  carolId: '',
  bobId: '',
  aliceId: '',
};

const names = (result: { data?: unknown }) =>
  (
    (result.data as { conversations: { edges: Array<{ node: { friendlyName: string } }> } }).conversations
      .edges ?? []
  ).map((edge) => edge.node.friendlyName);

const codes = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

beforeAll(async () => {
  gateway = await startEndUserHttpGateway();
  const data = await gateway.asServer<{
    launch: { id: string; sid: string; messages: { edges: Array<{ node: { sid: string } }> } };
    support: { id: string; sid: string; messages: { edges: Array<{ node: { sid: string } }> } };
    carol: { id: string };
    bob: { id: string };
    alice: { id: string };
  }>(`{
    launch: conversation(sid: "product-launch") { id sid messages(first: 1) { edges { node { sid } } } }
    support: conversation(sid: "support-1042") { id sid messages(first: 1) { edges { node { sid } } } }
    carol: user(sid: "carol") { id }
    bob: user(sid: "bob") { id }
    alice: user(sid: "alice") { id }
  }`);
  seed.launchId = data.launch.id;
  seed.launchSid = data.launch.sid;
  seed.launchMessageSid = data.launch.messages.edges[0]?.node.sid ?? '';
  seed.supportId = data.support.id;
  seed.supportSid = data.support.sid;
  seed.supportMessageSid = data.support.messages.edges[0]?.node.sid ?? '';
  seed.carolId = data.carol.id;
  seed.bobId = data.bob.id;
  seed.aliceId = data.alice.id;
});

afterAll(async () => {
  await gateway?.close();
});

describe('an end user’s root lists are theirs', () => {
  it('lists only the conversations they are a participant of', async () => {
    const query = '{ conversations(first: 10) { edges { node { sid friendlyName } } } }';
    expect(names(await gateway.asUser('alice', query))).toEqual(['Product launch', 'Returns via WhatsApp']);
    expect(names(await gateway.asUser('bob', query))).toEqual(['Product launch', 'Q3 planning (archived)']);
    expect(names(await gateway.asUser('carol', query))).toEqual(['Order #1042 delivery question']);
    expect(names(await gateway.asUser('nobody', query))).toEqual([]);
  });

  it('reads the list from the user’s memberships: one call, and the fields they lack are fetched', async () => {
    const mark = gateway.mark();
    await gateway.asUser(
      'alice',
      '{ conversations(first: 10) { edges { node { sid friendlyName state } } } }',
    );
    expect(gateway.since(mark).map((r) => r.operationId)).toEqual(['ListServiceUserConversation']);

    const full = await gateway.asUser<{
      conversations: {
        edges: Array<{ node: { messagingServiceSid: string | null; chatServiceSid: string } }>;
      };
    }>('alice', '{ conversations(first: 10) { edges { node { chatServiceSid messagingServiceSid } } } }');
    expect(full.errors).toBeUndefined();
    expect(full.data?.conversations.edges).toHaveLength(2);
    expect(full.data?.conversations.edges[0]?.node.chatServiceSid).toBe(gateway.serviceSid);
  });

  it('pages through them with cursors and filters them by state', async () => {
    const first = await gateway.asUser<{
      conversations: { edges: Array<{ node: { friendlyName: string } }>; pageInfo: { endCursor: string } };
    }>(
      'bob',
      '{ conversations(first: 1) { edges { node { friendlyName } } pageInfo { endCursor hasNextPage } } }',
    );
    expect(names(first)).toEqual(['Product launch']);
    const next = await gateway.asUser(
      'bob',
      'query($after: String) { conversations(first: 5, after: $after) { edges { node { friendlyName } } } }',
      { after: first.data?.conversations.pageInfo.endCursor },
    );
    expect(names(next)).toEqual(['Q3 planning (archived)']);
    const closed = await gateway.asUser(
      'bob',
      '{ conversations(first: 5, state: CLOSED) { edges { node { friendlyName } } } }',
    );
    expect(names(closed)).toEqual(['Q3 planning (archived)']);
  });

  it('lists only themselves as users', async () => {
    const answer = await gateway.asUser<{ users: { edges: Array<{ node: { identity: string } }> } }>(
      'alice',
      '{ users(first: 50) { edges { node { identity friendlyName } } } }',
    );
    expect(answer.data?.users.edges.map((edge) => edge.node.identity)).toEqual(['alice']);
  });

  it('lists in no other service', async () => {
    const answer = await gateway.asUser(
      'alice',
      'query($s: String) { conversations(serviceSid: $s, first: 5) { edges { node { sid } } } }',
      { s: gateway.otherServiceSid },
    );
    expect(codes(answer)).toEqual(['FORBIDDEN']);
  });
});

describe('lookups out of an end user’s reach are null', () => {
  it('a conversation they are not in, without reading it', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser(
      'alice',
      '{ conversation(sid: "support-1042") { sid friendlyName } }',
    );
    expect(answer).toMatchObject({ status: 200, data: { conversation: null } });
    expect(answer.errors).toBeUndefined();
    expect(gateway.since(mark).map((r) => r.operationId)).toEqual(['ListServiceUserConversation']);
  });

  it('their own conversation, with its messages, participants and the participants’ users', async () => {
    const answer = await gateway.asUser<{
      conversation: {
        friendlyName: string;
        messages: { edges: Array<{ node: { body: string } }> };
        participants: { edges: Array<{ node: { identity: string; user: { friendlyName: string } | null } }> };
      };
    }>(
      'dave',
      `{ conversation(sid: "product-launch") { friendlyName
          messages(first: 2) { edges { node { body author } } }
          participants(first: 10) { edges { node { identity user { friendlyName } } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.conversation.friendlyName).toBe('Product launch');
    expect(answer.data?.conversation.messages.edges).toHaveLength(2);
    expect(answer.data?.conversation.participants.edges.map((edge) => edge.node.user?.friendlyName)).toEqual([
      'Alice Johnson',
      'Bob Martinez',
      'Dave Okafor',
    ]);
  });

  it('a message, participant or receipt of a conversation they are not in', async () => {
    const answer = await gateway.asUser(
      'alice',
      `query($c: String!, $m: String!) {
        message(conversationSid: $c, sid: $m) { sid body }
        participant(conversationSid: $c, sid: "carol") { sid }
        deliveryReceipt(conversationSid: $c, messageSid: $m, sid: "DY00000000000000000000000000000000") { sid }
      }`,
      { c: seed.supportSid, m: seed.supportMessageSid },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ message: null, participant: null, deliveryReceipt: null });
  });

  it('a conversation of another service, even by a SID they could guess', async () => {
    const answer = await gateway.asUser(
      'alice',
      'query($s: String) { conversation(sid: "enterprise-deal", serviceSid: $s) { sid } }',
      { s: gateway.otherServiceSid },
    );
    expect(answer.data).toEqual({ conversation: null });
  });

  it('a token for another service sees that service only', async () => {
    const answer = await gateway.asUser(
      'alice',
      '{ conversations(first: 5) { edges { node { friendlyName } } } conversation(sid: "product-launch") { sid } }',
      {},
      { serviceSid: gateway.otherServiceSid },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ conversations: { edges: [] }, conversation: null });
    const erin = await gateway.asUser(
      'erin',
      '{ conversations(first: 5) { edges { node { friendlyName } } } }',
      {},
      {
        serviceSid: gateway.otherServiceSid,
      },
    );
    expect(names(erin)).toEqual(['Enterprise deal']);
  });

  it('a token for a service that does not exist sees nothing, and costs no error', async () => {
    const answer = await gateway.asUser(
      'alice',
      '{ conversations(first: 5) { edges { node { sid } } } conversation(sid: "product-launch") { sid } }',
      {},
      { serviceSid: `IS${'0'.repeat(32)}` },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ conversations: { edges: [] }, conversation: null });
  });

  it('users: themselves and whoever shares a conversation with them', async () => {
    const answer = await gateway.asUser(
      'alice',
      '{ me: user(sid: "alice") { identity } bob: user(sid: "bob") { identity } carol: user(sid: "carol") { identity } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ me: { identity: 'alice' }, bob: { identity: 'bob' }, carol: null });
  });

  it('another user’s list of conversations is refused, their own is theirs', async () => {
    const mark = gateway.mark();
    const other = await gateway.asUser(
      'alice',
      '{ user(sid: "bob") { conversations(first: 5) { edges { node { conversationSid } } } } }',
    );
    expect(codes(other)).toEqual(['FORBIDDEN']);
    // Bob's memberships are read once, to know whether alice shares a conversation with him; the
    // refused list is not started ahead of its refusal (only one's own is).
    const bobsLists = gateway.since(mark).filter((r) => r.path.endsWith('/Users/bob/Conversations'));
    expect(bobsLists).toHaveLength(1);
    const own = await gateway.asUser<{ user: { conversations: { edges: unknown[] } } }>(
      'alice',
      '{ user(sid: "alice") { conversations(first: 5) { edges { node { conversationSid } } } } }',
    );
    expect(own.data?.user.conversations.edges).toHaveLength(2);
  });

  it('node(id:) and nodes(ids:) obey the same rules, before reading', async () => {
    const mark = gateway.mark();
    const answer = await gateway.asUser(
      'alice',
      `query($ids: [ID!]!, $support: ID!) {
        node(id: $support) { id }
        nodes(ids: $ids) { id ... on User { identity } ... on Conversation { friendlyName } }
      }`,
      {
        support: seed.supportId,
        ids: [seed.launchId, seed.supportId, seed.carolId, seed.bobId, seed.aliceId],
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      node: null,
      nodes: [
        { id: seed.launchId, friendlyName: 'Product launch' },
        null,
        null,
        { id: seed.bobId, identity: 'bob' },
        { id: seed.aliceId, identity: 'alice' },
      ],
    });
    const read = gateway.since(mark).map((r) => r.operationId);
    expect(read).not.toContain('FetchConversation');
    expect(read.filter((id) => id === 'FetchServiceConversation')).toHaveLength(1);
  });

  it('_entities obeys them too', async () => {
    const answer = await gateway.asUser(
      'alice',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Conversation { friendlyName } ... on Service { sid } } }`,
      {
        r: [
          { __typename: 'Conversation', sid: seed.launchSid },
          { __typename: 'Conversation', sid: seed.supportSid },
          { __typename: 'Service', sid: gateway.serviceSid },
        ],
      },
    );
    expect(answer.data?._entities).toEqual([{ friendlyName: 'Product launch' }, null, null]);
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors?.[0]?.path).toEqual(['_entities', 2]);
  });
});

describe('configuration is refused with no Twilio call', () => {
  it('below a conversation: its webhooks and its service', async () => {
    const mark = gateway.mark();
    const webhooks = await gateway.asUser(
      'alice',
      '{ conversation(sid: "product-launch") { friendlyName webhooks(first: 5) { edges { node { sid } } } } }',
    );
    expect(codes(webhooks)).toEqual(['FORBIDDEN']);
    const service = await gateway.asUser(
      'alice',
      '{ conversation(sid: "product-launch") { service { friendlyName } } }',
    );
    expect(codes(service)).toEqual(['FORBIDDEN']);
    const read = gateway.since(mark).map((r) => r.operationId);
    expect(read).not.toContain('ListServiceConversationScopedWebhook');
    expect(read).not.toContain('FetchService');
  });
});
