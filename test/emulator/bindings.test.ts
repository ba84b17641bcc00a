import { describe, expect, it } from 'vitest';
import { createService, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface Binding {
  sid: string;
  account_sid: string;
  chat_service_sid: string;
  credential_sid: string | null;
  date_created: string;
  date_updated: string;
  endpoint: string | null;
  identity: string;
  binding_type: string;
  message_types: string[];
  url: string;
}

interface BindingPage {
  bindings: Binding[];
  meta: { page_size: number; key: string; url: string };
}

const rest = useTestEmulator();

const newService = () => createService(rest, 'bindings test');

async function createCredential(type: string): Promise<string> {
  const created = await rest.call<{ sid: string }>('POST', '/v1/Credentials', { Type: type });
  return created.body.sid;
}

describe('push bindings', () => {
  it('registers a binding through the emulator route and serves it under the service', async () => {
    const service = await newService();
    const credential = await createCredential('fcm');
    const registered = await rest.call<Binding>('POST', `/_emulator/Services/${service}/Bindings`, {
      Identity: 'alice',
      BindingType: 'fcm',
      Endpoint: 'device-token-1',
      CredentialSid: credential,
      MessageTypes: ['new_message', 'added_to_conversation'],
    });
    expect(registered.status).toBe(201);
    const binding = registered.body;
    expect(binding).toEqual({
      sid: expect.stringMatching(/^BS[0-9a-f]{32}$/),
      account_sid: rest.emulator.accounts[0]?.accountSid,
      chat_service_sid: service,
      credential_sid: credential,
      date_created: expect.any(String),
      date_updated: binding.date_created,
      endpoint: 'device-token-1',
      identity: 'alice',
      binding_type: 'fcm',
      message_types: ['new_message', 'added_to_conversation'],
      url: `${rest.emulator.url}/v1/Services/${service}/Bindings/${binding.sid}`,
    });
    const fetched = await rest.call<Binding>('GET', `/v1/Services/${service}/Bindings/${binding.sid}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(binding);
  });

  it('registers on the default service through the short emulator route', async () => {
    const credential = await createCredential('apn');
    const registered = await rest.call<Binding>('POST', '/_emulator/Bindings', {
      Identity: 'bob',
      BindingType: 'apn',
      Endpoint: 'apns-token',
      CredentialSid: credential,
    });
    expect(registered.status).toBe(201);
    const configuration = await rest.call<{ default_chat_service_sid: string }>('GET', '/v1/Configuration');
    expect(registered.body.chat_service_sid).toBe(configuration.body.default_chat_service_sid);
    expect(registered.body.message_types.sort()).toEqual([
      'added_to_conversation',
      'new_message',
      'removed_from_conversation',
    ]);
  });

  it('replaces the earlier registration when a device registers the same endpoint again', async () => {
    const service = await newService();
    const credential = await createCredential('fcm');
    const params = {
      Identity: 'carol',
      BindingType: 'fcm',
      Endpoint: 'same-token',
      CredentialSid: credential,
    };
    const first = await rest.call<Binding>('POST', `/_emulator/Services/${service}/Bindings`, params);
    const again = await rest.call<Binding>('POST', `/_emulator/Services/${service}/Bindings`, {
      ...params,
      MessageTypes: 'new_message',
    });
    expect(again.status).toBe(200);
    expect(again.body.sid).toBe(first.body.sid);
    expect(again.body.message_types).toEqual(['new_message']);
    const page = await rest.call<BindingPage>('GET', `/v1/Services/${service}/Bindings`);
    expect(page.body.bindings).toHaveLength(1);
  });

  it('refuses a registration without identity, with an unknown type or an unknown credential', async () => {
    const service = await newService();
    const credential = await createCredential('gcm');
    const path = `/_emulator/Services/${service}/Bindings`;
    const noIdentity = await rest.call<TwilioError>('POST', path, {
      BindingType: 'gcm',
      CredentialSid: credential,
    });
    expect(noIdentity.body.code).toBe(50204);
    const badType = await rest.call<TwilioError>('POST', path, {
      Identity: 'x',
      BindingType: 'sms',
      CredentialSid: credential,
    });
    expect(badType.status).toBe(400);
    const noCredential = await rest.call<TwilioError>('POST', path, {
      Identity: 'x',
      BindingType: 'gcm',
      CredentialSid: `CR${'0'.repeat(32)}`,
    });
    expect(noCredential.status).toBe(400);
    const badMessageType = await rest.call<TwilioError>('POST', path, {
      Identity: 'x',
      BindingType: 'gcm',
      CredentialSid: credential,
      MessageTypes: 'typing_indicator',
    });
    expect(badMessageType.status).toBe(400);
    const unknownService = await rest.call<TwilioError>(
      'POST',
      `/_emulator/Services/IS${'0'.repeat(32)}/Bindings`,
      {
        Identity: 'x',
        BindingType: 'gcm',
        CredentialSid: credential,
      },
    );
    expect(unknownService.status).toBe(404);
  });

  it('filters the list by repeated BindingType and Identity and echoes the filters in paging URLs', async () => {
    const service = await newService();
    const apn = await createCredential('apn');
    const fcm = await createCredential('fcm');
    const path = `/_emulator/Services/${service}/Bindings`;
    await rest.call('POST', path, { Identity: 'dan', BindingType: 'apn', Endpoint: 'a', CredentialSid: apn });
    await rest.call('POST', path, { Identity: 'dan', BindingType: 'fcm', Endpoint: 'b', CredentialSid: fcm });
    await rest.call('POST', path, {
      Identity: 'erin',
      BindingType: 'fcm',
      Endpoint: 'c',
      CredentialSid: fcm,
    });
    await rest.call('POST', path, {
      Identity: 'finn',
      BindingType: 'apn',
      Endpoint: 'd',
      CredentialSid: apn,
    });

    const list = (query: Record<string, string | string[]>) =>
      rest.call<BindingPage>('GET', `/v1/Services/${service}/Bindings`, query);
    expect((await list({})).body.bindings.map((b) => b.endpoint)).toEqual(['a', 'b', 'c', 'd']);
    expect((await list({ BindingType: 'fcm' })).body.bindings.map((b) => b.endpoint)).toEqual(['b', 'c']);
    expect((await list({ Identity: ['dan', 'finn'] })).body.bindings.map((b) => b.endpoint)).toEqual([
      'a',
      'b',
      'd',
    ]);
    const both = await list({ BindingType: ['apn'], Identity: ['dan', 'erin'] });
    expect(both.body.bindings.map((b) => b.endpoint)).toEqual(['a']);
    expect(both.body.meta.url).toContain('BindingType=apn&Identity=dan&Identity=erin&PageSize=50&Page=0');
    expect(both.body.meta.key).toBe('bindings');
    const invalid = await rest.call<TwilioError>('GET', `/v1/Services/${service}/Bindings`, {
      BindingType: 'sms',
    });
    expect(invalid.status).toBe(400);
    const clamped = await list({ PageSize: '1000' });
    expect(clamped.body.meta.page_size).toBe(100);
  });

  it('deletes a binding, after which it is gone', async () => {
    const service = await newService();
    const credential = await createCredential('gcm');
    const registered = await rest.call<Binding>('POST', `/_emulator/Services/${service}/Bindings`, {
      Identity: 'gina',
      BindingType: 'gcm',
      CredentialSid: credential,
    });
    const path = `/v1/Services/${service}/Bindings/${registered.body.sid}`;
    expect((await rest.call('DELETE', path)).status).toBe(204);
    const gone = await rest.call<TwilioError>('GET', path);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe(20404);
  });

  it('has no short /v1/Bindings route, as in the spec', async () => {
    const response = await rest.call<TwilioError>('GET', '/v1/Bindings');
    expect(response.status).toBe(404);
  });
});
