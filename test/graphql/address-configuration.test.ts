import { describe, expect, it } from 'vitest';
import {
  AddressConfigurationNodeDocument,
  AddressConfigurationsWithServiceDocument,
  AddressConfigurationWithServiceDocument,
  CreateAddressConfigurationCodeDocument,
  CreateServiceDocument,
  DeleteConfigurationAddressDocument,
  ListConfigurationAddressDocument,
  MissingAddressConfigurationsDocument,
  UpdateConfigurationAddressDocument,
} from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

describe('address configurations', () => {
  it('reads an address configuration by address and by SID', async () => {
    const byAddress = await gateway.run(AddressConfigurationWithServiceDocument, { sid: '+15559870001' });
    expect(byAddress.addressConfiguration).toMatchObject({
      type: 'SMS',
      address: '+15559870001',
      friendlyName: 'Support line',
      autoCreation: { enabled: true, type: 'DEFAULT', webhookFilters: [], conversationService: null },
    });
    const bySid = await gateway.run(AddressConfigurationWithServiceDocument, {
      sid: byAddress.addressConfiguration?.sid ?? '',
    });
    expect(bySid.addressConfiguration).toEqual(byAddress.addressConfiguration);
  });

  it('returns null for an address with no configuration', async () => {
    const data = await gateway.run(MissingAddressConfigurationsDocument, {
      address: '+15550000000',
      sid: 'IG00000000000000000000000000000000',
    });
    expect(data).toEqual({ byAddress: null, bySid: null });
  });

  it('creates a WhatsApp address that adds a webhook in a named service, filters the list by type, updates and deletes it', async () => {
    const service = await gateway.run(CreateServiceDocument, { friendlyName: 'WhatsApp desk' });
    const serviceSid = service.createService.service?.sid ?? '';
    const created = await gateway.run(CreateAddressConfigurationCodeDocument, {
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
    if (!address) throw new Error('no address configuration was created');
    expect(address.sid).toMatch(/^IG[0-9a-f]{32}$/);

    const whatsapp = await gateway.run(ListConfigurationAddressDocument, { type: 'WHATSAPP' });
    expect(whatsapp.addressConfigurations.edges.map((edge) => edge.node.address)).toEqual([
      'whatsapp:+15559870099',
    ]);

    const updated = await gateway.run(UpdateConfigurationAddressDocument, {
      sid: 'whatsapp:+15559870099',
      friendlyName: 'WhatsApp returns',
      autoCreation: { enabled: false },
    });
    expect(updated.updateAddressConfiguration.addressConfiguration).toMatchObject({
      friendlyName: 'WhatsApp returns',
      autoCreation: { enabled: false, type: 'WEBHOOK' },
    });

    const deleted = await gateway.run(DeleteConfigurationAddressDocument, { sid: address.sid });
    expect(deleted.deleteAddressConfiguration).toEqual({ deletedSid: address.sid, userErrors: [] });
    const after = await gateway.run(AddressConfigurationWithServiceDocument, {
      sid: 'whatsapp:+15559870099',
    });
    expect(after.addressConfiguration).toBeNull();
  });

  it('refuses a second configuration of the same address with Twilio’s code', async () => {
    const data = await gateway.run(CreateAddressConfigurationCodeDocument, {
      input: { type: 'SMS', address: '+15559870001' },
    });
    expect(data.createAddressConfiguration).toEqual({
      addressConfiguration: null,
      userErrors: [{ code: 20409 }],
    });
  });

  it('refuses an unknown webhook event on auto-creation with Twilio’s code', async () => {
    const data = await gateway.run(CreateAddressConfigurationCodeDocument, {
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
    });
    expect(data.createAddressConfiguration.userErrors).toEqual([{ code: 50365 }]);
  });

  it('fetches an address configuration by its global ID in one call', async () => {
    const list = await gateway.run(AddressConfigurationsWithServiceDocument, { first: 1 });
    const first = list.addressConfigurations.edges[0]?.node;
    if (!first) throw new Error('the demo seed has no address configuration');
    const node = await gateway.run(AddressConfigurationNodeDocument, { id: first.id });
    expect(node.node).toEqual(first);
    expect(gateway.lastCalls().map((call) => call.operationId)).toEqual(['FetchConfigurationAddress']);
  });
});
