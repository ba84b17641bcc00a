import { getEventListeners } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toGraphQLError } from '../../src/graphql/errors.ts';
import {
  createConversation,
  createTwilioClient,
  deleteConversation,
  fetchConversation,
  TwilioApiError,
  type TwilioClient,
  type TwilioClientOptions,
  type TwilioSession,
  type UpstreamCall,
} from '../../src/twilio/index.ts';
import { type FaultServer, reply, startFaultServer } from '../helpers/fault-server.ts';
import { freePort } from '../helpers/ports.ts';
import { CONVERSATION_SID, conversationWire } from './fixtures.ts';

const tenantA = { username: `AC${'a'.repeat(32)}`, password: 'tenant-a-secret-token' };
const tenantB = { username: `AC${'b'.repeat(32)}`, password: 'tenant-b-secret-token' };

let server: FaultServer;
const clients: TwilioClient[] = [];

beforeAll(async () => {
  server = await startFaultServer();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  server.clear();
  server.respond(() => reply.json(200, {}));
});
afterAll(async () => {
  await server.close();
});

function setup(options: TwilioClientOptions = {}, credentials = tenantA) {
  const client = createTwilioClient({
    baseUrl: server.url,
    // The client's own attempt timeout (5 s), not a short one: the stand-in answers in the test's
    // own process, so an event loop a busy machine holds up delays the answer and the timer alike,
    // and the timer, run first, would turn an answered attempt into a timeout. Tests of timeouts
    // set theirs.
    retryBaseMs: 5,
    retryCapMs: 20,
    ...options,
  });
  clients.push(client);
  const calls: UpstreamCall[] = [];
  const session = client.session(credentials, { onCall: (call) => calls.push(call) });
  return { client, session, calls };
}

type Method = 'GET' | 'POST' | 'DELETE';

function callWith(session: TwilioSession, method: Method): Promise<unknown> {
  if (method === 'GET') return fetchConversation(session, { sid: CONVERSATION_SID });
  if (method === 'POST') return createConversation(session, { friendlyName: 'hello' });
  return deleteConversation(session, { sid: CONVERSATION_SID });
}

async function failure(promise: Promise<unknown>): Promise<TwilioApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TwilioApiError);
  return error as TwilioApiError;
}

describe('retries by method', () => {
  it.each([
    ['GET', 3],
    ['POST', 1],
    ['DELETE', 1],
  ] as const)('sends a %s answered 503 %i time(s) in all', async (method, attempts) => {
    const { session, calls } = setup();
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable'));
    const error = await failure(callWith(session, method));
    expect(error).toMatchObject({ kind: 'http', status: 503, code: 20503, method });
    expect(server.requests).toHaveLength(attempts);
    expect(calls).toEqual([expect.objectContaining({ attempts, status: 503, error: 'http', method })]);
  });

  it('answers a GET that succeeds on its second attempt after a 502', async () => {
    const { session, calls } = setup();
    server.script(reply.twilioError(502, 20500, 'Bad Gateway'));
    server.respond(() => reply.json(200, conversationWire(server.url)));
    const conversation = await fetchConversation(session, { sid: CONVERSATION_SID });
    expect(conversation.sid).toBe(CONVERSATION_SID);
    expect(calls).toEqual([expect.objectContaining({ attempts: 2, status: 200 })]);
    expect(calls[0]?.error).toBeUndefined();
  });

  it('does not retry a 500 or a 4xx, whatever the method', async () => {
    const { session } = setup();
    server.respond(() => reply.twilioError(500, 20500, 'Internal Server Error'));
    await failure(callWith(session, 'GET'));
    server.respond(() => reply.twilioError(404, 20404, 'The requested resource was not found'));
    const error = await failure(callWith(session, 'GET'));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 20404 });
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['GET', 3],
    ['POST', 1],
    ['DELETE', 1],
  ] as const)('sends a %s whose connection is reset %i time(s) in all', async (method, attempts) => {
    const { session, calls } = setup();
    server.respond(() => reply.reset());
    const error = await failure(callWith(session, method));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(server.requests).toHaveLength(attempts);
    expect(calls).toEqual([expect.objectContaining({ attempts, status: null, error: 'network' })]);
  });

  it.each([
    ['GET', 3],
    ['POST', 1],
    ['DELETE', 1],
  ] as const)(
    'aborts a %s that gets no answer after the attempt timeout, %i attempt(s) in all',
    async (method, attempts) => {
      const { session, calls } = setup({ attemptTimeoutMs: 200 });
      server.respond(() => reply.hang());
      const started = Date.now();
      const error = await failure(callWith(session, method));
      const elapsed = Date.now() - started;
      expect(error.kind).toBe('timeout');
      expect(server.requests).toHaveLength(attempts);
      expect(calls[0]).toMatchObject({ attempts, error: 'timeout' });
      expect(elapsed).toBeGreaterThanOrEqual(200 * attempts - 20);
      expect(elapsed).toBeLessThan(200 * attempts + 400);
      // The aborted attempts closed their sockets: the server is not left holding them.
      expect(await server.waitForSocketsClosed(server.requests, 1000)).toBe(true);
      expect(server.inFlight()).toBe(0);
    },
  );

  it('retries a write whose connection was refused, since nothing was sent', async () => {
    const port = await freePort();
    const client = createTwilioClient({ baseUrl: `http://127.0.0.1:${port}`, retryBaseMs: 1, retryCapMs: 5 });
    clients.push(client);
    const calls: UpstreamCall[] = [];
    const session = client.session(tenantA, { onCall: (call) => calls.push(call) });
    const error = await failure(createConversation(session, { friendlyName: 'x' }));
    expect(error.kind).toBe('network');
    expect(calls[0]).toMatchObject({ attempts: 3, status: null, error: 'network' });
  });
});

describe('429 handling', () => {
  it.each(['GET', 'POST', 'DELETE'] as const)(
    'waits for Retry-After before sending a %s again',
    async (method) => {
      const { session, calls } = setup();
      server.script(reply.twilioError(429, 20429, 'Too Many Requests', { 'retry-after': '1' }));
      server.respond((request) =>
        request.method === 'DELETE' ? reply.empty(204) : reply.json(200, conversationWire(server.url)),
      );
      await callWith(session, method);
      expect(server.requests).toHaveLength(2);
      const [first, second] = server.requests;
      const waited = (second?.receivedAt ?? 0) - (first?.receivedAt ?? 0);
      expect(waited).toBeGreaterThanOrEqual(980);
      expect(waited).toBeLessThan(1500);
      expect(calls[0]).toMatchObject({ attempts: 2, status: method === 'DELETE' ? 204 : 200 });
    },
  );

  it('honours Retry-After given as an HTTP date', async () => {
    const { session } = setup();
    const at = new Date(Date.now() + 2000).toUTCString();
    server.script(reply.twilioError(429, 20429, 'Too Many Requests', { 'retry-after': at }));
    server.respond(() => reply.json(200, conversationWire(server.url)));
    await fetchConversation(session, { sid: CONVERSATION_SID });
    const [first, second] = server.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(500);
  });

  it.each(['GET', 'POST', 'DELETE'] as const)(
    'retries a %s refused 429 without Retry-After (Twilio’s 20429) with backoff, then succeeds',
    async (method) => {
      const { session, calls } = setup();
      server.script(reply.twilioError(429, 20429, 'Too Many Requests'));
      server.respond((request) =>
        request.method === 'DELETE' ? reply.empty(204) : reply.json(200, conversationWire(server.url)),
      );
      await callWith(session, method);
      expect(server.requests).toHaveLength(2);
      expect(calls[0]).toMatchObject({ attempts: 2, status: method === 'DELETE' ? 204 : 200 });
    },
  );

  it('fails as rate-limited after maxRetries when every attempt is refused 429 without Retry-After', async () => {
    const { session, calls } = setup({ retryBaseMs: 20, retryCapMs: 20 });
    server.respond(() => reply.twilioError(429, 20429, 'Too Many Requests'));
    const error = await failure(callWith(session, 'GET'));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, code: 20429 });
    // One attempt and two retries: alone in flight, there is no concurrency left to lower.
    expect(server.requests).toHaveLength(3);
    expect(calls[0]).toMatchObject({ attempts: 3, error: 'rate-limited' });
    const [first, second, third] = server.requests.map((request) => request.receivedAt);
    // Full jitter: each wait is random up to the cap, so only their order is certain.
    expect(second).toBeGreaterThanOrEqual(first ?? 0);
    expect(third).toBeGreaterThanOrEqual(second ?? 0);
  });

  it('lowers a credential’s concurrency after 429s and lets the refused calls wait for a slot again', async () => {
    const { session, calls } = setup({ maxInFlightPerCredential: 20 });
    // Twilio takes 3 of this account's requests at once; a 4th is refused, never processed.
    server.respond(() =>
      server.inFlight() > 3
        ? reply.twilioError(429, 20429, 'Too Many Requests')
        : reply.json(200, conversationWire(server.url), {}, 30),
    );
    const results = await Promise.all(
      Array.from({ length: 20 }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    expect(results).toHaveLength(20);
    const refused = server.requests.length - 20;
    // The first wave of 20 finds the ceiling; the rest go at most 3 (and a probe) at a time.
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(refused).toBeLessThan(30);
    // Waiting for a slot again spends none of the call's retries.
    expect(calls.every((call) => call.status === 200)).toBe(true);
  });

  it('fails fast as rate-limited when Retry-After is longer than the cap', async () => {
    const { session } = setup({ retryAfterCapMs: 5000 });
    server.respond(() => reply.twilioError(429, 20429, 'Too Many Requests', { 'retry-after': '6' }));
    const started = Date.now();
    const error = await failure(callWith(session, 'POST'));
    // Waiting would take the 6 s asked for; a second leaves room for a busy machine's stalls.
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error.kind).toBe('rate-limited');
    expect(server.requests).toHaveLength(1);
  });

  it('stops retrying 429s after maxRetries', async () => {
    const { session } = setup({ maxRetries: 1 });
    server.respond(() => reply.twilioError(429, 20429, 'Too Many Requests', { 'retry-after': '0' }));
    const error = await failure(callWith(session, 'POST'));
    expect(error.kind).toBe('rate-limited');
    expect(server.requests).toHaveLength(2);
  });
});

describe('deadlines', () => {
  it('ends a session’s calls at its overall deadline, whatever the retries left', async () => {
    const { session, calls } = setup({ attemptTimeoutMs: 5000, deadlineMs: 400 });
    server.respond(() => reply.hang());
    const started = Date.now();
    const error = await failure(callWith(session, 'GET'));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe('deadline');
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(900);
    expect(calls[0]).toMatchObject({ attempts: 1, error: 'deadline' });
    expect(await server.waitForSocketsClosed(server.requests, 1000)).toBe(true);
  });

  it('refuses to start a call once the deadline has passed', async () => {
    const { session } = setup({ deadlineMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    const error = await failure(callWith(session, 'GET'));
    expect(error.kind).toBe('deadline');
    expect(server.requests).toHaveLength(0);
  });

  it('aborts in-flight calls when the caller goes away', async () => {
    const client = createTwilioClient({ baseUrl: server.url });
    clients.push(client);
    const controller = new AbortController();
    const session = client.session(tenantA, { signal: controller.signal });
    server.respond(() => reply.hang());
    const pending = failure(callWith(session, 'GET'));
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await pending;
    expect(error.kind).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(500);
    expect(await server.waitForSocketsClosed(server.requests, 1000)).toBe(true);
  });
});

describe('per-credential concurrency', () => {
  it('keeps at most 50 requests of one credential in flight by default', async () => {
    // The default limit alone: no attempt timeout a loaded machine could trip.
    const { session } = setup({ attemptTimeoutMs: 10_000, queueTimeoutMs: 10_000 });
    server.respond(() => reply.json(200, conversationWire(server.url), {}, 50));
    await Promise.all(
      Array.from({ length: 120 }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    expect(server.peakInFlight(tenantA.username)).toBeLessThanOrEqual(50);
    // Above the old default of 20; how close to 50 depends on how fast the machine opens sockets.
    expect(server.peakInFlight(tenantA.username)).toBeGreaterThan(20);
  });

  it('keeps at most 20 requests of one credential in flight, and another credential is not starved', async () => {
    const client = createTwilioClient({ baseUrl: server.url, maxInFlightPerCredential: 20 });
    clients.push(client);
    server.respond(() => reply.json(200, conversationWire(server.url), {}, 30));
    const a = client.session(tenantA);
    const b = client.session(tenantB);

    const tenB = () =>
      Promise.all(
        Array.from({ length: 10 }, () => timed(() => fetchConversation(b, { sid: CONVERSATION_SID }))),
      );

    const startedA = Date.now();
    const burst = Promise.all(
      Array.from({ length: 200 }, () => timed(() => fetchConversation(a, { sid: CONVERSATION_SID }))),
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    const latenciesB = await tenB();
    const finishedB = Date.now();
    const latenciesA = await burst;
    const durationA = Date.now() - startedA;

    expect(server.peakInFlight(tenantA.username)).toBeLessThanOrEqual(20);
    expect(server.peakInFlight(tenantA.username)).toBeGreaterThanOrEqual(15);
    expect(server.requests.filter((r) => r.username === tenantA.username)).toHaveLength(200);
    // 200 calls at 20 at a time take 10 rounds; B's calls went through during the first rounds.
    expect(durationA).toBeGreaterThanOrEqual(280);
    expect(finishedB - startedA).toBeLessThan(durationA);
    // B did not wait behind A's queue: its requests reached the server among A's first rounds, and
    // its calls took a fraction of what A's last queued ones did (a B stuck behind A's queue would
    // take as long as they). Both are measured in the same window, so a busy machine slows both
    // alike (a baseline taken earlier would not be comparable); A's median is not the yardstick,
    // since on a loaded machine event-loop stalls stretch B's single round as much as A's middle.
    const order = server.requests.map((r) => r.username);
    expect(order.lastIndexOf(tenantB.username)).toBeLessThan(120);
    expect(median(latenciesB)).toBeLessThan(Math.max(...latenciesA) / 2);
  });

  it('rejects calls beyond the queue as overloaded, without sending them', async () => {
    const { session, calls } = setup({ maxInFlightPerCredential: 2, maxQueuedPerCredential: 3 });
    server.respond(() => reply.json(200, conversationWire(server.url), {}, 100));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(rejected).toHaveLength(5);
    for (const r of rejected) expect(r.reason).toMatchObject({ kind: 'overloaded', status: null });
    expect(server.requests).toHaveLength(5);
    expect(calls.filter((c) => c.error === 'overloaded').every((c) => c.attempts === 0)).toBe(true);
  });

  it('rejects a call that waited longer than the queue timeout as overloaded', async () => {
    const { session } = setup({ maxInFlightPerCredential: 1, queueTimeoutMs: 50 });
    server.respond(() => reply.json(200, conversationWire(server.url), {}, 200));
    const first = fetchConversation(session, { sid: CONVERSATION_SID });
    const started = Date.now();
    const error = await failure(fetchConversation(session, { sid: CONVERSATION_SID }));
    expect(error.kind).toBe('overloaded');
    expect(Date.now() - started).toBeLessThan(250);
    await first;
    expect(server.requests).toHaveLength(1);
  });
});

describe('retry budget', () => {
  it('keeps retries to a fraction of the traffic while everything fails', async () => {
    // The breaker would stop this traffic after 20 attempts (see below): off, to see the budget alone.
    const { session } = setup({
      retryBaseMs: 0,
      retryCapMs: 0,
      maxInFlightPerCredential: 20,
      circuitBreaker: false,
      // Every call must reach Twilio at least once: on a loaded machine the default queue wait
      // (2 s) could refuse some as overloaded, and they would never send a request.
      queueTimeoutMs: 60_000,
      attemptTimeoutMs: 10_000,
    });
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable'));
    const calls = 400;
    const results = await Promise.allSettled(
      Array.from({ length: calls }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    for (const result of results) {
      expect(result).toMatchObject({ status: 'rejected', reason: { kind: 'http', status: 503 } });
    }
    // Without a budget: 3 × 400 = 1200. With one: 400 + 20 % of 400 + the 100 retries in reserve.
    expect(server.requests.length).toBeLessThanOrEqual(1.2 * calls + 100);
    expect(server.requests.length).toBeGreaterThan(calls);
  });
});

describe('circuit breaker', () => {
  /** Sends GETs one after another until the breaker answers for Twilio; returns how many went out. */
  async function openBreaker(session: TwilioSession, limit = 50): Promise<TwilioApiError[]> {
    const errors: TwilioApiError[] = [];
    for (let i = 0; i < limit; i++) {
      const error = await failure(callWith(session, 'GET'));
      if (error.kind === 'circuit-open') return errors;
      errors.push(error);
    }
    throw new Error(`the breaker did not open after ${limit} calls`);
  }

  it('opens under 100 % 503 after 20 attempts, then fails calls in under 5 ms without a request', async () => {
    const { session, calls } = setup();
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable'));
    const before = await openBreaker(session);
    // Retries count as they happen: six GETs of three attempts, then a seventh cut off after two.
    expect(server.requests).toHaveLength(20);
    expect(before).toHaveLength(7);
    for (const error of before) expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(calls.slice(0, 7).map((call) => call.attempts)).toEqual([3, 3, 3, 3, 3, 3, 2]);

    server.clear();
    const timings: number[] = [];
    const refused: TwilioApiError[] = [];
    // Untimed first: the first POST and DELETE compile their encoding paths.
    for (const method of ['GET', 'POST', 'DELETE'] as const)
      refused.push(await failure(callWith(session, method)));
    for (let i = 0; i < 200; i++) {
      const method = (['GET', 'POST', 'DELETE'] as const)[i % 3] ?? 'GET';
      const started = performance.now();
      refused.push(await failure(callWith(session, method)));
      timings.push(performance.now() - started);
      expect(refused.at(-1)).toMatchObject({ kind: 'circuit-open', status: null, method });
    }
    expect(server.requests).toHaveLength(0);
    // Wall-clock on a shared machine: a garbage collection or a preemption can land inside any one
    // call, so the bound is on the 95th percentile (the refusal itself takes tens of microseconds).
    const sorted = [...timings].sort((x, y) => x - y);
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(5);
    expect(median(timings)).toBeLessThan(1);
    expect(calls.at(-1)).toMatchObject({ attempts: 0, status: null, error: 'circuit-open' });
    expect(toGraphQLError(refused[0])).toMatchObject({
      message: 'Twilio is unavailable; try again later.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', status: null },
    });
    console.info(
      `circuit open: ${timings.length} calls failed in median ${median(timings).toFixed(3)} ms, ` +
        `p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(3)} ms, ` +
        `p99 ${sorted[Math.floor(sorted.length * 0.99)]?.toFixed(3)} ms, max ${sorted.at(-1)?.toFixed(3)} ms`,
    );
  });

  it('lets exactly one probe through after the open period, and a healthy answer closes it', async () => {
    // Open for 700 ms, and tried as open for 200 ms after the clock read that follows the opening:
    // 500 ms to spare for a busy machine's stalls (100 ms with an open period of 300 ms).
    const { session } = setup({ maxRetries: 0, circuitBreaker: { minimumCalls: 4, openMs: 700 } });
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable'));
    expect(await openBreaker(session)).toHaveLength(4);
    server.clear();
    server.respond(() => reply.json(200, conversationWire(server.url), {}, 50));
    const opened = Date.now();
    // Still open: nothing goes out before the open period ends.
    while (Date.now() - opened < 200) {
      expect((await failure(callWith(session, 'GET'))).kind).toBe('circuit-open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.requests).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 550));

    // Half-open: of ten calls at once, one is the probe; the others fail at once.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ kind: 'circuit-open' });
    expect(server.requests).toHaveLength(1);

    // The probe's answer closed it: every call goes through again.
    await Promise.all(
      Array.from({ length: 10 }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    expect(server.requests).toHaveLength(11);
  });

  it('opens again for another open period when the probe fails', async () => {
    const states: string[] = [];
    const { session } = setup({
      maxRetries: 0,
      // Open for 600 ms, and tried as open for 150 ms after the clock read that follows the probe's
      // failure: 450 ms to spare for a busy machine's stalls (with 200 ms, an 80 ms stall as the
      // breaker opened again let a try through as the next probe).
      circuitBreaker: { minimumCalls: 4, openMs: 600, onStateChange: (state) => states.push(state) },
    });
    server.respond(() => reply.twilioError(500, 20500, 'Internal Server Error'));
    await openBreaker(session);
    await new Promise((resolve) => setTimeout(resolve, 620));
    server.clear();
    const probe = await failure(callWith(session, 'POST'));
    expect(probe).toMatchObject({ kind: 'http', status: 500 });
    const reopened = Date.now();
    expect((await failure(callWith(session, 'GET'))).kind).toBe('circuit-open');
    expect(server.requests).toHaveLength(1);

    server.respond(() => reply.json(200, conversationWire(server.url)));
    while (Date.now() - reopened < 150) {
      expect((await failure(callWith(session, 'GET'))).kind).toBe('circuit-open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 480));
    await fetchConversation(session, { sid: CONVERSATION_SID });
    expect(server.requests).toHaveLength(2);
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });

  it('counts each retry inside one call as it happens', async () => {
    const { session, calls } = setup({ maxRetries: 5, circuitBreaker: { minimumCalls: 4 } });
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable'));
    // One call: the breaker opens at its fourth attempt, so its fifth is never sent.
    const error = await failure(callWith(session, 'GET'));
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(server.requests).toHaveLength(4);
    expect(calls[0]).toMatchObject({ attempts: 4, status: 503 });
    expect((await failure(callWith(session, 'GET'))).kind).toBe('circuit-open');
    expect(server.requests).toHaveLength(4);
  });

  it('counts timeouts and resets as failures', async () => {
    const { session } = setup({
      maxRetries: 0,
      attemptTimeoutMs: 100,
      circuitBreaker: { minimumCalls: 4 },
    });
    server.script(reply.hang(), reply.reset(), reply.hang());
    server.respond(() => reply.reset());
    const kinds = (await openBreaker(session)).map((error) => error.kind);
    expect(kinds).toEqual(['timeout', 'network', 'timeout', 'network']);
  });

  it('never opens for another tenant while one tenant sends bad credentials', async () => {
    const client = createTwilioClient({ baseUrl: server.url });
    clients.push(client);
    server.respond((request) =>
      request.username === tenantA.username
        ? reply.twilioError(401, 20003, 'Authenticate')
        : reply.json(200, conversationWire(server.url)),
    );
    const a = client.session(tenantA);
    const b = client.session(tenantB);
    // 300 rejected calls from A, with B's calls in between: far past 20 calls and 50 %.
    for (let round = 0; round < 10; round++) {
      const spam = await Promise.allSettled(
        Array.from({ length: 30 }, () => fetchConversation(a, { sid: CONVERSATION_SID })),
      );
      for (const r of spam)
        expect(r).toMatchObject({ status: 'rejected', reason: { kind: 'http', status: 401 } });
      await fetchConversation(b, { sid: CONVERSATION_SID });
    }
    // 404s and 429s are the caller's too.
    server.respond(() => reply.twilioError(404, 20404, 'Not found'));
    for (let i = 0; i < 30; i++) expect((await failure(callWith(a, 'GET'))).status).toBe(404);
    // (A 429 without Retry-After is sent 3 times in all: the first attempt and 2 retries.)
    server.respond(() => reply.twilioError(429, 20429, 'Too Many Requests'));
    for (let i = 0; i < 30; i++) expect((await failure(callWith(a, 'GET'))).kind).toBe('rate-limited');
    server.respond(() => reply.json(200, conversationWire(server.url)));
    await Promise.all(Array.from({ length: 20 }, () => fetchConversation(b, { sid: CONVERSATION_SID })));
    expect(server.requests).toHaveLength(300 + 10 + 30 + 3 * 30 + 20);
  });

  it('does not let 4xx answers hold it closed while Twilio fails', async () => {
    const client = createTwilioClient({ baseUrl: server.url, maxRetries: 0 });
    clients.push(client);
    server.respond((request) =>
      request.username === tenantA.username
        ? reply.twilioError(401, 20003, 'Authenticate')
        : reply.twilioError(503, 20503, 'Service Unavailable'),
    );
    const a = client.session(tenantA);
    const b = client.session(tenantB);
    await Promise.allSettled(
      Array.from({ length: 200 }, () => fetchConversation(a, { sid: CONVERSATION_SID })),
    );
    // B's 20 failures are all the breaker counts, A's 200 answers notwithstanding.
    expect(await openBreaker(b)).toHaveLength(20);
    expect((await failure(callWith(a, 'GET'))).kind).toBe('circuit-open');
  });

  it('together with the retry budget, keeps a 100 % 503 outage to a handful of requests', async () => {
    const { session, calls } = setup({ retryBaseMs: 0, retryCapMs: 0, maxInFlightPerCredential: 20 });
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable', {}));
    const total = 400;
    const results = await Promise.allSettled(
      Array.from({ length: total }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    // 20 attempts open it, plus those already in flight when it opened; never a retry after.
    expect(server.requests.length).toBeGreaterThanOrEqual(20);
    expect(server.requests.length).toBeLessThanOrEqual(40);
    expect(server.requests.length).toBeLessThanOrEqual(1.2 * total + 100);
    expect(calls.filter((call) => call.error === 'circuit-open').length).toBeGreaterThan(total - 40);
  });
});

describe('abort listeners', () => {
  it('keeps at most one listener on the caller’s signal for 30 concurrent calls, and aborting cancels them all', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const client = createTwilioClient({ baseUrl: server.url, maxInFlightPerCredential: 20 });
      clients.push(client);
      const controller = new AbortController();
      const { signal } = controller;
      const session = client.session(tenantA, { signal });

      // A long-lived signal: calls that finish take their listener with them.
      server.respond(() => reply.json(200, conversationWire(server.url), {}, 20));
      await Promise.all(
        Array.from({ length: 30 }, () => fetchConversation(session, { sid: CONVERSATION_SID })),
      );
      expect(getEventListeners(signal, 'abort')).toHaveLength(0);

      // 20 in flight and 10 queued behind them, all on one signal.
      server.clear();
      server.respond(() => reply.hang());
      const pending = Array.from({ length: 30 }, () => failure(callWith(session, 'GET')));
      while (server.requests.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1);

      const started = Date.now();
      controller.abort();
      const errors = await Promise.all(pending);
      expect(Date.now() - started).toBeLessThan(500);
      for (const error of errors) expect(error.kind).toBe('deadline');
      expect(server.requests).toHaveLength(20);
      expect(await server.waitForSocketsClosed(server.requests, 1000)).toBe(true);
      expect(getEventListeners(signal, 'abort')).toHaveLength(0);

      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('cancels calls waiting in a retry backoff through the same listener', async () => {
    const client = createTwilioClient({ baseUrl: server.url, retryBaseMs: 5000, retryCapMs: 5000 });
    clients.push(client);
    const controller = new AbortController();
    const session = client.session(tenantA, { signal: controller.signal });
    server.respond(() => reply.twilioError(503, 20503, 'Service Unavailable'));
    const pending = Array.from({ length: 15 }, () => failure(callWith(session, 'GET')));
    while (server.requests.length < 15) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
    controller.abort();
    for (const error of await Promise.all(pending)) expect(error.kind).toBe('deadline');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('call reports', () => {
  it('reports each finished call once, with its operation and route template', async () => {
    const { session, calls } = setup();
    server.respond((request) =>
      request.method === 'DELETE' ? reply.empty(204) : reply.json(200, conversationWire(server.url)),
    );
    await fetchConversation(session, { sid: 'support line' });
    await fetchConversation(session, { serviceSid: `IS${'1'.repeat(32)}`, sid: CONVERSATION_SID });
    await deleteConversation(session, { sid: CONVERSATION_SID });
    expect(
      calls.map(({ operationId, method, route, status, attempts }) => ({
        operationId,
        method,
        route,
        status,
        attempts,
      })),
    ).toEqual([
      {
        operationId: 'FetchConversation',
        method: 'GET',
        route: '/v1/Conversations/{Sid}',
        status: 200,
        attempts: 1,
      },
      {
        operationId: 'FetchServiceConversation',
        method: 'GET',
        route: '/v1/Services/{ChatServiceSid}/Conversations/{Sid}',
        status: 200,
        attempts: 1,
      },
      {
        operationId: 'DeleteConversation',
        method: 'DELETE',
        route: '/v1/Conversations/{Sid}',
        status: 204,
        attempts: 1,
      },
    ]);
    for (const call of calls) expect(call.durationMs).toBeGreaterThanOrEqual(0);
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

describe('reading answers', () => {
  it('reads a large answer that arrives in many chunks, multi-byte characters split between them', async () => {
    const { session } = setup();
    // About 600 KB: loopback delivers it in several reads, and 3-byte characters end up cut in two.
    const friendlyName = '漢é'.repeat(120_000);
    server.respond(() => reply.json(200, conversationWire(server.url, { friendly_name: friendlyName })));
    const conversation = await fetchConversation(session, { sid: CONVERSATION_SID });
    expect(conversation.friendlyName).toBe(friendlyName);
  });

  it('refuses an answer over 16 MB, and the next call on the client works', async () => {
    const { session, calls } = setup({ attemptTimeoutMs: 5000 });
    server.respond(() =>
      reply.json(200, conversationWire(server.url, { friendly_name: 'x'.repeat(17 * 1024 * 1024) })),
    );
    const error = await failure(fetchConversation(session, { sid: CONVERSATION_SID }));
    expect(error.kind).toBe('refused');
    expect(error.message).toMatch(/too large/);
    expect(calls.at(-1)).toMatchObject({ operationId: 'FetchConversation', attempts: 1, error: 'refused' });
    server.respond(() => reply.json(200, conversationWire(server.url)));
    expect((await fetchConversation(session, { sid: CONVERSATION_SID })).sid).toBe(CONVERSATION_SID);
  });

  it('reads an empty 204 answer', async () => {
    const { session } = setup();
    server.respond(() => reply.empty(204));
    await expect(deleteConversation(session, { sid: CONVERSATION_SID })).resolves.toBeUndefined();
  });
});
