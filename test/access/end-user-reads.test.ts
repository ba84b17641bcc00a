import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';
import { registerPushBinding } from '../helpers/end-user-identities.ts';

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
  /** Carol's reply in the support conversation, and its delivery receipt for the SMS customer. */
  carolMessageSid: '',
  carolReceiptSid: '',
  /** Alice's answer in her WhatsApp conversation, and its receipt. */
  whatsappSid: '',
  aliceMessageSid: '',
  aliceReceiptSid: '',
  /** A device of bob's, and its global ID. */
  bobBindingSid: '',
  bobBindingId: '',
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

interface SeedMessages {
  sid: string;
  messages: {
    edges: Array<{
      node: { sid: string; author: string; deliveryReceipts: { edges: Array<{ node: { sid: string } }> } };
    }>;
  };
}

/** The first message by `author` that has a delivery receipt, with that receipt. */
function receiptOf(conversation: SeedMessages, author: string) {
  const message = conversation.messages.edges.find(
    (edge) => edge.node.author === author && edge.node.deliveryReceipts.edges.length > 0,
  )?.node;
  if (!message) throw new Error(`the seed has no message by ${author} with a receipt`);
  return { message: message.sid, receipt: message.deliveryReceipts.edges[0]?.node.sid ?? '' };
}

beforeAll(async () => {
  gateway = await startEndUserHttpGateway();
  const messages =
    'sid messages(first: 10) { edges { node { sid author deliveryReceipts(first: 1) { edges { node { sid } } } } } }';
  const data = await gateway.asServer<{
    launch: { id: string; sid: string; messages: { edges: Array<{ node: { sid: string } }> } };
    support: { id: string } & SeedMessages;
    conversations: { edges: Array<{ node: { friendlyName: string } & SeedMessages }> };
    carol: { id: string };
    bob: { id: string };
    alice: { id: string };
    credentials: { edges: Array<{ node: { sid: string } }> };
  }>(`{
    launch: conversation(sid: "product-launch") { id sid messages(first: 1) { edges { node { sid } } } }
    support: conversation(sid: "support-1042") { id ${messages} }
    conversations(first: 10) { edges { node { friendlyName ${messages} } } }
    carol: user(sid: "carol") { id }
    bob: user(sid: "bob") { id }
    alice: user(sid: "alice") { id }
    credentials(first: 1) { edges { node { sid } } }
  }`);
  seed.launchId = data.launch.id;
  seed.launchSid = data.launch.sid;
  seed.launchMessageSid = data.launch.messages.edges[0]?.node.sid ?? '';
  seed.supportId = data.support.id;
  seed.supportSid = data.support.sid;
  seed.supportMessageSid = data.support.messages.edges[0]?.node.sid ?? '';
  ({ message: seed.carolMessageSid, receipt: seed.carolReceiptSid } = receiptOf(data.support, 'carol'));
  const whatsapp = data.conversations.edges.find((edge) => edge.node.friendlyName === 'Returns via WhatsApp');
  if (!whatsapp) throw new Error('the seed has no WhatsApp conversation');
  seed.whatsappSid = whatsapp.node.sid;
  ({ message: seed.aliceMessageSid, receipt: seed.aliceReceiptSid } = receiptOf(whatsapp.node, 'alice'));
  seed.carolId = data.carol.id;
  seed.bobId = data.bob.id;
  seed.aliceId = data.alice.id;
  const credential = data.credentials.edges[0]?.node.sid ?? '';
  seed.bobBindingSid = await registerPushBinding(gateway.emulator.url, gateway.serviceSid, 'bob', credential);
  seed.bobBindingId = (
    await gateway.asServer<{ pushBinding: { id: string } }>(
      'query($s: String!, $b: String!) { pushBinding(serviceSid: $s, sid: $b) { id } }',
      { s: gateway.serviceSid, b: seed.bobBindingSid },
    )
  ).pushBinding.id;
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

  it('a message, participant or receipt of a conversation they are not in, without reading them', async () => {
    // Carol's reply and its receipt for the SMS customer: they exist, and carol (a participant)
    // and the account read them; alice, who is not in the conversation, gets null.
    const query = `query($c: String!, $m: String!, $d: String!) {
      message(conversationSid: $c, sid: $m) { sid }
      participant(conversationSid: $c, sid: "carol") { identity }
      deliveryReceipt(conversationSid: $c, messageSid: $m, sid: $d) { sid }
    }`;
    const variables = { c: seed.supportSid, m: seed.carolMessageSid, d: seed.carolReceiptSid };
    const visible = {
      message: { sid: seed.carolMessageSid },
      participant: { identity: 'carol' },
      deliveryReceipt: { sid: seed.carolReceiptSid },
    };
    expect(await gateway.asServer(query, variables)).toEqual(visible);
    const carol = await gateway.asUser('carol', query, variables);
    expect(carol.errors).toBeUndefined();
    expect(carol.data).toEqual(visible);

    const mark = gateway.mark();
    const alice = await gateway.asUser('alice', query, variables);
    expect(alice.errors).toBeUndefined();
    expect(alice.data).toEqual({ message: null, participant: null, deliveryReceipt: null });
    expect(gateway.since(mark).map((r) => r.operationId)).toEqual(['ListServiceUserConversation']);
  });

  it('a receipt of their own conversation, as its participants see it', async () => {
    const answer = await gateway.asUser(
      'alice',
      'query($c: String!, $m: String!, $d: String!) { deliveryReceipt(conversationSid: $c, messageSid: $m, sid: $d) { sid status } }',
      { c: seed.whatsappSid, m: seed.aliceMessageSid, d: seed.aliceReceiptSid },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ deliveryReceipt: { sid: seed.aliceReceiptSid, status: 'SENT' } });
  });

  it('another user’s push binding, by its SID or its global ID; its owner and the account read it', async () => {
    const query = `query($s: String!, $b: String!, $id: ID!) {
      pushBinding(serviceSid: $s, sid: $b) { identity }
      node(id: $id) { ... on PushBinding { identity } }
    }`;
    const variables = { s: gateway.serviceSid, b: seed.bobBindingSid, id: seed.bobBindingId };
    const visible = { pushBinding: { identity: 'bob' }, node: { identity: 'bob' } };
    expect(await gateway.asServer(query, variables)).toEqual(visible);
    const bob = await gateway.asUser('bob', query, variables);
    expect(bob.errors).toBeUndefined();
    expect(bob.data).toEqual(visible);
    const alice = await gateway.asUser('alice', query, variables);
    expect(alice.errors).toBeUndefined();
    expect(alice.data).toEqual({ pushBinding: null, node: null });
  });

  it('other participants’ messaging bindings in their conversation, as Twilio’s client SDK shows them', async () => {
    // twilio-conversations' Participant.bindings (`participant.bindings.sms?.address`) holds every
    // participant's binding, the SMS customer's number included: a member of the conversation sees it.
    const query = `{ conversation(sid: "support-1042") { participants(first: 10) { edges { node {
      identity messagingBinding { address proxyAddress } } } } } }`;
    const carol = await gateway.asUser<{
      conversation: {
        participants: {
          edges: Array<{ node: { identity: string | null; messagingBinding: { address: string } | null } }>;
        };
      };
    }>('carol', query);
    expect(carol.errors).toBeUndefined();
    expect(carol.data?.conversation.participants.edges.map((edge) => edge.node)).toEqual([
      { identity: 'carol', messagingBinding: null },
      { identity: null, messagingBinding: { address: '+15551230001', proxyAddress: '+15559870001' } },
    ]);
    expect((await gateway.asUser('alice', query)).data).toEqual({ conversation: null });
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
