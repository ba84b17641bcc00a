import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

const API_KEY = { sid: `SK${'5'.repeat(32)}`, secret: 'e2e-api-key-secret-90ad' };
const ACCOUNT = { accountSid: `AC${'e'.repeat(32)}`, authToken: 'e2e-auth-token-7c1d5b', apiKeys: [API_KEY] };
const GATEWAY_TOKEN = 'e2e-gateway-token-3f9a1c0b7d';
const LIST = '{ conversations(first: 5) { edges { node { sid friendlyName } } } }';
const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', accounts: [ACCOUNT] });
});
afterAll(async () => {
  await emulator?.close();
});

describe('server credentials', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess({
      TWILIO_CONVERSATIONS_URL: emulator.url,
      TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
      TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
      GATEWAY_TOKENS: `another-token-that-is-long,${GATEWAY_TOKEN}`,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('refuses a request without a token before any upstream call', async () => {
    const before = emulator.requests.length;
    const response = await gateway.graphql({ query: LIST });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data ?? null).toBeNull();
    expect(emulator.requests.length).toBe(before);
  });

  it('refuses a wrong token and Basic credentials, before any upstream call', async () => {
    const before = emulator.requests.length;
    for (const authorization of [
      `Bearer ${GATEWAY_TOKEN}x`,
      'Bearer short',
      basic(ACCOUNT.accountSid, ACCOUNT.authToken),
      GATEWAY_TOKEN,
    ]) {
      const response = await gateway.graphql({ query: LIST }, { authorization });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(emulator.requests.length).toBe(before);
  });

  it('queries and mutates with a valid token, acting as the server account', async () => {
    const authorization = `Bearer ${GATEWAY_TOKEN}`;
    const before = emulator.requests.length;
    const created = await gateway.graphql(
      {
        query:
          'mutation Create($input: CreateConversationInput!) { createConversation(input: $input) { conversation { sid friendlyName } userErrors { message } } }',
        variables: { input: { friendlyName: 'Made through the gateway' } },
        operationName: 'Create',
      },
      { authorization },
    );
    expect(created.status).toBe(200);
    expect(created.body.errors).toBeUndefined();
    const payload = created.body.data?.createConversation as {
      conversation: { sid: string; friendlyName: string };
      userErrors: unknown[];
    };
    expect(payload.userErrors).toEqual([]);
    expect(payload.conversation.friendlyName).toBe('Made through the gateway');

    const read = await gateway.graphql(
      {
        query: 'query One($sid: String!) { conversation(sid: $sid) { sid friendlyName } }',
        variables: { sid: payload.conversation.sid },
      },
      { authorization },
    );
    expect(read.body.data?.conversation).toEqual(payload.conversation);

    const calls = emulator.requests.slice(before);
    expect(calls.map((call) => call.operationId)).toEqual(['CreateConversation', 'FetchConversation']);
    expect(calls.every((call) => call.username === ACCOUNT.accountSid)).toBe(true);
  });

  it('is ready when the upstream accepts the server credentials', async () => {
    const response = await fetch(`${gateway.url}/readiness`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true });
  });
});

describe('server credentials as an API key', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess({
      TWILIO_CONVERSATIONS_URL: emulator.url,
      TWILIO_API_KEY: API_KEY.sid,
      TWILIO_API_SECRET: API_KEY.secret,
      GATEWAY_TOKENS: GATEWAY_TOKEN,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('calls Twilio with the API key and reads the account it belongs to', async () => {
    const before = emulator.requests.length;
    const response = await gateway.graphql({ query: LIST }, { authorization: `Bearer ${GATEWAY_TOKEN}` });
    expect(response.body.errors).toBeUndefined();
    const conversations = response.body.data?.conversations as
      | { edges: Array<{ node: { friendlyName: string } }> }
      | undefined;
    const names = conversations?.edges.map((edge) => edge.node.friendlyName);
    expect(names).toContain('Product launch');
    const calls = emulator.requests.slice(before);
    expect(calls.map((call) => call.username)).toEqual([API_KEY.sid]);
    expect(gateway.stdout()).not.toContain(API_KEY.secret);
  });
});

describe('pass-through credentials', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess({ TWILIO_CONVERSATIONS_URL: emulator.url });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('forwards the caller’s Basic credentials for that request', async () => {
    const before = emulator.requests.length;
    const response = await gateway.graphql(
      { query: LIST },
      { authorization: basic(ACCOUNT.accountSid, ACCOUNT.authToken) },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const edges = (response.body.data?.conversations as { edges: unknown[] } | undefined)?.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    const calls = emulator.requests.slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.username).toBe(ACCOUNT.accountSid);
    expect(calls[0]?.status).toBe(200);
  });

  it('mutates with the caller’s credentials', async () => {
    const before = emulator.requests.length;
    const response = await gateway.graphql(
      {
        query:
          'mutation { createConversation(input: { friendlyName: "Passed through" }) { conversation { friendlyName } userErrors { code } } }',
      },
      { authorization: basic(ACCOUNT.accountSid, ACCOUNT.authToken) },
    );
    expect(response.body.data?.createConversation).toEqual({
      conversation: { friendlyName: 'Passed through' },
      userErrors: [],
    });
    const calls = emulator.requests.slice(before);
    expect(calls.map((call) => [call.operationId, call.username])).toEqual([
      ['CreateConversation', ACCOUNT.accountSid],
    ]);
  });

  it('refuses missing or malformed credentials before any upstream call', async () => {
    const before = emulator.requests.length;
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: `Bearer ${GATEWAY_TOKEN}` },
      { authorization: basic('not-a-sid', 'secret') },
      { authorization: 'Basic !!!' },
      { authorization: basic(ACCOUNT.accountSid, '') },
    ];
    for (const headers of cases) {
      const response = await gateway.graphql({ query: LIST }, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(emulator.requests.length).toBe(before);
  });

  it('reports credentials Twilio rejects as UNAUTHENTICATED', async () => {
    const response = await gateway.graphql(
      { query: LIST },
      { authorization: basic(ACCOUNT.accountSid, 'wrong-token-value') },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.text).not.toContain('wrong-token-value');
  });

  it('is ready when the upstream answers at all', async () => {
    const response = await fetch(`${gateway.url}/readiness`);
    expect(response.status).toBe(200);
  });
});
