import { readFileSync } from 'node:fs';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { type DocumentNode, Kind, parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../examples/supergraph/compose.ts';
import { type RunningRouter, startRouter } from '../../examples/supergraph/router.ts';
import type { EmulatorAccount } from '../../src/emulator/server.ts';
import { at, nodesAt } from '../helpers/answer-path.ts';
import {
  basicAuthorization,
  type ListeningGateway,
  startListeningGateway,
} from '../helpers/listening-gateway.ts';
import { CRM_SDL, type RunningCrm, startCrmSubgraph } from './crm-subgraph.ts';

/**
 * A real router, offline: the Twilio gateway and a CRM subgraph composed with The Guild's
 * composition library and served by Hive Gateway, all on loopback. Queries cross the two subgraphs
 * in each direction; the answers are asserted, and so are the requests the router sends to the
 * gateway and the Twilio calls the gateway makes (from the emulator's log).
 */

const ACCOUNT_A: EmulatorAccount = { accountSid: `AC${'3'.repeat(32)}`, authToken: 'router-token-a' };
const ACCOUNT_B: EmulatorAccount = { accountSid: `AC${'4'.repeat(32)}`, authToken: 'router-token-b' };

let twilio: ListeningGateway;
let crm: RunningCrm;
let router: RunningRouter;
let supergraph: string;
/** What the router sent to the Twilio gateway: one entry per HTTP request. */
let sentToTwilio: Array<{ document: DocumentNode; variables: Record<string, unknown> }> = [];
/** The Twilio conversations of account A by unique name (or friendly name when it has none). */
const conversations: Record<string, string> = {};

beforeAll(async () => {
  [twilio, crm] = await Promise.all([
    startListeningGateway({ emulator: { seed: 'demo', accounts: [ACCOUNT_A, ACCOUNT_B] } }),
    startCrmSubgraph(),
  ]);
  supergraph = await composeSupergraph([
    { name: 'twilio', url: twilio.url, headers: { authorization: basicAuthorization(ACCOUNT_A) } },
    { name: 'crm', url: crm.url },
  ]);
  router = await startRouter({
    supergraph,
    forwardAuthorizationTo: ['twilio'],
    plugins: [
      {
        onSubgraphExecute({ subgraphName, executionRequest }) {
          if (subgraphName === 'twilio') {
            sentToTwilio.push({
              document: executionRequest.document,
              variables: executionRequest.variables ?? {},
            });
          }
        },
      },
    ],
  });
  const listed = await twilio.post({
    query: '{ conversations(first: 10) { edges { node { sid uniqueName friendlyName } } } }',
  });
  for (const node of nodesAt(listed.body.data, 'conversations')) {
    conversations[node.uniqueName ?? node.friendlyName ?? ''] = node.sid ?? '';
  }
  const [launch, support, archived] = ['product-launch', 'support-1042', 'Q3 planning (archived)'].map(
    (name) => conversations[name] ?? '',
  ) as [string, string, string];
  crm.data.customers = [
    { id: 'cus-1', name: 'Acme', chatIdentity: 'alice', conversationSids: [launch, support] },
    { id: 'cus-2', name: 'Globex', chatIdentity: 'bob', conversationSids: [launch] },
    { id: 'cus-3', name: 'Initech', chatIdentity: 'alice', conversationSids: [support, archived] },
    { id: 'cus-4', name: 'Umbrella', chatIdentity: 'nobody', conversationSids: [] },
  ];
  crm.data.tickets = { [support]: { number: 1042, priority: 'HIGH' } };
});
afterAll(async () => {
  await router?.close();
  await crm?.close();
  await twilio?.close();
});
beforeEach(() => {
  sentToTwilio = [];
});

/** Runs a query through the router and returns its answer with the Twilio calls it cost. */
async function throughRouter(query: string, account: EmulatorAccount | null = ACCOUNT_A) {
  const mark = twilio.emulator.requests.length;
  const response = await fetch(router.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(account ? { authorization: basicAuthorization(account) } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
  const requests = twilio.emulator.requests.slice(mark);
  return {
    body,
    operations: requests.map((request) => request.operationId).sort(),
    usernames: [...new Set(requests.map((request) => request.username))],
  };
}

/** The `_entities` selections of the requests the router sent to the gateway, with their references. */
function entityFetches() {
  return sentToTwilio.map(({ document, variables }) => {
    const operation = document.definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const fields = operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections : [];
    return fields.flatMap((field) => {
      if (field.kind !== Kind.FIELD || field.name.value !== '_entities') return [];
      const argument = field.arguments?.find((arg) => arg.name.value === 'representations');
      const name = argument?.value.kind === Kind.VARIABLE ? argument.value.name.value : '';
      return [variables[name] as Array<Record<string, string>>];
    });
  });
}

describe('composition', () => {
  it('composes the gateway with another Relay subgraph: PageInfo and Node are shared', () => {
    expect(supergraph).toContain('type PageInfo @join__type(graph: CRM) @join__type(graph: TWILIO) {');
    expect(supergraph).toContain('interface Node @join__type(graph: CRM) @join__type(graph: TWILIO) {');
    expect(supergraph).toContain(
      'type Conversation implements Node @join__type(graph: CRM, key: "sid") @join__type(graph: TWILIO, key: "sid")',
    );
    expect(supergraph).toMatch(/^ {2}node\([^)]*\): Node @join__field\(graph: TWILIO\)$/m);
  });

  it('keeps node(id:) to the gateway: a subgraph declaring it too does not compose', () => {
    const sdl = readFileSync(new URL('../../subgraph.graphql', import.meta.url), 'utf8');
    const result = composeServices([
      { name: 'twilio', typeDefs: parse(sdl) },
      {
        name: 'crm',
        typeDefs: parse(CRM_SDL.replace('type Query {', 'type Query {\n    node(id: ID!): Node')),
      },
    ]);
    expect(compositionHasErrors(result) ? result.errors.map((error) => error.message) : []).toEqual([
      expect.stringMatching(/Non-shareable field "Query\.node" is resolved from multiple subgraphs/),
    ]);
  });
});

describe('queries across the gateway and the CRM', () => {
  it('CRM to Twilio: customers with their chat users and conversations, in one entity fetch that reads each object once', async () => {
    const { body, operations } = await throughRouter(`{
      customers(first: 10) {
        edges { node { name chatUser { identity friendlyName } conversations { friendlyName ticket { number } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const customers = nodesAt(body.data, 'customers');
    expect(customers).toEqual([
      {
        name: 'Acme',
        chatUser: { identity: 'alice', friendlyName: 'Alice Johnson' },
        conversations: [
          { friendlyName: 'Product launch', ticket: null },
          { friendlyName: 'Order #1042 delivery question', ticket: { number: 1042 } },
        ],
      },
      {
        name: 'Globex',
        chatUser: { identity: 'bob', friendlyName: 'Bob Martinez' },
        conversations: [{ friendlyName: 'Product launch', ticket: null }],
      },
      {
        name: 'Initech',
        chatUser: { identity: 'alice', friendlyName: 'Alice Johnson' },
        conversations: [
          { friendlyName: 'Order #1042 delivery question', ticket: { number: 1042 } },
          { friendlyName: 'Q3 planning (archived)', ticket: null },
        ],
      },
      // The CRM knows an identity Twilio does not: the user's Twilio fields are null.
      { name: 'Umbrella', chatUser: { identity: 'nobody', friendlyName: null }, conversations: [] },
    ]);
    // One request to the gateway holds every reference, once each: 3 users and 3 conversations.
    const fetches = entityFetches();
    expect(fetches).toHaveLength(1);
    expect(fetches[0]?.flat().map((reference) => reference.identity ?? reference.sid)).toEqual([
      'alice',
      'bob',
      'nobody',
      conversations['product-launch'],
      conversations['support-1042'],
      conversations['Q3 planning (archived)'],
    ]);
    // And the gateway reads each of them once: the minimum Twilio has no batch endpoint for, the
    // three users of one service as one page of its users (which has them all, or tells that
    // `nobody` is not one).
    expect(operations).toEqual(['FetchConversation', 'FetchConversation', 'FetchConversation', 'ListUser']);
  });

  it("Twilio to CRM: a conversation's support ticket and the customers behind its participants", async () => {
    const { body, operations } = await throughRouter(`{
      conversation(sid: "support-1042") {
        friendlyName
        ticket { number priority }
        participants(first: 10) { edges { node { identity user { friendlyName customer { name } } } } }
      }
      launch: conversation(sid: "product-launch") {
        participants(first: 10) { edges { node { user { identity customer { name } } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.conversation).toEqual({
      friendlyName: 'Order #1042 delivery question',
      ticket: { number: 1042, priority: 'HIGH' },
      participants: {
        edges: [
          { node: { identity: 'carol', user: { friendlyName: 'Carol Chen', customer: null } } },
          { node: { identity: null, user: null } },
        ],
      },
    });
    expect(body.data?.launch).toEqual({
      participants: {
        edges: [
          { node: { user: { identity: 'alice', customer: { name: 'Acme' } } } },
          { node: { user: { identity: 'bob', customer: { name: 'Globex' } } } },
          { node: { user: { identity: 'dave', customer: null } } },
        ],
      },
    });
    // The gateway answers its part in one request. The router asks for every conversation's key
    // fields, so the launch conversation is fetched too, which the look-ahead would otherwise skip.
    expect(entityFetches()).toEqual([[]]);
    // The members' users are one page of the service's users, started by the first lookup next to
    // its fetch, and found under way by the second.
    expect(operations).toEqual([
      'FetchConversation',
      'FetchConversation',
      'ListConversationParticipant',
      'ListConversationParticipant',
      'ListUser',
    ]);
  });

  it("Twilio to CRM and back: a user's customer and that customer's conversations", async () => {
    const { body, operations } = await throughRouter(`{
      user(sid: "alice") {
        friendlyName
        customer {
          name
          conversations { friendlyName state messages(last: 1) { edges { node { body } } } }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.user).toEqual({
      friendlyName: 'Alice Johnson',
      customer: {
        name: 'Acme',
        conversations: [
          {
            friendlyName: 'Product launch',
            state: 'ACTIVE',
            messages: { edges: [{ node: { body: 'Staging looks good. Ready when you are.' } }] },
          },
          {
            friendlyName: 'Order #1042 delivery question',
            state: 'ACTIVE',
            messages: {
              edges: [{ node: { body: 'Here is the tracking link: https://example.com/track/1042' } }],
            },
          },
        ],
      },
    });
    expect(entityFetches().map((fetch) => fetch.flat().map((reference) => reference.sid))).toEqual([
      [],
      [conversations['product-launch'], conversations['support-1042']],
    ]);
    expect(operations).toEqual([
      'FetchConversation',
      'FetchConversation',
      'FetchUser',
      'ListConversationMessage',
      'ListConversationMessage',
    ]);
  });
});

describe('credentials through the router', () => {
  it("answers every subgraph request, entity fetches included, with the client's own Twilio account", async () => {
    const { body, usernames } = await throughRouter(
      '{ customers(first: 2) { edges { node { chatUser { sid friendlyName } conversations { friendlyName } } } } }',
      ACCOUNT_B,
    );
    expect(body.errors).toBeUndefined();
    const [acme] = nodesAt(body.data, 'customers');
    // Account B has its own alice; account A's conversations, which the CRM names, are not B's to read.
    expect(acme).toEqual({
      chatUser: { sid: expect.stringMatching(/^US/), friendlyName: 'Alice Johnson' },
      conversations: [{ friendlyName: null }, { friendlyName: null }],
    });
    const aliceOfA = at(
      await twilio.post({ query: '{ user(sid: "alice") { sid } }' }),
      'body',
      'data',
      'user',
    );
    expect(at(acme, 'chatUser').sid).not.toBe(aliceOfA.sid);
    expect(usernames).toEqual([ACCOUNT_B.accountSid]);
    // The client's credentials go to the gateway only, never to another team's subgraph.
    expect(crm.authorizations.length).toBeGreaterThan(0);
    expect(crm.authorizations.filter((header) => header !== null)).toEqual([]);
  });

  it('a client without credentials gets the CRM part and UNAUTHENTICATED for the Twilio part, with no Twilio call', async () => {
    const { body, operations } = await throughRouter(
      '{ customers(first: 1) { edges { node { name chatUser { friendlyName } } } } }',
      null,
    );
    expect(operations).toEqual([]);
    expect(body.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(body.data).toEqual({
      customers: { edges: [{ node: { name: 'Acme', chatUser: { friendlyName: null } } }] },
    });
  });
});
