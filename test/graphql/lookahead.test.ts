import {
  GraphQLID,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from '../../src/graphql/context.ts';
import { createLookahead, keyOnly } from '../../src/graphql/lookahead.ts';
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

describe('look-ahead without the lookup’s own fetch', () => {
  const PAGING = `query ($withName: Boolean!) { conversation(sid: "support-1042") {
    __typename friendlyName @include(if: $withName) messages(last: 2) { edges { node { index } } }
  } }`;

  it('pages a conversation’s messages without fetching the conversation', async () => {
    const result = await gateway.query<{ conversation: { messages: { edges: unknown[] } } }>(PAGING, {
      withName: false,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.conversation).toEqual({
      __typename: 'Conversation',
      messages: { edges: [{ node: { index: 1 } }, { node: { index: 2 } }] },
    });
    expect(gateway.operations()).toEqual(['ListConversationMessage']);
  });

  it('fetches the conversation when an included field, an interface fragment or a named fragment reads it', async () => {
    const included = await gateway.query<{ conversation: { friendlyName: string } }>(PAGING, {
      withName: true,
    });
    expect(included.data?.conversation.friendlyName).toBe('Order #1042 delivery question');
    expect(gateway.operations()).toEqual(['FetchConversation', 'ListConversationMessage']);

    const throughNode = await gateway.query<{ conversation: { id: string } }>(
      '{ conversation(sid: "support-1042") { messages(last: 1) { edges { node { index } } } ... on Node { id } } }',
    );
    expect(throughNode.data?.conversation.id).toMatch(/.+/);
    expect(gateway.operations()).toEqual(['FetchConversation', 'ListConversationMessage']);

    const throughFragment = await gateway.query<{ conversation: { state: string } }>(
      `{ conversation(sid: "support-1042") { messages(last: 1) { edges { node { index } } } ...Skipped @skip(if: true) ...State } }
       fragment Skipped on Conversation { friendlyName }
       fragment State on Conversation { state }`,
    );
    expect(throughFragment.data?.conversation).toEqual({
      messages: { edges: [{ node: { index: 2 } }] },
      state: 'ACTIVE',
    });
    expect(gateway.operations()).toEqual(['FetchConversation', 'ListConversationMessage']);
  });
});

describe('the look-ahead’s reading of a selection', () => {
  /**
   * A type behind two interfaces: `... on Named { name }` asks for one of its own fields through
   * an interface other than Node, which execution resolves and the look-ahead must see too.
   */
  const Node = new GraphQLInterfaceType({
    name: 'Node',
    fields: { id: { type: new GraphQLNonNull(GraphQLID) } },
  });
  const Named = new GraphQLInterfaceType({
    name: 'Named',
    fields: { name: { type: new GraphQLNonNull(GraphQLString) } },
  });
  interface Thing {
    id: string;
    name: string;
  }
  const lookahead = createLookahead<{ id: string }>('Thing');
  let loads = 0;
  const Thing = new GraphQLObjectType<Thing>({
    name: 'Thing',
    interfaces: [Node, Named],
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      name: { type: new GraphQLNonNull(GraphQLString) },
      parts: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))),
        resolve: lookahead.child('parts', async (thing) => [`${thing.id}/a`, `${thing.id}/b`]),
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        thing: {
          type: Thing,
          args: { id: { type: new GraphQLNonNull(GraphQLID) } },
          resolve: (_root, args: { id: string }, ctx: GatewayContext, info) =>
            lookahead.lookUp<Thing>(
              ctx,
              info,
              { id: args.id },
              async () => {
                loads += 1;
                return { id: args.id, name: 'The real name' };
              },
              { skipLoad: true },
            ),
        },
      },
    }),
  });
  const run = (source: string) => graphql({ schema, source, contextValue: {} });

  it('leaves the load out when only the children are read', async () => {
    loads = 0;
    expect(await run('{ thing(id: "t1") { __typename parts } }')).toEqual({
      data: { thing: { __typename: 'Thing', parts: ['t1/a', 't1/b'] } },
    });
    expect(loads).toBe(0);
  });

  it('loads the object for a field read through any interface the type implements', async () => {
    loads = 0;
    expect(await run('{ thing(id: "t1") { parts ... on Named { name } } }')).toEqual({
      data: { thing: { parts: ['t1/a', 't1/b'], name: 'The real name' } },
    });
    expect(loads).toBe(1);
  });

  it('answers with the key alone, which refuses to make up any other value', () => {
    const answer = keyOnly<Thing>('Thing', { id: 't1' });
    expect(answer.id).toBe('t1');
    expect(() => answer.name).toThrow(/Thing by its key alone, yet name was read/);
    expect(Object.keys(answer)).toEqual(['id']);
  });
});
