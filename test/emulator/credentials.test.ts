import { describe, expect, it } from 'vitest';
import { startTestEmulator, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface Credential {
  sid: string;
  account_sid: string;
  friendly_name: string | null;
  type: string;
  sandbox: string | null;
  date_created: string;
  date_updated: string;
  url: string;
}

const rest = useTestEmulator();

describe('credentials', () => {
  it('creates an APN credential and shows sandbox as the capitalised string the spec uses', async () => {
    const created = await rest.call<Credential>('POST', '/v1/Credentials', {
      Type: 'apn',
      FriendlyName: 'iOS app',
      Certificate: '-----BEGIN CERTIFICATE-----\nMIIF\n-----END CERTIFICATE-----',
      PrivateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----',
      Sandbox: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      sid: expect.stringMatching(/^CR[0-9a-f]{32}$/),
      account_sid: rest.emulator.accounts[0]?.accountSid,
      friendly_name: 'iOS app',
      type: 'apn',
      sandbox: 'True',
      date_created: expect.any(String),
      date_updated: created.body.date_created,
      url: `${rest.emulator.url}/v1/Credentials/${created.body.sid}`,
    });
    const production = await rest.call<Credential>('POST', '/v1/Credentials', { Type: 'apn' });
    expect(production.body.sandbox).toBe('False');
  });

  it('never returns the secrets it was given', async () => {
    const created = await rest.call<Credential>('POST', '/v1/Credentials', {
      Type: 'fcm',
      Secret: 'super-secret-server-key',
    });
    const fetched = await rest.call('GET', `/v1/Credentials/${created.body.sid}`);
    const listed = await rest.call('GET', '/v1/Credentials');
    for (const text of [
      JSON.stringify(created.body),
      JSON.stringify(fetched.body),
      JSON.stringify(listed.body),
    ]) {
      expect(text).not.toContain('super-secret-server-key');
      expect(text).not.toMatch(/"secret"|"api_key"|"certificate"|"private_key"/);
    }
    expect(created.body.sandbox).toBeNull();
  });

  it('requires a known push type and a friendly name of at most 64 characters', async () => {
    const missing = await rest.call<TwilioError>('POST', '/v1/Credentials', { FriendlyName: 'x' });
    expect(missing.status).toBe(400);
    const unknown = await rest.call<TwilioError>('POST', '/v1/Credentials', { Type: 'webpush' });
    expect(unknown.status).toBe(400);
    const long = await rest.call<TwilioError>('POST', '/v1/Credentials', {
      Type: 'gcm',
      FriendlyName: 'x'.repeat(65),
    });
    expect(long.body.code).toBe(50003);
  });

  it('updates the friendly name and sandbox flag, and clears sandbox when the type leaves APN', async () => {
    const created = await rest.call<Credential>('POST', '/v1/Credentials', { Type: 'apn', Sandbox: false });
    const renamed = await rest.call<Credential>('POST', `/v1/Credentials/${created.body.sid}`, {
      FriendlyName: 'renamed',
      Sandbox: 'TRUE',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.friendly_name).toBe('renamed');
    expect(renamed.body.sandbox).toBe('True');
    const retyped = await rest.call<Credential>('POST', `/v1/Credentials/${created.body.sid}`, {
      Type: 'gcm',
      ApiKey: 'key',
    });
    expect(retyped.body.type).toBe('gcm');
    expect(retyped.body.sandbox).toBeNull();
  });

  it('lists credentials in creation order with a page size of at most 100', async () => {
    const own = await startTestEmulator();
    try {
      for (const type of ['apn', 'gcm', 'fcm']) await own.call('POST', '/v1/Credentials', { Type: type });
      const page = await own.call<{ credentials: Credential[]; meta: { page_size: number; key: string } }>(
        'GET',
        '/v1/Credentials',
        { PageSize: 500 },
      );
      expect(page.body.meta.page_size).toBe(100);
      expect(page.body.meta.key).toBe('credentials');
      expect(page.body.credentials.map((credential) => credential.type)).toEqual(['apn', 'gcm', 'fcm']);
    } finally {
      await own.emulator.close();
    }
  });

  it('deletes a credential and answers 404 afterwards, also for malformed SIDs', async () => {
    const created = await rest.call<Credential>('POST', '/v1/Credentials', { Type: 'gcm' });
    expect((await rest.call('DELETE', `/v1/Credentials/${created.body.sid}`)).status).toBe(204);
    const gone = await rest.call<TwilioError>('GET', `/v1/Credentials/${created.body.sid}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe(20404);
    expect((await rest.call('GET', '/v1/Credentials/nope')).status).toBe(404);
  });
});
