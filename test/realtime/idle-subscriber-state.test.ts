import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createGatewayMetrics } from '../../src/server/metrics.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { serveWebSockets, type WebSocketEndpoint } from '../../src/server/websocket.ts';
import { createGateway, type Gateway } from '../../src/server/yoga.ts';
import { createTwilioClient, type TwilioClient, type TwilioSession } from '../../src/twilio/index.ts';
import { ACCOUNT_SID, API_KEY, GATEWAY_TOKEN, mintAccessToken } from '../helpers/end-user-gateway.ts';
import { AUTH_TOKEN, type EndUserUpstream, startEndUserUpstream } from '../helpers/end-user-http.ts';
import { collectGarbage } from '../helpers/gc.ts';
import {
  connectOverWebSocket,
  type Subscription,
  subscribeOverSse,
  subscribeOverWebSocket,
  waitForSubscribers,
} from '../helpers/subscriptions.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

/**
 * What a subscription holds while it waits for its next event, possibly for hours and by the
 * thousand on one instance: its stream on the bus and who it acts for, but no Twilio session, no
 * loaders and nothing they cached. Each event reads Twilio with a session and loaders of its own,
 * made when the event needs them (src/graphql/context.ts, `renew`); once it is delivered they are
 * garbage, and so are the subscribing request's (its state keeps only its list of calls, for the
 * log line). Every session the gateway opens is watched through a WeakRef on its Twilio client, so a
 * session still reachable after a full collection is one something keeps.
 */
const schema = buildGatewaySchema();

interface Sessions {
  client: TwilioClient;
  /** How many sessions were opened so far. */
  mark(): number;
  /** How many of those opened since `mark` something still reaches. */
  heldSince(mark: number): Promise<number>;
}

function watchSessions(client: TwilioClient): Sessions {
  const opened: Array<WeakRef<TwilioSession>> = [];
  return {
    client: {
      session(credentials, options) {
        const session = client.session(credentials, options);
        opened.push(new WeakRef(session));
        return session;
      },
      close: () => client.close(),
    },
    mark: () => opened.length,
    async heldSince(mark) {
      // The client has an event before the gateway has finished with it (its log line, the turn in
      // which the stream is asked for the next event and renews): a session still held is looked at
      // again for up to 2 s. One a waiting subscription keeps is held for good, and still counted.
      let held = 0;
      for (let attempt = 0; attempt < 20; attempt++) {
        await collectGarbage();
        held = opened.slice(mark).filter((session) => session.deref() !== undefined).length;
        if (held === 0) return 0;
        await sleep(100);
      }
      return held;
    },
  };
}

let upstream: EndUserUpstream;
let sessions: Sessions;
let gateway: Gateway;
let server: Server;
let websockets: WebSocketEndpoint;
let url: string;
let origin: string;
let sdk: ReturnType<typeof createSdkClient>['client'];

beforeAll(async () => {
  upstream = await startEndUserUpstream();
  sessions = watchSessions(createTwilioClient({ baseUrl: upstream.emulator.url, circuitBreaker: false }));
  const { config } = upstream;
  const redactor = createSecretRedactor([API_KEY.secret, AUTH_TOKEN, GATEWAY_TOKEN]);
  const logger = createLogger({ level: 'error', redactor, write: (line) => process.stderr.write(line) });
  const metrics = createGatewayMetrics({ defaultMetrics: false });
  gateway = createGateway({ config, schema, client: sessions.client, logger, metrics, redactor });
  server = createServer((req, res) => void gateway(req, res));
  websockets = serveWebSockets({
    server,
    gateway,
    client: sessions.client,
    passThrough: false,
    corsOrigins: [],
    maxMessageBytes: config.limits.maxBodyBytes,
    logger,
    metrics,
    redactor,
    isDraining: () => false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  url = `${origin}/graphql`;
  upstream.sendWebhooksTo(origin);
  sdk = createSdkClient(upstream.emulator.url, ACCOUNT_SID, AUTH_TOKEN).client;
});

afterEach(async () => {
  await waitForSubscribers(origin, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await websockets?.close(0);
  await new Promise((resolve) => server?.close(resolve));
  await gateway?.dispose();
  await sessions?.client.close();
  await upstream?.emulator.close();
});

const bearer = (identity: string) => `Bearer ${mintAccessToken(identity, upstream.serviceSid)}`;

let sent = 0;
async function send(): Promise<string> {
  sent += 1;
  const body = `Launch checklist ${sent}`;
  await sdk.conversations.v1
    .conversations('product-launch')
    .messages.create({ author: 'alice', body, xTwilioWebhookEnabled: 'true' });
  return body;
}

/**
 * Subscribes, then checks what the subscription holds while it waits: once subscribed, and again
 * after each of two events was delivered to it (with what it selected read from Twilio).
 */
async function expectNothingHeldWhileWaiting(
  open: () => Subscription<{ messageAdded: { body: string; url: string } }>,
): Promise<void> {
  const mark = sessions.mark();
  const subscription = open();
  try {
    await waitForSubscribers(origin, 1);
    const subscribing = sessions.mark() - mark;
    // The subscribing request read Twilio (the conversation, the user's membership) with its one
    // session, and nothing opened another for the subscription to wait with.
    expect(subscribing).toBe(1);
    expect(await sessions.heldSince(mark)).toBe(0);
    for (let event = 0; event < 2; event++) {
      const body = await send();
      const result = await subscription.next(10_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded.body).toBe(body);
      // Read from Twilio for this event: the webhook does not carry it.
      expect(result.data?.messageAdded.url).toMatch(/^https?:\/\//);
      // The event was read with sessions of its own, and the subscription waits for the next one again.
      expect(sessions.mark() - mark).toBeGreaterThan(subscribing);
      expect(await sessions.heldSince(mark)).toBe(0);
    }
  } finally {
    await subscription.close();
  }
}

const DOCUMENT = 'subscription { messageAdded(conversationSid: "product-launch") { body url } }';

describe('a subscription waiting for events', () => {
  it('holds no Twilio session or loaders: an end user over SSE', async () => {
    await expectNothingHeldWhileWaiting(() =>
      subscribeOverSse(url, DOCUMENT, {}, { authorization: bearer('bob') }),
    );
  });

  it('holds no Twilio session or loaders: an end user over a WebSocket', async () => {
    let client: WsClient | undefined;
    try {
      await expectNothingHeldWhileWaiting(() => {
        client = connectOverWebSocket(url, { headers: { authorization: bearer('bob') } });
        return subscribeOverWebSocket(client, DOCUMENT);
      });
    } finally {
      await client?.dispose();
    }
  });

  it('holds no Twilio session or loaders: the account’s own credential over SSE', async () => {
    await expectNothingHeldWhileWaiting(() =>
      subscribeOverSse(url, DOCUMENT, {}, { authorization: `Bearer ${GATEWAY_TOKEN}` }),
    );
  });
});

describe('an end user’s event', () => {
  it('opens one session between the user’s tabs when what they select came with the webhook', async () => {
    // The tabs ask Twilio once between them whether the user is still a participant
    // (src/graphql/event-memberships.ts); the body came with the webhook, so nothing else is read,
    // and nothing should be started only to be dropped.
    // Each tab selects a little differently, so each has its event executed on its own.
    const tabs = ['', 'author', 'index'].map((more) =>
      subscribeOverSse<{ messageAdded: { body: string } }>(
        url,
        `subscription { messageAdded(conversationSid: "product-launch") { body ${more} } }`,
        {},
        { authorization: bearer('bob') },
      ),
    );
    try {
      await waitForSubscribers(origin, tabs.length);
      const mark = sessions.mark();
      const body = await send();
      for (const tab of tabs) expect((await tab.next(10_000)).data?.messageAdded.body).toBe(body);
      expect(sessions.mark() - mark).toBe(1);
    } finally {
      await Promise.all(tabs.map((tab) => tab.close()));
    }
  });
});
