import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';
import { GATEWAY_TOKEN } from '../helpers/end-user-gateway.ts';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';
import { type ListeningGateway, startListeningGateway } from '../helpers/listening-gateway.ts';

/** The demo gateway as `npm start` runs it with nothing configured, on a loopback port. */
let gateway: RunningServer;
const ALLOWED_ORIGIN = 'http://localhost:5173';

beforeAll(async () => {
  const loaded = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'error',
    CORS_ORIGINS: ALLOWED_ORIGIN,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  expect(loaded.config.authMode).toBe('demo');
  gateway = await startGateway(loaded.config);
});

afterAll(async () => {
  await gateway?.close();
});

const mint = (identity: unknown, headers: Record<string, string> = {}) =>
  fetch(`${gateway.url}/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ identity }),
  });

const graphql = (token: string, query: string) =>
  fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });

describe('the demo token endpoint', () => {
  it('lists the demo service’s users', async () => {
    const response = await fetch(`${gateway.url}/demo/identities`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { identities: Array<{ identity: string; friendlyName: string }> };
    expect(body.identities).toEqual([
      { identity: 'alice', friendlyName: 'Alice Johnson' },
      { identity: 'bob', friendlyName: 'Bob Martinez' },
      { identity: 'carol', friendlyName: 'Carol Chen' },
      { identity: 'dave', friendlyName: 'Dave Okafor' },
    ]);
  });

  it('mints a Twilio Access Token for a demo identity', async () => {
    const before = Date.now();
    const response = await mint('alice');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(body).toMatchObject({ identity: 'alice', serviceSid: expect.stringMatching(/^IS[0-9a-f]{32}$/) });
    const token = body.token ?? '';
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: expect.stringMatching(/^SK[0-9a-f]{32}$/),
      sub: `AC${'a'.repeat(32)}`,
      grants: { identity: 'alice', chat: { service_sid: body.serviceSid } },
    });
    expect(claims.jti).toMatch(new RegExp(`^${claims.iss}-`));
    expect(new Date(body.expiresAt ?? '').getTime()).toBe((claims.exp ?? 0) * 1000);
    // An hour, give or take the request's own duration.
    expect((claims.exp ?? 0) * 1000 - before).toBeGreaterThan(3_590_000);
    expect((claims.exp ?? 0) * 1000 - before).toBeLessThanOrEqual(3_601_000);
  });

  it('mints a token the gateway then takes as that end user', async () => {
    const { token } = (await (await mint('bob')).json()) as { token: string };
    const answer = await graphql(token, '{ conversations(first: 5) { edges { node { friendlyName } } } }');
    expect(answer.status).toBe(200);
    // Bob's conversations only: the ones he is a participant of.
    expect(await answer.json()).toEqual({
      data: {
        conversations: {
          edges: [
            { node: { friendlyName: 'Product launch' } },
            { node: { friendlyName: 'Q3 planning (archived)' } },
          ],
        },
      },
    });

    const [header = '', payload = '', signature = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.grants.identity = 'alice';
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const refused = await graphql(tampered, '{ conversations(first: 5) { edges { node { sid } } } }');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'bad-signature' } }],
    });
  });

  it('refuses an identity no demo user has, with a reason', async () => {
    const response = await mint('mallory');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { reason: 'unknown-identity' } });
    expect((await mint('')).status).toBe(400);
    expect((await mint(42)).status).toBe(400);
    expect((await mint('a/../b')).status).toBe(400);
  });

  it('takes only a JSON POST', async () => {
    const form = await fetch(`${gateway.url}/demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ identity: 'alice' }),
    });
    expect(form.status).toBe(415);
    const get = await fetch(`${gateway.url}/demo/token`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const broken = await fetch(`${gateway.url}/demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"identity":',
    });
    expect(broken.status).toBe(400);
  });

  it('refuses pages on other origins, as the GraphQL endpoint does', async () => {
    const foreign = await mint('alice', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ errors: [{ extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] });
    const listing = await fetch(`${gateway.url}/demo/identities`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(listing.status).toBe(403);

    const allowed = await mint('alice', { origin: ALLOWED_ORIGIN });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const preflight = await fetch(`${gateway.url}/demo/token`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });
});

/** Asks for the demo endpoints at `origin`; both must be absent. */
async function expectNoDemoEndpoints(origin: string, headers: Record<string, string> = {}) {
  expect((await fetch(`${origin}/demo/identities`, { headers })).status).toBe(404);
  const response = await fetch(`${origin}/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ identity: 'alice' }),
  });
  expect(response.status).toBe(404);
}

describe('outside demo mode', () => {
  let passThrough: ListeningGateway;
  let server: EndUserHttpGateway;
  beforeAll(async () => {
    passThrough = await startListeningGateway();
    // Server-credentials mode holding an API key, against an emulator with the demo users: the
    // set-up in which a token endpoint would hand out real end users' access.
    server = await startEndUserHttpGateway();
  });
  afterAll(async () => {
    await passThrough?.close();
    await server?.close();
  });

  it('has no demo token endpoint in pass-through mode', async () => {
    await expectNoDemoEndpoints(new URL(passThrough.url).origin);
  });

  it('has no demo token endpoint in server-credentials mode, even for a gateway token', async () => {
    const origin = new URL(server.url).origin;
    await expectNoDemoEndpoints(origin);
    await expectNoDemoEndpoints(origin, { authorization: `Bearer ${GATEWAY_TOKEN}` });
    // The same server answers GraphQL: the 404 is the endpoint's absence, not a dead server.
    expect(await server.asServer('{ users(first: 1) { edges { node { identity } } } }')).toEqual({
      users: { edges: [{ node: { identity: 'alice' } }] },
    });
  });
});
