import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
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
    // 5 lookups, and a page of a parent collection for each two that may share one (which may
    // not hold them).
    expect(
      estimate('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c', 'd', 'e'] }),
    ).toBe(7);
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
  it('counts the authors of a page of messages as one participant list, plus a fetch for each author beyond its first page', () => {
    // 1 conversation + 1 messages page + 1 participants list + 50 authors who may not be on it.
    expect(
      estimate(
        '{ conversation(sid: "c") { messages(last: 50) { edges { node { participant { sid } } } } } }',
      ),
    ).toBe(53);
  });

  it('counts a page of 100 messages by members beyond the first 100 as the 102 calls it makes, plus the conversation', () => {
    expect(
      estimate(
        '{ conversation(sid: "c") { messages(first: 100) { edges { node { participant { identity } } } } } }',
      ),
    ).toBe(103);
  });

  it('counts the coalesced lookups once per connection, for each of its parents', () => {
    // 1 conversations page + 10 × (1 messages page + 1 participants list + 50 authors).
    expect(
      estimate(
        '{ conversations(first: 10) { edges { node { messages(first: 50) { edges { node { participant { sid } } } } } } } }',
      ),
    ).toBe(521);
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
    // 3 × (1 node + 1 participants list + 1 author), and 1 page for two IDs that may share a parent.
    expect(
      estimate('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { participant { sid } } } }', {
        ids: ['a', 'b', 'c'],
      }),
    ).toBe(10);
  });
});

describe('the upstream call estimate reads the selection as execution does', () => {
  it('leaves out what @skip and @include leave out, variables included', () => {
    const query =
      'query ($s: Boolean!) { conversation(sid: "c") { sid messages(first: 10) @skip(if: $s) { edges { node { sid } } } } }';
    expect(estimate(query, { s: true })).toBe(1);
    expect(estimate(query, { s: false })).toBe(2);
  });

  it('counts a field selected twice under one response key once, as it is resolved once', () => {
    expect(estimate('{ conversation(sid: "c") { sid } conversation(sid: "c") { friendlyName } }')).toBe(1);
  });

  it('counts an abstract field at its most expensive possible type, not at the sum of its fragments', () => {
    // 1 node + the larger of a message's author (list + fetch) and a conversation's messages page.
    expect(
      estimate(
        '{ node(id: "x") { ... on Message { participant { sid } } ... on Conversation { messages(first: 5) { edges { node { sid } } } } } }',
      ),
    ).toBe(3);
  });
});

describe('the estimates the default budget is chosen for (docs/decisions/0004)', () => {
  const screens = {
    readmeChat: `{ conversation(sid: "c") { friendlyName messages(last: 50) { edges { node { body author
      participant { identity user { friendlyName } role { friendlyName } }
      deliveryReceipts(first: 10) { edges { node { status } } } } } } } }`,
    chat: `{ conversation(sid: "c") { friendlyName messages(last: 50) { edges { node { body author
      participant { identity user { friendlyName } role { friendlyName } } } } } } }`,
    inbox: `{ user(sid: "u") { conversations(first: 50) { edges { node { unreadMessagesCount
      conversation { messages(last: 1) { edges { node { body author dateCreated } } } } } } } } }`,
    inboxWithAuthors: `{ user(sid: "u") { conversations(first: 40) { edges { node { unreadMessagesCount
      conversation { friendlyName messages(last: 1) { edges { node { body participant { user { friendlyName } } } } } } } } } } }`,
    wide: '{ conversations(first: 50) { edges { node { participants(first: 50) { edges { node { user { friendlyName } } } } } } } }',
  };

  it('estimates each screen as the decision records', () => {
    const estimates = Object.fromEntries(
      Object.entries(screens).map(([name, query]) => [name, estimate(query)]),
    );
    expect(estimates).toEqual({ readmeChat: 205, chat: 155, inbox: 102, inboxWithAuthors: 242, wide: 2601 });
    const budget = DEFAULTS.MAX_UPSTREAM_CALLS;
    for (const name of ['readmeChat', 'chat', 'inbox', 'inboxWithAuthors']) {
      expect(estimates[name], name).toBeLessThanOrEqual(budget);
    }
    expect(estimates.wide).toBeGreaterThan(budget);
  });
});
