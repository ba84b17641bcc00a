import { readFileSync } from 'node:fs';
import { getIntrospectionQuery, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/queries.ts';
import { DEFAULTS } from '../../src/config/index.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { depthsOf } from '../../src/server/limits.ts';

/**
 * The depths of the queries the defaults of MAX_DEPTH and MAX_INTROSPECTION_DEPTH were chosen for
 * (docs/decisions): the README's sample, the benchmark's screens, what a chat app asks for, and
 * the introspection query tools send. Each must pass at the defaults.
 */
const schema = buildGatewaySchema();
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function depths(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return depthsOf(schema, document, operation);
}

/** What a chat app asks for, from the inbox to the recipients of the last message. */
const CHAT_APP = {
  // The user's conversations, each with its last message and the name of its author.
  inbox: `{ user(sid: "alice") { conversations(first: 20) { edges { node { unreadMessagesCount
    conversation { friendlyName messages(last: 1) { edges { node { body participant { user { friendlyName } } } } } }
  } } } } }`,
  // The same, with the author's role shown too.
  inboxWithRoles: `{ user(sid: "alice") { conversations(first: 20) { edges { node {
    conversation { messages(last: 1) { edges { node { participant { user { role { friendlyName } } } } } } }
  } } } } }`,
  // The same, with where the last message was delivered.
  inboxWithRecipients: `{ user(sid: "alice") { conversations(first: 20) { edges { node {
    conversation { messages(last: 1) { edges { node {
      deliveryReceipts(first: 5) { edges { node { participant { messagingBinding { address } } } } }
    } } } }
  } } } } }`,
};

describe('the depth of the queries the defaults are chosen for', () => {
  it('measures the README sample at 7 levels', () => {
    const sample = /## A sample query[\s\S]*?```graphql\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    expect(depths(sample)).toEqual({ ordinary: 7, introspection: 0 });
  });

  it('measures the benchmark’s screens at 10 levels at most', () => {
    const measured = Object.fromEntries(
      SCENARIOS.map((scenario) => [scenario.id, depths(scenario.document).ordinary]),
    );
    expect(measured).toEqual({
      chat: 10,
      inbox: 9,
      admin: 9,
      'deep-node': 7,
      nodes: 2,
      'participant-conversations': 6,
      walk: 5,
      burst: 3,
    });
  });

  it('measures a chat app’s inbox at 11 to 14 levels, all within MAX_DEPTH', () => {
    expect(depths(CHAT_APP.inbox).ordinary).toBe(11);
    expect(depths(CHAT_APP.inboxWithRoles).ordinary).toBe(12);
    expect(depths(CHAT_APP.inboxWithRecipients).ordinary).toBe(14);
    for (const query of Object.values(CHAT_APP)) {
      expect(depths(query).ordinary).toBeLessThanOrEqual(DEFAULTS.MAX_DEPTH);
    }
  });

  it('measures the introspection query tools send at 15 levels, apart from the ordinary depth', () => {
    const options = {
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    };
    expect(depths(getIntrospectionQuery())).toEqual({ ordinary: 0, introspection: 15 });
    expect(depths(getIntrospectionQuery(options))).toEqual({ ordinary: 0, introspection: 15 });
    expect(DEFAULTS.MAX_INTROSPECTION_DEPTH).toBeGreaterThanOrEqual(15);
    expect(depths('{ conversations { edges { node { sid } } } __schema { types { name } } }')).toEqual({
      ordinary: 4,
      introspection: 3,
    });
  });
});
