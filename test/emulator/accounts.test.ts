import { describe, expect, it } from 'vitest';
import { startTestEmulator, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface Service {
  sid: string;
  account_sid: string;
  friendly_name: string;
  url: string;
  links: Record<string, string>;
}

interface ServicePage {
  services: Service[];
  meta: { page_size: number; key: string; next_page_url: string | null; previous_page_url: string | null };
}

const FIRST = { accountSid: `AC${'1'.repeat(32)}`, authToken: 'first-token' };
const SECOND = { accountSid: `AC${'2'.repeat(32)}`, authToken: 'second-token' };
const asFirst = { auth: { username: FIRST.accountSid, password: FIRST.authToken } };
const asSecond = { auth: { username: SECOND.accountSid, password: SECOND.authToken } };

const rest = useTestEmulator({ accounts: [FIRST, SECOND] });

describe('accounts', () => {
  it('never shows one account the data of another', async () => {
    const conversation = await rest.call<{ sid: string }>(
      'POST',
      '/v1/Conversations',
      { UniqueName: 'first-only' },
      asFirst,
    );
    const user = await rest.call<{ sid: string }>('POST', '/v1/Users', { Identity: 'first-user' }, asFirst);
    const credential = await rest.call<{ sid: string }>('POST', '/v1/Credentials', { Type: 'fcm' }, asFirst);
    const address = await rest.call<{ sid: string }>(
      'POST',
      '/v1/Configuration/Addresses',
      { Type: 'sms', Address: '+15557770001' },
      asFirst,
    );
    const service = await rest.call<{ sid: string }>(
      'POST',
      '/v1/Services',
      { FriendlyName: 'first' },
      asFirst,
    );

    for (const path of [
      `/v1/Conversations/${conversation.body.sid}`,
      '/v1/Conversations/first-only',
      `/v1/Users/${user.body.sid}`,
      '/v1/Users/first-user',
      `/v1/Credentials/${credential.body.sid}`,
      `/v1/Configuration/Addresses/${address.body.sid}`,
      `/v1/Services/${service.body.sid}`,
      `/v1/Services/${service.body.sid}/Conversations`,
    ]) {
      const response = await rest.call<TwilioError>('GET', path, {}, asSecond);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }

    const conversations = await rest.call<{ conversations: unknown[] }>(
      'GET',
      '/v1/Conversations',
      {},
      asSecond,
    );
    expect(conversations.body.conversations).toEqual([]);
    const credentials = await rest.call<{ credentials: unknown[] }>('GET', '/v1/Credentials', {}, asSecond);
    expect(credentials.body.credentials).toEqual([]);
    const services = await rest.call<ServicePage>('GET', '/v1/Services', {}, asSecond);
    expect(services.body.services.map((entry) => entry.account_sid)).toEqual([SECOND.accountSid]);

    const firstConfiguration = await rest.call<{ default_chat_service_sid: string }>(
      'GET',
      '/v1/Configuration',
      {},
      asFirst,
    );
    const secondConfiguration = await rest.call<{ default_chat_service_sid: string; account_sid: string }>(
      'GET',
      '/v1/Configuration',
      {},
      asSecond,
    );
    expect(secondConfiguration.body.account_sid).toBe(SECOND.accountSid);
    expect(secondConfiguration.body.default_chat_service_sid).not.toBe(
      firstConfiguration.body.default_chat_service_sid,
    );
  });

  it('does not let one account delete or adopt the service of another', async () => {
    const service = await rest.call<{ sid: string }>(
      'POST',
      '/v1/Services',
      { FriendlyName: 'guarded' },
      asFirst,
    );
    const deleted = await rest.call<TwilioError>('DELETE', `/v1/Services/${service.body.sid}`, {}, asSecond);
    expect(deleted.status).toBe(404);
    const adopted = await rest.call<TwilioError>(
      'POST',
      '/v1/Configuration',
      { DefaultChatServiceSid: service.body.sid },
      asSecond,
    );
    expect(adopted.status).toBe(400);
    expect((await rest.call('GET', `/v1/Services/${service.body.sid}`, {}, asFirst)).status).toBe(200);
  });

  it('lets an API key created through the emulator act as the account that created it', async () => {
    const key = await rest.call<{ sid: string; secret: string; account_sid: string }>(
      'POST',
      '/_emulator/Keys',
      {},
      asSecond,
    );
    expect(key.status).toBe(201);
    expect(key.body.sid).toMatch(/^SK[0-9a-f]{32}$/);
    expect(key.body.account_sid).toBe(SECOND.accountSid);
    const asKey = { auth: { username: key.body.sid, password: key.body.secret } };

    const created = await rest.call<{ sid: string; account_sid: string }>(
      'POST',
      '/v1/Users',
      { Identity: 'made-with-key' },
      asKey,
    );
    expect(created.status).toBe(201);
    expect(created.body.account_sid).toBe(SECOND.accountSid);
    expect((await rest.call('GET', '/v1/Users/made-with-key', {}, asSecond)).status).toBe(200);
    expect((await rest.call('GET', '/v1/Users/made-with-key', {}, asFirst)).status).toBe(404);
    const configuration = await rest.call<{ account_sid: string }>('GET', '/v1/Configuration', {}, asKey);
    expect(configuration.body.account_sid).toBe(SECOND.accountSid);
  });

  it('answers 401 with code 20003 and a Basic challenge for missing or wrong credentials', async () => {
    const key = await rest.call<{ sid: string; secret: string }>('POST', '/_emulator/Keys', {}, asFirst);
    const attempts = [
      null,
      { username: FIRST.accountSid, password: 'wrong-token' },
      { username: FIRST.accountSid, password: SECOND.authToken },
      { username: `AC${'9'.repeat(32)}`, password: FIRST.authToken },
      { username: key.body.sid, password: 'not-the-secret' },
    ];
    for (const auth of attempts) {
      const response = await rest.call<TwilioError>('GET', '/v1/Conversations', {}, { auth });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="Twilio API"');
      expect(response.body).toEqual({
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    }
    const admin = await rest.call<TwilioError>('POST', '/_emulator/Keys', {}, { auth: null });
    expect(admin.status).toBe(401);
  });
});

describe('services', () => {
  it('creates a service with its links in the long form', async () => {
    const created = await rest.call<Service>('POST', '/v1/Services', { FriendlyName: 'Sales' }, asFirst);
    expect(created.status).toBe(201);
    const url = `${rest.emulator.url}/v1/Services/${created.body.sid}`;
    expect(created.body.sid).toMatch(/^IS[0-9a-f]{32}$/);
    expect(created.body.url).toBe(url);
    expect(created.body.links).toEqual({
      conversations: `${url}/Conversations`,
      users: `${url}/Users`,
      roles: `${url}/Roles`,
      bindings: `${url}/Bindings`,
      configuration: `${url}/Configuration`,
      participant_conversations: `${url}/ParticipantConversations`,
      conversation_with_participants: `${url}/ConversationWithParticipants`,
    });
    const missingName = await rest.call<TwilioError>('POST', '/v1/Services', {}, asFirst);
    expect(missingName.body.code).toBe(50000);
  });

  it('pages the service list forwards and backwards with absolute links', async () => {
    const own = await startTestEmulator();
    try {
      for (const name of ['a', 'b', 'c', 'd']) await own.call('POST', '/v1/Services', { FriendlyName: name });
      const first = await own.call<ServicePage>('GET', '/v1/Services', { PageSize: 2 });
      expect(first.body.meta.key).toBe('services');
      expect(first.body.services.map((service) => service.friendly_name)).toEqual([
        'Default Conversations Service',
        'a',
      ]);
      expect(first.body.meta.previous_page_url).toBeNull();
      const nextUrl = first.body.meta.next_page_url;
      expect(nextUrl?.startsWith(`${own.emulator.url}/v1/Services?`)).toBe(true);

      const second = await own.call<ServicePage>('GET', (nextUrl ?? '').replace(own.emulator.url, ''));
      expect(second.body.services.map((service) => service.friendly_name)).toEqual(['b', 'c']);
      const third = await own.call<ServicePage>(
        'GET',
        (second.body.meta.next_page_url ?? '').replace(own.emulator.url, ''),
      );
      expect(third.body.services.map((service) => service.friendly_name)).toEqual(['d']);
      expect(third.body.meta.next_page_url).toBeNull();
      const back = await own.call<ServicePage>(
        'GET',
        (third.body.meta.previous_page_url ?? '').replace(own.emulator.url, ''),
      );
      expect(back.body.services.map((service) => service.friendly_name)).toEqual(['b', 'c']);
    } finally {
      await own.emulator.close();
    }
  });

  it('deletes a service together with its conversations, users and roles', async () => {
    const service = await rest.call<Service>('POST', '/v1/Services', { FriendlyName: 'doomed' }, asFirst);
    const prefix = `/v1/Services/${service.body.sid}`;
    const conversation = await rest.call<{ sid: string }>('POST', `${prefix}/Conversations`, {}, asFirst);
    const user = await rest.call<{ sid: string }>(
      'POST',
      `${prefix}/Users`,
      { Identity: 'doomed-user' },
      asFirst,
    );
    expect(conversation.status).toBe(201);
    expect(user.status).toBe(201);

    const deleted = await rest.call('DELETE', prefix, {}, asFirst);
    expect(deleted.status).toBe(204);
    for (const path of [
      prefix,
      `${prefix}/Conversations/${conversation.body.sid}`,
      `${prefix}/Conversations`,
      `${prefix}/Users/${user.body.sid}`,
      `${prefix}/Roles`,
    ]) {
      const response = await rest.call<TwilioError>('GET', path, {}, asFirst);
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 404,
        code: 20404,
      });
    }
    const services = await rest.call<ServicePage>('GET', '/v1/Services', { PageSize: 100 }, asFirst);
    expect(services.body.services.map((entry) => entry.sid)).not.toContain(service.body.sid);
  });

  it('refuses to delete the default service', async () => {
    const configuration = await rest.call<{ default_chat_service_sid: string }>(
      'GET',
      '/v1/Configuration',
      {},
      asFirst,
    );
    const refused = await rest.call<TwilioError>(
      'DELETE',
      `/v1/Services/${configuration.body.default_chat_service_sid}`,
      {},
      asFirst,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(20001);
    const still = await rest.call(
      'GET',
      `/v1/Services/${configuration.body.default_chat_service_sid}`,
      {},
      asFirst,
    );
    expect(still.status).toBe(200);
  });
});
