import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, reply, startFaultServer } from '../helpers/fault-server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The running gateway in front of an upstream that accepts every request and never answers. With
 * a 400 ms attempt timeout and a 1.2 s deadline (the defaults are 5 s and 15 s), a query must come
 * back as UPSTREAM_TIMEOUT within the deadline, and the sockets it opened must be closed, not leaked.
 */
const USERNAME = `AC${'9'.repeat(32)}`;
const AUTH = { authorization: `Basic ${Buffer.from(`${USERNAME}:deadline-token-7f3a`).toString('base64')}` };
const DEADLINE_MS = 1_200;

let upstream: FaultServer;
let gateway: GatewayProcess;

beforeAll(async () => {
  upstream = await startFaultServer();
  upstream.respond(() => reply.hang());
  gateway = await startGatewayProcess({
    TWILIO_CONVERSATIONS_URL: upstream.url,
    UPSTREAM_ATTEMPT_TIMEOUT_MS: '400',
    UPSTREAM_DEADLINE_MS: String(DEADLINE_MS),
  });
});
afterAll(async () => {
  await gateway?.stop();
  await upstream?.close();
});

describe('an upstream that never answers', () => {
  it('answers UPSTREAM_TIMEOUT within the deadline and leaves no socket open', async () => {
    const startedAt = performance.now();
    const response = await gateway.graphql(
      { query: '{ conversation(sid: "hanging") { friendlyName } }' },
      AUTH,
    );
    const elapsedMs = performance.now() - startedAt;

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ conversation: null });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
    expect(response.text).not.toContain(upstream.url);
    // A GET is tried up to three times at 400 ms each; the deadline cuts whatever is left.
    expect(upstream.requests.length).toBeGreaterThanOrEqual(2);
    expect(upstream.requests.length).toBeLessThanOrEqual(3);
    expect(elapsedMs).toBeGreaterThanOrEqual(800);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS + 1_000);
    expect(await upstream.waitForSocketsClosed(upstream.requests, 1_000)).toBe(true);
  });
});
