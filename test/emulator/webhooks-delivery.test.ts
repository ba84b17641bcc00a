import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../src/emulator/server.ts';
import { freePort } from '../helpers/ports.ts';
import {
  WEBHOOKS_ENABLED as ENABLED,
  startEmulatorWithReceiver,
  type WebhookHarness,
} from '../helpers/webhook-receiver.ts';

/**
 * Delivery as Twilio does it (docs/twilio-rest-behaviour.md §6.6): after the REST answer, with the
 * timeouts and retries of the URL's connection overrides, then dropped and reported.
 */

const running: WebhookHarness[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(hookPath: string, options: EmulatorOptions = {}): Promise<WebhookHarness> {
  const harness = await startEmulatorWithReceiver(options, hookPath);
  running.push(harness);
  return harness;
}

async function sendMessage(harness: WebhookHarness): Promise<void> {
  const conversation = await harness.rest.call('POST', '/v1/Conversations', {});
  const sent = await harness.rest.call(
    'POST',
    `/v1/Conversations/${conversation.body.sid}/Messages`,
    { Body: 'hello' },
    { headers: ENABLED },
  );
  expect(sent.status).toBe(201);
}

function outcomes(harness: WebhookHarness): string[] {
  return harness.rest.emulator.webhooks.attempts.map(
    (a) => `${a.retryCount} ${a.status ?? '-'} ${a.failure ?? 'ok'} ${a.outcome}`,
  );
}

describe('webhook delivery', () => {
  it('retries a receiver it cannot connect to once, with the same idempotency token, then drops and reports it', async () => {
    const port = await freePort();
    const harness = await start('/unused', { accountWebhook: { url: `http://127.0.0.1:${port}/hook` } });
    await sendMessage(harness);
    await harness.rest.emulator.webhooks.idle();
    const attempts = harness.rest.emulator.webhooks.attempts;
    expect(outcomes(harness)).toEqual(['0 - ct retried', '1 - ct dropped']);
    expect(attempts[0]?.idempotencyToken).toBe(attempts[1]?.idempotencyToken);
    expect(harness.dropped).toEqual([attempts[1]]);
    expect(harness.dropped[0]).toMatchObject({
      eventType: 'onMessageAdded',
      url: `http://127.0.0.1:${port}/hook`,
    });
  });

  it('does not retry a receiver that answers 500, as Twilio retries only connection failures by default', async () => {
    const harness = await start('/hook');
    harness.receiver.behave(() => ({ status: 500 }));
    await sendMessage(harness);
    await harness.rest.emulator.webhooks.idle();
    expect(outcomes(harness)).toEqual(['0 500 5xx dropped']);
    expect(harness.receiver.received).toHaveLength(1);
    expect(harness.dropped).toHaveLength(1);
  });

  it("retries as the URL's rc and rp overrides say, each attempt signed with its RetryCount and the same token", async () => {
    const harness = await start('/hook?x=1#rc=2&rp=5xx');
    harness.receiver.behave((_request, index) => ({ status: index < 2 ? 503 : 204 }));
    await sendMessage(harness);
    const hooks = await harness.receiver.waitFor(3);
    await harness.rest.emulator.webhooks.idle();
    expect(outcomes(harness)).toEqual(['0 503 5xx retried', '1 503 5xx retried', '2 204 ok delivered']);
    expect(hooks.map((hook) => hook.params.RetryCount)).toEqual(['0', '1', '2']);
    expect(new Set(hooks.map((hook) => hook.headers['i-twilio-idempotency-token'])).size).toBe(1);
    for (const hook of hooks) {
      // The fragment never goes on the wire, and is not part of what is signed.
      expect(hook.url).toBe(`${harness.receiver.origin}/hook?x=1`);
      const signature = String(hook.headers['x-twilio-signature']);
      expect(twilio.validateRequest(harness.authToken, signature, hook.url, hook.params)).toBe(true);
    }
    expect(harness.dropped).toEqual([]);
  });

  it('gives up on a receiver that does not answer within the read timeout', async () => {
    const harness = await start('/hook#rt=200&rp=rt');
    harness.receiver.behave(() => 'hang');
    await sendMessage(harness);
    await harness.rest.emulator.webhooks.idle();
    expect(outcomes(harness)).toEqual(['0 - rt retried', '1 - rt dropped']);
    for (const attempt of harness.rest.emulator.webhooks.attempts) {
      expect(attempt.durationMs).toBeGreaterThanOrEqual(150);
      expect(attempt.durationMs).toBeLessThan(2_000);
    }
  });

  it('stops retrying when the total time of the attempts runs out', async () => {
    // The first attempt times out at 600 ms, well before the total time; the second gets only what
    // is left of it. With 600 ms to spare, timers that a busy machine runs late do not let the first
    // attempt use up the total time alone (at rt=300 and tt=450, a 200 ms stall of the event loop
    // during the first attempt left no time for a retry: one attempt, dropped).
    const harness = await start('/hook#rt=600&tt=1200&rc=5&rp=rt');
    harness.receiver.behave(() => 'hang');
    await sendMessage(harness);
    await harness.rest.emulator.webhooks.idle();
    expect(outcomes(harness)).toEqual(['0 - rt retried', '1 - rt dropped']);
    expect(harness.receiver.received).toHaveLength(2);
  });

  it('waits at most 5 s for an answer, whatever rt asks for', async () => {
    const { parseWebhookUrl } = await import('../../src/emulator/webhooks/connection.ts');
    expect(parseWebhookUrl('https://example.com/hook#rt=15000').settings.readTimeoutMs).toBe(5_000);
    expect(parseWebhookUrl('https://example.com/hook#rt=20').settings.readTimeoutMs).toBe(5_000);
    expect(parseWebhookUrl('https://example.com/hook#rt=800&rp=4xx,ct').settings).toMatchObject({
      readTimeoutMs: 800,
      retryPolicy: new Set(['4xx', 'ct']),
    });
  });

  it('drops and reports webhooks past the queue bound while the receiver hangs', async () => {
    const harness = await start('/hook', { maxWebhooksInFlight: 1, maxWebhooksQueued: 2 });
    harness.receiver.behave(() => 'hang');
    const conversation = await harness.rest.call('POST', '/v1/Conversations', {});
    for (let i = 0; i < 5; i += 1) {
      await harness.rest.call(
        'POST',
        `/v1/Conversations/${conversation.body.sid}/Messages`,
        { Body: `message ${i}` },
        { headers: ENABLED },
      );
    }
    await harness.receiver.waitFor(1);
    // One in flight, two waiting, two turned away.
    expect(outcomes(harness)).toEqual(['0 - other dropped', '0 - other dropped']);
    expect(harness.dropped.map((attempt) => attempt.error)).toEqual([
      'too many webhooks waiting to be sent',
      'too many webhooks waiting to be sent',
    ]);
  });

  it('answers REST calls at once while the receiver hangs', async () => {
    const harness = await start('/hook');
    harness.receiver.behave(() => 'hang');
    const conversation = await harness.rest.call('POST', '/v1/Conversations', {});
    const durations: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      const sent = await harness.rest.call(
        'POST',
        `/v1/Conversations/${conversation.body.sid}/Messages`,
        { Body: `message ${i}` },
        { headers: ENABLED },
      );
      durations.push(performance.now() - started);
      expect(sent.status).toBe(201);
    }
    // Ten webhooks are waiting on a receiver that never answers (Twilio waits 5 s for each).
    await harness.receiver.waitFor(10);
    expect(harness.rest.emulator.webhooks.attempts).toEqual([]);
    expect(Math.max(...durations)).toBeLessThan(1_000);
  });
});
