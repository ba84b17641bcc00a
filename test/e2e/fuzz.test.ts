import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * Robustness against garbage: random bytes, random JSON, random query text and random variables,
 * sent to the running gateway (server mode, production settings) with a fixed seed. Every answer
 * must come quickly, be JSON with a status a GraphQL-over-HTTP server gives bad input, and none
 * of it may reach Twilio; the process must survive with nothing unhandled on stderr.
 */
const ACCOUNT = { accountSid: `AC${'f'.repeat(32)}`, authToken: 'fuzz-auth-token-4e7d' };
const TOKEN = 'fuzz-gateway-token-0b9c11';
const SEED = 20261130;
const ACCEPTED_STATUSES = new Set([200, 400, 403, 405, 413, 415]);

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
  });
});
afterAll(async () => {
  await gateway?.stop();
  await emulator?.close();
});

interface Answer {
  status: number;
  json: boolean;
  ms: number;
}

async function post(body: BodyInit, contentType = 'application/json'): Promise<Answer> {
  const startedAt = performance.now();
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${TOKEN}` },
    body,
  });
  const text = await response.text();
  let json = true;
  try {
    JSON.parse(text);
  } catch {
    json = false;
  }
  return { status: response.status, json, ms: performance.now() - startedAt };
}

/** Sends every sample, 8 at a time, and returns the answers. */
async function sendAll<T>(samples: T[], send: (sample: T) => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < samples.length; i += 8) {
    answers.push(...(await Promise.all(samples.slice(i, i + 8).map(send))));
  }
  return answers;
}

function expectWellBehaved(answers: Answer[]) {
  const unexpected = answers.filter((a) => !ACCEPTED_STATUSES.has(a.status) || !a.json);
  expect(unexpected).toEqual([]);
  expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(2_000);
}

describe('garbage in', () => {
  it('answers 1,000 random byte bodies with JSON and no upstream call', async () => {
    const before = emulator.requests.length;
    const bodies = fc.sample(fc.uint8Array({ maxLength: 2_048 }), { numRuns: 1_000, seed: SEED });
    expectWellBehaved(await sendAll(bodies, (body) => post(new Uint8Array(body))));
    expect(emulator.requests.length).toBe(before);
  }, 60_000);

  it('answers 1,000 random JSON values with JSON and no upstream call', async () => {
    const before = emulator.requests.length;
    const values = fc.sample(fc.jsonValue({ maxDepth: 4 }), { numRuns: 1_000, seed: SEED + 1 });
    expectWellBehaved(await sendAll(values, (value) => post(JSON.stringify(value))));
    expect(emulator.requests.length).toBe(before);
  }, 60_000);

  it('answers 1,000 random query texts, made of GraphQL punctuation, names and noise, with no upstream call', async () => {
    const before = emulator.requests.length;
    const token = fc.oneof(
      fc.constantFrom('{', '}', '(', ')', ':', '...', '@', '$', '!', '[', ']', '"', '#', '\n', ' ', '='),
      fc.constantFrom(
        'query',
        'mutation',
        'fragment',
        'on',
        'conversation',
        'sid',
        'messages',
        'first',
        '__schema',
        'node',
        'id',
      ),
      fc.string({ maxLength: 8 }),
      fc.integer().map(String),
    );
    const queries = fc.sample(
      fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(' ')),
      { numRuns: 1_000, seed: SEED + 2 },
    );
    expectWellBehaved(await sendAll(queries, (query) => post(JSON.stringify({ query }))));
    expect(emulator.requests.length).toBe(before);
  }, 60_000);

  it('refuses 500 sets of mistyped variables before any upstream call', async () => {
    const before = emulator.requests.length;
    const query =
      'query ($sid: String!, $first: Int) { conversation(sid: $sid) { messages(first: $first) { edges { node { sid } } } } }';
    const wrong = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
      fc.double(),
    );
    const variables = fc.sample(
      fc.record({ sid: wrong, first: fc.oneof(fc.string(), fc.double({ noInteger: true }), fc.object()) }),
      { numRuns: 500, seed: SEED + 3 },
    );
    const answers = await sendAll(variables, (vars) => post(JSON.stringify({ query, variables: vars })));
    expectWellBehaved(answers);
    expect(emulator.requests.length).toBe(before);
  }, 60_000);

  it('is still serving, with nothing unhandled on stderr', async () => {
    const response = await gateway.graphql(
      { query: '{ conversation(sid: "product-launch") { friendlyName } }' },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(response.body).toEqual({ data: { conversation: { friendlyName: 'Product launch' } } });
    expect(gateway.child.exitCode).toBeNull();
    expect(gateway.stderr()).not.toMatch(/unhandled|uncaught|TypeError|RangeError/i);
  });
});
