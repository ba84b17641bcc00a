import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';
import { subscribeOverSse, waitForSubscribers } from '../helpers/subscriptions.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';
import { startWebhookGateway } from '../helpers/webhook-gateway.ts';
import { messageAddedFields, signedWebhook } from '../helpers/webhooks.ts';

/**
 * The whole path on real sockets: the official twilio SDK writes to the emulator with
 * X-Twilio-Webhook-Enabled, the emulator sends its signed webhook to the gateway, and the gateway
 * delivers it to a subscriber over SSE.
 */
let emulator: RunningEmulator;
let gateway: RunningServer;
let authorization: string;
let sdk: ReturnType<typeof createSdkClient>['client'];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  ({ gateway, authorization } = await startWebhookGateway(emulator));
  emulator.webhooks.configureAccountWebhook({ url: `${gateway.url}/webhooks/twilio` });
  sdk = createSdkClient(emulator.url, account.accountSid, account.authToken).client;
});

// A client that goes away ends its subscription on the gateway: nothing is left running.
afterEach(async () => {
  await waitForSubscribers(gateway.url, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await gateway?.close();
  await emulator?.close();
});

describe('subscriptions over SSE', () => {
  it('deliver a message sent with the official SDK within 1 s, as a Message read like a query', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Order #7' });
    const other = await sdk.conversations.v1.conversations.create({ friendlyName: 'Elsewhere' });
    const subscription = subscribeOverSse<{
      messageAdded: {
        sid: string;
        index: number;
        author: string;
        body: string;
        attributes: unknown;
        url: string;
        conversation: { friendlyName: string };
      };
    }>(
      `${gateway.url}/graphql`,
      `subscription ($sid: String!) {
        messageAdded(conversationSid: $sid) { sid index author body attributes url conversation { friendlyName } }
      }`,
      { sid: conversation.sid },
      { authorization },
    );
    try {
      await waitForSubscribers(gateway.url, 1);
      await sdk.conversations.v1
        .conversations(other.sid)
        .messages.create({ author: 'bob', body: 'not for this subscriber', xTwilioWebhookEnabled: 'true' });
      const sentAt = performance.now();
      const message = await sdk.conversations.v1.conversations(conversation.sid).messages.create({
        author: 'alice',
        body: 'Your parcel is on its way',
        attributes: '{"kind":"update"}',
        xTwilioWebhookEnabled: 'true',
      });
      const result = await subscription.next(1_000);
      expect(performance.now() - sentAt).toBeLessThan(1_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded).toEqual({
        sid: message.sid,
        index: 0,
        author: 'alice',
        body: 'Your parcel is on its way',
        attributes: { kind: 'update' },
        url: message.url,
        conversation: { friendlyName: 'Order #7' },
      });
    } finally {
      await subscription.close();
    }
  });

  it('refuse a subscriber whose credentials are not good, before anything is streamed', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Private' });
    const account = emulator.accounts[0];
    const wrong = `Basic ${Buffer.from(`${account?.accountSid}:not-the-token`).toString('base64')}`;
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: wrong },
      body: JSON.stringify({
        query: `subscription { messageAdded(conversationSid: "${conversation.sid}") { body } }`,
      }),
    });
    const text = await response.text();
    expect(text).toContain('UNAUTHENTICATED');
    expect(text).not.toContain('"data"');
  });
});

describe('events a webhook carries', () => {
  const send = async (fields: Record<string, string>, options: { signWith?: string } = {}) => {
    const account = emulator.accounts[0];
    if (!account) throw new Error('no emulator account');
    const webhook = signedWebhook({ url: `${gateway.url}/webhooks/twilio`, account, fields, ...options });
    return (await fetch(webhook.url, webhook.init)).status;
  };

  it('yield participants and account-wide events, and a forged webhook reaches no one', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Team' });
    const participant = await sdk.conversations.v1
      .conversations(conversation.sid)
      .participants.create({ identity: 'carol' });
    const joined = subscribeOverSse<{ participantAdded: { sid: string; identity: string; roleSid: string } }>(
      `${gateway.url}/graphql`,
      'subscription ($sid: String!) { participantAdded(conversationSid: $sid) { sid identity roleSid } }',
      { sid: conversation.sid },
      { authorization },
    );
    const everything = subscribeOverSse<{
      conversationEvents: { type: string; conversationSid: string; participant: { identity: string } | null };
    }>(
      `${gateway.url}/graphql`,
      'subscription { conversationEvents(types: [PARTICIPANT_ADDED]) { type conversationSid participant { identity } } }',
      {},
      { authorization },
    );
    try {
      await waitForSubscribers(gateway.url, 2);
      const fields = {
        EventType: 'onParticipantAdded',
        ConversationSid: conversation.sid,
        ParticipantSid: participant.sid,
        Identity: 'carol',
        RoleSid: participant.roleSid,
        Attributes: '{}',
        DateCreated: new Date().toISOString(),
        Source: 'API',
      };
      expect(await send({ ...fields, Identity: 'mallory' }, { signWith: 'a-guess' })).toBe(403);
      expect(await send(fields)).toBe(200);
      expect((await joined.next(1_000)).data?.participantAdded).toEqual({
        sid: participant.sid,
        identity: 'carol',
        roleSid: participant.roleSid,
      });
      expect((await everything.next(1_000)).data?.conversationEvents).toEqual({
        type: 'PARTICIPANT_ADDED',
        conversationSid: conversation.sid,
        participant: { identity: 'carol' },
      });
    } finally {
      await joined.close();
      await everything.close();
    }
  });

  it('yield a removed message with the fields its webhook carries, and say why the others cannot be read', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Deletions' });
    const removed = subscribeOverSse<{ messageRemoved: { sid: string; body: string; index: number } }>(
      `${gateway.url}/graphql`,
      'subscription ($sid: String!) { messageRemoved(conversationSid: $sid) { sid body index } }',
      { sid: conversation.sid },
      { authorization },
    );
    const withUrl = subscribeOverSse<{ messageRemoved: { url: string } }>(
      `${gateway.url}/graphql`,
      'subscription ($sid: String!) { messageRemoved(conversationSid: $sid) { url } }',
      { sid: conversation.sid },
      { authorization },
    );
    try {
      await waitForSubscribers(gateway.url, 2);
      const messageSid = `IM${'9'.repeat(32)}`;
      expect(
        await send({
          EventType: 'onMessageRemoved',
          ConversationSid: conversation.sid,
          MessageSid: messageSid,
          Index: '4',
          Body: 'oops',
          DateCreated: new Date().toISOString(),
          DateUpdated: new Date().toISOString(),
          DateRemoved: new Date().toISOString(),
        }),
      ).toBe(200);
      expect((await removed.next(1_000)).data?.messageRemoved).toEqual({
        sid: messageSid,
        body: 'oops',
        index: 4,
      });
      const failed = await withUrl.next(1_000);
      expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(failed.errors?.[0]?.message).toContain('body');
    } finally {
      await removed.close();
      await withUrl.close();
    }
  });

  it('answer from the webhook alone when the selection reads only what it carries: no Twilio call per event', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Quiet' });
    const subscription = subscribeOverSse<{ messageAdded: { sid: string; body: string; author: string } }>(
      `${gateway.url}/graphql`,
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid body author index dateCreated } }',
      { sid: conversation.sid },
      { authorization },
    );
    try {
      await waitForSubscribers(gateway.url, 1);
      const before = emulator.requests.length;
      expect(
        await send({
          EventType: 'onMessageAdded',
          ConversationSid: conversation.sid,
          MessageSid: `IM${'7'.repeat(32)}`,
          Index: '0',
          Body: 'hello',
          Author: 'dave',
          DateCreated: '2026-12-01T10:00:00.123Z',
        }),
      ).toBe(200);
      expect((await subscription.next(1_000)).data?.messageAdded).toMatchObject({
        body: 'hello',
        author: 'dave',
      });
      expect(emulator.requests.slice(before)).toEqual([]);
    } finally {
      await subscription.close();
    }
  });
});

describe('each event of a subscription', () => {
  it('is read from Twilio as it is now, not from what the subscribing request loaded', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Before' });
    const subscription = subscribeOverSse<{
      messageAdded: { body: string; conversation: { friendlyName: string } };
    }>(
      `${gateway.url}/graphql`,
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { body conversation { friendlyName } } }',
      { sid: conversation.sid },
      { authorization },
    );
    try {
      // Subscribing read the conversation (to check it is the subscriber's); it is renamed after.
      await waitForSubscribers(gateway.url, 1);
      await sdk.conversations.v1.conversations(conversation.sid).update({ friendlyName: 'After' });
      await sdk.conversations.v1
        .conversations(conversation.sid)
        .messages.create({ author: 'alice', body: 'renamed', xTwilioWebhookEnabled: 'true' });
      expect((await subscription.next(2_000)).data?.messageAdded).toEqual({
        body: 'renamed',
        conversation: { friendlyName: 'After' },
      });
    } finally {
      await subscription.close();
    }
  });

  it('has its own upstream deadline: events after the subscribing request’s deadline still read Twilio', async () => {
    const account = emulator.accounts[0];
    if (!account) throw new Error('no emulator account');
    const loaded = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'error',
      // Short, but not so short that an event's own read could outlast it when a busy machine holds
      // up the event loop this test shares with the emulator and the gateway (400 ms was).
      UPSTREAM_DEADLINE_MS: '1000',
      UPSTREAM_ATTEMPT_TIMEOUT_MS: '1000',
      TWILIO_CONVERSATIONS_URL: emulator.url,
      TWILIO_WEBHOOK_ACCOUNTS: `${account.accountSid}:${account.authToken}`,
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const shortDeadline = await startGateway(loaded.config);
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Patient' });
    const subscription = subscribeOverSse<{ messageAdded: { body: string; url: string } }>(
      `${shortDeadline.url}/graphql`,
      // `url` is not in the webhook: each event reads the message from Twilio.
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { body url } }',
      { sid: conversation.sid },
      { authorization },
    );
    try {
      await waitForSubscribers(shortDeadline.url, 1);
      // Past the subscribing request's deadline.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const message = await sdk.conversations.v1
        .conversations(conversation.sid)
        .messages.create({ author: 'alice', body: 'late' });
      const signed = signedWebhook({
        url: `${shortDeadline.url}/webhooks/twilio`,
        account,
        fields: messageAddedFields({
          conversationSid: conversation.sid,
          messageSid: message.sid,
          body: 'late',
        }),
      });
      expect((await fetch(signed.url, signed.init)).status).toBe(200);
      const result = await subscription.next(2_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded).toEqual({ body: 'late', url: message.url });
    } finally {
      await subscription.close();
      await shortDeadline.close();
    }
  });
});

describe('changes made through the gateway', () => {
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { message: { sid: string } | null }> };
  };
  const send = `mutation ($sid: String!, $body: String!, $hooks: Boolean) {
    createMessage(input: { conversationSid: $sid, body: $body, webhookEnabled: $hooks }) { message { sid } }
  }`;

  it('reach subscribers: mutations ask Twilio for its webhooks unless webhookEnabled is false', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({
      friendlyName: 'Through the gateway',
    });
    const subscription = subscribeOverSse<{ messageAdded: { body: string } }>(
      `${gateway.url}/graphql`,
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { body } }',
      { sid: conversation.sid },
      { authorization },
    );
    try {
      await waitForSubscribers(gateway.url, 1);
      const quiet = await post(send, { sid: conversation.sid, body: 'no webhook', hooks: false });
      expect(quiet.data?.createMessage?.message?.sid).toMatch(/^IM/);
      const loud = await post(send, { sid: conversation.sid, body: 'with its webhook' });
      expect(loud.data?.createMessage?.message?.sid).toMatch(/^IM/);
      // The first event is the second message: the one sent with webhookEnabled: false fired none.
      expect((await subscription.next(1_000)).data?.messageAdded).toEqual({ body: 'with its webhook' });
      await emulator.webhooks.idle();
      await expect(subscription.next(300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await subscription.close();
    }
  });
});

describe('updates made with the official SDK', () => {
  it('reach messageUpdated, participantUpdated and conversationUpdated, each read like a query', async () => {
    const created = await sdk.conversations.v1.conversations.create({ friendlyName: 'Before the update' });
    const conversation = sdk.conversations.v1.conversations(created.sid);
    // Made without the webhook header: no event before the updates below.
    const message = await conversation.messages.create({ author: 'ana', body: 'first draft' });
    const participant = await conversation.participants.create({ identity: 'ana' });
    const url = `${gateway.url}/graphql`;
    const variables = { sid: created.sid };
    const messages = subscribeOverSse<{ messageUpdated: { sid: string; body: string; author: string } }>(
      url,
      'subscription ($sid: String!) { messageUpdated(conversationSid: $sid) { sid body author } }',
      variables,
      { authorization },
    );
    const participants = subscribeOverSse<{
      participantUpdated: { sid: string; identity: string; attributes: unknown };
    }>(
      url,
      'subscription ($sid: String!) { participantUpdated(conversationSid: $sid) { sid identity attributes } }',
      variables,
      { authorization },
    );
    const conversations = subscribeOverSse<{
      conversationUpdated: { sid: string; friendlyName: string; participants: { edges: unknown[] } };
    }>(
      url,
      'subscription ($sid: String!) { conversationUpdated(sid: $sid) { sid friendlyName participants { edges { node { identity } } } } }',
      variables,
      { authorization },
    );
    try {
      await waitForSubscribers(gateway.url, 3);
      await conversation.messages(message.sid).update({ body: 'final', xTwilioWebhookEnabled: 'true' });
      await conversation
        .participants(participant.sid)
        .update({ attributes: JSON.stringify({ seat: 2 }), xTwilioWebhookEnabled: 'true' });
      await conversation.update({ friendlyName: 'After the update', xTwilioWebhookEnabled: 'true' });

      expect((await messages.next(2_000)).data?.messageUpdated).toEqual({
        sid: message.sid,
        body: 'final',
        author: 'ana',
      });
      expect((await participants.next(2_000)).data?.participantUpdated).toEqual({
        sid: participant.sid,
        identity: 'ana',
        attributes: { seat: 2 },
      });
      // `participants` is not in the webhook: read through the loaders, as a query would.
      expect((await conversations.next(2_000)).data?.conversationUpdated).toEqual({
        sid: created.sid,
        friendlyName: 'After the update',
        participants: { edges: [{ node: { identity: 'ana' } }] },
      });
    } finally {
      await Promise.all([messages.close(), participants.close(), conversations.close()]);
    }
  });
});
