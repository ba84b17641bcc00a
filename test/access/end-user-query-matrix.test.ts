import type twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { ACCOUNT_SID, API_KEY } from '../helpers/end-user-gateway.ts';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';
import {
  CALLERS,
  type Caller,
  createMatrixConversation,
  createMatrixIdentities,
  registerPushBinding,
} from '../helpers/end-user-identities.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

/*
 * Every root Query field, asked over HTTP by each end user of the permission matrix (admin,
 * member, outsider, muted: test/helpers/end-user-identities.ts), with tokens minted by the official
 * SDK. The fields are read from the schema, so a new root field without a case fails this test.
 *
 * What each should see comes from docs/access-tokens.md §6, not from the gateway's answers: what an
 * end user reads is decided by membership and identity alone, whatever their roles (the roles
 * decide changes, src/access/permissions.ts; none of them is a permission to read). So:
 * - admin, member and muted are in "Matrix room" and see it, its messages, participants and
 *   receipts, and the bystander, who shares it with them; the outsider, in no conversation, sees
 *   none of it (`null`, empty lists);
 * - nobody sees "Elsewhere" (the bystander's and the loner's conversation) or the loner, not even
 *   the service admin;
 * - each sees their own User, user conversations and push bindings, never another's;
 * - configuration, credentials, roles, services, address configurations and conversation webhooks
 *   are FORBIDDEN to all, with no Twilio call, asked with SIDs that exist.
 * Every SID asked for is real: a `null` here is the rule's doing, not a made-up SID's.
 */

let gateway: EndUserHttpGateway;
let sdk: twilio.Twilio;

/** What the cases ask about, made in beforeAll. */
const world = {
  room: '',
  roomId: '',
  roomMessage: '',
  roomReceipt: '',
  bystanderInRoom: '',
  elsewhere: '',
  elsewhereId: '',
  elsewhereMessage: '',
  elsewhereReceipt: '',
  bystanderElsewhere: '',
  webhook: '',
  credential: '',
  addressConfiguration: '',
  roleSid: '',
  bindings: {} as Record<string, string>,
  bindingIds: {} as Record<string, string>,
};

const inRoom = (caller: Caller) => caller !== 'outsider';

type Expected = 'forbidden' | Record<string, unknown>;
interface Case {
  query: string;
  variables?: (caller: Caller) => Record<string, unknown>;
  expect: (caller: Caller) => Expected;
}

const forbiddenToAll = (query: string, variables?: Case['variables']): Case => ({
  query,
  ...(variables ? { variables } : {}),
  expect: () => 'forbidden',
});

const CASES: Record<string, Case[]> = {
  addressConfiguration: [
    forbiddenToAll('query($s: String!) { addressConfiguration(sid: $s) { sid } }', () => ({
      s: world.addressConfiguration,
    })),
  ],
  addressConfigurations: [forbiddenToAll('{ addressConfigurations(first: 5) { edges { node { sid } } } }')],
  configuration: [forbiddenToAll('{ configuration { defaultChatServiceSid } }')],
  credential: [
    forbiddenToAll('query($s: String!) { credential(sid: $s) { sid } }', () => ({ s: world.credential })),
  ],
  credentials: [forbiddenToAll('{ credentials(first: 5) { edges { node { sid } } } }')],
  service: [
    forbiddenToAll('query($s: String!) { service(sid: $s) { sid } }', () => ({ s: gateway.serviceSid })),
  ],
  services: [forbiddenToAll('{ services(first: 5) { edges { node { sid } } } }')],
  role: [forbiddenToAll('query($r: String!) { role(sid: $r) { sid } }', () => ({ r: world.roleSid }))],
  roles: [forbiddenToAll('{ roles(first: 5) { edges { node { sid } } } }')],
  conversationWebhook: [
    // A webhook of the conversation the members are in: configuration all the same.
    forbiddenToAll(
      'query($c: String!, $w: String!) { conversationWebhook(conversationSid: $c, sid: $w) { sid } }',
      () => ({ c: world.room, w: world.webhook }),
    ),
  ],
  conversations: [
    {
      query: '{ conversations(first: 50) { edges { node { friendlyName } } } }',
      expect: (caller) => ({
        conversations: { edges: inRoom(caller) ? [{ node: { friendlyName: 'Matrix room' } }] : [] },
      }),
    },
  ],
  conversation: [
    {
      query: `query($r: String!, $e: String!) {
        room: conversation(sid: $r) { friendlyName } elsewhere: conversation(sid: $e) { friendlyName } }`,
      variables: () => ({ r: world.room, e: world.elsewhere }),
      expect: (caller) => ({
        room: inRoom(caller) ? { friendlyName: 'Matrix room' } : null,
        elsewhere: null,
      }),
    },
    {
      query:
        '{ room: conversation(sid: "matrix-room") { sid } elsewhere: conversation(sid: "elsewhere") { sid } }',
      expect: (caller) => ({ room: inRoom(caller) ? { sid: world.room } : null, elsewhere: null }),
    },
  ],
  message: [
    {
      query: `query($r: String!, $rm: String!, $e: String!, $em: String!) {
        room: message(conversationSid: $r, sid: $rm) { author }
        elsewhere: message(conversationSid: $e, sid: $em) { author } }`,
      variables: () => ({
        r: world.room,
        rm: world.roomMessage,
        e: world.elsewhere,
        em: world.elsewhereMessage,
      }),
      expect: (caller) => ({ room: inRoom(caller) ? { author: 'bystander' } : null, elsewhere: null }),
    },
  ],
  participant: [
    {
      query: `query($r: String!, $rp: String!, $e: String!, $ep: String!) {
        room: participant(conversationSid: $r, sid: $rp) { identity }
        elsewhere: participant(conversationSid: $e, sid: $ep) { identity } }`,
      variables: () => ({
        r: world.room,
        rp: world.bystanderInRoom,
        e: world.elsewhere,
        ep: world.bystanderElsewhere,
      }),
      expect: (caller) => ({ room: inRoom(caller) ? { identity: 'bystander' } : null, elsewhere: null }),
    },
  ],
  deliveryReceipt: [
    {
      query: `query($r: String!, $rm: String!, $rd: String!, $e: String!, $em: String!, $ed: String!) {
        room: deliveryReceipt(conversationSid: $r, messageSid: $rm, sid: $rd) { sid }
        elsewhere: deliveryReceipt(conversationSid: $e, messageSid: $em, sid: $ed) { sid } }`,
      variables: () => ({
        r: world.room,
        rm: world.roomMessage,
        rd: world.roomReceipt,
        e: world.elsewhere,
        em: world.elsewhereMessage,
        ed: world.elsewhereReceipt,
      }),
      expect: (caller) => ({ room: inRoom(caller) ? { sid: world.roomReceipt } : null, elsewhere: null }),
    },
  ],
  user: [
    {
      query: `query($self: String!) { self: user(sid: $self) { identity }
        bystander: user(sid: "bystander") { identity } loner: user(sid: "loner") { identity } }`,
      variables: (caller) => ({ self: caller }),
      expect: (caller) => ({
        self: { identity: caller },
        bystander: inRoom(caller) ? { identity: 'bystander' } : null,
        loner: null,
      }),
    },
  ],
  users: [
    {
      query: '{ users(first: 50) { edges { node { identity } } } }',
      expect: (caller) => ({ users: { edges: [{ node: { identity: caller } }] } }),
    },
  ],
  userConversation: [
    {
      query: `query($self: String!, $r: String!) {
        own: userConversation(userSid: $self, conversationSid: $r) { conversationSid }
        bystanders: userConversation(userSid: "bystander", conversationSid: $r) { conversationSid } }`,
      variables: (caller) => ({ self: caller, r: world.room }),
      expect: (caller) => ({
        own: inRoom(caller) ? { conversationSid: world.room } : null,
        bystanders: null,
      }),
    },
  ],
  participantConversations: [
    {
      query: `query($self: String!) {
        participantConversations(identity: $self, first: 10) { edges { node { conversationSid } } } }`,
      variables: (caller) => ({ self: caller }),
      expect: (caller) => ({
        participantConversations: {
          edges: inRoom(caller) ? [{ node: { conversationSid: world.room } }] : [],
        },
      }),
    },
    forbiddenToAll(
      '{ participantConversations(identity: "bystander", first: 10) { edges { node { conversationSid } } } }',
    ),
    forbiddenToAll(
      '{ participantConversations(address: "+15550001111", first: 10) { edges { node { conversationSid } } } }',
    ),
  ],
  pushBindings: [
    {
      query: 'query($s: String!) { pushBindings(serviceSid: $s, first: 10) { edges { node { identity } } } }',
      variables: () => ({ s: gateway.serviceSid }),
      expect: (caller) => ({ pushBindings: { edges: [{ node: { identity: caller } }] } }),
    },
    forbiddenToAll(
      'query($s: String!) { pushBindings(serviceSid: $s, first: 10, identities: ["bystander"]) { edges { node { identity } } } }',
      () => ({ s: gateway.serviceSid }),
    ),
  ],
  pushBinding: [
    {
      query: `query($s: String!, $own: String!, $other: String!) {
        own: pushBinding(serviceSid: $s, sid: $own) { identity }
        bystanders: pushBinding(serviceSid: $s, sid: $other) { identity } }`,
      variables: (caller) => ({
        s: gateway.serviceSid,
        own: world.bindings[caller],
        other: world.bindings.bystander,
      }),
      expect: (caller) => ({ own: { identity: caller }, bystanders: null }),
    },
  ],
  node: [
    {
      query: `query($r: ID!, $e: ID!, $b: ID!) {
        room: node(id: $r) { ... on Conversation { friendlyName } }
        elsewhere: node(id: $e) { ... on Conversation { friendlyName } }
        bystanders: node(id: $b) { ... on PushBinding { identity } } }`,
      variables: () => ({ r: world.roomId, e: world.elsewhereId, b: world.bindingIds.bystander }),
      expect: (caller) => ({
        room: inRoom(caller) ? { friendlyName: 'Matrix room' } : null,
        elsewhere: null,
        bystanders: null,
      }),
    },
  ],
  nodes: [
    {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) {
        ... on Conversation { friendlyName } ... on PushBinding { identity } } }`,
      variables: (caller) => ({
        ids: [world.roomId, world.elsewhereId, world.bindingIds[caller], world.bindingIds.bystander],
      }),
      expect: (caller) => ({
        nodes: [inRoom(caller) ? { friendlyName: 'Matrix room' } : null, null, { identity: caller }, null],
      }),
    },
  ],
  _entities: [
    {
      query:
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Conversation { friendlyName } } }',
      variables: () => ({
        r: [
          { __typename: 'Conversation', sid: world.room },
          { __typename: 'Conversation', sid: world.elsewhere },
        ],
      }),
      expect: (caller) => ({ _entities: [inRoom(caller) ? { friendlyName: 'Matrix room' } : null, null] }),
    },
  ],
  _service: [
    {
      query: '{ _service { sdl } }',
      expect: () => ({ _service: { sdl: expect.stringContaining('type Conversation') } }),
    },
  ],
};

beforeAll(async () => {
  gateway = await startEndUserHttpGateway();
  ({ client: sdk } = createSdkClient(gateway.emulator.url, API_KEY.sid, API_KEY.secret, {
    accountSid: ACCOUNT_SID,
  }));
  const serviceSid = gateway.serviceSid;
  const service = sdk.conversations.v1.services(serviceSid);
  const roles = await createMatrixIdentities(sdk, serviceSid);
  world.roleSid = roles['channel user'] ?? '';
  await service.users.create({ identity: 'loner' });

  // An SMS participant in each conversation, so that a chat message there has a delivery receipt.
  const withReceipt = async (conversationSid: string, proxy: string) => {
    await service.conversations(conversationSid).participants.create({
      'messagingBinding.address': '+15550001111',
      'messagingBinding.proxyAddress': proxy,
    });
    const message = await service.conversations(conversationSid).messages.create({
      author: 'bystander',
      body: 'seen by SMS too',
    });
    const receipts = await service
      .conversations(conversationSid)
      .messages(message.sid)
      .deliveryReceipts.list();
    if (!receipts[0]) throw new Error('the emulator made no delivery receipt');
    return { message: message.sid, receipt: receipts[0].sid };
  };

  const room = await createMatrixConversation(sdk, serviceSid, roles, {
    friendlyName: 'Matrix room',
    uniqueName: 'matrix-room',
  });
  world.room = room.conversationSid;
  world.bystanderInRoom = room.participants.bystander ?? '';
  ({ message: world.roomMessage, receipt: world.roomReceipt } = await withReceipt(
    world.room,
    '+15559870011',
  ));
  world.webhook = (
    await service.conversations(world.room).webhooks.create({
      target: 'webhook',
      'configuration.url': 'https://example.com/hooks/matrix',
      'configuration.filters': ['onMessageAdded'],
    })
  ).sid;

  const elsewhere = await service.conversations.create({
    friendlyName: 'Elsewhere',
    uniqueName: 'elsewhere',
  });
  world.elsewhere = elsewhere.sid;
  world.bystanderElsewhere = (
    await service.conversations(world.elsewhere).participants.create({ identity: 'bystander' })
  ).sid;
  await service.conversations(world.elsewhere).participants.create({ identity: 'loner' });
  ({ message: world.elsewhereMessage, receipt: world.elsewhereReceipt } = await withReceipt(
    world.elsewhere,
    '+15559870012',
  ));

  world.credential = (
    await sdk.conversations.v1.credentials.create({ type: 'fcm', secret: 'fcm-secret' })
  ).sid;
  for (const identity of [...CALLERS, 'bystander']) {
    world.bindings[identity] = await registerPushBinding(
      gateway.emulator.url,
      serviceSid,
      identity,
      world.credential,
    );
  }

  const ids = await gateway.asServer<{
    room: { id: string };
    elsewhere: { id: string };
    addressConfigurations: { edges: Array<{ node: { sid: string } }> };
  }>(
    `query($r: String!, $e: String!) { room: conversation(sid: $r) { id } elsewhere: conversation(sid: $e) { id }
      addressConfigurations(first: 1) { edges { node { sid } } } }`,
    { r: world.room, e: world.elsewhere },
  );
  world.roomId = ids.room.id;
  world.elsewhereId = ids.elsewhere.id;
  world.addressConfiguration = ids.addressConfigurations.edges[0]?.node.sid ?? '';
  for (const [identity, sid] of Object.entries(world.bindings)) {
    const binding = await gateway.asServer<{ pushBinding: { id: string } }>(
      'query($s: String!, $b: String!) { pushBinding(serviceSid: $s, sid: $b) { id } }',
      { s: serviceSid, b: sid },
    );
    world.bindingIds[identity] = binding.pushBinding.id;
  }
}, 60_000);

afterAll(async () => {
  await gateway?.close();
});

describe('every root query field, as each end user of the matrix', () => {
  const fields = Object.keys(buildGatewaySchema().getQueryType()?.getFields() ?? {});

  it('has a case here for every field of the schema, and no case for a field it lacks', () => {
    expect(Object.keys(CASES).sort()).toEqual([...fields].sort());
  });

  it('asks only for objects that exist: the account sees every one of them', async () => {
    const data = await gateway.asServer(
      `query($r: String!, $rm: String!, $rd: String!, $e: String!, $em: String!, $ed: String!, $s: String!, $b: String!) {
        room: deliveryReceipt(conversationSid: $r, messageSid: $rm, sid: $rd) { sid }
        elsewhere: deliveryReceipt(conversationSid: $e, messageSid: $em, sid: $ed) { sid }
        binding: pushBinding(serviceSid: $s, sid: $b) { identity }
        loner: user(sid: "loner") { identity } }`,
      {
        r: world.room,
        rm: world.roomMessage,
        rd: world.roomReceipt,
        e: world.elsewhere,
        em: world.elsewhereMessage,
        ed: world.elsewhereReceipt,
        s: gateway.serviceSid,
        b: world.bindings.bystander,
      },
    );
    expect(data).toEqual({
      room: { sid: world.roomReceipt },
      elsewhere: { sid: world.elsewhereReceipt },
      binding: { identity: 'bystander' },
      loner: { identity: 'loner' },
    });
  });

  for (const field of fields) {
    for (const [i, testCase] of (CASES[field] ?? []).entries()) {
      it.each(CALLERS)(`${field} #${i + 1} as %s`, async (caller) => {
        const expected = testCase.expect(caller);
        const mark = gateway.mark();
        const answer = await gateway.asUser(caller, testCase.query, testCase.variables?.(caller));
        expect(answer.status).toBe(200);
        if (expected === 'forbidden') {
          expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
          // The field answers null (or, when it cannot be null, takes its parent with it).
          expect(Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
          expect(gateway.since(mark)).toEqual([]);
        } else {
          expect(answer.errors).toBeUndefined();
          expect(answer.data).toEqual(expected);
        }
      });
    }
  }
});
