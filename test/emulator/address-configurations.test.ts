import { describe, expect, it } from 'vitest';
import { startTestEmulator, type TwilioError, useTestEmulator } from '../helpers/emulator.ts';

interface AutoCreation {
  enabled: boolean;
  type: string | null;
  conversation_service_sid: string | null;
  webhook_url: string | null;
  webhook_method: string | null;
  webhook_filters: string[];
  studio_flow_sid: string | null;
  studio_retry_count: number | null;
}

interface AddressConfiguration {
  sid: string;
  account_sid: string;
  type: string;
  address: string;
  friendly_name: string | null;
  auto_creation: AutoCreation;
  date_created: string;
  date_updated: string;
  url: string;
  address_country: string | null;
}

interface AddressPage {
  address_configurations: AddressConfiguration[];
  meta: { page_size: number; key: string; url: string };
}

let phone = 15550100000;

const rest = useTestEmulator();

/** A fresh phone number per call: addresses are unique per account. */
function nextPhone(): string {
  phone += 1;
  return `+${phone}`;
}

describe('address configurations', () => {
  it('creates a webhook auto-creation config from flat dotted keys and renders it nested', async () => {
    const services = await rest.call<{ services: Array<{ sid: string }> }>('GET', '/v1/Services');
    const service = services.body.services[0]?.sid;
    const address = nextPhone();
    const created = await rest.call<AddressConfiguration>('POST', '/v1/Configuration/Addresses', {
      Type: 'sms',
      Address: address,
      FriendlyName: 'My Test Configuration',
      AddressCountry: 'ca',
      'AutoCreation.Enabled': true,
      'AutoCreation.Type': 'webhook',
      'AutoCreation.ConversationServiceSid': service,
      'AutoCreation.WebhookUrl': 'https://example.com',
      'AutoCreation.WebhookMethod': 'POST',
      'AutoCreation.WebhookFilters': ['onParticipantAdded', 'onMessageAdded'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      sid: expect.stringMatching(/^IG[0-9a-f]{32}$/),
      account_sid: rest.emulator.accounts[0]?.accountSid,
      type: 'sms',
      address,
      friendly_name: 'My Test Configuration',
      auto_creation: {
        enabled: true,
        type: 'webhook',
        conversation_service_sid: service,
        webhook_url: 'https://example.com',
        webhook_method: 'POST',
        webhook_filters: ['onParticipantAdded', 'onMessageAdded'],
        studio_flow_sid: null,
        studio_retry_count: null,
      },
      date_created: expect.any(String),
      date_updated: created.body.date_created,
      url: `${rest.emulator.url}/v1/Configuration/Addresses/${created.body.sid}`,
      address_country: 'CA',
    });
  });

  it('defaults auto creation to disabled with every key present', async () => {
    const created = await rest.call<AddressConfiguration>('POST', '/v1/Configuration/Addresses', {
      Type: 'whatsapp',
      Address: `whatsapp:${nextPhone()}`,
    });
    expect(created.body.auto_creation).toEqual({
      enabled: false,
      type: null,
      conversation_service_sid: null,
      webhook_url: null,
      webhook_method: null,
      webhook_filters: [],
      studio_flow_sid: null,
      studio_retry_count: null,
    });
    expect(created.body.friendly_name).toBeNull();
    expect(created.body.address_country).toBeNull();
  });

  it('fetches, updates and deletes by IG SID or by the address itself', async () => {
    const address = nextPhone();
    const created = await rest.call<AddressConfiguration>('POST', '/v1/Configuration/Addresses', {
      Type: 'sms',
      Address: address,
    });
    const byAddress = await rest.call<AddressConfiguration>(
      'GET',
      `/v1/Configuration/Addresses/${encodeURIComponent(address)}`,
    );
    expect(byAddress.status).toBe(200);
    expect(byAddress.body.sid).toBe(created.body.sid);

    const updated = await rest.call<AddressConfiguration>(
      'POST',
      `/v1/Configuration/Addresses/${created.body.sid}`,
      {
        FriendlyName: 'Studio line',
        'AutoCreation.Enabled': 'false',
        'AutoCreation.Type': 'studio',
        'AutoCreation.StudioFlowSid': `FW${'a'.repeat(32)}`,
        'AutoCreation.StudioRetryCount': 3,
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body.friendly_name).toBe('Studio line');
    expect(updated.body.auto_creation).toMatchObject({
      enabled: false,
      type: 'studio',
      studio_flow_sid: `FW${'a'.repeat(32)}`,
      studio_retry_count: 3,
    });

    const deleted = await rest.call('DELETE', `/v1/Configuration/Addresses/${encodeURIComponent(address)}`);
    expect(deleted.status).toBe(204);
    const gone = await rest.call<TwilioError>('GET', `/v1/Configuration/Addresses/${created.body.sid}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe(20404);
  });

  it('refuses a second configuration for the same address with 409', async () => {
    const address = nextPhone();
    await rest.call('POST', '/v1/Configuration/Addresses', { Type: 'sms', Address: address });
    const duplicate = await rest.call<TwilioError>('POST', '/v1/Configuration/Addresses', {
      Type: 'sms',
      Address: address,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe(20409);
  });

  it('validates type, address and the auto creation settings', async () => {
    const cases: Array<[Record<string, string>, number, number]> = [
      [{ Address: nextPhone() }, 400, 20001],
      [{ Type: 'fax', Address: nextPhone() }, 400, 20001],
      [{ Type: 'sms' }, 400, 20001],
      [{ Type: 'sms', Address: nextPhone(), 'AutoCreation.Type': 'magic' }, 400, 20001],
      [{ Type: 'sms', Address: nextPhone(), 'AutoCreation.Enabled': 'maybe' }, 400, 20001],
      [{ Type: 'sms', Address: nextPhone(), 'AutoCreation.WebhookMethod': 'PUT' }, 400, 50055],
      [{ Type: 'sms', Address: nextPhone(), 'AutoCreation.WebhookUrl': 'not a url' }, 400, 50054],
      [{ Type: 'sms', Address: nextPhone(), 'AutoCreation.WebhookFilters': 'onMessageAdd' }, 400, 50365],
      [{ Type: 'sms', Address: nextPhone(), 'AutoCreation.StudioFlowSid': 'FW1' }, 400, 50367],
      [
        { Type: 'sms', Address: nextPhone(), 'AutoCreation.ConversationServiceSid': `IS${'0'.repeat(32)}` },
        400,
        50050,
      ],
      [{ Type: 'sms', Address: nextPhone(), FriendlyName: 'x'.repeat(257) }, 400, 50003],
      [{ Type: 'sms', Address: nextPhone(), AddressCountry: 'Canada' }, 400, 20001],
    ];
    for (const [params, status, code] of cases) {
      const response = await rest.call<TwilioError>('POST', '/v1/Configuration/Addresses', params);
      expect({ params, status: response.status, code: response.body.code }).toEqual({ params, status, code });
    }
  });

  it('leaves the configuration unchanged when an update is rejected', async () => {
    const created = await rest.call<AddressConfiguration>('POST', '/v1/Configuration/Addresses', {
      Type: 'sms',
      Address: nextPhone(),
      'AutoCreation.Enabled': true,
      'AutoCreation.Type': 'default',
    });
    const rejected = await rest.call<TwilioError>('POST', `/v1/Configuration/Addresses/${created.body.sid}`, {
      'AutoCreation.Enabled': false,
      'AutoCreation.WebhookMethod': 'PATCH',
    });
    expect(rejected.status).toBe(400);
    const fetched = await rest.call<AddressConfiguration>(
      'GET',
      `/v1/Configuration/Addresses/${created.body.sid}`,
    );
    expect(fetched.body.auto_creation.enabled).toBe(true);
  });

  it('filters the list by Type and pages at most 50 at a time', async () => {
    const own = await startTestEmulator();
    try {
      await own.call('POST', '/v1/Configuration/Addresses', { Type: 'sms', Address: '+15550000001' });
      await own.call('POST', '/v1/Configuration/Addresses', {
        Type: 'whatsapp',
        Address: 'whatsapp:+15550000002',
      });
      await own.call('POST', '/v1/Configuration/Addresses', { Type: 'sms', Address: '+15550000003' });
      const all = await own.call<AddressPage>('GET', '/v1/Configuration/Addresses', { PageSize: 200 });
      expect(all.body.meta.key).toBe('address_configurations');
      expect(all.body.meta.page_size).toBe(50);
      expect(all.body.address_configurations).toHaveLength(3);
      const sms = await own.call<AddressPage>('GET', '/v1/Configuration/Addresses', { Type: 'sms' });
      expect(sms.body.address_configurations.map((entry) => entry.address)).toEqual([
        '+15550000001',
        '+15550000003',
      ]);
      expect(sms.body.meta.url).toBe(
        `${own.emulator.url}/v1/Configuration/Addresses?Type=sms&PageSize=50&Page=0`,
      );
    } finally {
      await own.emulator.close();
    }
  });

  it('forgets the conversation service of auto creation when that service is deleted', async () => {
    const service = await rest.call<{ sid: string }>('POST', '/v1/Services', { FriendlyName: 'short-lived' });
    const created = await rest.call<AddressConfiguration>('POST', '/v1/Configuration/Addresses', {
      Type: 'sms',
      Address: nextPhone(),
      'AutoCreation.Enabled': true,
      'AutoCreation.ConversationServiceSid': service.body.sid,
    });
    expect(created.body.auto_creation.conversation_service_sid).toBe(service.body.sid);
    await rest.call('DELETE', `/v1/Services/${service.body.sid}`);
    const fetched = await rest.call<AddressConfiguration>(
      'GET',
      `/v1/Configuration/Addresses/${created.body.sid}`,
    );
    expect(fetched.body.auto_creation.conversation_service_sid).toBeNull();
  });
});
