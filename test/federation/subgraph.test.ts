import { readFileSync } from 'node:fs';
import { isObjectType, isUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorAccount } from '../../src/emulator/server.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { at } from '../helpers/answer-path.ts';
import { type ListeningGateway, startListeningGateway } from '../helpers/listening-gateway.ts';

/**
 * The gateway as an Apollo Federation v2 subgraph, over HTTP as a router reaches it: the SDL it
 * publishes and the `_entities` lookups a router sends, with what each costs in Twilio calls.
 */

const ACCOUNT_A: EmulatorAccount = { accountSid: `AC${'1'.repeat(32)}`, authToken: 'subgraph-token-a' };
const ACCOUNT_B: EmulatorAccount = { accountSid: `AC${'2'.repeat(32)}`, authToken: 'subgraph-token-b' };

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Node { id }
      ... on Conversation { sid uniqueName friendlyName chatServiceSid }
      ... on User { sid identity friendlyName }
      ... on Participant { sid memberIdentity: identity }
      ... on Message { sid }
    }
  }
`;

type Entity = { __typename: string; id: string; sid: string } & Record<string, unknown>;

let gateway: ListeningGateway;

beforeAll(async () => {
  // Both accounts get the demo data, each with SIDs of its own and the same unique names.
  gateway = await startListeningGateway({ emulator: { seed: 'demo', accounts: [ACCOUNT_A, ACCOUNT_B] } });
});
afterAll(async () => {
  await gateway?.close();
});

async function run(query: string, variables: Record<string, unknown> = {}, account = ACCOUNT_A) {
  const response = await gateway.post(
    { query, variables },
    { authorization: gateway.authorization(account) },
  );
  if (response.status !== 200 || response.body.errors) throw new Error(JSON.stringify(response.body));
  return response.body.data;
}

/** The first node of the connection at `path`. */
const firstNode = (value: unknown, ...path: string[]) => at(value, ...path, 'edges', 0, 'node');

/** Resolves references through `_entities` and returns the answer with the Twilio calls it made. */
async function resolve(representations: unknown[], account = ACCOUNT_A) {
  const mark = gateway.emulator.requests.length;
  const response = await gateway.post(
    { query: ENTITIES, variables: { representations } },
    { authorization: gateway.authorization(account) },
  );
  const requests = gateway.emulator.requests.slice(mark);
  return {
    response,
    entities: (response.body.data?._entities ?? null) as Array<Entity | null> | null,
    operations: requests.map((request) => request.operationId).sort(),
    usernames: [...new Set(requests.map((request) => request.username))],
  };
}

describe('the subgraph SDL', () => {
  it('is served by `_service { sdl }` exactly as committed in subgraph.graphql', async () => {
    const data = await run('{ _service { sdl } }');
    const committed = readFileSync(new URL('../../subgraph.graphql', import.meta.url), 'utf8');
    expect(`${at(data, '_service').sdl}\n`).toBe(committed);
  });

  it('links Federation v2 and keys the entities on the SIDs other teams hold', () => {
    const sdl = readFileSync(new URL('../../subgraph.graphql', import.meta.url), 'utf8');
    expect(sdl).toMatch(
      /^extend schema\n {2}@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/,
    );
    const keysOf = (type: string) =>
      [
        ...(
          new RegExp(`^type ${type} implements Node\\n((?: {2}@\\w+\\(.*\\)\\n)*)`, 'm').exec(sdl)?.[1] ?? ''
        ).matchAll(/@key\(fields: "([^"]+)"\)/g),
      ].map((match) => match[1]);
    expect(keysOf('Conversation')).toEqual([
      'sid',
      'uniqueName',
      'chatServiceSid sid',
      'chatServiceSid uniqueName',
    ]);
    expect(keysOf('User')).toEqual(['sid', 'identity', 'chatServiceSid sid', 'chatServiceSid identity']);
    expect(keysOf('Participant')).toEqual(['conversationSid sid', 'chatServiceSid conversationSid sid']);
    expect(keysOf('Service')).toEqual(['sid']);
    expect(sdl).toMatch(/^type PageInfo\n {2}@shareable\n/m);
  });

  it('makes every Node type an entity, and no other type', () => {
    const schema = buildGatewaySchema();
    const entity = schema.getType('_Entity');
    const node = schema.getType('Node');
    if (!isUnionType(entity) || !node || isObjectType(node))
      throw new Error('no _Entity union or Node interface');
    const nodes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node'))
      .map((type) => type.name)
      .sort();
    expect(nodes.length).toBeGreaterThanOrEqual(12);
    expect(
      entity
        .getTypes()
        .map((type) => type.name)
        .sort(),
    ).toEqual(nodes);
  });
});

describe('the subgraph SDL in production mode', () => {
  const INTROSPECTION_TOKEN = 'subgraph-introspection-token-51f0';
  let production: ListeningGateway;
  beforeAll(async () => {
    production = await startListeningGateway({
      emulator: { seed: 'demo' },
      env: { NODE_ENV: 'production', INTROSPECTION_TOKENS: INTROSPECTION_TOKEN },
    });
  });
  afterAll(async () => {
    await production?.close();
  });

  it('is introspection: refused without an introspection token, served with one', async () => {
    const refused = await production.post({ query: '{ _service { sdl } }' });
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
    const served = await production.post(
      { query: '{ _service { sdl } }' },
      { authorization: production.authorization(), 'x-introspection-token': INTROSPECTION_TOKEN },
    );
    expect(at(served.body.data, '_service').sdl).toMatch(/^extend schema\n {2}@link/);
  });

  it('still resolves entities without one, as a router fetches them for its clients', async () => {
    const response = await production.post({
      query: ENTITIES,
      variables: { representations: [{ __typename: 'User', identity: 'alice' }] },
    });
    expect(response.body.errors).toBeUndefined();
    expect(at(response.body.data, '_entities', 0).identity).toBe('alice');
  });
});

describe('_entities', () => {
  it('resolves conversations by SID, by unique name and in a named service, in the order given, one fetch per distinct reference', async () => {
    const data = await run(`{
      launch: conversation(sid: "product-launch") { sid }
      deal: conversation(sid: "enterprise-deal", serviceSid: "${await salesServiceSid()}") { sid chatServiceSid }
    }`);
    const launch = at(data, 'launch');
    const deal = at(data, 'deal');
    const { entities, operations } = await resolve([
      { __typename: 'Conversation', sid: launch.sid },
      { __typename: 'Conversation', uniqueName: 'support-1042' },
      { __typename: 'Conversation', sid: launch.sid },
      { __typename: 'Conversation', sid: `CH${'0'.repeat(32)}` },
      { __typename: 'Conversation', chatServiceSid: deal.chatServiceSid, uniqueName: 'enterprise-deal' },
      // A conversation of another service is not in the default one: a SID alone does not find it.
      { __typename: 'Conversation', sid: deal.sid },
    ]);
    expect(entities?.map((entity) => entity && [entity.__typename, entity.uniqueName])).toEqual([
      ['Conversation', 'product-launch'],
      ['Conversation', 'support-1042'],
      ['Conversation', 'product-launch'],
      null,
      ['Conversation', 'enterprise-deal'],
      null,
    ]);
    expect(entities?.[4]?.sid).toBe(deal.sid);
    expect(operations).toEqual([
      'FetchConversation',
      'FetchConversation',
      'FetchConversation',
      'FetchConversation',
      'FetchServiceConversation',
    ]);
  });

  it('resolves users by identity and by SID, each user read once, as one page of the service’s users', async () => {
    const bob = at(await run('{ user(sid: "bob") { sid } }'), 'user');
    const { entities, operations } = await resolve([
      { __typename: 'User', identity: 'alice' },
      { __typename: 'User', identity: 'bob' },
      { __typename: 'User', identity: 'alice' },
      { __typename: 'User', identity: 'nobody' },
    ]);
    expect(entities?.map((entity) => entity?.friendlyName ?? null)).toEqual([
      'Alice Johnson',
      'Bob Martinez',
      'Alice Johnson',
      null,
    ]);
    expect(entities?.[1]?.sid).toBe(bob.sid);
    // The page is the whole collection, so it also tells that `nobody` is not a user.
    expect(operations).toEqual(['ListUser']);
  });

  it('resolves several participants of one conversation with one list call', async () => {
    const data = await run(
      '{ conversation(sid: "product-launch") { sid participants(first: 10) { edges { node { sid identity } } } } }',
    );
    const launch = at(data, 'conversation');
    const members = [0, 1, 2].map((i) => at(data, 'conversation', 'participants', 'edges', i, 'node'));
    expect(members.length).toBe(3);
    const { entities, operations } = await resolve(
      members.map((member) => ({ __typename: 'Participant', conversationSid: launch.sid, sid: member.sid })),
    );
    expect(entities?.map((entity) => entity?.memberIdentity)).toEqual(
      members.map((member) => member.identity),
    );
    expect(operations).toEqual(['ListConversationParticipant']);
  });

  it('resolves every entity type by each of its keys, to the object a query reads', async () => {
    const sales = await salesServiceSid();
    const data = await run(`{
      service(sid: "${sales}") { id sid }
      conversation(sid: "product-launch") {
        id sid uniqueName chatServiceSid
        participants(first: 1) { edges { node { id sid conversationSid } } }
        messages(first: 1) { edges { node { id sid conversationSid } } }
        webhooks(first: 1) { edges { node { id sid conversationSid } } }
      }
      user(sid: "alice") {
        id sid identity chatServiceSid
        role { id sid chatServiceSid }
        conversations(first: 1) { edges { node { id sid userSid chatServiceSid } } }
      }
      credentials(first: 1) { edges { node { id sid } } }
      addressConfigurations(first: 1) { edges { node { id sid } } }
      configuration { defaultService { sid } }
    }`);
    const conversation = at(data, 'conversation');
    const user = at(data, 'user');
    const defaultService = at(data, 'configuration', 'defaultService').sid;
    const more = await run(`{
      pushBindings(serviceSid: "${defaultService}", first: 1) { edges { node { id sid chatServiceSid } } }
      conversation(sid: "support-1042") {
        messages(last: 1) { edges { node { deliveryReceipts(first: 1) { edges { node { id sid conversationSid messageSid } } } } } }
      }
    }`);
    const receipt = firstNode(firstNode(more, 'conversation', 'messages'), 'deliveryReceipts');
    const participant = firstNode(data, 'conversation', 'participants');
    const message = firstNode(data, 'conversation', 'messages');
    const webhook = firstNode(data, 'conversation', 'webhooks');
    const role = at(data, 'user', 'role');
    const userConversation = firstNode(data, 'user', 'conversations');
    const binding = firstNode(more, 'pushBindings');
    const credential = firstNode(data, 'credentials');
    const address = firstNode(data, 'addressConfigurations');

    // [reference, the id a query gave the same object read through the same route form]
    const cases: Array<[Record<string, string | undefined>, string | undefined]> = [
      [{ __typename: 'Service', sid: sales }, at(data, 'service').id],
      [{ __typename: 'Credential', sid: credential.sid }, credential.id],
      [{ __typename: 'AddressConfiguration', sid: address.sid }, address.id],
      [{ __typename: 'Conversation', sid: conversation.sid }, conversation.id],
      [{ __typename: 'Conversation', uniqueName: 'product-launch' }, conversation.id],
      [
        { __typename: 'Conversation', chatServiceSid: conversation.chatServiceSid, sid: conversation.sid },
        conversation.id,
      ],
      [{ __typename: 'User', sid: user.sid }, user.id],
      [{ __typename: 'User', identity: 'alice' }, user.id],
      [{ __typename: 'User', chatServiceSid: user.chatServiceSid, identity: 'alice' }, user.id],
      [{ __typename: 'Role', sid: role.sid }, role.id],
      [{ __typename: 'Role', chatServiceSid: role.chatServiceSid, sid: role.sid }, role.id],
      [
        {
          __typename: 'PushBinding',
          chatServiceSid: binding.chatServiceSid,
          sid: binding.sid,
        },
        binding.id,
      ],
      [
        { __typename: 'Participant', conversationSid: conversation.sid, sid: participant.sid },
        participant.id,
      ],
      [{ __typename: 'Message', conversationSid: conversation.sid, sid: message.sid }, message.id],
      [
        { __typename: 'ConversationWebhook', conversationSid: conversation.sid, sid: webhook.sid },
        webhook.id,
      ],
      [
        {
          __typename: 'DeliveryReceipt',
          conversationSid: receipt.conversationSid,
          messageSid: receipt.messageSid,
          sid: receipt.sid,
        },
        receipt.id,
      ],
      [
        {
          __typename: 'UserConversation',
          userSid: userConversation.userSid,
          sid: userConversation.sid,
        },
        userConversation.id,
      ],
    ];
    const { entities, response } = await resolve(cases.map(([reference]) => reference));
    expect(response.body.errors).toBeUndefined();
    expect(entities?.map((entity) => entity && [entity.__typename, entity.id])).toEqual(
      cases.map(([reference, id]) => [reference.__typename, id]),
    );

    // Through a service route, the members of a conversation name their service in their global IDs.
    const scoped = await resolve([
      {
        __typename: 'Participant',
        chatServiceSid: conversation.chatServiceSid,
        conversationSid: conversation.sid,
        sid: participant.sid,
      },
      {
        __typename: 'Message',
        chatServiceSid: conversation.chatServiceSid,
        conversationSid: conversation.sid,
        sid: message.sid,
      },
    ]);
    expect(scoped.entities?.map((entity) => entity?.sid)).toEqual([participant.sid, message.sid]);
    expect(scoped.entities?.[0]?.id).not.toBe(participant.id);
    expect(scoped.operations).toEqual([
      'FetchServiceConversationMessage',
      'FetchServiceConversationParticipant',
    ]);
  });

  it('refuses a reference that carries none of its keys, at its own index, before any Twilio call for it', async () => {
    const { response, entities, operations } = await resolve([
      { __typename: 'Conversation' },
      { __typename: 'User', identity: 42 },
      { __typename: 'Participant', sid: `MB${'0'.repeat(32)}` },
      { __typename: 'User', identity: 'carol' },
    ]);
    expect(entities?.slice(0, 3)).toEqual([null, null, null]);
    expect(entities?.[3]?.identity).toBe('carol');
    expect(
      response.body.errors?.map((error) => [error.path, error.extensions?.code, error.message.split(':')[0]]),
    ).toEqual([
      [['_entities', 0], 'BAD_USER_INPUT', 'Invalid Conversation reference'],
      [['_entities', 1], 'BAD_USER_INPUT', 'Invalid User reference'],
      [['_entities', 2], 'BAD_USER_INPUT', 'Invalid Participant reference'],
    ]);
    expect(operations).toEqual(['FetchUser']);
  });

  it('counts one lookup per reference, and a page for every two, against the upstream budget, refusing before any call', async () => {
    // 3 references: 3 lookups + 1 page they may share (4); 4 references: 4 + 2 (6).
    const strict = await startListeningGateway({
      emulator: { seed: 'demo' },
      env: { MAX_UPSTREAM_CALLS: '4' },
    });
    try {
      const references = ['alice', 'bob', 'carol', 'dave'].map((identity) => ({
        __typename: 'User',
        identity,
      }));
      const within = await strict.post({
        query: ENTITIES,
        variables: { representations: references.slice(0, 3) },
      });
      expect(within.body.errors).toBeUndefined();
      const mark = strict.emulator.requests.length;
      const over = await strict.post({ query: ENTITIES, variables: { representations: references } });
      expect(over.body.errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
      expect(strict.emulator.requests.length).toBe(mark);
    } finally {
      await strict.close();
    }
  });
});

describe('credentials of entity lookups', () => {
  it('reads each reference with the Twilio account of the request that carries it', async () => {
    const launchA = at(
      await run('{ conversation(sid: "product-launch") { sid } }', {}, ACCOUNT_A),
      'conversation',
    );
    const supportB = at(
      await run('{ conversation(sid: "support-1042") { sid } }', {}, ACCOUNT_B),
      'conversation',
    );
    const { entities, usernames } = await resolve(
      [
        { __typename: 'Conversation', sid: launchA.sid },
        { __typename: 'Conversation', uniqueName: 'support-1042' },
      ],
      ACCOUNT_B,
    );
    // Account B cannot see account A's conversation, and a unique name means B's own.
    expect(entities).toEqual([
      null,
      expect.objectContaining({ sid: supportB.sid, uniqueName: 'support-1042' }),
    ]);
    expect(usernames).toEqual([ACCOUNT_B.accountSid]);
  });

  it('refuses a lookup without credentials before any Twilio call', async () => {
    const mark = gateway.emulator.requests.length;
    const response = await gateway.post(
      { query: ENTITIES, variables: { representations: [{ __typename: 'User', identity: 'alice' }] } },
      {},
    );
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(gateway.emulator.requests.length).toBe(mark);
  });
});

async function salesServiceSid(): Promise<string> {
  const data = await run('{ services(first: 10) { edges { node { sid friendlyName } } } }');
  const services = [0, 1].map((i) => at(data, 'services', 'edges', i, 'node'));
  const sales = services.find((service) => service.friendlyName === 'Sales team');
  if (!sales?.sid) throw new Error('no Sales team service in the demo data');
  return sales.sid;
}
