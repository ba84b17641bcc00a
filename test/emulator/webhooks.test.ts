import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEmulatorArgs } from '../../src/emulator/main.ts';
import type { EmulatorOptions } from '../../src/emulator/server.ts';
import type { RestClient } from '../helpers/emulator.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';
import {
  startEmulatorWithReceiver,
  WEBHOOKS_ENABLED,
  type WebhookHarness,
} from '../helpers/webhook-receiver.ts';

const ENABLED = WEBHOOKS_ENABLED;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const running: WebhookHarness[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()));
});

async function start(options: EmulatorOptions = {}, hookPath?: string): Promise<WebhookHarness> {
  const harness = await startEmulatorWithReceiver(options, hookPath);
  running.push(harness);
  return harness;
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

  it('fires for changes the official SDK makes with xTwilioWebhookEnabled', async () => {
    const { rest, receiver, accountSid, authToken } = await start();
    const { client } = createSdkClient(rest.emulator.url, accountSid, authToken);
    const conversation = await client.conversations.v1.conversations.create({ friendlyName: 'SDK' });
    const message = await client.conversations.v1
      .conversations(conversation.sid)
      .messages.create({ body: 'from the SDK', xTwilioWebhookEnabled: 'true' });
    const [hook] = await receiver.waitFor(1);
    await rest.emulator.webhooks.idle();
    expect(receiver.received).toHaveLength(1);
    expect(hook?.params).toMatchObject({
      EventType: 'onMessageAdded',
      MessageSid: message.sid,
      Body: 'from the SDK',
    });
    expect(
      twilio.validateRequest(
        authToken,
        String(hook?.headers['x-twilio-signature']),
        String(hook?.url),
        hook?.params ?? {},
      ),
    ).toBe(true);
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

const COMMON = ['AccountSid', 'EventType', 'RetryCount', 'Source'];
const SMS_ADDRESS = '+15551230001';
const PROXY_ADDRESS = '+15559870001';
const MESSAGING_SERVICE_SID = `MG${'4'.repeat(32)}`;

/** The documented fields of each event (docs/twilio-rest-behaviour.md §6.3) that the scenario below fills. */
const FIELDS: Record<string, string[]> = {
  onUserAdded: [
    'ChatServiceSid',
    'UserSid',
    'DateCreated',
    'Identity',
    'RoleSid',
    'Attributes',
    'FriendlyName',
  ],
  onUserUpdated: [
    'ChatServiceSid',
    'UserSid',
    'DateCreated',
    'DateUpdated',
    'Identity',
    'RoleSid',
    'Attributes',
    'FriendlyName',
  ],
  onConversationAdded: [
    'ConversationSid',
    'DateCreated',
    'DateUpdated',
    'FriendlyName',
    'UniqueName',
    'Attributes',
    'ChatServiceSid',
    'MessagingServiceSid',
    'State',
  ],
  onConversationUpdated: [
    'ConversationSid',
    'DateCreated',
    'DateUpdated',
    'FriendlyName',
    'UniqueName',
    'Attributes',
    'ChatServiceSid',
    'MessagingServiceSid',
    'State',
  ],
  onConversationRemoved: [
    'ConversationSid',
    'DateCreated',
    'DateUpdated',
    'DateRemoved',
    'FriendlyName',
    'UniqueName',
    'Attributes',
    'ChatServiceSid',
    'MessagingServiceSid',
    'State',
  ],
  onConversationStateUpdated: [
    'ChatServiceSid',
    'StateUpdated',
    'StateFrom',
    'StateTo',
    'ConversationSid',
    'Reason',
    'MessagingServiceSid',
  ],
  onMessageAdded: [
    'ConversationSid',
    'MessageSid',
    'MessagingServiceSid',
    'Index',
    'DateCreated',
    'Body',
    'Author',
    'ParticipantSid',
    'Attributes',
  ],
  onMessageUpdated: [
    'ConversationSid',
    'MessageSid',
    'Index',
    'DateCreated',
    'DateUpdated',
    'Body',
    'Author',
    'ParticipantSid',
    'Attributes',
  ],
  onMessageRemoved: [
    'ConversationSid',
    'MessageSid',
    'Index',
    'DateCreated',
    'DateUpdated',
    'DateRemoved',
    'Body',
    'Author',
    'ParticipantSid',
    'Attributes',
  ],
  onParticipantAdded: [
    'ConversationSid',
    'ParticipantSid',
    'DateCreated',
    'Identity',
    'RoleSid',
    'Attributes',
    'MessagingBinding.Type',
  ],
  onParticipantUpdated: [
    'ConversationSid',
    'ParticipantSid',
    'DateCreated',
    'DateUpdated',
    'RoleSid',
    'Attributes',
    'LastReadMessageIndex',
    'MessagingBinding.Address',
    'MessagingBinding.ProxyAddress',
    'MessagingBinding.Type',
  ],
  onParticipantRemoved: [
    'ConversationSid',
    'ParticipantSid',
    'DateCreated',
    'DateUpdated',
    'DateRemoved',
    'RoleSid',
    'Attributes',
    'MessagingBinding.Address',
    'MessagingBinding.ProxyAddress',
    'MessagingBinding.Type',
  ],
  onDeliveryUpdated: [
    'ConversationSid',
    'ChatServiceSid',
    'MessageSid',
    'DeliveryReceiptSid',
    'ChannelMessageSid',
    'ParticipantSid',
    'Status',
    'ErrorCode',
    'DateCreated',
    'DateUpdated',
  ],
};

describe('every post-event type', () => {
  it('is sent with its documented fields, and the official SDK validates every signature', async () => {
    let clock = Date.parse('2026-05-01T12:00:00.125Z');
    const { rest, receiver, authToken } = await start({ now: () => clock });
    const call = (method: 'POST' | 'DELETE', path: string, params: Record<string, string> = {}) => {
      clock += 1_000;
      return rest.call(method, path, params, { headers: ENABLED });
    };
    await call('POST', '/v1/Users', { Identity: 'alice', FriendlyName: 'Alice' });
    await call('POST', '/v1/Users/alice', { FriendlyName: 'Alice Johnson' });
    const created = await call('POST', '/v1/Conversations', {
      FriendlyName: 'Order 7',
      UniqueName: 'order-7',
      MessagingServiceSid: MESSAGING_SERVICE_SID,
    });
    const ch = `/v1/Conversations/${created.body.sid}`;
    await call('POST', ch, { FriendlyName: 'Order #7' });
    await call('POST', `${ch}/Participants`, { Identity: 'alice' });
    const sms = await call('POST', `${ch}/Participants`, {
      'MessagingBinding.Address': SMS_ADDRESS,
      'MessagingBinding.ProxyAddress': PROXY_ADDRESS,
    });
    const message = await call('POST', `${ch}/Messages`, { Author: 'alice', Body: 'Your order shipped' });
    const im = `${ch}/Messages/${message.body.sid}`;
    const receipts = await rest.call<{ delivery_receipts: Array<{ sid: string }> }>('GET', `${im}/Receipts`);
    const receipt = receipts.body.delivery_receipts[0]?.sid;
    // The carrier's report is not a REST change: it fires without the header.
    clock += 1_000;
    const delivered = await rest.call('POST', `/_emulator${im.slice(3)}/Receipts/${receipt}`, {
      Status: 'delivered',
    });
    expect(delivered.status).toBe(200);
    await call('POST', im, { Body: 'Your order has shipped' });
    await call('POST', `${ch}/Participants/${sms.body.sid}`, { LastReadMessageIndex: '0' });
    await call('POST', ch, { State: 'inactive' });
    await call('DELETE', im);
    await call('DELETE', `${ch}/Participants/${sms.body.sid}`);
    await call('DELETE', ch);

    const hooks = await receiver.waitFor(15);
    await rest.emulator.webhooks.idle();
    expect(receiver.received).toHaveLength(15);
    const types = hooks.map((hook) => hook.params.EventType as string);
    expect(new Set(types)).toEqual(new Set(Object.keys(FIELDS)));
    for (const hook of hooks) {
      const type = hook.params.EventType as string;
      const expected = [...COMMON, ...(FIELDS[type] ?? [])];
      if (type === 'onParticipantAdded' && hook.params.Identity === undefined)
        expected.splice(
          expected.indexOf('Identity'),
          1,
          'MessagingBinding.Address',
          'MessagingBinding.ProxyAddress',
        );
      if (type === 'onConversationUpdated' && hook.params.State === 'inactive')
        expect(hook.params.FriendlyName).toBe('Order #7');
      expect({ type, keys: Object.keys(hook.params).sort() }).toEqual({ type, keys: expected.sort() });
      const signature = String(hook.headers['x-twilio-signature']);
      expect({ type, valid: twilio.validateRequest(authToken, signature, hook.url, hook.params) }).toEqual({
        type,
        valid: true,
      });
    }
    const byType = (type: string) => hooks.filter((hook) => hook.params.EventType === type);
    expect(byType('onConversationStateUpdated')[0]?.params).toMatchObject({
      StateFrom: 'active',
      StateTo: 'inactive',
      Reason: 'API',
      StateUpdated: '2026-05-01T12:00:11.125Z',
    });
    expect(byType('onParticipantAdded').map((hook) => hook.params['MessagingBinding.Type'])).toEqual(
      expect.arrayContaining(['CHAT', 'SMS']),
    );
    expect(byType('onDeliveryUpdated')[0]?.params).toMatchObject({
      Status: 'delivered',
      ErrorCode: '0',
      DeliveryReceiptSid: receipt,
      MessageSid: message.body.sid,
      ParticipantSid: sms.body.sid,
    });
    expect(byType('onMessageRemoved')[0]?.params).toMatchObject({
      Body: 'Your order has shipped',
      DateRemoved: '2026-05-01T12:00:12.125Z',
    });
    expect(byType('onUserUpdated')[0]?.params).toMatchObject({
      FriendlyName: 'Alice Johnson',
      Identity: 'alice',
    });
    expect(new Set(hooks.map((hook) => hook.headers['i-twilio-idempotency-token'])).size).toBe(15);
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
