import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { ACCOUNT_SID, GATEWAY_TOKEN, mintAccessToken } from '../helpers/end-user-gateway.ts';
import { AUTH_TOKEN, type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';
import {
  connectOverWebSocket,
  type Subscription,
  subscribeOverSse,
  subscribeOverWebSocket,
  waitForSubscribers,
} from '../helpers/subscriptions.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

/**
 * Subscriptions as an end user, over SSE on real sockets: the official SDK (as the app's backend)
 * writes to the emulator with X-Twilio-Webhook-Enabled, the emulator's signed webhook reaches the
 * gateway, and only subscribers who take part in the conversation hear of it.
 */
let gateway: EndUserHttpGateway;
let sdk: ReturnType<typeof createSdkClient>['client'];
let origin: string;

const bearer = (identity: string) => ({
  authorization: `Bearer ${mintAccessToken(identity, gateway.serviceSid)}`,
});

beforeAll(async () => {
  gateway = await startEndUserHttpGateway();
  origin = new URL(gateway.url).origin;
  sdk = createSdkClient(gateway.emulator.url, ACCOUNT_SID, AUTH_TOKEN).client;
});

afterEach(async () => {
  await waitForSubscribers(origin, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await gateway?.close();
});

const send = (conversation: string, author: string, body: string) =>
  sdk.conversations.v1
    .conversations(conversation)
    .messages.create({ author, body, xTwilioWebhookEnabled: 'true' });

/** The subscription is refused FORBIDDEN for this identity: its one result has no data. */
async function expectForbidden(document: string, identity: string): Promise<void> {
  const subscription = subscribeOverSse(gateway.url, document, {}, bearer(identity));
  try {
    const result = await subscription.next(5_000);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  } finally {
    await subscription.close();
  }
}

describe('an end user’s subscriptions', () => {
  it('are refused FORBIDDEN for a conversation they are not in', async () => {
    await expectForbidden('subscription { messageAdded(conversationSid: "support-1042") { body } }', 'alice');
  });

  it('deliver a conversation they are in', async () => {
    const subscription = subscribeOverSse<{ messageAdded: { body: string; author: string } }>(
      gateway.url,
      'subscription { messageAdded(conversationSid: "product-launch") { body author } }',
      {},
      bearer('bob'),
    );
    try {
      await waitForSubscribers(origin, 1);
      await send('product-launch', 'alice', 'Launch moved to 15:00');
      const result = await subscription.next(5_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded).toEqual({ body: 'Launch moved to 15:00', author: 'alice' });
    } finally {
      await subscription.close();
    }
  });

  it('hear on the service-wide stream only of their own conversations', async () => {
    const subscription = subscribeOverSse<{
      conversationEvents: { type: string; conversation: { friendlyName: string }; message: { body: string } };
    }>(
      gateway.url,
      'subscription { conversationEvents(types: [MESSAGE_ADDED]) { type conversation { friendlyName } message { body } } }',
      {},
      bearer('alice'),
    );
    try {
      await waitForSubscribers(origin, 1);
      // Carol's conversation and one of bob's alone first: alice must not hear of them.
      await send('support-1042', 'carol', 'for carol’s customer only');
      const bobs = await sdk.conversations.v1.conversations.create({ friendlyName: 'Bob alone' });
      await sdk.conversations.v1.conversations(bobs.sid).participants.create({ identity: 'bob' });
      await send(bobs.sid, 'bob', 'bob alone');
      await send('product-launch', 'dave', 'for the launch team');
      const result = await subscription.next(5_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.conversationEvents).toEqual({
        type: 'MESSAGE_ADDED',
        conversation: { friendlyName: 'Product launch' },
        message: { body: 'for the launch team' },
      });
      // Nor later: the other two conversations' events never come.
      await expect(subscription.next(750)).rejects.toThrow(/no event within/);
    } finally {
      await subscription.close();
    }
  });

  it('are refused in another service', async () => {
    const subscription = subscribeOverSse(
      gateway.url,
      'subscription($s: String) { conversationEvents(serviceSid: $s) { type } }',
      { s: gateway.otherServiceSid },
      bearer('alice'),
    );
    try {
      const result = await subscription.next(5_000);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      await subscription.close();
    }
  });
});

/**
 * Twilio's client SDK tells a user they left a conversation (`conversationLeft`) and that one they
 * were in was deleted (`conversationRemoved`), although they are no longer a participant by then.
 */
describe('an end user who leaves a conversation', () => {
  const withMembers = async (name: string, identities: string[]) => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: name });
    for (const identity of identities) {
      await sdk.conversations.v1.conversations(conversation.sid).participants.create({ identity });
    }
    return conversation.sid;
  };
  const participantOf = async (conversation: string, identity: string) => {
    const participants = await sdk.conversations.v1.conversations(conversation).participants.list();
    const participant = participants.find((p) => p.identity === identity);
    if (!participant) throw new Error(`${identity} is not in ${conversation}`);
    return participant.sid;
  };

  it('hears of their own removal, and nothing of the conversation after it', async () => {
    const conversation = await withMembers('Bob leaves', ['alice', 'bob']);
    const subscription = subscribeOverSse<{ participantRemoved: { identity: string } }>(
      gateway.url,
      'subscription($c: String!) { participantRemoved(conversationSid: $c) { identity } }',
      { c: conversation },
      bearer('bob'),
    );
    try {
      await waitForSubscribers(origin, 1);
      const bob = await participantOf(conversation, 'bob');
      await sdk.conversations.v1
        .conversations(conversation)
        .participants(bob)
        .remove({ xTwilioWebhookEnabled: 'true' });
      const result = await subscription.next(5_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.participantRemoved).toEqual({ identity: 'bob' });
      // Alice's removal, once bob is out, is not his to hear.
      const alice = await participantOf(conversation, 'alice');
      await sdk.conversations.v1
        .conversations(conversation)
        .participants(alice)
        .remove({ xTwilioWebhookEnabled: 'true' });
      await expect(subscription.next(750)).rejects.toThrow(/no event within/);
    } finally {
      await subscription.close();
    }
  });

  it('hears of the deletion of a conversation they were in, not of one they had left', async () => {
    const stays = await withMembers('Deleted with bob in it', ['bob']);
    const left = await withMembers('Deleted after bob left', ['bob', 'dave']);
    const subscription = subscribeOverSse<{ conversationEvents: { type: string } }>(
      gateway.url,
      'subscription { conversationEvents(types: [MESSAGE_ADDED, PARTICIPANT_REMOVED, CONVERSATION_REMOVED]) { type } }',
      {},
      bearer('bob'),
    );
    try {
      await waitForSubscribers(origin, 1);
      // Bob hears of both conversations first, then leaves one of them.
      await send(stays, 'bob', 'here');
      await send(left, 'dave', 'there');
      expect((await subscription.next(5_000)).data?.conversationEvents.type).toBe('MESSAGE_ADDED');
      expect((await subscription.next(5_000)).data?.conversationEvents.type).toBe('MESSAGE_ADDED');
      const bob = await participantOf(left, 'bob');
      await sdk.conversations.v1
        .conversations(left)
        .participants(bob)
        .remove({ xTwilioWebhookEnabled: 'true' });
      expect((await subscription.next(5_000)).data?.conversationEvents.type).toBe('PARTICIPANT_REMOVED');
      await sdk.conversations.v1.conversations(left).remove({ xTwilioWebhookEnabled: 'true' });
      await sdk.conversations.v1.conversations(stays).remove({ xTwilioWebhookEnabled: 'true' });
      const removed = await subscription.next(5_000);
      expect(removed.errors).toBeUndefined();
      expect(removed.data?.conversationEvents.type).toBe('CONVERSATION_REMOVED');
      await expect(subscription.next(750)).rejects.toThrow(/no event within/);
    } finally {
      await subscription.close();
    }
  });
});

const server = { authorization: `Bearer ${GATEWAY_TOKEN}` };

/** Reads of one conversation (GET /v1/Conversations/CH…) the emulator answered since `mark`. */
const conversationReads = (mark: number) =>
  gateway
    .since(mark)
    .filter(
      (request) => request.method === 'GET' && /^\/v1\/Conversations\/CH[0-9a-f]{32}$/.test(request.path),
    ).length;

/** Reads of a user's memberships (GET …/Users/{identity}/Conversations) since `mark`, by identity. */
const membershipReads = (mark: number) => {
  const reads: Record<string, number> = {};
  for (const request of gateway.since(mark)) {
    const identity = /\/Users\/([^/]+)\/Conversations$/.exec(request.path)?.[1];
    if (request.method === 'GET' && identity !== undefined) reads[identity] = (reads[identity] ?? 0) + 1;
  }
  return reads;
};

async function closeAll(subscriptions: Array<Subscription<unknown>>): Promise<void> {
  for (const subscription of subscriptions) await subscription.close();
}

type Added = { messageAdded: { body: string; conversation: { friendlyName: string } | null } };
const ADDED_WITH_CONVERSATION =
  'subscription ($c: String!) { messageAdded(conversationSid: $c) { body conversation { friendlyName } } }';

/**
 * Subscribers that present the same credential with the same document and variables share one
 * execution of each event (and one serialized SSE frame); any other subscriber gets its own. What
 * is shared shows in the Twilio reads the emulator receives, what must not be in each answer.
 */
describe('subscribers of one event', () => {
  it('with the same credential, document and variables cost one execution of it, over SSE and WebSocket alike', async () => {
    const ws = connectOverWebSocket(gateway.url, { connectionParams: server });
    const subscriptions: Array<Subscription<Added>> = [
      subscribeOverSse<Added>(gateway.url, ADDED_WITH_CONVERSATION, { c: 'product-launch' }, server),
      subscribeOverSse<Added>(gateway.url, ADDED_WITH_CONVERSATION, { c: 'product-launch' }, server),
      subscribeOverSse<Added>(gateway.url, ADDED_WITH_CONVERSATION, { c: 'product-launch' }, server),
      subscribeOverWebSocket<Added>(ws, ADDED_WITH_CONVERSATION, { c: 'product-launch' }),
    ];
    try {
      await waitForSubscribers(origin, 4);
      const mark = gateway.mark();
      await send('product-launch', 'alice', 'one read for all four');
      for (const subscription of subscriptions) {
        const result = await subscription.next(5_000);
        expect(result.errors).toBeUndefined();
        expect(result.data?.messageAdded).toEqual({
          body: 'one read for all four',
          conversation: { friendlyName: 'Product launch' },
        });
      }
      // Each subscriber executing the event on its own would read the conversation four times.
      expect(conversationReads(mark)).toBe(1);
    } finally {
      await closeAll(subscriptions);
      await ws.dispose();
    }
  });

  it('with other variables or another credential are executed on their own, each with its own answer', async () => {
    // A conversation's service is configuration, not open to end users: the same document answers differently.
    const document =
      'subscription ($c: String!) { messageAdded(conversationSid: $c) { body conversation { service { sid } } } }';
    type WithService = {
      messageAdded: { body: string; conversation: { service: { sid: string } | null } | null };
    };
    const asServer = subscribeOverSse<WithService>(gateway.url, document, { c: 'product-launch' }, server);
    const asAlice = subscribeOverSse<WithService>(
      gateway.url,
      document,
      { c: 'product-launch' },
      bearer('alice'),
    );
    try {
      await waitForSubscribers(origin, 2);
      await send('product-launch', 'bob', 'who may read the service?');
      const forServer = await asServer.next(5_000);
      expect(forServer.errors).toBeUndefined();
      expect(forServer.data?.messageAdded).toEqual({
        body: 'who may read the service?',
        conversation: { service: { sid: gateway.serviceSid } },
      });
      const forAlice = await asAlice.next(5_000);
      expect(forAlice.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(forAlice.data?.messageAdded?.body).toBe('who may read the service?');
      expect(forAlice.data?.messageAdded?.conversation).toEqual({ service: null });
    } finally {
      await closeAll([asServer, asAlice]);
    }
  });

  it('reach an end user only in their conversations, while a server subscriber with the same document hears of all', async () => {
    const document = 'subscription { conversationEvents(types: [MESSAGE_ADDED]) { message { body } } }';
    type Events = { conversationEvents: { message: { body: string } } };
    const asServer = subscribeOverSse<Events>(gateway.url, document, {}, server);
    const asBob = subscribeOverSse<Events>(gateway.url, document, {}, bearer('bob'));
    const asOtherBob = subscribeOverSse<Events>(gateway.url, document, {}, bearer('bob'));
    try {
      await waitForSubscribers(origin, 3);
      // Carol's conversation first: bob is not in it.
      await send('support-1042', 'carol', 'for carol’s customer only');
      await send('product-launch', 'dave', 'for the launch team');
      expect((await asServer.next(5_000)).data?.conversationEvents.message.body).toBe(
        'for carol’s customer only',
      );
      expect((await asServer.next(5_000)).data?.conversationEvents.message.body).toBe('for the launch team');
      for (const bob of [asBob, asOtherBob]) {
        const first = await bob.next(5_000);
        expect(first.errors).toBeUndefined();
        expect(first.data?.conversationEvents.message.body).toBe('for the launch team');
      }
      await expect(asBob.next(750)).rejects.toThrow(/no event within/);
    } finally {
      await closeAll([asServer, asBob, asOtherBob]);
    }
  });

  it('of one end user, in several tabs and with several tokens, check their membership once per event; another user’s is their own', async () => {
    const document = 'subscription { conversationEvents(types: [MESSAGE_ADDED]) { message { body } } }';
    type Events = { conversationEvents: { message: { body: string } } };
    // Three tabs of bob, one of them with a renewed token, one over WebSocket; carol is not in the launch.
    const renewed = {
      authorization: `Bearer ${mintAccessToken('bob', gateway.serviceSid, { ttl: 1800 })}`,
    };
    const ws = connectOverWebSocket(gateway.url, { connectionParams: bearer('bob') });
    const tabs = [
      subscribeOverSse<Events>(gateway.url, document, {}, bearer('bob')),
      subscribeOverSse<Events>(gateway.url, document, {}, renewed),
      subscribeOverWebSocket<Events>(ws, document),
    ];
    const asCarol = subscribeOverSse<Events>(gateway.url, document, {}, bearer('carol'));
    try {
      await waitForSubscribers(origin, 4);
      const mark = gateway.mark();
      await send('product-launch', 'dave', 'one check for three tabs');
      for (const tab of tabs) {
        const result = await tab.next(5_000);
        expect(result.errors).toBeUndefined();
        expect(result.data?.conversationEvents.message.body).toBe('one check for three tabs');
      }
      await expect(asCarol.next(750)).rejects.toThrow(/no event within/);
      // Each tab asking for itself would read bob's memberships three times; carol's are read for her.
      expect(membershipReads(mark)).toEqual({ bob: 1, carol: 1 });
    } finally {
      await closeAll([...tabs, asCarol]);
      await ws.dispose();
    }
  });

  it('are each read at their own pace: one that has not read yet holds up neither the others nor its own events', async () => {
    const fast = subscribeOverSse<Added>(
      gateway.url,
      ADDED_WITH_CONVERSATION,
      { c: 'product-launch' },
      server,
    );
    const late = subscribeOverSse<Added>(
      gateway.url,
      ADDED_WITH_CONVERSATION,
      { c: 'product-launch' },
      server,
    );
    try {
      await waitForSubscribers(origin, 2);
      for (const body of ['first', 'second', 'third']) {
        await send('product-launch', 'alice', body);
        expect((await fast.next(5_000)).data?.messageAdded.body).toBe(body);
      }
      const bodies: string[] = [];
      for (let n = 0; n < 3; n++) bodies.push((await late.next(5_000)).data?.messageAdded.body ?? '');
      expect(bodies).toEqual(['first', 'second', 'third']);
    } finally {
      await closeAll([fast, late]);
    }
  });
});

/**
 * Every subscription field of one conversation, as an outsider and as a member: the same guard
 * decides them all, and this checks it is applied to each (the events themselves are heard in the
 * tests above and in test/e2e/subscriptions.test.ts).
 */
describe('every conversation subscription field, as an end user', () => {
  const OF_ONE_CONVERSATION: Record<string, (conversation: string) => string> = {
    conversationUpdated: (sid) => `subscription { conversationUpdated(sid: "${sid}") { friendlyName } }`,
    messageAdded: (sid) => `subscription { messageAdded(conversationSid: "${sid}") { body } }`,
    messageRemoved: (sid) => `subscription { messageRemoved(conversationSid: "${sid}") { sid } }`,
    messageUpdated: (sid) => `subscription { messageUpdated(conversationSid: "${sid}") { body } }`,
    participantAdded: (sid) => `subscription { participantAdded(conversationSid: "${sid}") { identity } }`,
    participantRemoved: (sid) =>
      `subscription { participantRemoved(conversationSid: "${sid}") { identity } }`,
    participantUpdated: (sid) =>
      `subscription { participantUpdated(conversationSid: "${sid}") { identity } }`,
  };

  it('has a case for every subscription field but the service-wide stream', () => {
    const fields = Object.keys(buildGatewaySchema().getSubscriptionType()?.getFields() ?? {});
    expect(Object.keys(OF_ONE_CONVERSATION).sort()).toEqual(
      fields.filter((field) => field !== 'conversationEvents').sort(),
    );
  });

  for (const [field, document] of Object.entries(OF_ONE_CONVERSATION)) {
    it(`${field}: refused FORBIDDEN outside their conversations, opened in one of them`, async () => {
      await expectForbidden(document('support-1042'), 'alice');
      const opened = subscribeOverSse(gateway.url, document('product-launch'), {}, bearer('bob'));
      try {
        await waitForSubscribers(origin, 1);
      } finally {
        await opened.close();
      }
    });
  }
});
