import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';

/**
 * Every root Query field, asked by an end user (alice, of the demo seed): either answered and
 * limited to what is hers, or refused FORBIDDEN with no Twilio call at all. The fields are read
 * from the schema, so a new root field without a case here fails this test.
 */
let gateway: EndUserHttpGateway;
const seed = {
  supportSid: '',
  supportMessageSid: '',
  launchSid: '',
  launchMessageSid: '',
  bindingSid: '',
  roleSid: '',
};

type Check = 'forbidden' | ((data: Record<string, unknown>) => void);
interface Case {
  query: string;
  variables?: () => Record<string, unknown>;
  expect: Check;
}

const CASES: Record<string, Case[]> = {
  addressConfiguration: [
    { query: '{ addressConfiguration(sid: "+15559870001") { sid } }', expect: 'forbidden' },
  ],
  addressConfigurations: [
    { query: '{ addressConfigurations(first: 5) { edges { node { sid } } } }', expect: 'forbidden' },
  ],
  configuration: [{ query: '{ configuration { defaultChatServiceSid } }', expect: 'forbidden' }],
  credential: [
    { query: '{ credential(sid: "CR00000000000000000000000000000000") { sid } }', expect: 'forbidden' },
  ],
  credentials: [{ query: '{ credentials(first: 5) { edges { node { sid } } } }', expect: 'forbidden' }],
  service: [{ query: '{ service(sid: "IS00000000000000000000000000000000") { sid } }', expect: 'forbidden' }],
  services: [{ query: '{ services(first: 5) { edges { node { sid } } } }', expect: 'forbidden' }],
  role: [
    {
      query: 'query($r: String!) { role(sid: $r) { sid } }',
      variables: () => ({ r: seed.roleSid }),
      expect: 'forbidden',
    },
  ],
  roles: [{ query: '{ roles(first: 5) { edges { node { sid } } } }', expect: 'forbidden' }],
  conversationWebhook: [
    {
      query:
        '{ conversationWebhook(conversationSid: "product-launch", sid: "WH00000000000000000000000000000000") { sid } }',
      expect: 'forbidden',
    },
  ],
  conversations: [
    {
      query: '{ conversations(first: 50) { edges { node { friendlyName } } } }',
      expect: (data) =>
        expect(data).toEqual({
          conversations: {
            edges: [
              { node: { friendlyName: 'Product launch' } },
              { node: { friendlyName: 'Returns via WhatsApp' } },
            ],
          },
        }),
    },
  ],
  conversation: [
    {
      query:
        '{ mine: conversation(sid: "product-launch") { friendlyName } theirs: conversation(sid: "support-1042") { friendlyName } }',
      expect: (data) => expect(data).toEqual({ mine: { friendlyName: 'Product launch' }, theirs: null }),
    },
  ],
  message: [
    {
      query: `query($l: String!, $lm: String!, $s: String!, $sm: String!) {
        mine: message(conversationSid: $l, sid: $lm) { author }
        theirs: message(conversationSid: $s, sid: $sm) { author } }`,
      variables: () => ({
        l: seed.launchSid,
        lm: seed.launchMessageSid,
        s: seed.supportSid,
        sm: seed.supportMessageSid,
      }),
      expect: (data) => expect(data).toEqual({ mine: { author: 'alice' }, theirs: null }),
    },
  ],
  participant: [
    {
      query: `{ mine: participant(conversationSid: "product-launch", sid: "bob") { identity }
                theirs: participant(conversationSid: "support-1042", sid: "carol") { identity } }`,
      expect: (data) => expect(data).toEqual({ mine: { identity: 'bob' }, theirs: null }),
    },
  ],
  deliveryReceipt: [
    {
      query: `query($s: String!, $sm: String!) {
        deliveryReceipt(conversationSid: $s, messageSid: $sm, sid: "DY00000000000000000000000000000000") { sid } }`,
      variables: () => ({ s: seed.supportSid, sm: seed.supportMessageSid }),
      expect: (data) => expect(data).toEqual({ deliveryReceipt: null }),
    },
  ],
  user: [
    {
      query: '{ bob: user(sid: "bob") { identity } carol: user(sid: "carol") { identity } }',
      expect: (data) => expect(data).toEqual({ bob: { identity: 'bob' }, carol: null }),
    },
  ],
  users: [
    {
      query: '{ users(first: 50) { edges { node { identity } } } }',
      expect: (data) => expect(data).toEqual({ users: { edges: [{ node: { identity: 'alice' } }] } }),
    },
  ],
  userConversation: [
    {
      query: `{ mine: userConversation(userSid: "alice", conversationSid: "product-launch") { conversationSid }
                theirs: userConversation(userSid: "bob", conversationSid: "product-launch") { conversationSid } }`,
      expect: (data) => {
        expect(data.theirs).toBeNull();
        expect(data.mine).toEqual({ conversationSid: seed.launchSid });
      },
    },
  ],
  participantConversations: [
    {
      query:
        '{ participantConversations(identity: "alice", first: 10) { edges { node { conversationFriendlyName } } } }',
      expect: (data) =>
        expect(data).toEqual({
          participantConversations: {
            edges: [
              { node: { conversationFriendlyName: 'Product launch' } },
              { node: { conversationFriendlyName: 'Returns via WhatsApp' } },
            ],
          },
        }),
    },
    {
      query:
        '{ participantConversations(identity: "carol", first: 10) { edges { node { conversationSid } } } }',
      expect: 'forbidden',
    },
    {
      query:
        '{ participantConversations(address: "+15551230001", first: 10) { edges { node { conversationSid } } } }',
      expect: 'forbidden',
    },
  ],
  pushBindings: [
    {
      query: 'query($s: String!) { pushBindings(serviceSid: $s, first: 10) { edges { node { identity } } } }',
      variables: () => ({ s: gateway.serviceSid }),
      expect: (data) => expect(data).toEqual({ pushBindings: { edges: [{ node: { identity: 'alice' } }] } }),
    },
    {
      query:
        'query($s: String!) { pushBindings(serviceSid: $s, first: 10, identities: ["bob"]) { edges { node { identity } } } }',
      variables: () => ({ s: gateway.serviceSid }),
      expect: 'forbidden',
    },
  ],
  pushBinding: [
    {
      query: 'query($s: String!, $b: String!) { pushBinding(serviceSid: $s, sid: $b) { identity } }',
      variables: () => ({ s: gateway.serviceSid, b: seed.bindingSid }),
      expect: (data) => expect(data).toEqual({ pushBinding: { identity: 'alice' } }),
    },
  ],
  node: [
    {
      query:
        '{ node(id: "Q29udmVyc2F0aW9uOklTMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAvQ0gwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA=") { id } }',
      expect: (data) => expect(data).toEqual({ node: null }),
    },
  ],
  nodes: [
    {
      query:
        '{ nodes(ids: ["Q29udmVyc2F0aW9uOklTMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAvQ0gwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA="]) { id } }',
      expect: (data) => expect(data).toEqual({ nodes: [null] }),
    },
  ],
  _entities: [
    {
      query:
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Conversation { friendlyName } } }',
      variables: () => ({ r: [{ __typename: 'Conversation', sid: seed.supportSid }] }),
      expect: (data) => expect(data).toEqual({ _entities: [null] }),
    },
  ],
  _service: [
    {
      query: '{ _service { sdl } }',
      expect: (data) => expect(JSON.stringify(data)).toContain('type Conversation'),
    },
  ],
};

beforeAll(async () => {
  gateway = await startEndUserHttpGateway();
  const data = await gateway.asServer<{
    launch: { sid: string; messages: { edges: Array<{ node: { sid: string } }> } };
    support: { sid: string; messages: { edges: Array<{ node: { sid: string } }> } };
    pushBindings: { edges: Array<{ node: { sid: string } }> };
    roles: { edges: Array<{ node: { sid: string } }> };
  }>(
    `query($s: String!) {
    launch: conversation(sid: "product-launch") { sid messages(first: 1) { edges { node { sid } } } }
    support: conversation(sid: "support-1042") { sid messages(first: 1) { edges { node { sid } } } }
    pushBindings(serviceSid: $s, first: 1) { edges { node { sid } } }
    roles(first: 1) { edges { node { sid } } }
  }`,
    { s: gateway.serviceSid },
  );
  seed.launchSid = data.launch.sid;
  seed.launchMessageSid = data.launch.messages.edges[0]?.node.sid ?? '';
  seed.supportSid = data.support.sid;
  seed.supportMessageSid = data.support.messages.edges[0]?.node.sid ?? '';
  seed.bindingSid = data.pushBindings.edges[0]?.node.sid ?? '';
  seed.roleSid = data.roles.edges[0]?.node.sid ?? '';
});

afterAll(async () => {
  await gateway?.close();
});

describe('every root query field, as an end user', () => {
  const fields = Object.keys(buildGatewaySchema().getQueryType()?.getFields() ?? {});

  it('has a case here for every field of the schema, and no case for a field it lacks', () => {
    expect(Object.keys(CASES).sort()).toEqual([...fields].sort());
  });

  for (const field of fields) {
    for (const [i, testCase] of (CASES[field] ?? []).entries()) {
      it(`${field} #${i + 1}: ${testCase.expect === 'forbidden' ? 'FORBIDDEN with no Twilio call' : 'answered with her data only'}`, async () => {
        const mark = gateway.mark();
        const answer = await gateway.asUser('alice', testCase.query, testCase.variables?.());
        expect(answer.status).toBe(200);
        if (testCase.expect === 'forbidden') {
          expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
          // The field answers null (or, when it cannot be null, takes its parent with it).
          expect(Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
          expect(gateway.since(mark)).toEqual([]);
        } else {
          expect(answer.errors).toBeUndefined();
          testCase.expect(answer.data ?? {});
        }
      });
    }
  }
});
