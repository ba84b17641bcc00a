import { beforeAll, describe, expect, it } from 'vitest';
import { conversationMaker, serviceSidNamed, useTestGateway } from '../helpers/gateway.ts';

const gateway = useTestGateway({ seed: 'demo' });
let salesSid: string;

beforeAll(async () => {
  salesSid = await serviceSidNamed(gateway, 'Sales team');
});

const operations = () => gateway.lastCalls().map((call) => call.operationId);

const createConversation = conversationMaker(gateway, 'webhooks-test');

const CREATE = `mutation($input: CreateConversationWebhookInput!) {
  createConversationWebhook(input: $input) {
    webhook { id sid target configuration { url method filters triggers flowSid replayAfter } conversation { sid } }
    userErrors { code }
  }
}`;

interface Webhook {
  id: string;
  sid: string;
  target: string;
  configuration: {
    url: string | null;
    method: string | null;
    filters: string[] | null;
    triggers: string[] | null;
    flowSid: string | null;
    replayAfter: number | null;
  };
  conversation: { sid: string };
}

interface CreateResult {
  createConversationWebhook: { webhook: Webhook | null; userErrors: Array<{ code: number }> };
}

describe('reading conversation webhooks', () => {
  it('lists the webhooks of a conversation with their target and configuration', async () => {
    const data = await gateway.run<{
      conversation: { webhooks: { edges: Array<{ node: Omit<Webhook, 'id' | 'sid' | 'conversation'> }> } };
    }>(
      '{ conversation(sid: "product-launch") { webhooks { edges { node { target configuration { url method filters triggers flowSid replayAfter } } } } } }',
    );
    expect(data.conversation.webhooks.edges.map((edge) => edge.node)).toEqual([
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
    const data = await gateway.run<{
      conversation: {
        chatServiceSid: string;
        webhooks: { edges: Array<{ node: { service: { sid: string } } }> };
      };
    }>(
      '{ conversation(sid: "product-launch") { chatServiceSid webhooks { edges { node { service { sid } } } } } }',
    );
    expect(data.conversation.webhooks.edges.map((edge) => edge.node.service.sid)).toEqual([
      data.conversation.chatServiceSid,
    ]);
    // Minimum 3: the conversation, its webhooks page and the service the conversation names.
    expect(operations().sort()).toEqual([
      'FetchConversation',
      'FetchService',
      'ListConversationScopedWebhook',
    ]);
  });

  it('finds a webhook by SID and by global ID, and returns null for one that does not exist', async () => {
    const listed = await gateway.run<{
      conversation: { sid: string; webhooks: { edges: Array<{ node: { id: string; sid: string } }> } };
    }>('{ conversation(sid: "product-launch") { sid webhooks { edges { node { id sid } } } } }');
    const webhook = listed.conversation.webhooks.edges[0]?.node;
    const data = await gateway.run<{
      found: { sid: string } | null;
      missing: null;
      byId: { sid: string } | null;
    }>(
      `query($c: String!, $w: String!, $id: ID!) {
        found: conversationWebhook(conversationSid: $c, sid: $w) { sid }
        missing: conversationWebhook(conversationSid: $c, sid: "WH00000000000000000000000000000000") { sid }
        byId: node(id: $id) { ... on ConversationWebhook { sid } }
      }`,
      { c: listed.conversation.sid, w: webhook?.sid, id: webhook?.id },
    );
    expect(data).toEqual({ found: { sid: webhook?.sid }, missing: null, byId: { sid: webhook?.sid } });
  });
});

describe('writing conversation webhooks', () => {
  it('creates webhook, trigger and studio webhooks, up to five, and pages through them', async () => {
    const conversationSid = await createConversation();
    const created: string[] = [];
    const inputs = [
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
      const data = await gateway.run<CreateResult>(CREATE, { input: { conversationSid, ...input } });
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

    const sixth = await gateway.run<CreateResult>(CREATE, {
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
      const data: {
        conversation: {
          webhooks: {
            edges: Array<{ node: { sid: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = await gateway.run(
        'query($c: String!, $after: String) { conversation(sid: $c) { webhooks(first: 2, after: $after) { edges { node { sid } } pageInfo { hasNextPage endCursor } } } }',
        { c: conversationSid, after },
      );
      seen.push(...data.conversation.webhooks.edges.map((edge) => edge.node.sid));
      if (!data.conversation.webhooks.pageInfo.hasNextPage) break;
      after = data.conversation.webhooks.pageInfo.endCursor;
    }
    expect(seen).toEqual(created);

    // Asking for more than Twilio's page of five still costs one call when five is all there is.
    const all = await gateway.run<{ conversation: { webhooks: { edges: unknown[] } } }>(
      'query($c: String!) { conversation(sid: $c) { webhooks(first: 50) { edges { node { sid } } } } }',
      { c: conversationSid },
    );
    expect(all.conversation.webhooks.edges).toHaveLength(5);
    expect(operations().filter((operation) => operation === 'ListConversationScopedWebhook')).toHaveLength(1);
  });

  it('reports a webhook target without its URL as a user error', async () => {
    const conversationSid = await createConversation();
    const data = await gateway.run<CreateResult>(CREATE, {
      input: { conversationSid, target: 'WEBHOOK', configuration: { filters: ['onMessageAdded'] } },
    });
    expect(data.createConversationWebhook).toEqual({ webhook: null, userErrors: [{ code: 50369 }] });
  });

  it('changes the configuration of a webhook and deletes it', async () => {
    const conversationSid = await createConversation();
    const created = await gateway.run<CreateResult>(CREATE, {
      input: {
        conversationSid,
        target: 'WEBHOOK',
        configuration: { url: 'https://example.com/old', filters: ['onMessageAdded'] },
      },
    });
    const sid = created.createConversationWebhook.webhook?.sid;
    const updated = await gateway.run<{
      updateConversationWebhook: {
        webhook: { configuration: { url: string; method: string; filters: string[] } };
        userErrors: unknown[];
      };
    }>(
      `mutation($c: String!, $w: String!) { updateConversationWebhook(input: {
        conversationSid: $c, sid: $w, configuration: { url: "https://example.com/new", method: GET, filters: ["onConversationUpdated"] }
      }) { webhook { configuration { url method filters } } userErrors { code } } }`,
      { c: conversationSid, w: sid },
    );
    expect(updated.updateConversationWebhook).toEqual({
      webhook: {
        configuration: { url: 'https://example.com/new', method: 'GET', filters: ['onConversationUpdated'] },
      },
      userErrors: [],
    });

    const deleted = await gateway.run<{
      deleteConversationWebhook: { deletedSid: string | null; userErrors: unknown[] };
    }>(
      'mutation($c: String!, $w: String!) { deleteConversationWebhook(input: { conversationSid: $c, sid: $w }) { deletedSid userErrors { code } } }',
      { c: conversationSid, w: sid },
    );
    expect(deleted.deleteConversationWebhook).toEqual({ deletedSid: sid, userErrors: [] });
    const after = await gateway.run<{ conversationWebhook: null }>(
      'query($c: String!, $w: String!) { conversationWebhook(conversationSid: $c, sid: $w) { sid } }',
      { c: conversationSid, w: sid },
    );
    expect(after.conversationWebhook).toBeNull();
  });

  it('creates, reads and deletes a webhook of a conversation in a named service', async () => {
    const created = await gateway.run<CreateResult>(CREATE, {
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

    const read = await gateway.run<{
      inService: { sid: string } | null;
      inDefault: { sid: string } | null;
      byId: { sid: string } | null;
    }>(
      `query($s: String, $c: String!, $w: String!, $id: ID!) {
        inService: conversationWebhook(conversationSid: $c, sid: $w, serviceSid: $s) { sid }
        inDefault: conversationWebhook(conversationSid: $c, sid: $w) { sid }
        byId: node(id: $id) { ... on ConversationWebhook { sid } }
      }`,
      { s: salesSid, c: webhook?.conversation.sid, w: webhook?.sid, id: webhook?.id },
    );
    expect(read).toEqual({ inService: { sid: webhook?.sid }, inDefault: null, byId: { sid: webhook?.sid } });

    const deleted = await gateway.run<{ deleteConversationWebhook: { userErrors: unknown[] } }>(
      'mutation($s: String, $w: String!) { deleteConversationWebhook(input: { serviceSid: $s, conversationSid: "enterprise-deal", sid: $w }) { userErrors { code } } }',
      { s: salesSid, w: webhook?.sid },
    );
    expect(deleted.deleteConversationWebhook.userErrors).toEqual([]);
    expect(operations()).toEqual(['DeleteServiceConversationScopedWebhook']);
  });
});
