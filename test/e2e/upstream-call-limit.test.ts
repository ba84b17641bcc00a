import { type GraphQLObjectType, type GraphQLSchema, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { createGateway } from '../../src/server/yoga.ts';
import { createTwilioClient, type TwilioClient } from '../../src/twilio/index.ts';
import { type GatewayProcess, type GraphQLBody, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * `MAX_UPSTREAM_CALLS` (here 100) holds for what a request really does, not only for what it was
 * estimated to do. A conversation has 200 participants; the last 100 of them wrote its 100 messages. The
 * participant list the loader reads for the authors holds the first 100 members, so every author
 * is fetched on its own: a page of 100 messages with their authors costs 102 calls.
 */
const ACCOUNT = { accountSid: `AC${'c'.repeat(32)}`, authToken: 'call-limit-auth-token-5f1e' };
const AUTHORIZATION = `Basic ${Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString('base64')}`;
const MEMBERS = 200;
const AUTHORS = 100;
const QUERY = `query Authors($c: String!) { conversation(sid: $c) {
  messages(first: 100) { edges { node { index participant { identity } } } }
} }`;

let emulator: RunningEmulator;
let conversationSid = '';

async function rest(path: string, form: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator.url}/v1/${path}`, {
    method: 'POST',
    headers: { authorization: AUTHORIZATION, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  emulator = await startEmulator({ accounts: [ACCOUNT] });
  const conversation = await rest('Conversations', { UniqueName: 'crowded' });
  conversationSid = String(conversation.sid);
  for (let i = 0; i < MEMBERS; i += 1) {
    await rest(`Conversations/${conversationSid}/Participants`, { Identity: `member-${i}` });
  }
  for (let i = 0; i < AUTHORS; i += 1) {
    await rest(`Conversations/${conversationSid}/Messages`, {
      Author: `member-${MEMBERS - AUTHORS + i}`,
      Body: `message ${i}`,
    });
  }
}, 120_000);
afterAll(async () => {
  await emulator?.close();
});

async function send(gateway: GatewayProcess): Promise<{ body: GraphQLBody; upstream: number }> {
  const before = emulator.requests.length;
  const response = await gateway.graphql(
    { query: QUERY, variables: { c: conversationSid } },
    { authorization: AUTHORIZATION, 'x-debug-upstream-calls': '1' },
  );
  return { body: response.body, upstream: emulator.requests.length - before };
}

describe('a page of messages whose authors are beyond the first page of members', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess({
      AUTH_MODE: 'pass-through',
      TWILIO_CONVERSATIONS_URL: emulator.url,
      MAX_UPSTREAM_CALLS: '100',
    });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('never makes more than a budget of 100 calls', async () => {
    const { body, upstream } = await send(gateway);
    expect(upstream).toBeLessThanOrEqual(100);
    // Refused before any call: the estimate counts one fetch per author beyond the member page.
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_ESTIMATED_TOO_EXPENSIVE',
      cost: { estimated: 103, max: 100 },
    });
    expect(upstream).toBe(0);
  });
});

describe('the same page under a budget that allows it', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess({
      AUTH_MODE: 'pass-through',
      TWILIO_CONVERSATIONS_URL: emulator.url,
      MAX_UPSTREAM_CALLS: '1000',
    });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('makes more than 100 calls, all of them within the estimate', async () => {
    const { body, upstream } = await send(gateway);
    expect(body.errors).toBeUndefined();
    const calls = body.extensions?.upstreamCalls as { count: number; estimated: number };
    expect(calls.count).toBe(upstream);
    expect(upstream).toBeGreaterThan(100);
    expect(calls.estimated).toBeGreaterThanOrEqual(upstream);
  });
});

/** A schema where a module forgot to declare what `Message.participant` costs: the estimate says 2. */
function withUndeclaredAuthorCost(): GraphQLSchema {
  const schema = buildGatewaySchema();
  const message = schema.getType('Message');
  if (!isObjectType(message)) throw new Error('no Message type');
  const participant = (message as GraphQLObjectType).getFields().participant;
  if (!participant) throw new Error('no Message.participant');
  participant.extensions = {};
  return schema;
}

describe('a request the estimate lets through that calls Twilio more than the budget', () => {
  let client: TwilioClient;
  let gateway: ReturnType<typeof createGateway>;
  beforeAll(() => {
    const loaded = loadConfig({
      AUTH_MODE: 'pass-through',
      TWILIO_CONVERSATIONS_URL: emulator.url,
      MAX_UPSTREAM_CALLS: '100',
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    client = createTwilioClient({ baseUrl: emulator.url });
    gateway = createGateway({
      config: loaded.config,
      schema: withUndeclaredAuthorCost(),
      client,
      logger: createLogger({
        level: 'error',
        redactor: createSecretRedactor([ACCOUNT.authToken]),
        write: (line) => {
          process.stderr.write(line);
        },
      }),
    });
  });
  afterAll(async () => {
    await client?.close();
  });

  it('stops at the 100th call with a typed error and the data it had', async () => {
    const before = emulator.requests.length;
    const response = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: AUTHORIZATION,
        'x-debug-upstream-calls': '1',
      },
      body: JSON.stringify({ query: QUERY, variables: { c: conversationSid } }),
    });
    const body = (await response.json()) as GraphQLBody & {
      data: {
        conversation: { messages: { edges: Array<{ node: { index: number; participant: unknown } }> } };
      };
    };
    const upstream = emulator.requests.length - before;
    expect(upstream).toBe(100);
    expect(body.extensions?.upstreamCalls).toMatchObject({ count: 100, estimated: 2 });
    // Partial data: every message, the authors fetched before the budget ran out, null for the rest.
    const edges = body.data.conversation.messages.edges;
    expect(edges.map((edge) => edge.node.index)).toEqual(Array.from({ length: AUTHORS }, (_, i) => i));
    const found = edges.filter((edge) => edge.node.participant !== null).length;
    expect(found).toBe(100 - 2);
    const limited = (body.errors ?? []).filter((error) => error.extensions?.code === 'UPSTREAM_CALL_LIMIT');
    expect(limited).toHaveLength(AUTHORS - found);
    expect(limited[0]).toMatchObject({
      message: expect.stringMatching(/limit of 100 calls to Twilio/),
      path: ['conversation', 'messages', 'edges', expect.any(Number), 'node', 'participant'],
      extensions: { code: 'UPSTREAM_CALL_LIMIT', cost: { max: 100 } },
    });
  });
});
