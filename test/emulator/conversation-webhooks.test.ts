import { describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.ts';

interface Webhook {
  sid: string;
  target: string;
  url: string;
  configuration: Record<string, unknown>;
  date_created: string;
  date_updated: string;
  chat_service_sid?: string;
  code?: number;
}

interface WebhookPage {
  webhooks: Webhook[];
  meta: { key: string; page_size: number; next_page_url: string | null };
}

type Params = Record<string, string | string[] | number>;

const SHORT_WEBHOOK_KEYS = [
  'account_sid',
  'configuration',
  'conversation_sid',
  'date_created',
  'date_updated',
  'sid',
  'target',
  'url',
];

let clock = Date.parse('2026-05-01T12:00:00Z');

async function createConversation(prefix = '/v1'): Promise<string> {
  const response = await rest.call('POST', `${prefix}/Conversations`, {});
  expect(response.status).toBe(201);
  return String(response.body.sid);
}

function createWebhook(conversation: string, params: Params, prefix = '/v1') {
  return rest.call<Webhook>('POST', `${prefix}/Conversations/${conversation}/Webhooks`, params);
}

function webhookPath(conversation: string, sid: string, prefix = '/v1'): string {
  return `${prefix}/Conversations/${conversation}/Webhooks/${sid}`;
}

const WEBHOOK: Params = {
  Target: 'webhook',
  'Configuration.Url': 'https://example.com/hook',
  'Configuration.Method': 'get',
  'Configuration.Filters': ['onMessageAdded', 'onParticipantAdded'],
};

const rest = useTestEmulator({ now: () => clock });

describe('creating scoped webhooks', () => {
  it('creates a webhook target with url, lowercase method and filters', async () => {
    const conversation = await createConversation();
    const response = await createWebhook(conversation, WEBHOOK);

    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual(SHORT_WEBHOOK_KEYS);
    expect(response.body.sid).toMatch(/^WH[0-9a-f]{32}$/);
    expect(response.body).toMatchObject({
      target: 'webhook',
      configuration: {
        url: 'https://example.com/hook',
        method: 'get',
        filters: ['onMessageAdded', 'onParticipantAdded'],
      },
      date_created: '2026-05-01T12:00:00Z',
      date_updated: '2026-05-01T12:00:00Z',
    });
    expect(response.body.url).toBe(
      `${rest.emulator.url}/v1/Conversations/${conversation}/Webhooks/${response.body.sid}`,
    );
  });

  it('defaults the method to post and accepts it in upper case', async () => {
    const conversation = await createConversation();
    const defaulted = await createWebhook(conversation, { ...WEBHOOK, 'Configuration.Method': [] });
    const upper = await createWebhook(conversation, { ...WEBHOOK, 'Configuration.Method': 'POST' });
    expect(defaulted.body.configuration.method).toBe('post');
    expect(upper.body.configuration.method).toBe('post');
    const bad = await createWebhook(conversation, { ...WEBHOOK, 'Configuration.Method': 'PUT' });
    expect([bad.status, bad.body.code]).toEqual([400, 20001]);
  });

  it('shows the keywords of a trigger target under filters', async () => {
    const conversation = await createConversation();
    const response = await createWebhook(conversation, {
      Target: 'trigger',
      'Configuration.Url': 'https://example.com/keywords',
      'Configuration.Method': 'post',
      'Configuration.Triggers': ['help', 'stop'],
    });
    expect(response.status).toBe(201);
    expect(response.body.configuration).toEqual({
      url: 'https://example.com/keywords',
      method: 'post',
      filters: ['help', 'stop'],
    });
  });

  it('shows only the flow SID of a studio target', async () => {
    const conversation = await createConversation();
    const flowSid = `FW${'a'.repeat(32)}`;
    const response = await createWebhook(conversation, {
      Target: 'studio',
      'Configuration.FlowSid': flowSid,
    });
    expect(response.status).toBe(201);
    expect(response.body.configuration).toEqual({ flow_sid: flowSid });
  });

  it('refuses a missing target with 50368 and an unknown one with 50364', async () => {
    const conversation = await createConversation();
    const missing = await createWebhook(conversation, { 'Configuration.Url': 'https://example.com' });
    const unknown = await createWebhook(conversation, { ...WEBHOOK, Target: 'flex' });
    expect([missing.status, missing.body.code]).toEqual([400, 50368]);
    expect([unknown.status, unknown.body.code]).toEqual([400, 50364]);
  });

  it('requires a URL for webhook and trigger targets with 50369', async () => {
    const conversation = await createConversation();
    const webhook = await createWebhook(conversation, {
      Target: 'webhook',
      'Configuration.Filters': 'onMessageAdded',
    });
    const trigger = await createWebhook(conversation, {
      Target: 'trigger',
      'Configuration.Triggers': 'help',
    });
    expect(webhook.body.code).toBe(50369);
    expect(trigger.body.code).toBe(50369);
  });

  it('checks filters against the 23 Conversations event names with 50365', async () => {
    const conversation = await createConversation();
    const stale = await createWebhook(conversation, {
      ...WEBHOOK,
      'Configuration.Filters': ['onMessageSent'],
    });
    expect([stale.status, stale.body.code]).toEqual([400, 50365]);
    const missing = await createWebhook(conversation, { ...WEBHOOK, 'Configuration.Filters': [] });
    expect(missing.body.code).toBe(50370);
    const preEvent = await createWebhook(conversation, {
      ...WEBHOOK,
      'Configuration.Filters': ['onUserUpdated', 'onDeliveryUpdated', 'onConversationStateUpdated'],
    });
    expect(preEvent.status).toBe(201);
  });

  it('checks trigger keywords: present (50371), at most 5 (50362), non-empty and at most 248 characters (50366)', async () => {
    const conversation = await createConversation();
    const base = { Target: 'trigger', 'Configuration.Url': 'https://example.com/t' };
    const none = await createWebhook(conversation, base);
    const six = await createWebhook(conversation, {
      ...base,
      'Configuration.Triggers': ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    const blank = await createWebhook(conversation, { ...base, 'Configuration.Triggers': ['ok', ' '] });
    const long = await createWebhook(conversation, { ...base, 'Configuration.Triggers': ['k'.repeat(249)] });
    const longest = await createWebhook(conversation, {
      ...base,
      'Configuration.Triggers': ['k'.repeat(248)],
    });
    expect([none.body.code, six.body.code, blank.body.code, long.body.code]).toEqual([
      50371, 50362, 50366, 50366,
    ]);
    expect(longest.status).toBe(201);
  });

  it('requires a well-formed Studio flow SID with 50367', async () => {
    const conversation = await createConversation();
    const missing = await createWebhook(conversation, { Target: 'studio' });
    const malformed = await createWebhook(conversation, { Target: 'studio', 'Configuration.FlowSid': 'FW1' });
    expect([missing.body.code, malformed.body.code]).toEqual([50367, 50367]);
  });

  it('accepts ReplayAfter as an integer on create', async () => {
    const conversation = await createConversation();
    const ok = await createWebhook(conversation, { ...WEBHOOK, 'Configuration.ReplayAfter': 7 });
    expect(ok.status).toBe(201);
    const bad = await createWebhook(conversation, { ...WEBHOOK, 'Configuration.ReplayAfter': 'later' });
    expect([bad.status, bad.body.code]).toEqual([400, 20001]);
  });

  it('allows at most 5 webhooks per conversation (50361)', async () => {
    const conversation = await createConversation();
    for (let i = 0; i < 5; i += 1) expect((await createWebhook(conversation, WEBHOOK)).status).toBe(201);
    const sixth = await createWebhook(conversation, WEBHOOK);
    expect([sixth.status, sixth.body.code]).toEqual([400, 50361]);
  });
});

describe('reading, updating and deleting scoped webhooks', () => {
  it('lists webhooks five to a page by default and never more', async () => {
    const conversation = await createConversation();
    for (let i = 0; i < 5; i += 1) await createWebhook(conversation, WEBHOOK);

    const all = await rest.call<WebhookPage>('GET', `/v1/Conversations/${conversation}/Webhooks`);
    expect(all.body.meta).toMatchObject({ key: 'webhooks', page_size: 5, next_page_url: null });
    expect(all.body.webhooks).toHaveLength(5);

    const clamped = await rest.call<WebhookPage>('GET', `/v1/Conversations/${conversation}/Webhooks`, {
      PageSize: 50,
    });
    expect(clamped.body.meta.page_size).toBe(5);

    const paged = await rest.call<WebhookPage>('GET', `/v1/Conversations/${conversation}/Webhooks`, {
      PageSize: 3,
    });
    const rest2 = await rest.call<WebhookPage>(
      'GET',
      (paged.body.meta.next_page_url as string).slice(rest.emulator.url.length),
    );
    expect([...paged.body.webhooks, ...rest2.body.webhooks].map((w) => w.sid)).toEqual(
      all.body.webhooks.map((w) => w.sid),
    );
  });

  it('fetches a webhook and answers 404 for an unknown one', async () => {
    const conversation = await createConversation();
    const created = await createWebhook(conversation, WEBHOOK);
    const fetched = await rest.call<Webhook>('GET', webhookPath(conversation, created.body.sid));
    expect(fetched.body).toEqual(created.body);
    const missing = await rest.call('GET', webhookPath(conversation, `WH${'0'.repeat(32)}`));
    expect([missing.status, missing.body.code]).toEqual([404, 20404]);
  });

  it('updates url, method and filters of a webhook target', async () => {
    const conversation = await createConversation();
    const created = await createWebhook(conversation, WEBHOOK);
    clock += 1_000;
    const updated = await rest.call<Webhook>('POST', webhookPath(conversation, created.body.sid), {
      'Configuration.Url': 'https://example.com/v2',
      'Configuration.Method': 'post',
      'Configuration.Filters': ['onConversationUpdated'],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.configuration).toEqual({
      url: 'https://example.com/v2',
      method: 'post',
      filters: ['onConversationUpdated'],
    });
    expect(updated.body.date_created).toBe(created.body.date_created);
    expect(Date.parse(updated.body.date_updated)).toBe(Date.parse(created.body.date_created) + 1_000);

    const badFilter = await rest.call('POST', webhookPath(conversation, created.body.sid), {
      'Configuration.Filters': ['onSomething'],
    });
    expect(badFilter.body.code).toBe(50365);
  });

  it('updates the keywords of a trigger and the flow of a studio target', async () => {
    const conversation = await createConversation();
    const trigger = await createWebhook(conversation, {
      Target: 'trigger',
      'Configuration.Url': 'https://example.com/t',
      'Configuration.Triggers': ['help'],
    });
    const updatedTrigger = await rest.call<Webhook>('POST', webhookPath(conversation, trigger.body.sid), {
      'Configuration.Triggers': ['info', 'menu'],
    });
    expect(updatedTrigger.body.configuration.filters).toEqual(['info', 'menu']);

    const studio = await createWebhook(conversation, {
      Target: 'studio',
      'Configuration.FlowSid': `FW${'b'.repeat(32)}`,
    });
    const flowSid = `FW${'c'.repeat(32)}`;
    const updatedStudio = await rest.call<Webhook>('POST', webhookPath(conversation, studio.body.sid), {
      'Configuration.FlowSid': flowSid,
    });
    expect(updatedStudio.body.configuration).toEqual({ flow_sid: flowSid });
  });

  it('keeps the target of a webhook fixed on update', async () => {
    const conversation = await createConversation();
    const created = await createWebhook(conversation, WEBHOOK);
    const change = await rest.call('POST', webhookPath(conversation, created.body.sid), { Target: 'studio' });
    expect([change.status, change.body.code]).toEqual([400, 20001]);
    const fetched = await rest.call<Webhook>('GET', webhookPath(conversation, created.body.sid));
    expect(fetched.body.target).toBe('webhook');
  });

  it('deletes a webhook, which frees a place under the limit', async () => {
    const conversation = await createConversation();
    const sids: string[] = [];
    for (let i = 0; i < 5; i += 1) sids.push((await createWebhook(conversation, WEBHOOK)).body.sid);
    const removed = await rest.call('DELETE', webhookPath(conversation, sids[0] as string));
    expect(removed.status).toBe(204);
    expect(removed.body).toBeUndefined();
    expect((await createWebhook(conversation, WEBHOOK)).status).toBe(201);
    const again = await rest.call('DELETE', webhookPath(conversation, sids[0] as string));
    expect(again.status).toBe(404);
  });
});

describe('service-scoped webhook routes', () => {
  it('renders chat_service_sid and service URLs', async () => {
    const service = await rest.call('POST', '/v1/Services', { FriendlyName: 'Webhooks service' });
    const prefix = `/v1/Services/${String(service.body.sid)}`;
    const conversation = await createConversation(prefix);

    const created = await createWebhook(conversation, WEBHOOK, prefix);
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual([...SHORT_WEBHOOK_KEYS, 'chat_service_sid'].sort());
    expect(created.body.chat_service_sid).toBe(service.body.sid);
    expect(created.body.url).toBe(
      `${rest.emulator.url}${prefix}/Conversations/${conversation}/Webhooks/${created.body.sid}`,
    );

    const list = await rest.call<WebhookPage>('GET', `${prefix}/Conversations/${conversation}/Webhooks`);
    expect(list.body.webhooks).toEqual([created.body]);
    const updated = await rest.call<Webhook>('POST', webhookPath(conversation, created.body.sid, prefix), {
      'Configuration.Method': 'post',
    });
    expect(updated.body.configuration.method).toBe('post');
    const removed = await rest.call('DELETE', webhookPath(conversation, created.body.sid, prefix));
    expect(removed.status).toBe(204);

    const viaShortRoute = await createWebhook(conversation, WEBHOOK);
    expect(viaShortRoute.status).toBe(404);
  });
});
