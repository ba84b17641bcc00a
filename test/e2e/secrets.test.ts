import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * Secrets never leave the process: a mix of good and bad requests against a server-credentials
 * gateway and a pass-through gateway, both logging at debug level; then stdout, stderr, every
 * response (headers and body) and /metrics are searched for each secret, raw and base64-encoded.
 */
const ACCOUNT = { accountSid: `AC${'b'.repeat(32)}`, authToken: 'server-auth-token-4b1e9f77' };
const TENANT = { accountSid: `AC${'f'.repeat(32)}`, authToken: 'tenant-auth-token-0c3d5a21' };
const GATEWAY_TOKEN = 'gateway-token-secret-8e2f4c6a';
const WRONG_SECRET = 'wrong-tenant-secret-71d0aa';
const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const b64 = (text: string) => Buffer.from(text).toString('base64');

const FORBIDDEN = [
  ACCOUNT.authToken,
  TENANT.authToken,
  GATEWAY_TOKEN,
  WRONG_SECRET,
  b64(ACCOUNT.authToken),
  b64(TENANT.authToken),
  b64(GATEWAY_TOKEN),
  b64(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`),
  b64(`${TENANT.accountSid}:${TENANT.authToken}`),
  b64(`${TENANT.accountSid}:${WRONG_SECRET}`),
];

let emulator: RunningEmulator;
let failing: RunningEmulator;
let server: GatewayProcess;
let passThrough: GatewayProcess;
let flaky: GatewayProcess;
const seen: string[] = [];

async function record(response: Response): Promise<number> {
  seen.push(JSON.stringify([...response.headers]), await response.text());
  return response.status;
}

function post(gateway: GatewayProcess, body: string, headers: Record<string, string>) {
  return fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  }).then(record);
}

const LIST = JSON.stringify({ query: '{ conversations(first: 3) { edges { node { sid friendlyName } } } }' });

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', accounts: [ACCOUNT, TENANT] });
  // Every request fails with 503, so upstream failures are logged too.
  failing = await startEmulator({ accounts: [TENANT], faults: { failRate: 1 } });
  const common = { LOG_LEVEL: 'debug' };
  [server, passThrough, flaky] = await Promise.all([
    startGatewayProcess({
      ...common,
      TWILIO_CONVERSATIONS_URL: emulator.url,
      TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
      TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
      GATEWAY_TOKENS: GATEWAY_TOKEN,
      CORS_ORIGINS: 'https://app.example.com',
    }),
    startGatewayProcess({ ...common, TWILIO_CONVERSATIONS_URL: emulator.url }),
    startGatewayProcess({ ...common, TWILIO_CONVERSATIONS_URL: failing.url, UPSTREAM_DEADLINE_MS: '6000' }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), passThrough?.stop(), flaky?.stop()]);
  await emulator?.close();
  await failing?.close();
});

describe('secrets', () => {
  it('appear in no log line, response or metric after a mix of requests', async () => {
    const bearer = { authorization: `Bearer ${GATEWAY_TOKEN}` };
    const tenant = { authorization: basic(TENANT.accountSid, TENANT.authToken) };

    // Server credentials: good, wrong token, Basic instead of Bearer, errors of every stage.
    expect(await post(server, LIST, bearer)).toBe(200);
    expect(await post(server, LIST, { authorization: `Bearer ${GATEWAY_TOKEN}-but-wrong` })).toBe(401);
    expect(await post(server, LIST, { authorization: basic(ACCOUNT.accountSid, ACCOUNT.authToken) })).toBe(
      401,
    );
    expect(await post(server, '{"query": "{ conversations(first: 1) {', bearer)).toBe(400);
    expect(await post(server, JSON.stringify({ query: '{ nope }' }), bearer)).toBe(200);
    expect(await post(server, JSON.stringify([{ query: '{ __typename }' }]), bearer)).toBe(400);
    expect(
      await post(
        server,
        JSON.stringify({ query: '{ conversation(sid: "CH00000000000000000000000000000000") { sid } }' }),
        bearer,
      ),
    ).toBe(200);
    expect(
      await post(
        server,
        JSON.stringify({
          query: 'mutation { createConversation(input: { friendlyName: "x" }) { conversation { sid } } }',
        }),
        { ...bearer, origin: 'https://evil.example' },
      ),
    ).toBe(403);
    expect(
      await record(
        await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
          headers: bearer,
        }),
      ),
    ).toBe(403);
    expect(
      await record(
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { ...bearer, 'content-type': 'text/plain' },
          body: LIST,
        }),
      ),
    ).toBe(403);
    expect(await record(await fetch(`${server.url}/readiness`))).toBe(200);
    expect(await oversized(server, bearer)).toBe(413);

    // Pass-through: the tenant's own credentials, a wrong secret, none, and an upstream that fails.
    expect(await post(passThrough, LIST, tenant)).toBe(200);
    expect(await post(passThrough, LIST, { authorization: basic(TENANT.accountSid, WRONG_SECRET) })).toBe(
      200,
    );
    expect(await post(passThrough, LIST, {})).toBe(401);
    expect(await post(passThrough, JSON.stringify({ query: '{ conversatio { sid } }' }), tenant)).toBe(200);
    expect(await post(flaky, LIST, tenant)).toBe(200);
    expect(await oversized(passThrough, tenant)).toBe(413);

    for (const gateway of [server, passThrough, flaky]) {
      expect(await record(await fetch(`${gateway.url}/metrics`))).toBe(200);
      expect(await record(await fetch(`${gateway.url}/health`))).toBe(200);
    }
    // The log is written asynchronously: wait for the last request's line before reading them all.
    await flaky.waitForLog((line) => line.msg === 'request' && line.upstreamCalls === 1);
    await server.waitForLog(() => server.logs().filter((line) => line.msg === 'request').length >= 8);

    const outputs = [server, passThrough, flaky].flatMap((gateway) => [gateway.stdout(), gateway.stderr()]);
    const everything = [...outputs, ...seen].join('\n');
    // The gateways did log at debug level and did see these requests.
    expect(server.logs().filter((line) => line.msg === 'request').length).toBeGreaterThanOrEqual(8);
    expect(flaky.logs().some((line) => line.msg === 'request' && line.upstreamCalls === 1)).toBe(true);
    for (const secret of FORBIDDEN) expect(everything.includes(secret), secret).toBe(false);
    expect(everything).not.toMatch(/Basic [A-Za-z0-9+/]{16,}/);
    expect(everything).not.toMatch(/Bearer [A-Za-z0-9._~-]{16,}/);
  });
});

/** 1,000,001 bytes without Content-Length, carrying credentials. */
function oversized(gateway: GatewayProcess, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL('/graphql', gateway.url),
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          seen.push(JSON.stringify(res.headers), text);
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', reject);
    req.end(Buffer.alloc(1_000_001, 0x20));
  });
}
