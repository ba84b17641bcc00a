import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { estimateUpstreamCalls } from '../../src/server/cost.ts';

const schema = buildGatewaySchema();

function estimate(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return estimateUpstreamCalls(schema, document, operation, variables, { defaultListSize: 20 });
}

describe('the upstream call estimate', () => {
  it('counts one call for a node lookup, since a global ID holds the whole REST path', () => {
    expect(estimate('{ node(id: "x") { id } }')).toBe(1);
  });

  it('counts one call per global ID for nodes, so a long ID list cannot fan out for free', () => {
    expect(
      estimate('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c', 'd', 'e'] }),
    ).toBe(5);
  });

  it('multiplies the children of a connection by its page size', () => {
    // 1 conversations page + 10 conversations × 1 participants page each.
    expect(
      estimate(
        '{ conversations(first: 10) { edges { node { participants(first: 5) { edges { node { sid } } } } } } }',
      ),
    ).toBe(11);
  });
});

describe('the upstream call estimate for lookups that coalesce', () => {
  it('counts the authors of a page of messages once, as the one participant list the loader reads', () => {
    // 1 conversation + 1 messages page + 1 participants list (not 50 fetches).
    expect(
      estimate(
        '{ conversation(sid: "c") { messages(last: 50) { edges { node { participant { sid } } } } } }',
      ),
    ).toBe(3);
  });

  it('counts the coalesced lookups once per connection, for each of its parents', () => {
    // 1 conversations page + 10 × (1 messages page + 1 participants list).
    expect(
      estimate(
        '{ conversations(first: 10) { edges { node { messages(first: 50) { edges { node { participant { sid } } } } } } } }',
      ),
    ).toBe(21);
  });

  it('counts the service of a page of messages once: their conversation, then the service they share', () => {
    // 1 conversation + 1 messages page + at most 2 for the service (on the short routes the
    // conversation names it), not 2 × 50.
    expect(
      estimate('{ conversation(sid: "c") { messages(first: 50) { edges { node { service { sid } } } } } }'),
    ).toBe(4);
  });

  it('counts the conversation and service of a page of receipts once per message', () => {
    // 1 conversation + 1 messages page + 10 × (1 receipts page + 1 conversation + 2 service).
    expect(
      estimate(
        '{ conversation(sid: "c") { messages(first: 10) { edges { node { deliveryReceipts { edges { node { conversation { sid } service { sid } } } } } } } } }',
      ),
    ).toBe(42);
  });

  it('counts every field below nodes once per ID, since the IDs may name unrelated objects', () => {
    expect(
      estimate('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { participant { sid } } } }', {
        ids: ['a', 'b', 'c'],
      }),
    ).toBe(6);
  });
});
