import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

interface AddressShape {
  id: string;
  sid: string;
  type: string;
  address: string;
  friendlyName: string | null;
  autoCreation: {
    enabled: boolean;
    type: string | null;
    webhookUrl: string | null;
    webhookMethod: string | null;
    webhookFilters: string[];
    conversationService: { sid: string } | null;
  } | null;
}

const FIELDS =
  'id sid type address friendlyName autoCreation { enabled type webhookUrl webhookMethod webhookFilters conversationService { sid } }';

const CREATE = `mutation ($input: CreateAddressConfigurationInput!) {
  createAddressConfiguration(input: $input) { addressConfiguration { ${FIELDS} } userErrors { code } }
}`;

describe('address configurations', () => {
  it('reads an address configuration by address and by SID', async () => {
    const byAddress = await gateway.run<{ addressConfiguration: AddressShape }>(
      `{ addressConfiguration(sid: "+15559870001") { ${FIELDS} } }`,
    );
    expect(byAddress.addressConfiguration).toMatchObject({
      type: 'SMS',
      address: '+15559870001',
      friendlyName: 'Support line',
      autoCreation: { enabled: true, type: 'DEFAULT', webhookFilters: [], conversationService: null },
    });
    const bySid = await gateway.run<{ addressConfiguration: AddressShape }>(
      `query ($sid: String!) { addressConfiguration(sid: $sid) { ${FIELDS} } }`,
      { sid: byAddress.addressConfiguration.sid },
    );
    expect(bySid.addressConfiguration).toEqual(byAddress.addressConfiguration);
  });

  it('returns null for an address with no configuration', async () => {
    const data = await gateway.run<{ a: null; b: null }>(
      '{ a: addressConfiguration(sid: "+15550000000") { sid } b: addressConfiguration(sid: "IG00000000000000000000000000000000") { sid } }',
    );
    expect(data).toEqual({ a: null, b: null });
  });

  it('creates a WhatsApp address that adds a webhook in a named service, filters the list by type, updates and deletes it', async () => {
    const service = await gateway.run<{ createService: { service: { sid: string } } }>(
      'mutation { createService(input: { friendlyName: "WhatsApp desk" }) { service { sid } } }',
    );
    const serviceSid = service.createService.service.sid;
    const created = await gateway.run<{
      createAddressConfiguration: { addressConfiguration: AddressShape; userErrors: unknown[] };
    }>(CREATE, {
      input: {
        type: 'WHATSAPP',
        address: 'whatsapp:+15559870099',
        friendlyName: 'WhatsApp line',
        autoCreation: {
          enabled: true,
          type: 'WEBHOOK',
          conversationServiceSid: serviceSid,
          webhookUrl: 'https://example.com/whatsapp',
          webhookMethod: 'POST',
          webhookFilters: ['onMessageAdded'],
        },
      },
    });
    expect(created.createAddressConfiguration.userErrors).toEqual([]);
    const address = created.createAddressConfiguration.addressConfiguration;
    expect(address).toMatchObject({
      type: 'WHATSAPP',
      address: 'whatsapp:+15559870099',
      autoCreation: {
        enabled: true,
        type: 'WEBHOOK',
        webhookUrl: 'https://example.com/whatsapp',
        webhookMethod: 'POST',
        webhookFilters: ['onMessageAdded'],
        conversationService: { sid: serviceSid },
      },
    });
    expect(address.sid).toMatch(/^IG[0-9a-f]{32}$/);

    const whatsapp = await gateway.run<{
      addressConfigurations: { edges: Array<{ node: { address: string } }> };
    }>('{ addressConfigurations(type: WHATSAPP) { edges { node { address } } } }');
    expect(whatsapp.addressConfigurations.edges.map((edge) => edge.node.address)).toEqual([
      'whatsapp:+15559870099',
    ]);

    const updated = await gateway.run<{
      updateAddressConfiguration: { addressConfiguration: AddressShape; userErrors: unknown[] };
    }>(
      `mutation { updateAddressConfiguration(input: {
        sid: "whatsapp:+15559870099", friendlyName: "WhatsApp returns", autoCreation: { enabled: false }
      }) { addressConfiguration { ${FIELDS} } userErrors { code } } }`,
    );
    expect(updated.updateAddressConfiguration.addressConfiguration).toMatchObject({
      friendlyName: 'WhatsApp returns',
      autoCreation: { enabled: false, type: 'WEBHOOK' },
    });

    const deleted = await gateway.run<{
      deleteAddressConfiguration: { deletedSid: string; userErrors: unknown[] };
    }>(
      'mutation ($sid: String!) { deleteAddressConfiguration(input: { sid: $sid }) { deletedSid userErrors { code } } }',
      { sid: address.sid },
    );
    expect(deleted.deleteAddressConfiguration).toEqual({ deletedSid: address.sid, userErrors: [] });
    const after = await gateway.run<{ addressConfiguration: null }>(
      '{ addressConfiguration(sid: "whatsapp:+15559870099") { sid } }',
    );
    expect(after.addressConfiguration).toBeNull();
  });

  it('refuses a second configuration of the same address with Twilio’s code', async () => {
    const data = await gateway.run<{
      createAddressConfiguration: { addressConfiguration: null; userErrors: Array<{ code: number }> };
    }>(CREATE, { input: { type: 'SMS', address: '+15559870001' } });
    expect(data.createAddressConfiguration).toEqual({
      addressConfiguration: null,
      userErrors: [{ code: 20409 }],
    });
  });

  it('refuses an unknown webhook event on auto-creation with Twilio’s code', async () => {
    const data = await gateway.run<{ createAddressConfiguration: { userErrors: Array<{ code: number }> } }>(
      CREATE,
      {
        input: {
          type: 'SMS',
          address: '+15559870042',
          autoCreation: {
            enabled: true,
            type: 'WEBHOOK',
            webhookUrl: 'https://example.com/x',
            webhookFilters: ['onNothing'],
          },
        },
      },
    );
    expect(data.createAddressConfiguration.userErrors).toEqual([{ code: 50365 }]);
  });

  it('fetches an address configuration by its global ID in one call', async () => {
    const list = await gateway.run<{ addressConfigurations: { edges: Array<{ node: AddressShape }> } }>(
      `{ addressConfigurations(first: 1) { edges { node { ${FIELDS} } } } }`,
    );
    const first = list.addressConfigurations.edges[0]?.node;
    const node = await gateway.run<{ node: AddressShape }>(
      `query ($id: ID!) { node(id: $id) { ... on AddressConfiguration { ${FIELDS} } } }`,
      {
        id: first?.id,
      },
    );
    expect(node.node).toEqual(first);
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual(['FetchConfigurationAddress']);
  });
});
