import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

const ACCOUNT = { accountSid: `AC${'c'.repeat(32)}`, authToken: 'production-auth-token-52e0' };
const TOKEN = 'production-gateway-token-a81f';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const INTROSPECTION_TOKEN = 'production-introspection-token-6d3b';

let emulator: RunningEmulator;
let gateway: GatewayProcess;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', accounts: [ACCOUNT] });
  gateway = await startGatewayProcess({
    NODE_ENV: 'production',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
    TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
    GATEWAY_TOKENS: TOKEN,
    INTROSPECTION_TOKENS: INTROSPECTION_TOKEN,
  });
});
afterAll(async () => {
  await gateway?.stop();
  await emulator?.close();
});

describe('production mode', () => {
  it('refuses __schema and __type', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Conversation") { name } }']) {
      const response = await gateway.graphql({ query }, AUTH);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it('still answers __typename', async () => {
    const response = await gateway.graphql({ query: '{ __typename }' }, AUTH);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives no field suggestions', async () => {
    for (const query of [
      '{ helo }',
      '{ conversatio(sid: "x") { sid } }',
      '{ conversation(sid: "x") { sd } }',
    ]) {
      const response = await gateway.graphql({ query }, AUTH);
      expect(response.body.errors?.length).toBeGreaterThan(0);
      expect(response.text).not.toMatch(/Did you mean/);
      expect(response.text).not.toMatch(/"conversation"|"sid"/);
    }
  });

  it('serves no GraphiQL page', async () => {
    const response = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/<html/i);
  });

  it('still runs queries', async () => {
    const response = await gateway.graphql(
      { query: '{ conversation(sid: "product-launch") { friendlyName } }' },
      AUTH,
    );
    expect(response.body).toEqual({ data: { conversation: { friendlyName: 'Product launch' } } });
  });
});

describe('introspection tokens in production mode', () => {
  const TYPE_QUERY = { query: '{ __type(name: "Conversation") { name } }' };

  it('lets a request carrying an introspection token introspect', async () => {
    const response = await gateway.graphql(TYPE_QUERY, {
      ...AUTH,
      'x-introspection-token': INTROSPECTION_TOKEN,
    });
    expect(response.body).toEqual({ data: { __type: { name: 'Conversation' } } });
  });

  it('refuses introspection with a wrong introspection token or with the gateway token in its place', async () => {
    for (const token of [`${INTROSPECTION_TOKEN}x`, TOKEN]) {
      const response = await gateway.graphql(TYPE_QUERY, { ...AUTH, 'x-introspection-token': token });
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it('still needs the gateway token: an introspection token alone is unauthenticated', async () => {
    const response = await gateway.graphql(TYPE_QUERY, { 'x-introspection-token': INTROSPECTION_TOKEN });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL over HTTP audit (graphql-http) against the production configuration', () => {
  // The audits run against a URL known only once the gateway listens, with a fetch that adds the
  // gateway token, as any client must, and the introspection token: two audits (2EA1, 28B9) ask
  // for `__type(name:)`, which production mode answers only to holders of that token.
  const audits = serverAudits({
    url: () => `${gateway.url}/graphql`,
    fetchFn: (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', AUTH.authorization);
      headers.set('x-introspection-token', INTROSPECTION_TOKEN);
      return fetch(input, { ...init, headers });
    },
  });
  const notices: string[] = [];

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'notice') {
        notices.push(`${audit.id}: ${result.reason}`);
        return;
      }
      expect({ status: result.status, reason: 'reason' in result ? result.reason : '' }).toEqual({
        status: 'ok',
        reason: '',
      });
    });
  }

  it('leaves at most the three GET notices a CSRF header requirement causes', () => {
    expect(audits.length).toBeGreaterThanOrEqual(60);
    expect(notices.length).toBeLessThanOrEqual(3);
  });
});
