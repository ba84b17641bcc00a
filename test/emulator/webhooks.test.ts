import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEmulatorArgs } from '../../src/emulator/main.ts';
import type { EmulatorOptions } from '../../src/emulator/server.ts';
import type { WebhookAttempt } from '../../src/emulator/webhooks/dispatcher.ts';
import { type RestClient, startTestEmulator } from '../helpers/emulator.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.ts';

const ENABLED = { 'X-Twilio-Webhook-Enabled': 'true' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Harness {
  rest: RestClient;
  receiver: WebhookReceiver;
  accountSid: string;
  authToken: string;
  dropped: WebhookAttempt[];
}

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function start(options: EmulatorOptions = {}, hookPath = '/hooks/twilio'): Promise<Harness> {
  const receiver = await startWebhookReceiver();
  const dropped: WebhookAttempt[] = [];
  const rest = await startTestEmulator({
    accountWebhook: { url: `${receiver.origin}${hookPath}` },
    onWebhookDropped: (attempt) => dropped.push(attempt),
    ...options,
  });
  cleanups.push(
    () => rest.emulator.close(),
    () => receiver.close(),
  );
  const account = rest.emulator.accounts[0];
  if (!account) throw new Error('no account');
  return { rest, receiver, accountSid: account.accountSid, authToken: account.authToken, dropped };
}

async function createConversation(rest: RestClient, headers: Record<string, string> = {}): Promise<string> {
  const response = await rest.call('POST', '/v1/Conversations', { FriendlyName: 'Webhooks' }, { headers });
  expect(response.status).toBe(201);
  return String(response.body.sid);
}

describe('account-level post-event webhooks', () => {
  it('sends onMessageAdded, form-encoded and signed, for a REST message sent with X-Twilio-Webhook-Enabled', async () => {
    const { rest, receiver, accountSid, authToken } = await start({
      now: () => Date.parse('2026-05-01T12:00:00.250Z'),
    });
    const conversation = await createConversation(rest);
    await rest.call('POST', `/v1/Conversations/${conversation}/Participants`, { Identity: 'alice' });
    const sent = await rest.call(
      'POST',
      `/v1/Conversations/${conversation}/Messages`,
      { Author: 'alice', Body: 'hello there', Attributes: '{"a":1}' },
      { headers: ENABLED },
    );
    expect(sent.status).toBe(201);

    const [hook] = await receiver.waitFor(1);
    if (!hook) throw new Error('no webhook');
    expect(hook.method).toBe('POST');
    expect(hook.url).toBe(`${receiver.origin}/hooks/twilio`);
    expect(hook.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(hook.headers['i-twilio-idempotency-token']).toMatch(UUID);
    expect(hook.params).toEqual({
      AccountSid: accountSid,
      EventType: 'onMessageAdded',
      Source: 'API',
      RetryCount: '0',
      ConversationSid: conversation,
      MessageSid: sent.body.sid,
      Index: '0',
      DateCreated: '2026-05-01T12:00:00.250Z',
      Body: 'hello there',
      Author: 'alice',
      ParticipantSid: sent.body.participant_sid,
      Attributes: '{"a":1}',
    });
    const signature = String(hook.headers['x-twilio-signature']);
    expect(twilio.validateRequest(authToken, signature, hook.url, hook.params)).toBe(true);
    expect(twilio.validateRequest('another-token', signature, hook.url, hook.params)).toBe(false);
    expect(twilio.validateRequest(authToken, signature, hook.url, { ...hook.params, Body: 'forged' })).toBe(
      false,
    );
  });

  it('sends nothing for a REST change made without X-Twilio-Webhook-Enabled: true', async () => {
    const { rest, receiver } = await start();
    const conversation = await createConversation(rest);
    await rest.call('POST', `/v1/Conversations/${conversation}/Messages`, { Body: 'quiet' });
    await rest.call(
      'POST',
      `/v1/Conversations/${conversation}/Messages`,
      { Body: 'still quiet' },
      { headers: { 'X-Twilio-Webhook-Enabled': 'false' } },
    );
    await rest.call(
      'POST',
      `/v1/Conversations/${conversation}/Messages`,
      { Body: 'loud' },
      { headers: ENABLED },
    );
    await rest.emulator.webhooks.idle();
    expect(receiver.received.map((hook) => hook.params.Body)).toEqual(['loud']);
  });

  it('sends nothing for a request that fails', async () => {
    const { rest, receiver } = await start();
    const conversation = await createConversation(rest);
    const refused = await rest.call(
      'POST',
      `/v1/Conversations/${conversation}/Messages`,
      {},
      { headers: ENABLED },
    );
    expect(refused.status).toBe(400);
    await rest.emulator.webhooks.idle();
    expect(receiver.received).toEqual([]);
  });

  it('answers REST calls at once while the receiver hangs', async () => {
    const { rest, receiver } = await start();
    receiver.behave(() => 'hang');
    const conversation = await createConversation(rest);
    const durations: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      const sent = await rest.call(
        'POST',
        `/v1/Conversations/${conversation}/Messages`,
        { Body: `message ${i}` },
        { headers: ENABLED },
      );
      durations.push(performance.now() - started);
      expect(sent.status).toBe(201);
    }
    // Ten webhooks are waiting on a receiver that never answers (Twilio waits 5 s for each).
    await receiver.waitFor(10);
    expect(rest.emulator.webhooks.attempts).toEqual([]);
    expect(Math.max(...durations)).toBeLessThan(1_000);
  });

  it('points the account webhook at a URL while running, with chosen filters and method', async () => {
    const { rest, receiver } = await start({ accountWebhook: undefined });
    const conversation = await createConversation(rest);
    rest.emulator.webhooks.configureAccountWebhook({
      url: `${receiver.origin}/get-hook?tenant=1`,
      method: 'GET',
      filters: ['onMessageAdded'],
    });
    const configuration = await rest.call('GET', '/v1/Configuration/Webhooks');
    expect(configuration.body).toMatchObject({
      method: 'GET',
      filters: ['onMessageAdded'],
      post_webhook_url: `${receiver.origin}/get-hook?tenant=1`,
      target: 'webhook',
    });
    await rest.call(
      'POST',
      `/v1/Conversations/${conversation}/Messages`,
      { Body: 'via GET' },
      { headers: ENABLED },
    );
    const [hook] = await receiver.waitFor(1);
    if (!hook) throw new Error('no webhook');
    expect(hook.method).toBe('GET');
    expect(hook.body).toBe('');
    expect(hook.url.startsWith(`${receiver.origin}/get-hook?tenant=1&`)).toBe(true);
    expect(hook.params).toMatchObject({ tenant: '1', EventType: 'onMessageAdded', Body: 'via GET' });
    const { authToken } = rest.emulator.accounts[0] ?? { authToken: '' };
    expect(twilio.validateRequest(authToken, String(hook.headers['x-twilio-signature']), hook.url, {})).toBe(
      true,
    );
  });
});

describe('the emulator command line', () => {
  it('points the account webhook at --post-webhook-url with --webhook-filters and --webhook-method', () => {
    expect(
      parseEmulatorArgs([
        '--post-webhook-url',
        'http://127.0.0.1:4000/webhooks/twilio',
        '--webhook-filters',
        'onMessageAdded, onParticipantAdded',
        '--webhook-method',
        'get',
      ]),
    ).toMatchObject({
      options: {
        accountWebhook: {
          url: 'http://127.0.0.1:4000/webhooks/twilio',
          filters: ['onMessageAdded', 'onParticipantAdded'],
          method: 'GET',
        },
      },
    });
    expect(parseEmulatorArgs(['--post-webhook-url', 'http://127.0.0.1:4000/hook'])).toMatchObject({
      options: { accountWebhook: { url: 'http://127.0.0.1:4000/hook' } },
    });
  });

  it('reports every bad webhook flag at once', () => {
    expect(
      parseEmulatorArgs([
        '--post-webhook-url',
        'ftp://example.com/hook',
        '--webhook-filters',
        'onMessageAdd,onMessageSent',
        '--webhook-method',
        'PUT',
      ]),
    ).toEqual({
      errors: [
        expect.stringContaining('--post-webhook-url must be an http(s) URL'),
        expect.stringContaining('"onMessageAdd" is not one of'),
        expect.stringContaining('"onMessageSent" is not one of'),
        expect.stringContaining('--webhook-method must be GET or POST'),
      ],
    });
    expect(parseEmulatorArgs(['--webhook-filters', 'onMessageAdded'])).toEqual({
      errors: [expect.stringContaining('need --post-webhook-url')],
    });
  });
});
