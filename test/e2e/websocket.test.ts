import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';
import {
  connectOverWebSocket,
  subscribeOverWebSocket,
  waitForSubscribers,
} from '../helpers/subscriptions.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

/**
 * GraphQL over WebSocket (graphql-ws) on real sockets, in front of the emulator: authenticated as
 * HTTP requests are, held to the same origins, limits and bounds, and closed on shutdown.
 */
const APP_ORIGIN = 'https://chat.example.com';
let emulator: RunningEmulator;
let gateway: RunningServer;
let authorization: string;
let sdk: ReturnType<typeof createSdkClient>['client'];
let clients: Client[] = [];

async function start(env: Record<string, string> = {}): Promise<RunningServer> {
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  const loaded = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_WEBHOOK_ACCOUNTS: `${account.accountSid}:${account.authToken}`,
    CORS_ORIGINS: APP_ORIGIN,
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return startGateway(loaded.config);
}

function connect(options: Parameters<typeof connectOverWebSocket>[1] = {}, url = `${gateway.url}/graphql`) {
  const client = connectOverWebSocket(url, options);
  clients.push(client);
  return client;
}

/** Resolves with the close the server sent, once it closes the socket. */
function closedWith(
  options: Omit<NonNullable<Parameters<typeof connectOverWebSocket>[1]>, 'onClosed'>,
  url = `${gateway.url}/graphql`,
): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const client = connect({ ...options, onClosed: resolve }, url);
    // A subscribe makes the client connect and wait; the close ends it.
    subscribeOverWebSocket(client, '{ __typename }')
      .next(5_000)
      .catch(() => {});
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  gateway = await start({ MAX_SUBSCRIPTIONS_PER_CONNECTION: '2', MAX_DEPTH: '8' });
  emulator.webhooks.configureAccountWebhook({ url: `${gateway.url}/webhooks/twilio` });
  authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  sdk = createSdkClient(emulator.url, account.accountSid, account.authToken).client;
});

afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
  // A client that goes away ends its subscriptions on the gateway: nothing is left running.
  await waitForSubscribers(gateway.url, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await gateway?.close();
  await emulator?.close();
});

describe('subscriptions over WebSocket', () => {
  it('deliver a message sent with the official SDK within 1 s, authenticated by connectionParams', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Over WS' });
    const client = connect({ connectionParams: { authorization } });
    const subscription = subscribeOverWebSocket<{
      messageAdded: { sid: string; body: string; url: string; conversation: { friendlyName: string } };
    }>(
      client,
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid body url conversation { friendlyName } } }',
      { sid: conversation.sid },
    );
    await waitForSubscribers(gateway.url, 1);
    const sentAt = performance.now();
    const message = await sdk.conversations.v1
      .conversations(conversation.sid)
      .messages.create({ author: 'alice', body: 'hello over ws', xTwilioWebhookEnabled: 'true' });
    const result = await subscription.next(1_000);
    expect(performance.now() - sentAt).toBeLessThan(1_000);
    expect(result).toEqual({
      data: {
        messageAdded: {
          sid: message.sid,
          body: 'hello over ws',
          url: message.url,
          conversation: { friendlyName: 'Over WS' },
        },
      },
    });
  });

  it('take the Authorization header of the upgrade request when connectionParams carry none', async () => {
    const client = connect({ headers: { authorization } });
    const result = await subscribeOverWebSocket<{ configuration: { accountSid: string } }>(
      client,
      '{ configuration { accountSid } }',
    ).next(5_000);
    expect(result.data?.configuration.accountSid).toBe(emulator.accounts[0]?.accountSid);
  });

  it('answer queries and mutations too', async () => {
    const client = connect({ connectionParams: { authorization } });
    const created = await subscribeOverWebSocket<{
      createConversation: { conversation: { sid: string; friendlyName: string } };
    }>(
      client,
      'mutation { createConversation(input: { friendlyName: "Made over WS" }) { conversation { sid friendlyName } } }',
    ).next(5_000);
    const sid = created.data?.createConversation.conversation.sid;
    expect(created.data?.createConversation.conversation.friendlyName).toBe('Made over WS');
    const read = await subscribeOverWebSocket<{ conversation: { friendlyName: string } }>(
      client,
      'query ($sid: String!) { conversation(sid: $sid) { friendlyName } }',
      { sid },
    ).next(5_000);
    expect(read).toEqual({ data: { conversation: { friendlyName: 'Made over WS' } } });
  });
});

describe('a WebSocket connection', () => {
  it('without credentials is closed with 4401 and the reason', async () => {
    const closed = await closedWith({});
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^Authentication required/);
  });

  it('with malformed credentials, or a connectionParams.authorization that is not a string, gets 4401', async () => {
    expect(await closedWith({ connectionParams: { authorization: 'Basic not-base64!' } })).toEqual({
      code: 4401,
      reason:
        'The Basic credentials are malformed: expected an Account SID or API key SID, a colon and a secret.',
    });
    expect(await closedWith({ connectionParams: { authorization: 42 } })).toEqual({
      code: 4401,
      reason: 'connectionParams.authorization must be a string.',
    });
  });

  it('with credentials Twilio refuses is closed with 4401 before any operation runs', async () => {
    const account = emulator.accounts[0];
    const wrong = `Basic ${Buffer.from(`${account?.accountSid}:not-the-token`).toString('base64')}`;
    expect(await closedWith({ connectionParams: { authorization: wrong } })).toEqual({
      code: 4401,
      reason: 'Twilio refused these credentials.',
    });
  });

  it('from a browser page of an origin not in CORS_ORIGINS is refused with 403 before the upgrade', async () => {
    const refused = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const socket = new WebSocket(`${gateway.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin: 'https://evil.example', authorization },
      });
      socket.on('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      socket.on('open', () => reject(new Error('the upgrade was accepted')));
      socket.on('error', () => {});
    });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('ORIGIN_NOT_ALLOWED');

    const allowed = connect({ headers: { origin: APP_ORIGIN }, connectionParams: { authorization } });
    expect(await subscribeOverWebSocket(allowed, '{ __typename }').next(5_000)).toEqual({
      data: { __typename: 'Query' },
    });
  });

  it('is held to the document limits and the cost estimate', async () => {
    const client = connect({ connectionParams: { authorization } });
    const deep = subscribeOverWebSocket(
      client,
      '{ conversation(sid: "x") { messages { edges { node { conversation { participants { edges { node { user { sid } } } } } } } } } }',
    );
    await expect(deep.next(5_000)).rejects.toSatisfy((errors: unknown) =>
      JSON.stringify(errors).includes('Query depth limit of 8 exceeded'),
    );
    const wide = subscribeOverWebSocket(
      client,
      '{ conversations(first: 50) { edges { node { participants(first: 50) { edges { node { user { friendlyName } } } } } } } }',
    );
    const result = await wide.next(5_000).catch((errors: unknown) => errors);
    expect(JSON.stringify(result)).toContain('COST_ESTIMATED_TOO_EXPENSIVE');
  });

  it('holds at most MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions, counted in /metrics', async () => {
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Busy' });
    const client = connect({ connectionParams: { authorization } });
    const query = 'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid } }';
    subscribeOverWebSocket(client, query, { sid: conversation.sid });
    subscribeOverWebSocket(client, query, { sid: conversation.sid });
    await waitForSubscribers(gateway.url, 2);
    const third = await subscribeOverWebSocket(client, query, { sid: conversation.sid })
      .next(5_000)
      .catch((errors: unknown) => errors);
    expect(JSON.stringify(third)).toContain('TOO_MANY_SUBSCRIPTIONS');
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_subscriptions_refused_total\{reason="connection-limit"\} [1-9]/m);
    expect(metrics).toMatch(/^gateway_websocket_connections [1-9]/m);
    // Another connection of the same caller has its own allowance.
    const other = connect({ connectionParams: { authorization } });
    subscribeOverWebSocket(other, query, { sid: conversation.sid });
    await waitForSubscribers(gateway.url, 3);
  });
});

describe('in production mode', () => {
  it('refuses introspection over WebSocket unless the introspection token is sent', async () => {
    const account = emulator.accounts[0];
    if (!account) throw new Error('no emulator account');
    const production = await start({
      NODE_ENV: 'production',
      TWILIO_ACCOUNT_SID: account.accountSid,
      TWILIO_AUTH_TOKEN: account.authToken,
      GATEWAY_TOKENS: 'websocket-gateway-token-1234',
      INTROSPECTION_TOKENS: 'websocket-introspection-token-5678',
    });
    try {
      const url = `${production.url}/graphql`;
      const bearer = { authorization: 'Bearer websocket-gateway-token-1234' };
      const refused = await subscribeOverWebSocket(
        connect({ connectionParams: bearer }, url),
        '{ __schema { queryType { name } } }',
      )
        .next(5_000)
        .catch((errors: unknown) => errors);
      expect(JSON.stringify(refused)).toMatch(/introspection has been disabled/i);
      const allowed = await subscribeOverWebSocket(
        connect(
          { connectionParams: { ...bearer, 'x-introspection-token': 'websocket-introspection-token-5678' } },
          url,
        ),
        '{ __schema { queryType { name } } }',
      ).next(5_000);
      expect(allowed).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect(await closedWith({ connectionParams: { authorization: 'Bearer guessed' } }, url)).toEqual({
        code: 4401,
        reason: 'The gateway token is not valid.',
      });
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      clients = [];
      await production.close();
    }
  });
});

describe('shutting down', () => {
  it('completes running subscriptions and closes the sockets with 1001', async () => {
    const stopping = await start();
    const conversation = await sdk.conversations.v1.conversations.create({ friendlyName: 'Closing' });
    let closed: { code: number; reason: string } | undefined;
    const client = connect(
      {
        connectionParams: { authorization },
        onClosed: (event) => {
          closed = event;
        },
      },
      `${stopping.url}/graphql`,
    );
    const subscription = subscribeOverWebSocket(
      client,
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid } }',
      { sid: conversation.sid },
    );
    await waitForSubscribers(stopping.url, 1);
    // Waiting already: graphql-ws's iterate() misses a completion that comes before the first read.
    const ended = subscription.next(5_000).catch((error: unknown) => error);
    const startedAt = performance.now();
    await stopping.close();
    // Generous: the grace period is not waited for when nothing is running.
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    expect(String(await ended)).toContain('the subscription completed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toEqual({ code: 1001, reason: 'The gateway is shutting down.' });
  });
});

describe('an end user over WebSocket', () => {
  it('is held to END_USER_REQUESTS_PER_MINUTE per operation, as over HTTP', async () => {
    const demo = await startGateway(
      (() => {
        const loaded = loadConfig({
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
          END_USER_REQUESTS_PER_MINUTE: '1',
          END_USER_REQUEST_BURST: '1',
        });
        if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
        return loaded.config;
      })(),
    );
    try {
      const minted = await fetch(`${demo.url}/demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: 'alice' }),
      });
      const { token } = (await minted.json()) as { token: string };
      const client = connect(
        { connectionParams: { authorization: `Bearer ${token}` } },
        `${demo.url}/graphql`,
      );
      expect(await subscribeOverWebSocket(client, '{ __typename }').next(5_000)).toEqual({
        data: { __typename: 'Query' },
      });
      const refused = await subscribeOverWebSocket(client, '{ __typename }')
        .next(5_000)
        .catch((errors: unknown) => errors);
      expect(JSON.stringify(refused)).toContain('RATE_LIMITED');
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      clients = [];
      await demo.close();
    }
  });
});
