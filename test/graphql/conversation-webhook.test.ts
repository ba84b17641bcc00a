import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConversationWebhookFoundMissingByIdDocument,
  ConversationWebhookIdsDocument,
  ConversationWebhookInServiceOrDefaultDocument,
  ConversationWebhookPageDocument,
  type ConversationWebhookPageQuery,
  ConversationWebhookServicesDocument,
  ConversationWebhookSettingsListDocument,
  ConversationWebhookSidDocument,
  type CreateConversationWebhookInput,
  CreateConversationWebhookInputDocument,
  DeleteConversationWebhookCodeDocument,
  UpdateConversationWebhookConfigurationDocument,
} from '../documents/generated.ts';
import { conversationMaker, serviceSidNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
let salesSid: string;

beforeAll(async () => {
  salesSid = await serviceSidNamed(gateway, 'Sales team');
});

const operations = () => gateway.lastCalls().map((call) => call.operationId);

const createConversation = conversationMaker(gateway, 'webhooks-test');

describe('reading conversation webhooks', () => {
  it('lists the webhooks of a conversation with their target and configuration', async () => {
    const data = await gateway.run(ConversationWebhookSettingsListDocument, {
      conversationSid: 'product-launch',
    });
    expect(data.conversation?.webhooks.edges.map((edge) => edge.node)).toEqual([
      {
        target: 'WEBHOOK',
        configuration: {
          url: 'https://example.com/hooks/launch',
          method: 'POST',
          filters: ['onMessageAdded', 'onParticipantAdded'],
          triggers: null,
          flowSid: null,
          replayAfter: null,
        },
      },
    ]);
    // Minimum 1: the webhooks are addressed by the conversation's unique name, and none of the
    // conversation's own fields is read, so it is not fetched.
    expect(operations()).toEqual(['ListConversationScopedWebhook']);
  });

  it('links the webhooks of a conversation to its service with one fetch', async () => {
    const data = await gateway.run(ConversationWebhookServicesDocument, {
      conversationSid: 'product-launch',
    });
    expect(data.conversation?.webhooks.edges.map((edge) => edge.node.service?.sid)).toEqual([
      data.conversation?.chatServiceSid,
    ]);
    // Minimum 3: the conversation, its webhooks page and the service the conversation names.
    expect(operations().sort()).toEqual([
      'FetchConversation',
      'FetchService',
      'ListConversationScopedWebhook',
    ]);
  });

  it('finds a webhook by SID and by global ID, and returns null for one that does not exist', async () => {
    const listed = await gateway.run(ConversationWebhookIdsDocument, { conversationSid: 'product-launch' });
    const webhook = listed.conversation?.webhooks.edges[0]?.node;
    if (!listed.conversation || !webhook) throw new Error('the demo conversation has no webhook');
    const data = await gateway.run(ConversationWebhookFoundMissingByIdDocument, {
      conversationSid: listed.conversation.sid,
      sid: webhook.sid,
      id: webhook.id,
    });
    expect(data).toEqual({ found: { sid: webhook?.sid }, missing: null, byId: { sid: webhook?.sid } });
  });
});

describe('writing conversation webhooks', () => {
  it('creates webhook, trigger and studio webhooks, up to five, and pages through them', async () => {
    const conversationSid = await createConversation();
    const created: string[] = [];
    const inputs: Array<Omit<CreateConversationWebhookInput, 'conversationSid'>> = [
      {
        target: 'WEBHOOK',
        configuration: { url: 'https://example.com/a', method: 'GET', filters: ['onMessageAdded'] },
      },
      { target: 'TRIGGER', configuration: { url: 'https://example.com/b', triggers: ['help', 'refund'] } },
      { target: 'STUDIO', configuration: { flowSid: 'FW0123456789abcdef0123456789abcdef' }, replayAfter: 3 },
      { target: 'WEBHOOK', configuration: { url: 'https://example.com/d', filters: ['onParticipantAdded'] } },
      { target: 'WEBHOOK', configuration: { url: 'https://example.com/e', filters: ['onMessageRemoved'] } },
    ];
    for (const input of inputs) {
      const data = await gateway.run(CreateConversationWebhookInputDocument, {
        input: { conversationSid, ...input },
      });
      expect(data.createConversationWebhook.userErrors).toEqual([]);
      created.push(data.createConversationWebhook.webhook?.sid ?? '');
      if (input.target === 'TRIGGER') {
        expect(data.createConversationWebhook.webhook?.configuration).toMatchObject({
          method: 'POST',
          triggers: ['help', 'refund'],
          filters: null,
        });
      }
      if (input.target === 'STUDIO') {
        expect(data.createConversationWebhook.webhook?.configuration).toMatchObject({
          flowSid: 'FW0123456789abcdef0123456789abcdef',
          url: null,
        });
      }
    }

    const sixth = await gateway.run(CreateConversationWebhookInputDocument, {
      input: {
        conversationSid,
        target: 'WEBHOOK',
        configuration: { url: 'https://example.com/f', filters: ['onMessageAdded'] },
      },
    });
    expect(sixth.createConversationWebhook).toEqual({ webhook: null, userErrors: [{ code: 50361 }] });

    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 5; round += 1) {
      const data: ConversationWebhookPageQuery = await gateway.run(ConversationWebhookPageDocument, {
        conversationSid,
        first: 2,
        after,
      });
      const webhooks = data.conversation?.webhooks;
      if (!webhooks) throw new Error(JSON.stringify(data));
      seen.push(...webhooks.edges.map((edge) => edge.node.sid));
      if (!webhooks.pageInfo.hasNextPage) break;
      after = webhooks.pageInfo.endCursor;
    }
    expect(seen).toEqual(created);

    // Asking for more than Twilio's page of five still costs one call when five is all there is.
    const all = await gateway.run(ConversationWebhookPageDocument, { conversationSid, first: 50 });
    expect(all.conversation?.webhooks.edges).toHaveLength(5);
    expect(operations().filter((operation) => operation === 'ListConversationScopedWebhook')).toHaveLength(1);
  });

  it('reports a webhook target without its URL as a user error', async () => {
    const conversationSid = await createConversation();
    const data = await gateway.run(CreateConversationWebhookInputDocument, {
      input: { conversationSid, target: 'WEBHOOK', configuration: { filters: ['onMessageAdded'] } },
    });
    expect(data.createConversationWebhook).toEqual({ webhook: null, userErrors: [{ code: 50369 }] });
  });

  it('changes the configuration of a webhook and deletes it', async () => {
    const conversationSid = await createConversation();
    const created = await gateway.run(CreateConversationWebhookInputDocument, {
      input: {
        conversationSid,
        target: 'WEBHOOK',
        configuration: { url: 'https://example.com/old', filters: ['onMessageAdded'] },
      },
    });
    const sid = created.createConversationWebhook.webhook?.sid;
    if (!sid) throw new Error(JSON.stringify(created));
    const updated = await gateway.run(UpdateConversationWebhookConfigurationDocument, {
      conversationSid,
      sid,
      configuration: { url: 'https://example.com/new', method: 'GET', filters: ['onConversationUpdated'] },
    });
    expect(updated.updateConversationWebhook).toEqual({
      webhook: {
        configuration: { url: 'https://example.com/new', method: 'GET', filters: ['onConversationUpdated'] },
      },
      userErrors: [],
    });

    const deleted = await gateway.run(DeleteConversationWebhookCodeDocument, { conversationSid, sid });
    expect(deleted.deleteConversationWebhook).toEqual({ deletedSid: sid, userErrors: [] });
    const after = await gateway.run(ConversationWebhookSidDocument, { conversationSid, sid });
    expect(after.conversationWebhook).toBeNull();
  });

  it('creates, reads and deletes a webhook of a conversation in a named service', async () => {
    const created = await gateway.run(CreateConversationWebhookInputDocument, {
      input: {
        serviceSid: salesSid,
        conversationSid: 'enterprise-deal',
        target: 'WEBHOOK',
        configuration: { url: 'https://example.com/sales', filters: ['onMessageAdded'] },
      },
    });
    expect(created.createConversationWebhook.userErrors).toEqual([]);
    expect(operations()[0]).toBe('CreateServiceConversationScopedWebhook');
    const webhook = created.createConversationWebhook.webhook;
    if (!webhook?.conversation) throw new Error(JSON.stringify(created));

    const read = await gateway.run(ConversationWebhookInServiceOrDefaultDocument, {
      serviceSid: salesSid,
      conversationSid: webhook.conversation.sid,
      sid: webhook.sid,
      id: webhook.id,
    });
    expect(read).toEqual({ inService: { sid: webhook?.sid }, inDefault: null, byId: { sid: webhook?.sid } });

    const deleted = await gateway.run(DeleteConversationWebhookCodeDocument, {
      serviceSid: salesSid,
      conversationSid: 'enterprise-deal',
      sid: webhook.sid,
    });
    expect(deleted.deleteConversationWebhook.userErrors).toEqual([]);
    expect(operations()).toEqual(['DeleteServiceConversationScopedWebhook']);
  });
});
