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
});
