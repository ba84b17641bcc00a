import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiptRecord } from '../../src/emulator/store.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { registerDevice } from '../helpers/devices.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

/**
 * A client without subscriptions catches up by reading forward from the last `endCursor` it was
 * given. Every connection of the schema must then return exactly the items added since, and say
 * `hasNextPage: true` only when Twilio holds more than it returned.
 */

let gateway: TestGateway;
let credentialSid: string;

beforeAll(async () => {
  gateway = await startTestGateway();
  const data = await gateway.run<{ createCredential: { credential: { sid: string } } }>(
    'mutation { createCredential(input: { type: FCM, friendlyName: "polling", secret: "k" }) { credential { sid } } }',
  );
  credentialSid = data.createCredential.credential.sid;
});

afterAll(async () => {
  await gateway.close();
});

let counter = 0;
const unique = (prefix: string) => {
  counter += 1;
  return `${prefix}-${counter}`;
};

/** Runs a mutation and returns the first string found at `path` in its data. */
async function create(document: string, variables: Record<string, unknown>, path: string[]): Promise<string> {
  const data = await gateway.run<Record<string, unknown>>(document, variables);
  let value: unknown = data;
  for (const key of path) value = (value as Record<string, unknown> | null)?.[key];
  if (typeof value !== 'string') throw new Error(`no ${path.join('.')} in ${JSON.stringify(data)}`);
  return value;
}

const createService = () =>
  create(
    'mutation($n: String!) { createService(input: { friendlyName: $n }) { service { sid } } }',
    { n: unique('service') },
    ['createService', 'service', 'sid'],
  );

const createConversation = (serviceSid?: string) =>
  create(
    'mutation($s: String, $u: String) { createConversation(input: { serviceSid: $s, uniqueName: $u }) { conversation { sid } } }',
    { s: serviceSid, u: unique('conversation') },
    ['createConversation', 'conversation', 'sid'],
  );

const createParticipant = (conversationSid: string, identity: string, serviceSid?: string) =>
  create(
    'mutation($c: String!, $i: String, $s: String) { createParticipant(input: { conversationSid: $c, identity: $i, serviceSid: $s }) { participant { sid } } }',
    { c: conversationSid, i: identity, s: serviceSid },
    ['createParticipant', 'participant', 'sid'],
  );

const createSmsParticipant = (conversationSid: string) => {
  counter += 1;
  return create(
    'mutation($c: String!, $a: String!) { createParticipant(input: { conversationSid: $c, messagingBinding: { address: $a, proxyAddress: "+15550000000" } }) { participant { sid } } }',
    { c: conversationSid, a: `+1555${String(1_000_000 + counter).slice(1)}` },
    ['createParticipant', 'participant', 'sid'],
  );
};

const createMessage = (conversationSid: string) =>
  create(
    'mutation($c: String!, $b: String) { createMessage(input: { conversationSid: $c, author: "system", body: $b }) { message { sid } } }',
    { c: conversationSid, b: unique('message') },
    ['createMessage', 'message', 'sid'],
  );

const createUser = (identity: string, serviceSid?: string) =>
  create(
    'mutation($i: String!, $s: String) { createUser(input: { identity: $i, serviceSid: $s }) { user { sid } } }',
    { i: identity, s: serviceSid },
    ['createUser', 'user', 'sid'],
  );

const createRole = (serviceSid?: string) =>
  create(
    'mutation($n: String!, $s: String) { createRole(input: { serviceSid: $s, friendlyName: $n, type: CONVERSATION, permissions: ["sendMessage"] }) { role { sid } } }',
    { n: unique('role'), s: serviceSid },
    ['createRole', 'role', 'sid'],
  );

const createCredential = () =>
  create(
    'mutation($n: String) { createCredential(input: { type: FCM, friendlyName: $n, secret: "k" }) { credential { sid } } }',
    { n: unique('credential') },
    ['createCredential', 'credential', 'sid'],
  );

const createAddress = () => {
  counter += 1;
  return create(
    'mutation($a: String!) { createAddressConfiguration(input: { type: SMS, address: $a }) { addressConfiguration { sid } } }',
    { a: `+1666${String(1_000_000 + counter).slice(1)}` },
    ['createAddressConfiguration', 'addressConfiguration', 'sid'],
  );
};

const createWebhook = (conversationSid: string) =>
  create(
    'mutation($c: String!, $u: String) { createConversationWebhook(input: { conversationSid: $c, target: TRIGGER, configuration: { url: $u, triggers: ["help"] } }) { webhook { sid } } }',
    { c: conversationSid, u: `https://example.com/${unique('hook')}` },
    ['createConversationWebhook', 'webhook', 'sid'],
  );

const newDevice = (serviceSid: string) =>
  registerDevice(gateway, serviceSid, {
    identity: unique('device-owner'),
    bindingType: 'fcm',
    endpoint: unique('endpoint'),
    credentialSid,
  });

/**
 * Twilio writes a delivery receipt when a carrier reports on a recipient, later than the message
 * itself; no REST call makes one, so the receipt is added to the emulator's store as that report would.
 */
function receiveReceipt(conversationSid: string, messageSid: string, participantSid: string): string {
  const store = gateway.emulator.store;
  for (const account of Object.values(store.state.accounts)) {
    for (const service of Object.values(account.services)) {
      const message = service.conversations[conversationSid]?.messages[messageSid];
      if (!message) continue;
      const receipt: ReceiptRecord = {
        sid: store.createSid('DY'),
        seq: store.nextSeq(),
        participantSid,
        channelMessageSid: `SM${store.createSid('DY').slice(2)}`,
        status: 'delivered',
        errorCode: 0,
        dateCreated: Date.now(),
        dateUpdated: Date.now(),
      };
      message.receipts[receipt.sid] = receipt;
      return receipt.sid;
    }
  }
  throw new Error(`no message ${messageSid}`);
}

/** A list under test: a query whose connection is aliased `list`, and a way to add one item to it. */
interface PolledList {
  query: string;
  variables: Record<string, unknown>;
  add: () => Promise<string>;
}

const CONNECTION = (field: string, key = 'sid') =>
  `list: ${field} { edges { cursor node { key: ${key} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;

/** Every connection field of the schema, named `Type.field`, with a list of it that grows. */
const CASES: Record<string, () => Promise<PolledList>> = {
  'Conversation.messages': async () => {
    const c = await createConversation();
    for (let i = 0; i < 4; i += 1) await createMessage(c);
    return {
      query: `query($c: String!, $first: Int, $after: String) { conversation(sid: $c) { ${CONNECTION('messages(first: $first, after: $after)')} } }`,
      variables: { c },
      add: () => createMessage(c),
    };
  },
  'Conversation.participants': async () => {
    const c = await createConversation();
    await createParticipant(c, unique('member'));
    await createParticipant(c, unique('member'));
    return {
      query: `query($c: String!, $first: Int, $after: String) { conversation(sid: $c) { ${CONNECTION('participants(first: $first, after: $after)')} } }`,
      variables: { c },
      add: () => createParticipant(c, unique('member')),
    };
  },
  'Conversation.webhooks': async () => {
    const c = await createConversation();
    await createWebhook(c);
    return {
      query: `query($c: String!, $first: Int, $after: String) { conversation(sid: $c) { ${CONNECTION('webhooks(first: $first, after: $after)')} } }`,
      variables: { c },
      add: () => createWebhook(c),
    };
  },
  'Message.deliveryReceipts': async () => {
    const c = await createConversation();
    const recipients = [
      await createSmsParticipant(c),
      await createSmsParticipant(c),
      await createSmsParticipant(c),
      await createSmsParticipant(c),
    ];
    const m = await createMessage(c);
    let next = 0;
    return {
      query: `query($c: String!, $m: String!, $first: Int, $after: String) { message(conversationSid: $c, sid: $m) { ${CONNECTION('deliveryReceipts(first: $first, after: $after)')} } }`,
      variables: { c, m },
      add: async () => receiveReceipt(c, m, recipients[next++ % recipients.length] ?? ''),
    };
  },
  'Query.addressConfigurations': async () => {
    await createAddress();
    return {
      query: `query($first: Int, $after: String) { ${CONNECTION('addressConfigurations(first: $first, after: $after)')} }`,
      variables: {},
      add: createAddress,
    };
  },
  'Query.conversations': async () => {
    await createConversation();
    return {
      query: `query($first: Int, $after: String) { ${CONNECTION('conversations(first: $first, after: $after)')} }`,
      variables: {},
      add: () => createConversation(),
    };
  },
  'Query.credentials': async () => ({
    query: `query($first: Int, $after: String) { ${CONNECTION('credentials(first: $first, after: $after)')} }`,
    variables: {},
    add: createCredential,
  }),
  'Query.participantConversations': async () => {
    const identity = unique('wanderer');
    await createParticipant(await createConversation(), identity);
    return {
      query: `query($i: String, $first: Int, $after: String) { ${CONNECTION('participantConversations(identity: $i, first: $first, after: $after)', 'participantSid')} }`,
      variables: { i: identity },
      add: async () => createParticipant(await createConversation(), identity),
    };
  },
  'Query.pushBindings': async () => {
    const s = await createService();
    await newDevice(s);
    return {
      query: `query($s: String!, $first: Int, $after: String) { ${CONNECTION('pushBindings(serviceSid: $s, first: $first, after: $after)')} }`,
      variables: { s },
      add: () => newDevice(s),
    };
  },
  'Query.roles': async () => ({
    query: `query($first: Int, $after: String) { ${CONNECTION('roles(first: $first, after: $after)')} }`,
    variables: {},
    add: () => createRole(),
  }),
  'Query.services': async () => ({
    query: `query($first: Int, $after: String) { ${CONNECTION('services(first: $first, after: $after)')} }`,
    variables: {},
    add: createService,
  }),
  'Query.users': async () => {
    await createUser(unique('user'));
    return {
      query: `query($first: Int, $after: String) { ${CONNECTION('users(first: $first, after: $after)')} }`,
      variables: {},
      add: () => createUser(unique('user')),
    };
  },
  'Service.bindings': async () => {
    const s = await createService();
    await newDevice(s);
    return {
      query: `query($s: String!, $first: Int, $after: String) { service(sid: $s) { ${CONNECTION('bindings(first: $first, after: $after)')} } }`,
      variables: { s },
      add: () => newDevice(s),
    };
  },
  'Service.conversations': async () => {
    const s = await createService();
    await createConversation(s);
    return {
      query: `query($s: String!, $first: Int, $after: String) { service(sid: $s) { ${CONNECTION('conversations(first: $first, after: $after)')} } }`,
      variables: { s },
      add: () => createConversation(s),
    };
  },
  'Service.participantConversations': async () => {
    const s = await createService();
    const identity = unique('wanderer');
    await createParticipant(await createConversation(s), identity, s);
    return {
      query: `query($s: String!, $i: String, $first: Int, $after: String) { service(sid: $s) { ${CONNECTION('participantConversations(identity: $i, first: $first, after: $after)', 'participantSid')} } }`,
      variables: { s, i: identity },
      add: async () => createParticipant(await createConversation(s), identity, s),
    };
  },
  'Service.roles': async () => {
    const s = await createService();
    return {
      query: `query($s: String!, $first: Int, $after: String) { service(sid: $s) { ${CONNECTION('roles(first: $first, after: $after)')} } }`,
      variables: { s },
      add: () => createRole(s),
    };
  },
  'Service.users': async () => {
    const s = await createService();
    await createUser(unique('user'), s);
    return {
      query: `query($s: String!, $first: Int, $after: String) { service(sid: $s) { ${CONNECTION('users(first: $first, after: $after)')} } }`,
      variables: { s },
      add: () => createUser(unique('user'), s),
    };
  },
  'User.conversations': async () => {
    const identity = unique('member');
    const u = await createUser(identity);
    await createParticipant(await createConversation(), identity);
    return {
      query: `query($u: String!, $first: Int, $after: String) { user(sid: $u) { ${CONNECTION('conversations(first: $first, after: $after)')} } }`,
      variables: { u },
      add: async () => {
        const c = await createConversation();
        await createParticipant(c, identity);
        return c;
      },
    };
  },
};

interface Connection {
  edges: Array<{ cursor: string; node: { key: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Finds the connection aliased `list` anywhere in the data. */
function findList(value: unknown): Connection | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if ('list' in value) return (value as { list: Connection }).list;
  for (const child of Object.values(value)) {
    const found = findList(child);
    if (found) return found;
  }
  return undefined;
}

async function read(list: PolledList, first: number, after?: string | null): Promise<Connection> {
  const data = await gateway.run(list.query, { ...list.variables, first, after });
  const connection = findList(data);
  if (!connection) throw new Error(`no list in ${JSON.stringify(data)}`);
  return connection;
}

const keys = (connection: Connection) => connection.edges.map((edge) => edge.node.key);

describe('catching up by reading forward from the last end cursor', () => {
  it('covers every connection field of the schema', () => {
    const schema = buildGatewaySchema();
    const connections: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (isObjectType(named) && named.name.endsWith('Connection') && 'pageInfo' in named.getFields()) {
          connections.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(Object.keys(CASES).sort()).toEqual(connections.sort());
  });

  it.each(Object.keys(CASES))(
    '%s returns what was added after the end cursor, and only that',
    async (field) => {
      const prepare = CASES[field];
      if (!prepare) throw new Error(`no case for ${field}`);
      const list = await prepare();

      const start = await read(list, 100);
      expect(start.pageInfo.hasNextPage).toBe(false);
      const seen = keys(start);
      const endCursor = start.pageInfo.endCursor;

      const added = await list.add();
      expect(seen).not.toContain(added);
      const caughtUp = await read(list, 100, endCursor);
      expect(keys(caughtUp)).toEqual([added]);
      expect(caughtUp.pageInfo.hasNextPage).toBe(false);
      expect(caughtUp.pageInfo.hasPreviousPage).toBe(true);

      // Nothing new: an empty page, no end cursor, and the client keeps the one it had.
      const idle = await read(list, 100, caughtUp.pageInfo.endCursor);
      expect(keys(idle)).toEqual([]);
      expect(idle.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });

      // More arrived than the client asks for: it is told there is more, and gets the rest next.
      const second = await list.add();
      const third = await list.add();
      const one = await read(list, 1, caughtUp.pageInfo.endCursor);
      expect(keys(one)).toEqual([second]);
      expect(one.pageInfo.hasNextPage).toBe(true);
      const rest = await read(list, 100, one.pageInfo.endCursor);
      expect(keys(rest)).toEqual([third]);
      expect(rest.pageInfo.hasNextPage).toBe(false);

      // The whole list read again from the start is what the client assembled, once each.
      const whole = await read(list, 1000);
      expect(keys(whole)).toEqual([...seen, added, second, third]);
    },
  );
});
