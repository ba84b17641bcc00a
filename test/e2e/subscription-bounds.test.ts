import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import type { RunningServer } from '../../src/server/main.ts';
import { type Subscription, subscribeOverSse, waitForSubscribers } from '../helpers/subscriptions.ts';
import { createConversation, startWebhookGateway } from '../helpers/webhook-gateway.ts';
import { messageAddedFields, sid, signedWebhook } from '../helpers/webhooks.ts';

/**
 * The subscription bounds as a client meets them over HTTP, and as an operator reads them in
 * /metrics: subscriptions per credential, and events kept for a subscriber that does not keep up.
 * Each event's message is read from an emulator that answers after 1 s, so a burst of webhooks
 * outruns the subscriber by construction.
 */
const LATENCY_MS = 1_000;
let emulator: RunningEmulator;
let gateway: RunningServer;
let authorization: string;
let conversationSid: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, faults: { latencyMs: LATENCY_MS } });
  ({ gateway, authorization } = await startWebhookGateway(emulator, {
    MAX_SUBSCRIPTIONS_PER_CREDENTIAL: '2',
    MAX_BUFFERED_EVENTS: '2',
  }));
  conversationSid = await createConversation(emulator, 'Bounds');
});

afterAll(async () => {
  await gateway?.close();
  await emulator?.close();
});

async function metrics(): Promise<string> {
  return (await fetch(`${gateway.url}/metrics`)).text();
}

function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

type Added = { messageAdded: { sid: string; body: string; conversation?: { sid: string } } };

const subscribe = (selection: string, headers: Record<string, string> = { authorization }) =>
  subscribeOverSse<Added>(
    `${gateway.url}/graphql`,
    `subscription ($sid: String!) { messageAdded(conversationSid: $sid) { ${selection} } }`,
    { sid: conversationSid },
    headers,
  );

describe('subscription bounds', () => {
  it('publishes the configured bounds in /metrics', async () => {
    const text = await metrics();
    expect(value(text, 'gateway_subscriptions_limit{bound="per_connection"}')).toBe(50);
    expect(value(text, 'gateway_subscriptions_limit{bound="per_credential"}')).toBe(2);
    expect(value(text, 'gateway_subscriptions_limit{bound="buffered_events"}')).toBe(2);
  });

  it('refuses a credential’s subscription past MAX_SUBSCRIPTIONS_PER_CREDENTIAL, and shows the busiest credential in /metrics', async () => {
    const held: Array<Subscription<Added>> = [subscribe('sid'), subscribe('sid')];
    try {
      await waitForSubscribers(gateway.url, 2);
      const third = subscribe('sid');
      try {
        const refused = await third.next(5_000);
        expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
        expect(refused.errors?.[0]?.message).toBe(
          'At most 2 subscriptions per credential (the account or API key credentials, or the gateway token, sent in Authorization).',
        );
      } finally {
        await third.close();
      }
      const text = await metrics();
      expect(value(text, 'gateway_subscriptions_refused_total{reason="credential-limit"}')).toBe(1);
      expect(value(text, 'gateway_subscriptions_busiest{scope="credential"}')).toBe(2);
      // Over SSE each subscription has a connection of its own.
      expect(value(text, 'gateway_subscriptions_busiest{scope="connection"}')).toBe(1);
    } finally {
      for (const subscription of held) await subscription.close();
    }
    await waitForSubscribers(gateway.url, 0, { exactly: true });
    const after = await metrics();
    expect(value(after, 'gateway_subscriptions_busiest{scope="credential"}')).toBe(0);
  });

  it('keeps the newest MAX_BUFFERED_EVENTS of a subscriber that falls behind, counting the dropped ones and the ones waiting', async () => {
    // Reading the conversation makes each event cost one emulator answer (1 s).
    const slow = subscribe('sid body conversation { sid }');
    try {
      await waitForSubscribers(gateway.url, 1);
      const account = emulator.accounts[0];
      if (!account) throw new Error('no emulator account');
      for (let n = 1; n <= 6; n++) {
        const webhook = signedWebhook({
          url: `${gateway.url}/webhooks/twilio`,
          account,
          idempotencyToken: randomUUID(),
          fields: messageAddedFields({ conversationSid, messageSid: sid('IM', n), index: n, body: `#${n}` }),
        });
        expect((await fetch(webhook.url, webhook.init)).status).toBe(200);
      }
      // The first is being read; of the five behind it, the newest two wait and three were dropped.
      const during = await metrics();
      expect(value(during, 'gateway_subscription_events_dropped_total')).toBe(3);
      expect(value(during, 'gateway_subscription_events_buffered')).toBe(2);
      expect(value(during, 'gateway_subscription_events_buffered_max')).toBe(2);

      const bodies: string[] = [];
      for (let n = 0; n < 3; n++) bodies.push((await slow.next(5_000)).data?.messageAdded.body ?? '');
      expect(bodies).toEqual(['#1', '#5', '#6']);
      const caughtUp = await metrics();
      expect(value(caughtUp, 'gateway_subscription_events_buffered')).toBe(0);
    } finally {
      await slow.close();
    }
  });
});
