import { createClient as createWsClient } from 'graphql-ws';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';
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
 * An end user's session ends when their access token does: an open WebSocket is closed (4403) and
 * an SSE subscription ends with `UNAUTHENTICATED` (reason `expired`) once the token's `exp` plus the
 * clock skew has passed, over real sockets, with tokens the official `twilio` SDK mints. The skew is
 * the gateway's own setting (ACCESS_TOKEN_CLOCK_SKEW_SECONDS), set to one second here so that a
 * token of a few seconds runs out within the test. Sessions of the account (a gateway token,
 * pass-through credentials) have no token to run out and go on.
 */
const SKEW_SECONDS = 1;
/** Long enough to connect and run a query on a loaded machine, short enough to wait for. */
const TTL_SECONDS = 4;
/** How long after the expiry a session may take to end on a loaded machine. */
const LATE_MS = 5_000;

let gateway: EndUserHttpGateway;
let sdk: ReturnType<typeof createSdkClient>['client'];
let origin: string;
const disposals: Array<() => unknown> = [];

/** A short-lived token, and when the gateway stops accepting it (ms since the epoch). */
function shortToken(identity: string): { authorization: string; acceptedUntilMs: number } {
  const token = mintAccessToken(identity, gateway.serviceSid, { ttl: TTL_SECONDS });
  const exp = decodeJwt(token).exp ?? 0;
  return { authorization: `Bearer ${token}`, acceptedUntilMs: (exp + SKEW_SECONDS) * 1000 };
}

function connect(options: Parameters<typeof connectOverWebSocket>[1], url = gateway.url) {
  const client = connectOverWebSocket(url, options);
  disposals.push(() => client.dispose());
  return client;
}

/**
 * Bob's WebSocket, opened with a short-lived token and carrying a subscription: `closed` resolves
 * with the close the server sent and when it came.
 */
function endUserSocket() {
  const { authorization, acceptedUntilMs } = shortToken('bob');
  let client: ReturnType<typeof connect> | undefined;
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => {
    client = connect({
      connectionParams: { authorization },
      onClosed: (event) => resolve({ ...event, at: Date.now() }),
    });
  });
  if (!client) throw new Error('not connected');
  void subscribeOverWebSocket(client, MESSAGES)
    .next(TTL_SECONDS * 1000 + LATE_MS)
    .catch(() => {});
  return { client, closed, acceptedUntilMs };
}

const CONVERSATION_NAME = '{ conversation(sid: "product-launch") { friendlyName } }';

function sse<T>(query: string, authorization: string): Subscription<T> {
  const subscription = subscribeOverSse<T>(gateway.url, query, {}, { authorization });
  disposals.push(() => subscription.close());
  return subscription;
}

const send = (conversation: string, author: string, body: string) =>
  sdk.conversations.v1
    .conversations(conversation)
    .messages.create({ author, body, xTwilioWebhookEnabled: 'true' });

const MESSAGES = 'subscription { messageAdded(conversationSid: "product-launch") { body } }';

beforeAll(async () => {
  gateway = await startEndUserHttpGateway({ ACCESS_TOKEN_CLOCK_SKEW_SECONDS: String(SKEW_SECONDS) });
  origin = new URL(gateway.url).origin;
  sdk = createSdkClient(gateway.emulator.url, ACCOUNT_SID, AUTH_TOKEN).client;
});

afterEach(async () => {
  for (const dispose of disposals.splice(0)) await dispose();
  await waitForSubscribers(origin, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await gateway?.close();
});

describe('an end user’s WebSocket', () => {
  it('is closed with 4403 when the token expires, not before', async () => {
    const { client, closed, acceptedUntilMs } = endUserSocket();
    // Queries and subscriptions run while the token is accepted.
    const query = await subscribeOverWebSocket(client, CONVERSATION_NAME).next(5_000);
    expect(query).toEqual({ data: { conversation: { friendlyName: 'Product launch' } } });
    await waitForSubscribers(origin, 1);
    const close = await closed;
    expect(close).toEqual({ code: 4403, reason: 'The access token has expired.', at: expect.any(Number) });
    expect(close.at).toBeGreaterThanOrEqual(acceptedUntilMs);
    expect(close.at).toBeLessThan(acceptedUntilMs + LATE_MS);
    // The subscription it carried is gone with it.
    await waitForSubscribers(origin, 0, { exactly: true });
  });

  it('is renewed by reconnecting with a fresh token from a connectionParams function', async () => {
    let tokens = 0;
    let firstExpiry = 0;
    const closes: number[] = [];
    const client = createWsClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      // graphql-ws calls this for every connection: each gets the token the app holds now.
      connectionParams: () => {
        const { authorization, acceptedUntilMs } = shortToken('bob');
        tokens += 1;
        if (tokens === 1) firstExpiry = acceptedUntilMs;
        return { authorization };
      },
      retryAttempts: 3,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 50)),
      on: { closed: (event) => closes.push((event as { code: number }).code) },
    });
    disposals.push(() => client.dispose());
    const subscription = subscribeOverWebSocket<{ messageAdded: { body: string } }>(client, MESSAGES);
    await waitForSubscribers(origin, 1);
    // Past the first token's expiry: closed with 4403, connected again with a second token, the
    // subscription started again by the client.
    await waitUntil(() => tokens >= 2 && Date.now() > firstExpiry, TTL_SECONDS * 1000 + LATE_MS);
    await waitForSubscribers(origin, 1);
    expect(closes[0]).toBe(4403);
    await send('product-launch', 'alice', 'after the renewal');
    expect((await subscription.next(5_000)).data?.messageAdded.body).toBe('after the renewal');
  });

  it('keeps a gateway token’s socket open beside it', async () => {
    const { closed: endUserClosed, acceptedUntilMs } = endUserSocket();
    let serverClosed = false;
    const server = connect({
      connectionParams: { authorization: `Bearer ${GATEWAY_TOKEN}` },
      onClosed: () => {
        serverClosed = true;
      },
    });
    const serverEvents = subscribeOverWebSocket<{ messageAdded: { body: string } }>(server, MESSAGES);
    await waitForSubscribers(origin, 2);
    expect(await endUserClosed).toMatchObject({ code: 4403 });
    expect(Date.now()).toBeGreaterThanOrEqual(acceptedUntilMs);
    await waitForSubscribers(origin, 1, { exactly: true });
    await send('product-launch', 'alice', 'for the account');
    expect((await serverEvents.next(5_000)).data?.messageAdded.body).toBe('for the account');
    const query = await subscribeOverWebSocket<{ conversation: { friendlyName: string } }>(
      server,
      CONVERSATION_NAME,
    ).next(5_000);
    expect(query.data?.conversation.friendlyName).toBe('Product launch');
    expect(serverClosed).toBe(false);
  });
});

describe('an end user’s SSE subscription', () => {
  it('delivers until the token expires, then ends with UNAUTHENTICATED (expired)', async () => {
    const { authorization, acceptedUntilMs } = shortToken('bob');
    const subscription = sse<{ messageAdded: { body: string } }>(MESSAGES, authorization);
    await waitForSubscribers(origin, 1);
    await send('product-launch', 'alice', 'before the expiry');
    expect(await subscription.next(5_000)).toEqual({ data: { messageAdded: { body: 'before the expiry' } } });

    const ended = await subscription.next(TTL_SECONDS * 1000 + LATE_MS);
    const endedAt = Date.now();
    expect(ended.data ?? null).toBeNull();
    expect(ended.errors?.map((error) => error.extensions)).toEqual([
      { code: 'UNAUTHENTICATED', reason: 'expired' },
    ]);
    expect(endedAt).toBeGreaterThanOrEqual(acceptedUntilMs);
    expect(endedAt).toBeLessThan(acceptedUntilMs + LATE_MS);
    await expect(subscription.next(2_000)).rejects.toThrow('the subscription completed');
    await waitForSubscribers(origin, 0, { exactly: true });
  });

  it('ends while the gateway token’s subscription beside it goes on', async () => {
    const { authorization } = shortToken('bob');
    const endUser = sse<{ messageAdded: { body: string } }>(MESSAGES, authorization);
    const server = sse<{ messageAdded: { body: string } }>(MESSAGES, `Bearer ${GATEWAY_TOKEN}`);
    await waitForSubscribers(origin, 2);
    const ended = await endUser.next(TTL_SECONDS * 1000 + LATE_MS);
    expect(ended.errors?.[0]?.extensions?.reason).toBe('expired');
    await waitForSubscribers(origin, 1, { exactly: true });
    await send('product-launch', 'alice', 'still heard by the account');
    expect((await server.next(5_000)).data?.messageAdded.body).toBe('still heard by the account');
  });
});

describe('pass-through sessions', () => {
  let passThrough: RunningServer;

  beforeAll(async () => {
    const loaded = loadConfig({
      TWILIO_CONVERSATIONS_URL: gateway.emulator.url,
      TWILIO_WEBHOOK_ACCOUNTS: `${ACCOUNT_SID}:${AUTH_TOKEN}`,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'error',
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    passThrough = await startGateway(loaded.config);
  });

  afterAll(async () => {
    await passThrough?.close();
  });

  it('stay open past the time an end user’s socket opened with them is closed', async () => {
    const basic = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;
    let closed = false;
    const account = connect(
      {
        connectionParams: { authorization: basic },
        onClosed: () => {
          closed = true;
        },
      },
      `${passThrough.url}/graphql`,
    );
    const { closed: endUserClosed } = endUserSocket();
    const first = await subscribeOverWebSocket<{ conversation: { friendlyName: string } }>(
      account,
      CONVERSATION_NAME,
    ).next(5_000);
    expect(first.data?.conversation.friendlyName).toBe('Product launch');
    expect(await endUserClosed).toMatchObject({ code: 4403 });
    const after = await subscribeOverWebSocket<{ conversation: { friendlyName: string } }>(
      account,
      CONVERSATION_NAME,
    ).next(5_000);
    expect(after.data?.conversation.friendlyName).toBe('Product launch');
    expect(closed).toBe(false);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
