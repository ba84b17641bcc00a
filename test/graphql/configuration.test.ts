import { describe, expect, it } from 'vitest';
import {
  ConfigurationWithDefaultServiceDocument,
  DefaultServiceAndConversationsDocument,
  FetchConfigurationDocument,
  ServiceDefaultRolesDocument,
  ServiceNotificationsLoggedDocument,
  ServiceRoleNamesDocument,
  ServiceSettingsLinksDocument,
  ServiceSettingsUpdatedAloneDocument,
  ServiceWebhookFiltersDocument,
  UpdateConfigurationCodeDocument,
  UpdateConfigurationTimersDocument,
  UpdateConfigurationWebhookInputDocument,
  UpdateServiceDefaultRoleDocument,
  UpdateServiceNotificationInputDocument,
  UpdateServiceWebhookInputDocument,
} from '../documents/generated.ts';
import { createServiceNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

const createService = (friendlyName: string) => createServiceNamed(gateway, friendlyName);

describe('account configuration', () => {
  it('reads the account configuration with its default service and webhook', async () => {
    const data = await gateway.run(ConfigurationWithDefaultServiceDocument);
    const { configuration } = data;
    expect(configuration.defaultService?.sid).toBe(configuration.defaultChatServiceSid);
    expect(configuration.defaultService?.conversations.edges[0]?.node.uniqueName).toBe('product-launch');
    expect(configuration.defaultInactiveTimer).toBeNull();
    expect(configuration.defaultClosedTimer).toBeNull();
    expect(configuration.webhook).toMatchObject({ preWebhookUrl: null, filters: [] });
    expect(gateway.operations()).toEqual([
      'FetchConfiguration',
      'FetchConfigurationWebhook',
      'FetchService',
      'ListServiceConversation',
    ]);
  });

  it('sets the default timers as ISO 8601 durations', async () => {
    const data = await gateway.run(UpdateConfigurationTimersDocument, {
      input: { defaultInactiveTimer: 'PT5M', defaultClosedTimer: 'P1D' },
    });
    expect(data.updateConfiguration).toEqual({
      configuration: { defaultInactiveTimer: 'PT5M', defaultClosedTimer: 'P1D' },
      userErrors: [],
    });
  });

  it('refuses a timer below Twilio’s minimum and an unknown default service, with Twilio’s codes', async () => {
    const tooShort = await gateway.run(UpdateConfigurationCodeDocument, {
      input: { defaultInactiveTimer: 'PT30S' },
    });
    expect(tooShort.updateConfiguration).toEqual({ configuration: null, userErrors: [{ code: 50375 }] });
    const unknown = await gateway.run(UpdateConfigurationCodeDocument, {
      input: { defaultChatServiceSid: 'IS00000000000000000000000000000000' },
    });
    expect(unknown.updateConfiguration.userErrors).toEqual([{ code: 50050 }]);
  });

  it('moves the default service, which the queries without a serviceSid then act on', async () => {
    const original = await gateway.run(FetchConfigurationDocument);
    const sid = await createService('New default');
    await gateway.run(UpdateConfigurationCodeDocument, { input: { defaultChatServiceSid: sid } });
    const moved = await gateway.run(DefaultServiceAndConversationsDocument);
    expect(moved.configuration.defaultService?.sid).toBe(sid);
    expect(moved.conversations.edges).toEqual([]);
    await gateway.run(UpdateConfigurationCodeDocument, {
      input: { defaultChatServiceSid: original.configuration.defaultChatServiceSid },
    });
  });

  it('sets and clears the account-wide webhook', async () => {
    const set = await gateway.run(UpdateConfigurationWebhookInputDocument, {
      input: {
        target: 'WEBHOOK',
        method: 'POST',
        filters: ['onMessageAdded', 'onConversationAdded'],
        preWebhookUrl: 'https://example.com/pre',
        postWebhookUrl: 'https://example.com/post',
      },
    });
    expect(set.updateConfigurationWebhook).toEqual({
      webhook: {
        target: 'WEBHOOK',
        method: 'POST',
        filters: ['onMessageAdded', 'onConversationAdded'],
        preWebhookUrl: 'https://example.com/pre',
        postWebhookUrl: 'https://example.com/post',
      },
      userErrors: [],
    });
    const cleared = await gateway.run(UpdateConfigurationWebhookInputDocument, {
      input: { preWebhookUrl: null },
    });
    // Null removes the URL; the absent one is left as it was.
    expect(cleared.updateConfigurationWebhook.webhook).toMatchObject({
      preWebhookUrl: null,
      postWebhookUrl: 'https://example.com/post',
    });
  });

  it('refuses an unknown webhook event with Twilio’s code', async () => {
    const data = await gateway.run(UpdateConfigurationWebhookInputDocument, {
      input: { filters: ['onNothing'] },
    });
    expect(data.updateConfigurationWebhook).toEqual({ webhook: null, userErrors: [{ code: 50365 }] });
  });
});

describe('service configuration', () => {
  it('reads a service’s default roles with one call for all three', async () => {
    const sid = await createService('Roles by default');
    const data = await gateway.run(ServiceDefaultRolesDocument, { serviceSid: sid });
    expect(data.service?.configuration).toEqual({
      reachabilityEnabled: false,
      defaultChatServiceRole: { friendlyName: 'service user' },
      defaultConversationRole: { friendlyName: 'channel user' },
      defaultConversationCreatorRole: { friendlyName: 'channel admin' },
    });
    expect(gateway.operations()).toEqual(['FetchService', 'FetchServiceConfiguration', 'ListServiceRole']);
  });

  it('links a service’s configuration to its service, notifications and webhooks, one call each', async () => {
    const sid = await createService('Linked settings');
    const data = await gateway.run(ServiceSettingsLinksDocument, { serviceSid: sid });
    expect(data.service?.configuration).toEqual({
      service: { sid },
      notifications: { chatServiceSid: sid, service: { sid } },
      webhookConfiguration: { chatServiceSid: sid, service: { sid } },
    });
    // Minimum 4: the service and its three settings resources; every `service` is the one read first.
    expect(gateway.operations()).toEqual([
      'FetchService',
      'FetchServiceConfiguration',
      'FetchServiceNotification',
      'FetchServiceWebhookConfiguration',
    ]);
  });

  it('links each settings resource of a service read on its own to the service, one fetch for all', async () => {
    const sid = await createService('Settings first');
    const data = await gateway.run(ServiceSettingsUpdatedAloneDocument, { serviceSid: sid });
    expect(data).toEqual({
      configuration: { configuration: { service: { friendlyName: 'Settings first' } } },
      notifications: { notifications: { service: { friendlyName: 'Settings first' } } },
      webhooks: { webhookConfiguration: { service: { friendlyName: 'Settings first' } } },
    });
    // Minimum 4: three updates and the one service they share (mutations run one after another, and
    // the second and third find the service in the request's cache).
    expect(gateway.operations()).toEqual([
      'FetchService',
      'UpdateServiceConfiguration',
      'UpdateServiceNotification',
      'UpdateServiceWebhookConfiguration',
    ]);
  });

  it('turns reachability on and changes a default role, refusing a role of the wrong type', async () => {
    const sid = await createService('Reachable');
    const roles = await gateway.run(ServiceRoleNamesDocument, { serviceSid: sid });
    const admin = roles.roles.edges.find((edge) => edge.node.friendlyName === 'service admin')?.node.sid;
    const channelAdmin = roles.roles.edges.find((edge) => edge.node.friendlyName === 'channel admin')?.node
      .sid;
    const updated = await gateway.run(UpdateServiceDefaultRoleDocument, {
      input: { serviceSid: sid, reachabilityEnabled: true, defaultChatServiceRoleSid: admin },
    });
    expect(updated.updateServiceConfiguration.configuration).toEqual({
      reachabilityEnabled: true,
      defaultChatServiceRole: { friendlyName: 'service admin' },
    });
    const refused = await gateway.run(UpdateServiceDefaultRoleDocument, {
      input: { serviceSid: sid, defaultChatServiceRoleSid: channelAdmin },
    });
    expect(refused.updateServiceConfiguration).toEqual({
      configuration: null,
      userErrors: [{ code: 50105 }],
    });
  });

  it('reads and changes a service’s push notification settings', async () => {
    const sid = await createService('Notifying');
    // Twilio's template placeholders, written apart so they are not read as template literals.
    const newMessage = {
      enabled: true,
      template: 'New in $' + '{CONVERSATION}',
      badgeCountEnabled: true,
      withMedia: { enabled: true, template: '$' + '{MEDIA_COUNT} files' },
    };
    const updated = await gateway.run(UpdateServiceNotificationInputDocument, {
      input: { serviceSid: sid, logEnabled: true, newMessage, addedToConversation: { enabled: true } },
    });
    expect(updated.updateServiceNotification.userErrors).toEqual([]);
    expect(updated.updateServiceNotification.notifications).toMatchObject({
      logEnabled: true,
      newMessage,
      addedToConversation: { enabled: true },
    });
    const read = await gateway.run(ServiceNotificationsLoggedDocument, { serviceSid: sid });
    expect(read.service?.notifications?.logEnabled).toBe(true);
  });

  it('reads and changes a service’s own webhooks', async () => {
    const sid = await createService('Hooked');
    const before = await gateway.run(ServiceWebhookFiltersDocument, { serviceSid: sid });
    expect(before.service?.webhookConfiguration).toEqual({ filters: [], postWebhookUrl: null });
    const updated = await gateway.run(UpdateServiceWebhookInputDocument, {
      input: {
        serviceSid: sid,
        method: 'GET',
        filters: ['onMessageAdded'],
        postWebhookUrl: 'https://example.com/hooks',
      },
    });
    expect(updated.updateServiceWebhookConfiguration).toEqual({
      webhookConfiguration: {
        method: 'GET',
        filters: ['onMessageAdded'],
        postWebhookUrl: 'https://example.com/hooks',
        chatServiceSid: sid,
      },
      userErrors: [],
    });
  });
});
