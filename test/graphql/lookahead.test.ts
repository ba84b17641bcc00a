import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

/**
 * Root lookups start the lists selected under them from their arguments, next to their own fetch.
 * The emulator answers after 50 ms here, so two requests of one round visibly overlap in its log.
 */
let gateway: TestGateway;
let salesSid = '';

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo', faults: { latencyMs: 50 } });
  const services = await gateway.query<{
    services: { edges: Array<{ node: { sid: string; friendlyName: string } }> };
  }>('{ services { edges { node { sid friendlyName } } } }');
  salesSid =
    services.data?.services.edges.find((edge) => edge.node.friendlyName !== 'Default Conversations Service')
      ?.node.sid ?? '';
});
afterAll(async () => {
  await gateway.close();
});

/** The operations of the requests since `mark`, and whether all of them were in flight at once. */
function oneRound(mark: number): { operations: string[]; overlapping: boolean } {
  const requests = gateway.since(mark);
  const lastStart = Math.max(...requests.map((r) => r.startedAt));
  const firstEnd = Math.min(...requests.map((r) => r.startedAt + r.durationMs));
  return { operations: requests.map((r) => r.operationId ?? '').sort(), overlapping: lastStart < firstEnd };
}

describe('look-ahead from root lookups', () => {
  it('reads a conversation and its newest messages in one round', async () => {
    const mark = gateway.mark();
    const result = await gateway.query<{
      conversation: { friendlyName: string; messages: { edges: unknown[] } };
    }>(
      '{ conversation(sid: "support-1042") { friendlyName messages(last: 2) { edges { node { body } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.conversation.messages.edges).toHaveLength(2);
    expect(oneRound(mark)).toEqual({
      operations: ['FetchConversation', 'ListConversationMessage'],
      overlapping: true,
    });
  });

  it('reads a user and the user’s conversations, addressed by identity, in one round', async () => {
    const mark = gateway.mark();
    const result = await gateway.query<{
      user: { friendlyName: string; conversations: { edges: unknown[] } };
    }>(
      '{ user(sid: "alice") { friendlyName conversations { edges { node { conversationSid unreadMessagesCount } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.user.conversations.edges).toHaveLength(2);
    expect(oneRound(mark)).toEqual({ operations: ['FetchUser', 'ListUserConversation'], overlapping: true });
  });

  it('reads a service with its conversations, users and roles in one round', async () => {
    const mark = gateway.mark();
    const result = await gateway.query<{ service: { friendlyName: string } }>(
      `query ($s: String!) { service(sid: $s) { friendlyName
        conversations { edges { node { sid } } } users { edges { node { identity } } } roles { edges { node { friendlyName } } }
      } }`,
      { s: salesSid },
    );
    expect(result.errors).toBeUndefined();
    expect(oneRound(mark)).toEqual({
      operations: ['FetchService', 'ListServiceConversation', 'ListServiceRole', 'ListServiceUser'],
      overlapping: true,
    });
  });

  it('reads a service and its settings in one round', async () => {
    const mark = gateway.mark();
    const result = await gateway.query(
      `query ($s: String!) { service(sid: $s) { friendlyName
        configuration { reachabilityEnabled } notifications { logEnabled } webhookConfiguration { method }
      } }`,
      { s: salesSid },
    );
    expect(result.errors).toBeUndefined();
    expect(oneRound(mark)).toEqual({
      operations: [
        'FetchService',
        'FetchServiceConfiguration',
        'FetchServiceNotification',
        'FetchServiceWebhookConfiguration',
      ],
      overlapping: true,
    });
  });

  it('answers null for a user that does not exist, with no error from the list started for it', async () => {
    const result = await gateway.query(
      '{ user(sid: "nobody-here") { identity conversations { edges { node { conversationSid } } } } }',
    );
    expect(result).toEqual({ data: { user: null } });
  });

  it('reports a failing list as an error on the lookup, not as a missing conversation', async () => {
    const failing = await startTestGateway({ faults: { failRate: 1 } });
    try {
      const result = await failing.query(
        '{ conversation(sid: "anything") { messages { edges { node { body } } } } }',
      );
      expect(result.data).toEqual({ conversation: null });
      expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['conversation', 'messages'], 'UPSTREAM_UNAVAILABLE'],
      ]);
    } finally {
      await failing.close();
    }
  });

  it('gives each alias of one service the lists its own arguments ask for, and nested service links theirs', async () => {
    const defaults = await gateway.run<{ configuration: { defaultService: { sid: string } } }>(
      '{ configuration { defaultService { sid } } }',
    );
    const data = await gateway.run<{
      a: { users: { edges: unknown[] } };
      b: {
        users: { edges: unknown[] };
        conversations: { edges: Array<{ node: { service: { roles: { edges: unknown[] } } } }> };
      };
    }>(
      `query ($s: String!) {
        a: service(sid: $s) { sid users(first: 1) { edges { node { identity } } } }
        b: service(sid: $s) { sid users(first: 3) { edges { node { identity } } } roles(first: 1) { edges { node { sid } } }
          conversations(first: 1) { edges { node { service { roles(first: 4) { edges { node { sid } } } } } } } }
      }`,
      { s: defaults.configuration.defaultService.sid },
    );
    // The demo's default service has more than three users and four roles.
    expect(data.a.users.edges).toHaveLength(1);
    expect(data.b.users.edges).toHaveLength(3);
    expect(data.b.conversations.edges[0]?.node.service.roles.edges).toHaveLength(4);
  });

  it('answers null for a missing conversation even when its only list asks for no items', async () => {
    const result = await gateway.query(
      `{ conversation(sid: "CH${'0'.repeat(32)}") { __typename messages(first: 0) { pageInfo { hasNextPage } } } }`,
    );
    expect(result).toEqual({ data: { conversation: null } });
  });
});
