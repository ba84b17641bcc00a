import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/** The gateway in front of an upstream that answers every request 503 (Twilio down). */
const ACCOUNT = { accountSid: `AC${'d'.repeat(32)}`, authToken: 'circuit-auth-token-18ab' };
const AUTH = {
  authorization: `Basic ${Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString('base64')}`,
};
const QUERY = { query: '{ conversation(sid: "product-launch") { friendlyName } }' };

let emulator: RunningEmulator;
let gateway: GatewayProcess;

beforeAll(async () => {
  emulator = await startEmulator({ accounts: [ACCOUNT], faults: { failRate: 1 } });
  gateway = await startGatewayProcess({ TWILIO_CONVERSATIONS_URL: emulator.url });
});
afterAll(async () => {
  await gateway?.stop();
  await emulator?.close();
});

describe('upstream circuit breaker', () => {
  it('opens after repeated 503s, then answers UPSTREAM_UNAVAILABLE at once without calling Twilio', async () => {
    // Each query is one GET tried three times; the breaker judges 20 attempts before it opens.
    const open = async () =>
      /gateway_upstream_circuit_state\{state="open"\} 1/.test(
        await (await fetch(`${gateway.url}/metrics`)).text(),
      );
    for (let i = 0; i < 10 && !(await open()); i += 1) {
      const response = await gateway.graphql(QUERY, AUTH);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    }
    expect(await open()).toBe(true);
    // Log lines are written in batches, up to 100 ms after the event: wait for it.
    await gateway.waitForLog(
      (line) => line.msg === 'upstream circuit opened: Twilio calls fail at once for a while',
    );

    const before = emulator.requests.length;
    const startedAt = performance.now();
    const response = await gateway.graphql(QUERY, AUTH);
    const elapsedMs = performance.now() - startedAt;
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(response.body.data).toEqual({ conversation: null });
    expect(emulator.requests.length).toBe(before);
    // A whole HTTP round trip to the gateway; an upstream attempt with its retries takes far longer.
    expect(elapsedMs).toBeLessThan(250);

    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/gateway_upstream_circuit_state\{state="open"\} 1/);
    expect(metrics).toMatch(/gateway_upstream_circuit_state\{state="closed"\} 0/);
  });
});
