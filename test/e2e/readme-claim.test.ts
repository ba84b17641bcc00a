import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The README promises "a conversation, its last 50 messages, each author and their role, and the
 * delivery receipts, in one request". That request, as a chat screen writes it, runs at the
 * default settings of `npm start`: its estimate is within MAX_UPSTREAM_CALLS and it makes no more
 * calls than estimated.
 */
const CLAIM = `query ChatScreen {
  conversation(sid: "support-1042") {
    friendlyName
    messages(last: 50) {
      edges {
        node {
          body
          author
          participant { identity user { friendlyName } role { friendlyName } }
          deliveryReceipts(first: 10) { edges { node { status } } }
        }
      }
    }
  }
}`;

let gateway: GatewayProcess;

beforeAll(async () => {
  gateway = await startGatewayProcess();
});
afterAll(async () => {
  await gateway?.stop();
});

describe('the README’s one-request chat screen', () => {
  it('runs at the default budget, within its estimate', async () => {
    const response = await gateway.graphql({ query: CLAIM }, { 'x-debug-upstream-calls': '1' });
    expect(response.body.errors).toBeUndefined();
    const conversation = response.body.data?.conversation as {
      messages: { edges: Array<{ node: { participant: { role: unknown } | null } }> };
    };
    expect(conversation.messages.edges.length).toBeGreaterThan(0);
    expect(conversation.messages.edges.some((edge) => edge.node.participant?.role)).toBe(true);
    const calls = response.body.extensions?.upstreamCalls as { count: number; estimated: number };
    // 1 conversation + 1 messages page + (1 participant list + 50 authors) + (1 user list + 50
    // users) + (1 role list + 50 roles) + 50 receipt pages.
    expect(calls.estimated).toBe(205);
    expect(calls.count).toBeLessThanOrEqual(calls.estimated);
  });

  it('lists its calls by operation in the order of their names, as the README shows them', async () => {
    // The calls finish in an order that changes from run to run; the README's sample answer and
    // anyone comparing two answers need the same order every time.
    const response = await gateway.graphql({ query: CLAIM }, { 'x-debug-upstream-calls': '1' });
    const calls = response.body.extensions?.upstreamCalls as
      | { byOperation: Record<string, number> }
      | undefined;
    const operations = Object.keys(calls?.byOperation ?? {});
    expect(operations.length).toBeGreaterThan(3);
    expect(operations).toEqual([...operations].sort());
  });
});
