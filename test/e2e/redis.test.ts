import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import type { RunningServer } from '../../src/server/main.ts';
import { type RedisServer, startRedisServer } from '../helpers/redis-server.ts';
import { type Subscription, subscribeOverSse, waitForSubscribers } from '../helpers/subscriptions.ts';
import { createConversation, startWebhookGateway } from '../helpers/webhook-gateway.ts';
import { messageAddedFields, sid, signedWebhook } from '../helpers/webhooks.ts';

/**
 * Two gateway instances sharing a real redis-server, as behind a load balancer: Twilio's webhook
 * reaches one of them, the subscriber is connected to the other.
 */
let redis: RedisServer;
let emulator: RunningEmulator;
let a: RunningServer;
let b: RunningServer;
let authorization: string;
let conversationSid: string;

const account = () => {
  const first = emulator.accounts[0];
  if (!first) throw new Error('no emulator account');
  return first;
};

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = await startEmulator({ port: 0 });
  const instances = await Promise.all([
    startWebhookGateway(emulator, { REDIS_URL: redis.url }),
    startWebhookGateway(emulator, { REDIS_URL: redis.url }),
  ]);
  [a, b] = instances.map((instance) => instance.gateway) as [RunningServer, RunningServer];
  authorization = instances[0].authorization;
  conversationSid = await createConversation(emulator, 'Across instances');
  // Each instance connects to Redis on its own once it listens, and refuses subscriptions until
  // then; on a busy machine that can outlast the first test's wait.
  for (const instance of [a, b]) await (await subscribeWhenAvailable(instance.url, 15_000)).close();
}, 60_000);

afterEach(async () => {
  // A subscriber that went away leaves nothing running on either instance.
  await waitForSubscribers(a.url, 0, { exactly: true, timeoutMs: 5_000 });
  await waitForSubscribers(b.url, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await emulator?.close();
  await redis?.stop();
});

type MessageAdded = { messageAdded: { sid: string; body: string } };

const subscribe = (gatewayUrl: string): Subscription<MessageAdded> =>
  subscribeOverSse<MessageAdded>(
    `${gatewayUrl}/graphql`,
    'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid body } }',
    { sid: conversationSid },
    { authorization },
  );

/** Sends an `onMessageAdded` webhook to one instance, signed for the URL it is sent to. */
async function sendTo(
  gatewayUrl: string,
  message: { n: number; body: string },
  idempotencyToken: string = randomUUID(),
): Promise<{ status: number; text: string }> {
  const webhook = signedWebhook({
    url: `${gatewayUrl}/webhooks/twilio`,
    account: account(),
    idempotencyToken,
    fields: messageAddedFields({
      conversationSid,
      messageSid: sid('IM', message.n),
      index: message.n,
      body: message.body,
    }),
  });
  const response = await fetch(webhook.url, webhook.init);
  return { status: response.status, text: await response.text() };
}

async function metric(gatewayUrl: string, line: RegExp): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  return Number(line.exec(text)?.[1] ?? 0);
}

describe('two instances over a real Redis', () => {
  it('deliver a webhook received by instance A to a subscriber on instance B within 1 s', async () => {
    const subscription = subscribe(b.url);
    try {
      await waitForSubscribers(b.url, 1);
      const sentAt = performance.now();
      expect((await sendTo(a.url, { n: 1, body: 'sent to A' })).status).toBe(200);
      const result = await subscription.next(1_000);
      expect(performance.now() - sentAt).toBeLessThan(1_000);
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded).toEqual({ sid: sid('IM', 1), body: 'sent to A' });
    } finally {
      await subscription.close();
    }
  });

  it('publish a webhook retried to the other instance once: the idempotency token is shared', async () => {
    const onA = subscribe(a.url);
    const onB = subscribe(b.url);
    try {
      await waitForSubscribers(a.url, 1);
      await waitForSubscribers(b.url, 1);
      const token = randomUUID();
      expect(await sendTo(a.url, { n: 2, body: 'once' }, token)).toEqual({
        status: 200,
        text: 'Received.\n',
      });
      // Twilio's retry of the same webhook, which the load balancer sends to the other instance.
      expect(await sendTo(b.url, { n: 2, body: 'once' }, token)).toEqual({
        status: 200,
        text: 'Already received.\n',
      });
      expect(await sendTo(b.url, { n: 3, body: 'next' })).toEqual({ status: 200, text: 'Received.\n' });
      for (const subscription of [onA, onB]) {
        expect((await subscription.next(1_000)).data?.messageAdded.body).toBe('once');
        // The next event is the next webhook, not the repeat of the first.
        expect((await subscription.next(1_000)).data?.messageAdded.body).toBe('next');
      }
      expect(await metric(b.url, /^gateway_webhooks_total\{outcome="duplicate"\} (\d+)/m)).toBe(1);
    } finally {
      await onA.close();
      await onB.close();
    }
  });

  it('end subscriptions with a clear error while Redis is down, keep answering queries, and serve new subscriptions once it is back', async () => {
    const subscription = subscribe(b.url);
    try {
      await waitForSubscribers(b.url, 1);
      await redis.stop();

      const interrupted = await subscription.next(5_000);
      expect(interrupted.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_INTERRUPTED');
      expect(interrupted.errors?.[0]?.message).toMatch(/interrupted.*subscribe again/);

      // Queries do not need Redis.
      const query = await fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({
          query: 'query ($sid: String!) { conversation(sid: $sid) { friendlyName } }',
          variables: { sid: conversationSid },
        }),
      });
      expect(await query.json()).toEqual({ data: { conversation: { friendlyName: 'Across instances' } } });

      // A webhook that cannot be published is refused, so that Twilio retries it.
      expect((await sendTo(a.url, { n: 4, body: 'lost?' })).status).toBe(503);

      // A new subscriber is told at once, rather than left waiting for events that cannot come.
      const refused = subscribe(b.url);
      try {
        const answer = await refused.next(5_000);
        expect(answer.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTIONS_UNAVAILABLE');
      } finally {
        await refused.close();
      }
      expect(
        await metric(b.url, /^gateway_subscriptions_refused_total\{reason="unavailable"\} (\d+)/m),
      ).toBeGreaterThanOrEqual(1);
    } finally {
      await subscription.close();
    }

    await redis.restart();
    // Both instances reconnect on their own (backing off to 2 s between attempts).
    const again = await subscribeWhenAvailable(b.url, 15_000);
    try {
      const deadline = Date.now() + 15_000;
      let sent = await sendTo(a.url, { n: 5, body: 'after the outage' });
      while (sent.status === 503 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        sent = await sendTo(a.url, { n: 5, body: 'after the outage' });
      }
      expect(sent.status).toBe(200);
      expect((await again.next(1_000)).data?.messageAdded.body).toBe('after the outage');
    } finally {
      await again.close();
    }
  }, 60_000);
});

/** Subscribes until the instance takes the subscription (it is refused while Redis is away). */
async function subscribeWhenAvailable(
  gatewayUrl: string,
  timeoutMs: number,
): Promise<Subscription<MessageAdded>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const subscription = subscribe(gatewayUrl);
    // Counted on /metrics once taken; a refused one ends at once and is never counted. (Reading
    // the subscription here would take the event the caller waits for.)
    const taken = await waitForSubscribers(gatewayUrl, 1, { timeoutMs: 1_000 }).then(
      () => true,
      () => false,
    );
    if (taken) return subscription;
    await subscription.close();
    if (Date.now() > deadline) throw new Error(`no subscription taken within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
