import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTATION_RULES } from '../../src/graphql/end-user-mutations.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import {
  ACCOUNT_SID,
  API_KEY,
  type EndUserGateway,
  startEndUserGateway,
} from '../helpers/end-user-gateway.ts';
import {
  CALLERS,
  type Caller,
  createMatrixConversation,
  createMatrixIdentities,
  type MatrixConversation,
  type RoleSids,
  registerPushBinding,
} from '../helpers/end-user-identities.ts';
import { createSdkClient } from '../helpers/twilio-sdk.ts';

/*
 * Every Mutation field of the schema, tried by end users holding different Twilio roles, with
 * tokens minted by the official SDK. Allowed: the write reaches the emulator. Refused: a
 * `FORBIDDEN` user error (or, for administration, a `FORBIDDEN` GraphQL error) and the emulator
 * saw no write. The identities and their roles: test/helpers/end-user-identities.ts.
 */

const schema = buildGatewaySchema();
const MUTATIONS = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

/**
 * allowed: the write happens; refused: FORBIDDEN, nothing written; missing: NOT_FOUND, nothing
 * written, only for a caller whose roles would let them change what they named.
 */
type Outcome = 'allowed' | 'refused' | 'missing';

/** A user and a push binding that do not exist: refusals must not tell them from real ones. */
const NOBODY = 'nobody-by-that-name';
const NO_BINDING = `BS${'0'.repeat(32)}`;

/** A fresh conversation of the matrix; `bystander` is a participant nobody in the matrix is. */
type World = MatrixConversation;

interface Case {
  mutation: string;
  name: string;
  /** Builds the input in a fresh conversation; `caller` is who will send it. */
  input(caller: Caller, world: World): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Leave the caller out of the fresh conversation. */
  withoutCaller?: boolean;
  expect: Record<Caller, Outcome>;
}

const all = (outcome: Outcome): Record<Caller, Outcome> => ({
  admin: outcome,
  member: outcome,
  outsider: outcome,
  muted: outcome,
});

const CASES: Case[] = [
  {
    mutation: 'createConversation',
    name: 'a conversation of their own (createConversation)',
    input: () => ({ friendlyName: 'mine' }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'allowed', muted: 'refused' },
  },
  {
    mutation: 'createConversation',
    name: 'setting its state (no role grants it)',
    input: () => ({ friendlyName: 'mine', state: 'CLOSED' }),
    expect: all('refused'),
  },
  {
    mutation: 'createConversationWithParticipants',
    name: 'with someone else in it (createConversation + addParticipant)',
    input: () => ({ friendlyName: 'ours', participants: [{ identity: 'bystander' }] }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'createConversationWithParticipants',
    name: 'giving a participant a role',
    input: () => ({ participants: [{ identity: 'bystander', roleSid: `RL${'0'.repeat(32)}` }] }),
    expect: all('refused'),
  },
  {
    mutation: 'updateConversation',
    name: 'renaming (editConversationName)',
    input: (_caller, world) => ({ sid: world.conversationSid, friendlyName: 'renamed' }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateConversation',
    name: 'its attributes (editConversationAttributes)',
    input: (_caller, world) => ({ sid: world.conversationSid, attributes: { topic: 'x' } }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'deleteConversation',
    name: 'deleting it (deleteConversation)',
    input: (_caller, world) => ({ sid: world.conversationSid }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'createMessage',
    name: 'sending (sendMessage)',
    input: (_caller, world) => ({ conversationSid: world.conversationSid, body: 'hello' }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'createMessage',
    name: 'sending media (sendMessage + sendMediaMessage)',
    // The texter role lets admin send but not send media, and a service role cannot grant it;
    // muted's reader role grants media but not sendMessage.
    input: (_caller, world) => ({ conversationSid: world.conversationSid, mediaSid: `ME${'0'.repeat(32)}` }),
    expect: { admin: 'refused', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'createMessage',
    name: 'sending as someone else',
    input: (_caller, world) => ({ conversationSid: world.conversationSid, author: 'bystander', body: 'x' }),
    expect: all('refused'),
  },
  {
    mutation: 'updateMessage',
    name: 'editing their own (editOwnMessage)',
    input: async (caller, world) => ({
      conversationSid: world.conversationSid,
      sid: await world.message(caller),
      body: 'edited',
    }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateMessage',
    name: 'editing another’s (editAnyMessage)',
    input: async (_caller, world) => ({
      conversationSid: world.conversationSid,
      sid: await world.message('bystander'),
      body: 'edited',
    }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateMessage',
    name: 'their own message’s attributes (editOwnMessageAttributes)',
    // member: granted by the channel user role, not the service user role; muted: by the restricted
    // service role, without editOwnMessage.
    input: async (caller, world) => ({
      conversationSid: world.conversationSid,
      sid: await world.message(caller),
      attributes: { pinned: true },
    }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'allowed' },
  },
  {
    mutation: 'updateMessage',
    name: 'another’s message’s attributes (editAnyMessageAttributes)',
    // muted: granted by the restricted service role, without editAnyMessage; member's
    // editOwnMessageAttributes is not enough.
    input: async (_caller, world) => ({
      conversationSid: world.conversationSid,
      sid: await world.message('bystander'),
      attributes: { pinned: true },
    }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'allowed' },
  },
  {
    mutation: 'deleteMessage',
    name: 'deleting their own (deleteOwnMessage)',
    input: async (caller, world) => ({
      conversationSid: world.conversationSid,
      sid: await world.message(caller),
    }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'deleteMessage',
    name: 'deleting another’s (deleteAnyMessage)',
    input: async (_caller, world) => ({
      conversationSid: world.conversationSid,
      sid: await world.message('bystander'),
    }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'createParticipant',
    name: 'adding someone (addParticipant)',
    input: (_caller, world) => ({ conversationSid: world.conversationSid, identity: 'newcomer' }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'createParticipant',
    name: 'joining (joinConversation)',
    withoutCaller: true,
    input: (caller, world) => ({ conversationSid: world.conversationSid, identity: caller }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'allowed', muted: 'refused' },
  },
  {
    mutation: 'createParticipant',
    name: 'joining with a role of their choice',
    withoutCaller: true,
    input: (caller, world) => ({
      conversationSid: world.conversationSid,
      identity: caller,
      roleSid: `RL${'0'.repeat(32)}`,
    }),
    expect: all('refused'),
  },
  {
    mutation: 'updateParticipant',
    name: 'their own attributes (editOwnParticipantAttributes)',
    input: (caller, world) => ({
      conversationSid: world.conversationSid,
      sid: world.participants[caller] ?? caller,
      attributes: { away: true },
    }),
    // Only a conversation role can grant it: the service admin's texter role does not, and the
    // reader's editAnyParticipantAttributes is not the "own" permission.
    expect: { admin: 'refused', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateParticipant',
    name: 'their own read horizon',
    input: (caller, world) => ({
      conversationSid: world.conversationSid,
      sid: world.participants[caller] ?? caller,
      lastReadMessageIndex: 0,
    }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'allowed' },
  },
  {
    mutation: 'updateParticipant',
    name: 'another’s attributes (editAnyParticipantAttributes)',
    input: (_caller, world) => ({
      conversationSid: world.conversationSid,
      sid: world.participants.bystander,
      attributes: { away: true },
    }),
    // Granted by muted's reader role; the service admin's role cannot hold it.
    expect: { admin: 'refused', member: 'refused', outsider: 'refused', muted: 'allowed' },
  },
  {
    mutation: 'deleteParticipant',
    name: 'leaving (leaveConversation)',
    input: (caller, world) => ({
      conversationSid: world.conversationSid,
      sid: world.participants[caller] ?? caller,
    }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'deleteParticipant',
    name: 'removing someone (removeParticipant)',
    input: (_caller, world) => ({
      conversationSid: world.conversationSid,
      sid: world.participants.bystander,
    }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateUser',
    name: 'their own name (editOwnUserInfo)',
    input: (caller) => ({ sid: caller, friendlyName: `${caller} renamed` }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'allowed', muted: 'refused' },
  },
  {
    mutation: 'updateUser',
    name: 'their own name, by their User’s SID',
    input: async (caller) => ({ sid: await userSid(caller), friendlyName: `${caller} renamed` }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'allowed', muted: 'refused' },
  },
  {
    mutation: 'updateUser',
    name: 'another’s name (editAnyUserInfo)',
    input: () => ({ sid: 'bystander', friendlyName: 'renamed' }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateUser',
    name: 'another’s name, by their User’s SID',
    input: async () => ({ sid: await userSid('bystander'), friendlyName: 'renamed' }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateUser',
    name: 'the name of a user that does not exist',
    input: () => ({ sid: NOBODY, friendlyName: 'renamed' }),
    expect: { admin: 'missing', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'updateUser',
    name: 'their own role',
    input: (caller) => ({ sid: caller, roleSid: `RL${'0'.repeat(32)}` }),
    expect: all('refused'),
  },
  {
    mutation: 'updateUserConversation',
    name: 'their own notification level',
    input: (caller, world) => ({
      userSid: caller,
      conversationSid: world.conversationSid,
      notificationLevel: 'MUTED',
    }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'allowed' },
  },
  {
    mutation: 'updateUserConversation',
    name: 'another’s notification level',
    input: (_caller, world) => ({
      userSid: 'bystander',
      conversationSid: world.conversationSid,
      notificationLevel: 'MUTED',
    }),
    expect: all('refused'),
  },
  {
    mutation: 'updateUserConversation',
    name: 'the notification level of a user that does not exist',
    input: (_caller, world) => ({
      userSid: NOBODY,
      conversationSid: world.conversationSid,
      notificationLevel: 'MUTED',
    }),
    expect: all('refused'),
  },
  {
    mutation: 'deleteUserConversation',
    name: 'leaving through their user (leaveConversation)',
    input: (caller, world) => ({ userSid: caller, conversationSid: world.conversationSid }),
    expect: { admin: 'allowed', member: 'allowed', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'deleteUserConversation',
    name: 'taking another user out (removeParticipant)',
    input: (_caller, world) => ({ userSid: 'bystander', conversationSid: world.conversationSid }),
    expect: { admin: 'allowed', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'deleteUserConversation',
    name: 'taking out a user that does not exist',
    input: (_caller, world) => ({ userSid: NOBODY, conversationSid: world.conversationSid }),
    expect: { admin: 'missing', member: 'refused', outsider: 'refused', muted: 'refused' },
  },
  {
    mutation: 'deletePushBinding',
    name: 'their own device',
    input: async (caller) => ({ serviceSid: service, sid: await registerBinding(caller) }),
    expect: all('allowed'),
  },
  {
    mutation: 'deletePushBinding',
    name: 'another’s device',
    input: async () => ({ serviceSid: service, sid: await registerBinding('bystander') }),
    expect: all('refused'),
  },
  {
    mutation: 'deletePushBinding',
    name: 'a device that is not registered',
    input: () => ({ serviceSid: service, sid: NO_BINDING }),
    expect: all('refused'),
  },
];

let gateway: EndUserGateway;
let sdk: twilio.Twilio;
let service: string;
let credentialSid: string;
let roles: RoleSids = {};

const registerBinding = (identity: string) =>
  registerPushBinding(gateway.emulator.url, service, identity, credentialSid);

const userSid = async (identity: string) =>
  (await sdk.conversations.v1.services(service).users(identity).fetch()).sid;

function world(without?: Caller): Promise<World> {
  return createMatrixConversation(sdk, service, roles, without ? { without } : {});
}

/** A value of an input type that passes GraphQL validation: enough for a refusal before any call. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.name;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = placeholder(field.type);
    }
    return value;
  }
  if (isScalarType(named)) {
    if (named.name === 'Int') return 1;
    if (named.name === 'Boolean') return true;
    if (named.name === 'JSON' || named.name === 'JSONObject') return {};
    if (named.name === 'URL') return 'https://example.com/hook';
    if (named.name === 'DateTime') return '2026-01-01T00:00:00Z';
  }
  return `IS${'0'.repeat(32)}`;
}

function documentOf(mutation: string): string {
  const field = schema.getMutationType()?.getFields()[mutation];
  const input = field?.args.find((arg) => arg.name === 'input');
  if (!input) throw new Error(`${mutation} has no input`);
  return `mutation M($input: ${String(input.type)}) { ${mutation}(input: $input) { userErrors { code reason message } } }`;
}

function inputOf(mutation: string): unknown {
  const input = schema
    .getMutationType()
    ?.getFields()
    [mutation]?.args.find((arg) => arg.name === 'input');
  if (!input) throw new Error(`${mutation} has no input`);
  return placeholder(input.type);
}

interface Payload {
  userErrors: Array<{ code: number | null; reason: string; message: string }>;
}

const writesSince = (mark: number) =>
  gateway.since(mark).filter((request) => request.method === 'POST' || request.method === 'DELETE');

beforeAll(async () => {
  // With the account configured, no request learns it from Twilio: every call the log shows is the request's own.
  gateway = await startEndUserGateway({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID } });
  service = gateway.defaultServiceSid;
  ({ client: sdk } = createSdkClient(gateway.emulator.url, API_KEY.sid, API_KEY.secret, {
    accountSid: ACCOUNT_SID,
  }));
  roles = await createMatrixIdentities(sdk, service);
  credentialSid = (await sdk.conversations.v1.credentials.create({ type: 'fcm', secret: 'fcm-secret' })).sid;
}, 60_000);

afterAll(async () => {
  await gateway?.close();
});

describe('what end users may change', () => {
  it('has a rule for every Mutation field of the schema, and no rule for a field that is gone', () => {
    expect(Object.keys(MUTATION_RULES).sort()).toEqual(MUTATIONS);
  });

  it('tries every Mutation field: each is administration or has cases below', () => {
    const administration = MUTATIONS.filter((name) => MUTATION_RULES[name] === 'administration');
    const checked = new Set(CASES.map((entry) => entry.mutation));
    expect(MUTATIONS.filter((name) => !administration.includes(name) && !checked.has(name))).toEqual([]);
    expect(administration.length + checked.size).toBe(MUTATIONS.length);
  });

  const administration = MUTATIONS.filter((name) => MUTATION_RULES[name] === 'administration');
  it.each(administration)(
    'refuses %s to every end user with FORBIDDEN and no Twilio call',
    async (mutation) => {
      for (const caller of CALLERS) {
        const mark = gateway.mark();
        const answer = await gateway.asUser(caller, documentOf(mutation), { input: inputOf(mutation) });
        expect(
          answer.errors?.map((error) => error.extensions?.code),
          `${mutation} as ${caller}: ${JSON.stringify(answer.errors)}`,
        ).toEqual(['FORBIDDEN']);
        expect(gateway.since(mark), `${mutation} as ${caller}`).toEqual([]);
      }
    },
  );

  describe.each(CASES)('$mutation: $name', (entry) => {
    it.each(CALLERS)('as %s', async (caller) => {
      const fresh = await world(entry.withoutCaller ? caller : undefined);
      const input = await entry.input(caller, fresh);
      const mark = gateway.mark();
      const answer = await gateway.asUser<Record<string, Payload>>(caller, documentOf(entry.mutation), {
        input,
      });
      expect(answer.errors).toBeUndefined();
      const payload = answer.data?.[entry.mutation];
      const expected = entry.expect[caller];
      const writes = writesSince(mark);
      if (expected === 'allowed') {
        expect(payload?.userErrors).toEqual([]);
        expect(writes).toHaveLength(1);
        expect(writes[0]?.status).toBeLessThan(300);
      } else {
        expect(payload?.userErrors.map((error) => error.reason)).toEqual([
          expected === 'refused' ? 'FORBIDDEN' : 'NOT_FOUND',
        ]);
        expect(writes).toEqual([]);
      }
    });
  });
});
