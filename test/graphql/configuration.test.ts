import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });

async function createService(name: string): Promise<string> {
  const data = await gateway.run<{ createService: { service: { sid: string } } }>(
    'mutation ($n: String!) { createService(input: { friendlyName: $n }) { service { sid } } }',
    { n: name },
  );
  return data.createService.service.sid;
}

describe('account configuration', () => {
  it('reads the account configuration with its default service and webhook', async () => {
    const data = await gateway.run<{
      configuration: {
        defaultChatServiceSid: string;
        defaultService: {
          sid: string;
          conversations: { edges: Array<{ node: { uniqueName: string | null } }> };
        };
        defaultInactiveTimer: string | null;
        defaultClosedTimer: string | null;
        webhook: { target: string; method: string; filters: string[]; preWebhookUrl: string | null };
      };
    }>(`{ configuration {
      defaultChatServiceSid defaultInactiveTimer defaultClosedTimer
      defaultService { sid conversations(first: 1) { edges { node { uniqueName } } } }
      webhook { target method filters preWebhookUrl }
    } }`);
    const { configuration } = data;
    expect(configuration.defaultService.sid).toBe(configuration.defaultChatServiceSid);
    expect(configuration.defaultService.conversations.edges[0]?.node.uniqueName).toBe('product-launch');
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
    const data = await gateway.run<{
      updateConfiguration: {
        configuration: { defaultInactiveTimer: string; defaultClosedTimer: string };
        userErrors: unknown[];
      };
    }>(`mutation { updateConfiguration(input: { defaultInactiveTimer: "PT5M", defaultClosedTimer: "P1D" }) {
      configuration { defaultInactiveTimer defaultClosedTimer } userErrors { code }
    } }`);
    expect(data.updateConfiguration).toEqual({
      configuration: { defaultInactiveTimer: 'PT5M', defaultClosedTimer: 'P1D' },
      userErrors: [],
    });
  });

  it('refuses a timer below Twilio’s minimum and an unknown default service, with Twilio’s codes', async () => {
    const tooShort = await gateway.run<{
      updateConfiguration: { configuration: null; userErrors: Array<{ code: number }> };
    }>(
      'mutation { updateConfiguration(input: { defaultInactiveTimer: "PT30S" }) { configuration { accountSid } userErrors { code } } }',
    );
    expect(tooShort.updateConfiguration).toEqual({ configuration: null, userErrors: [{ code: 50375 }] });
    const unknown = await gateway.run<{ updateConfiguration: { userErrors: Array<{ code: number }> } }>(
      'mutation { updateConfiguration(input: { defaultChatServiceSid: "IS00000000000000000000000000000000" }) { userErrors { code } } }',
    );
    expect(unknown.updateConfiguration.userErrors).toEqual([{ code: 50050 }]);
  });

  it('moves the default service, which the queries without a serviceSid then act on', async () => {
    const original = await gateway.run<{ configuration: { defaultChatServiceSid: string } }>(
      '{ configuration { defaultChatServiceSid } }',
    );
    const sid = await createService('New default');
    await gateway.run(
      'mutation ($s: String!) { updateConfiguration(input: { defaultChatServiceSid: $s }) { userErrors { code } } }',
      { s: sid },
    );
    const moved = await gateway.run<{
      configuration: { defaultService: { sid: string } };
      conversations: { edges: unknown[] };
    }>('{ configuration { defaultService { sid } } conversations { edges { cursor } } }');
    expect(moved.configuration.defaultService.sid).toBe(sid);
    expect(moved.conversations.edges).toEqual([]);
    await gateway.run(
      'mutation ($s: String!) { updateConfiguration(input: { defaultChatServiceSid: $s }) { userErrors { code } } }',
      { s: original.configuration.defaultChatServiceSid },
    );
  });

  it('sets and clears the account-wide webhook', async () => {
    const set = await gateway.run<{
      updateConfigurationWebhook: {
        webhook: {
          target: string;
          method: string;
          filters: string[];
          preWebhookUrl: string | null;
          postWebhookUrl: string | null;
        };
        userErrors: unknown[];
      };
    }>(`mutation { updateConfigurationWebhook(input: {
      target: WEBHOOK, method: POST, filters: ["onMessageAdded", "onConversationAdded"],
      preWebhookUrl: "https://example.com/pre", postWebhookUrl: "https://example.com/post"
    }) { webhook { target method filters preWebhookUrl postWebhookUrl } userErrors { code } } }`);
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
    const cleared = await gateway.run<{
      updateConfigurationWebhook: {
        webhook: { preWebhookUrl: string | null; postWebhookUrl: string | null };
      };
    }>(
      'mutation { updateConfigurationWebhook(input: { preWebhookUrl: null }) { webhook { preWebhookUrl postWebhookUrl } } }',
    );
    // Null removes the URL; the absent one is left as it was.
    expect(cleared.updateConfigurationWebhook.webhook).toEqual({
      preWebhookUrl: null,
      postWebhookUrl: 'https://example.com/post',
    });
  });

  it('refuses an unknown webhook event with Twilio’s code', async () => {
    const data = await gateway.run<{
      updateConfigurationWebhook: { webhook: null; userErrors: Array<{ code: number }> };
    }>(
      'mutation { updateConfigurationWebhook(input: { filters: ["onNothing"] }) { webhook { method } userErrors { code } } }',
    );
    expect(data.updateConfigurationWebhook).toEqual({ webhook: null, userErrors: [{ code: 50365 }] });
  });
});

describe('service configuration', () => {
  it('reads a service’s default roles with one call for all three', async () => {
    const sid = await createService('Roles by default');
    const data = await gateway.run<{
      service: {
        configuration: {
          reachabilityEnabled: boolean;
          defaultChatServiceRole: { friendlyName: string };
          defaultConversationRole: { friendlyName: string };
          defaultConversationCreatorRole: { friendlyName: string };
        };
      };
    }>(
      `query ($s: String!) { service(sid: $s) { configuration {
        reachabilityEnabled
        defaultChatServiceRole { friendlyName } defaultConversationRole { friendlyName } defaultConversationCreatorRole { friendlyName }
      } } }`,
      { s: sid },
    );
    expect(data.service.configuration).toEqual({
      reachabilityEnabled: false,
      defaultChatServiceRole: { friendlyName: 'service user' },
      defaultConversationRole: { friendlyName: 'channel user' },
      defaultConversationCreatorRole: { friendlyName: 'channel admin' },
    });
    expect(gateway.operations()).toEqual(['FetchService', 'FetchServiceConfiguration', 'ListServiceRole']);
  });

  it('links a service’s configuration to its service, notifications and webhooks, one call each', async () => {
    const sid = await createService('Linked settings');
    const data = await gateway.run<{
      service: {
        configuration: {
          service: { sid: string };
          notifications: { chatServiceSid: string; service: { sid: string } };
          webhookConfiguration: { chatServiceSid: string; service: { sid: string } };
        };
      };
    }>(
      `query ($s: String!) { service(sid: $s) { configuration {
        service { sid }
        notifications { chatServiceSid service { sid } }
        webhookConfiguration { chatServiceSid service { sid } }
      } } }`,
      { s: sid },
    );
    expect(data.service.configuration).toEqual({
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
    const data = await gateway.run<Record<string, unknown>>(
      `mutation ($s: String!) {
        configuration: updateServiceConfiguration(input: { serviceSid: $s }) { configuration { service { friendlyName } } }
        notifications: updateServiceNotification(input: { serviceSid: $s }) { notifications { service { friendlyName } } }
        webhooks: updateServiceWebhookConfiguration(input: { serviceSid: $s }) { webhookConfiguration { service { friendlyName } } }
      }`,
      { s: sid },
    );
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
    const roles = await gateway.run<{
      roles: { edges: Array<{ node: { sid: string; friendlyName: string } }> };
    }>('query ($s: String!) { roles(serviceSid: $s) { edges { node { sid friendlyName } } } }', { s: sid });
    const admin = roles.roles.edges.find((edge) => edge.node.friendlyName === 'service admin')?.node.sid;
    const channelAdmin = roles.roles.edges.find((edge) => edge.node.friendlyName === 'channel admin')?.node
      .sid;
    const UPDATE = `mutation ($input: UpdateServiceConfigurationInput!) { updateServiceConfiguration(input: $input) {
      configuration { reachabilityEnabled defaultChatServiceRole { friendlyName } } userErrors { code }
    } }`;
    const updated = await gateway.run<{
      updateServiceConfiguration: {
        configuration: { reachabilityEnabled: boolean; defaultChatServiceRole: { friendlyName: string } };
      };
    }>(UPDATE, { input: { serviceSid: sid, reachabilityEnabled: true, defaultChatServiceRoleSid: admin } });
    expect(updated.updateServiceConfiguration.configuration).toEqual({
      reachabilityEnabled: true,
      defaultChatServiceRole: { friendlyName: 'service admin' },
    });
    const refused = await gateway.run<{
      updateServiceConfiguration: { configuration: null; userErrors: Array<{ code: number }> };
    }>(UPDATE, {
      input: { serviceSid: sid, defaultChatServiceRoleSid: channelAdmin },
    });
    expect(refused.updateServiceConfiguration).toEqual({
      configuration: null,
      userErrors: [{ code: 50105 }],
    });
  });

  it('reads and changes a service’s push notification settings', async () => {
    const sid = await createService('Notifying');
    const updated = await gateway.run<{
      updateServiceNotification: {
        notifications: {
          logEnabled: boolean;
          newMessage: {
            enabled: boolean;
            template: string;
            sound: string | null;
            badgeCountEnabled: boolean;
            withMedia: { enabled: boolean; template: string };
          };
          addedToConversation: { enabled: boolean; template: string | null };
        };
        userErrors: unknown[];
      };
    }>(
      `mutation ($s: String!, $template: String!, $media: String!) { updateServiceNotification(input: {
        serviceSid: $s, logEnabled: true,
        newMessage: { enabled: true, template: $template, badgeCountEnabled: true, withMedia: { enabled: true, template: $media } },
        addedToConversation: { enabled: true }
      }) {
        notifications {
          logEnabled
          newMessage { enabled template sound badgeCountEnabled withMedia { enabled template } }
          addedToConversation { enabled template }
        }
        userErrors { code }
      } }`,
      { s: sid, template: 'New in $' + '{CONVERSATION}', media: '$' + '{MEDIA_COUNT} files' },
    );
    expect(updated.updateServiceNotification.userErrors).toEqual([]);
    expect(updated.updateServiceNotification.notifications).toMatchObject({
      logEnabled: true,
      newMessage: {
        enabled: true,
        template: 'New in $' + '{CONVERSATION}',
        badgeCountEnabled: true,
        withMedia: { enabled: true, template: '$' + '{MEDIA_COUNT} files' },
      },
      addedToConversation: { enabled: true },
    });
    const read = await gateway.run<{ service: { notifications: { logEnabled: boolean } } }>(
      'query ($s: String!) { service(sid: $s) { notifications { logEnabled } } }',
      { s: sid },
    );
    expect(read.service.notifications.logEnabled).toBe(true);
  });

  it('reads and changes a service’s own webhooks', async () => {
    const sid = await createService('Hooked');
    const before = await gateway.run<{
      service: { webhookConfiguration: { filters: string[]; postWebhookUrl: string | null } };
    }>('query ($s: String!) { service(sid: $s) { webhookConfiguration { filters postWebhookUrl } } }', {
      s: sid,
    });
    expect(before.service.webhookConfiguration).toEqual({ filters: [], postWebhookUrl: null });
    const updated = await gateway.run<{
      updateServiceWebhookConfiguration: {
        webhookConfiguration: {
          method: string;
          filters: string[];
          postWebhookUrl: string;
          chatServiceSid: string;
        };
        userErrors: unknown[];
      };
    }>(
      `mutation ($s: String!) { updateServiceWebhookConfiguration(input: {
        serviceSid: $s, method: GET, filters: ["onMessageAdded"], postWebhookUrl: "https://example.com/hooks"
      }) { webhookConfiguration { method filters postWebhookUrl chatServiceSid } userErrors { code } } }`,
      { s: sid },
    );
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
