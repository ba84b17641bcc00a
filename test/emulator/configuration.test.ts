import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RestClient, startTestEmulator, type TwilioError } from '../helpers/emulator.ts';

interface Configuration {
  account_sid: string;
  default_chat_service_sid: string;
  default_messaging_service_sid: string | null;
  default_inactive_timer: string | null;
  default_closed_timer: string | null;
  url: string;
  links: Record<string, string>;
}

interface ConfigurationWebhook {
  account_sid: string;
  method: string;
  filters: string[];
  pre_webhook_url: string | null;
  post_webhook_url: string | null;
  target: string;
  url: string;
}

// The configuration is one object per account, so every test gets its own emulator.
let rest: RestClient;

beforeEach(async () => {
  rest = await startTestEmulator();
});

afterEach(async () => {
  await rest.emulator.close();
});

describe('account configuration', () => {
  it('names the default service and links to its configuration and the webhooks', async () => {
    const response = await rest.call<Configuration>('GET', '/v1/Configuration');
    expect(response.status).toBe(200);
    const services = await rest.call<{ services: Array<{ sid: string }> }>('GET', '/v1/Services');
    const defaultService = services.body.services[0]?.sid;
    expect(response.body).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      default_chat_service_sid: defaultService,
      default_messaging_service_sid: null,
      default_inactive_timer: null,
      default_closed_timer: null,
      url: `${rest.emulator.url}/v1/Configuration`,
      links: {
        service: `${rest.emulator.url}/v1/Services/${defaultService}/Configuration`,
        webhooks: `${rest.emulator.url}/v1/Configuration/Webhooks`,
      },
    });
  });

  it('switches the default service, which the short routes then act on', async () => {
    const created = await rest.call<{ sid: string }>('POST', '/v1/Services', { FriendlyName: 'New default' });
    const updated = await rest.call<Configuration>('POST', '/v1/Configuration', {
      DefaultChatServiceSid: created.body.sid,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.default_chat_service_sid).toBe(created.body.sid);
    expect(updated.body.links.service).toBe(
      `${rest.emulator.url}/v1/Services/${created.body.sid}/Configuration`,
    );
    const conversation = await rest.call<{ chat_service_sid: string }>('POST', '/v1/Conversations', {});
    expect(conversation.body.chat_service_sid).toBe(created.body.sid);
  });

  it('refuses a default service that is not a service of this account', async () => {
    const unknown = await rest.call<TwilioError>('POST', '/v1/Configuration', {
      DefaultChatServiceSid: `IS${'0'.repeat(32)}`,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe(50050);
    const malformed = await rest.call<TwilioError>('POST', '/v1/Configuration', {
      DefaultChatServiceSid: 'nope',
    });
    expect(malformed.body.code).toBe(50050);
  });

  it('sets the default messaging service and timers, and clears them with empty values', async () => {
    const messagingService = `MG${'1'.repeat(32)}`;
    const updated = await rest.call<Configuration>('POST', '/v1/Configuration', {
      DefaultMessagingServiceSid: messagingService,
      DefaultInactiveTimer: 'PT1M',
      DefaultClosedTimer: 'PT10M',
    });
    expect(updated.body.default_messaging_service_sid).toBe(messagingService);
    expect(updated.body.default_inactive_timer).toBe('PT1M');
    expect(updated.body.default_closed_timer).toBe('PT10M');
    const fetched = await rest.call<Configuration>('GET', '/v1/Configuration');
    expect(fetched.body).toEqual(updated.body);
    const conversation = await rest.call<{ messaging_service_sid: string; timers: Record<string, string> }>(
      'POST',
      '/v1/Conversations',
      {},
    );
    expect(conversation.body.messaging_service_sid).toBe(messagingService);
    expect(Object.keys(conversation.body.timers).sort()).toEqual(['date_closed', 'date_inactive']);

    const cleared = await rest.call<Configuration>('POST', '/v1/Configuration', {
      DefaultMessagingServiceSid: '',
      DefaultInactiveTimer: '',
      DefaultClosedTimer: '',
    });
    expect(cleared.body.default_messaging_service_sid).toBeNull();
    expect(cleared.body.default_inactive_timer).toBeNull();
    expect(cleared.body.default_closed_timer).toBeNull();
  });

  it('validates the messaging service SID and the timer durations', async () => {
    const cases: Array<[Record<string, string>, number]> = [
      [{ DefaultMessagingServiceSid: 'MG123' }, 50341],
      [{ DefaultInactiveTimer: 'ten minutes' }, 50379],
      [{ DefaultInactiveTimer: 'PT30S' }, 50375],
      [{ DefaultClosedTimer: 'soon' }, 50380],
      [{ DefaultClosedTimer: 'PT5M' }, 50376],
    ];
    for (const [params, code] of cases) {
      const response = await rest.call<TwilioError>('POST', '/v1/Configuration', params);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
    }
    const unchanged = await rest.call<Configuration>('GET', '/v1/Configuration');
    expect(unchanged.body.default_inactive_timer).toBeNull();
  });
});

describe('account webhook configuration', () => {
  it('starts with POST, no filters, no URLs and the webhook target', async () => {
    const response = await rest.call<ConfigurationWebhook>('GET', '/v1/Configuration/Webhooks');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      account_sid: rest.emulator.accounts[0]?.accountSid,
      method: 'POST',
      filters: [],
      pre_webhook_url: null,
      post_webhook_url: null,
      target: 'webhook',
      url: `${rest.emulator.url}/v1/Configuration/Webhooks`,
    });
  });

  it('updates method, repeated filters, URLs and target, and keeps what was not sent', async () => {
    const updated = await rest.call<ConfigurationWebhook>('POST', '/v1/Configuration/Webhooks', {
      Method: 'GET',
      Filters: ['onMessageAdded', 'onConversationUpdated', 'onUserAdded'],
      PreWebhookUrl: 'https://example.com/pre',
      PostWebhookUrl: 'https://example.com/post?token=1',
      Target: 'flex',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      method: 'GET',
      filters: ['onMessageAdded', 'onConversationUpdated', 'onUserAdded'],
      pre_webhook_url: 'https://example.com/pre',
      post_webhook_url: 'https://example.com/post?token=1',
      target: 'flex',
    });
    const partial = await rest.call<ConfigurationWebhook>('POST', '/v1/Configuration/Webhooks', {
      PreWebhookUrl: '',
    });
    expect(partial.body.pre_webhook_url).toBeNull();
    expect(partial.body.post_webhook_url).toBe('https://example.com/post?token=1');
    expect(partial.body.filters).toHaveLength(3);
    const fetched = await rest.call<ConfigurationWebhook>('GET', '/v1/Configuration/Webhooks');
    expect(fetched.body).toEqual(partial.body);
  });

  it('accepts all 23 event names and refuses stale or unknown ones', async () => {
    const events = [
      'onMessageAdd',
      'onMessageAdded',
      'onMessageUpdate',
      'onMessageUpdated',
      'onMessageRemove',
      'onMessageRemoved',
      'onConversationAdd',
      'onConversationAdded',
      'onConversationUpdate',
      'onConversationUpdated',
      'onConversationRemove',
      'onConversationRemoved',
      'onConversationStateUpdated',
      'onParticipantAdd',
      'onParticipantAdded',
      'onParticipantUpdate',
      'onParticipantUpdated',
      'onParticipantRemove',
      'onParticipantRemoved',
      'onUserAdded',
      'onUserUpdate',
      'onUserUpdated',
      'onDeliveryUpdated',
    ];
    const all = await rest.call<ConfigurationWebhook>('POST', '/v1/Configuration/Webhooks', {
      Filters: events,
    });
    expect(all.body.filters).toEqual(events);
    for (const stale of ['onMessageSend', 'onMessageSent', 'onConversationDestroyed']) {
      const response = await rest.call<TwilioError>('POST', '/v1/Configuration/Webhooks', { Filters: stale });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(50365);
    }
    const cleared = await rest.call<ConfigurationWebhook>('POST', '/v1/Configuration/Webhooks', {
      Filters: '',
    });
    expect(cleared.body.filters).toEqual([]);
  });

  it('refuses an unknown method, target or a URL that is not absolute', async () => {
    const method = await rest.call<TwilioError>('POST', '/v1/Configuration/Webhooks', { Method: 'PUT' });
    expect(method.body.code).toBe(50055);
    const target = await rest.call<TwilioError>('POST', '/v1/Configuration/Webhooks', { Target: 'studio' });
    expect(target.body.code).toBe(50364);
    const url = await rest.call<TwilioError>('POST', '/v1/Configuration/Webhooks', {
      PostWebhookUrl: '/relative',
    });
    expect(url.body.code).toBe(50054);
  });
});
