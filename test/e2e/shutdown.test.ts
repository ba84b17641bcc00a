import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { buildForNpmStart, startGatewayProcess } from '../helpers/gateway-process.ts';

/** Graceful shutdown against an emulator that takes 1.5 s per answer. */
const ACCOUNT = { accountSid: `AC${'7'.repeat(32)}`, authToken: 'shutdown-auth-token-e4c2' };
const TOKEN = 'shutdown-gateway-token-19bd';
const QUERY = { query: '{ conversation(sid: "product-launch") { friendlyName } }' };
const LATENCY_MS = 1_500;

let emulator: RunningEmulator;
let upstream: Upstream;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', accounts: [ACCOUNT], faults: { latencyMs: LATENCY_MS } });
  upstream = await passOn(emulator.url);
});
// One test runs `npm start`, which runs the compiled build.
beforeAll(buildForNpmStart, 180_000);
afterAll(async () => {
  await upstream?.close();
  await emulator?.close();
});

/**
 * The emulator as the gateway reaches it, through a pass-through that counts the requests that got
 * there: a test signals the gateway once its request is on its way to Twilio. (A fixed pause after
 * sending it is not enough on a busy machine: a gateway that has not read the request yet when the
 * signal comes closes the connection, and the request is refused instead of drained.)
 */
interface Upstream {
  url: string;
  /** Resolves once more than `before` requests have reached the emulator. */
  reached(before: number): Promise<void>;
  count(): number;
  close(): Promise<void>;
}

async function passOn(target: string): Promise<Upstream> {
  let count = 0;
  const server = createServer((incoming, outgoing) => {
    count += 1;
    const forwarded = request(
      new URL(incoming.url ?? '/', target),
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => count,
    async reached(before) {
      const deadline = Date.now() + 10_000;
      while (count <= before) {
        if (Date.now() > deadline) throw new Error('the request never reached the emulator');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const serverEnv = (extra: Record<string, string> = {}) => ({
  TWILIO_CONVERSATIONS_URL: upstream.url,
  TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
  TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
  GATEWAY_TOKENS: TOKEN,
  ...extra,
});

describe('graceful shutdown', () => {
  it('finishes a slow in-flight request across SIGTERM, refuses new connections, then exits 0', async () => {
    const gateway = await startGatewayProcess(serverEnv());
    const startedAt = Date.now();
    const before = upstream.count();
    const inFlight = gateway.graphql(QUERY, { authorization: `Bearer ${TOKEN}` });
    // The request is in flight once it reached the emulator (which answers it 1.5 s later).
    await upstream.reached(before);
    gateway.child.kill('SIGTERM');
    // The listening socket is closed when this line is logged (in the same turn, before the drain).
    await gateway.waitForLog((line) => line.msg === 'shutting down');

    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { conversation: { friendlyName: 'Product launch' } } });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(LATENCY_MS);

    expect(await gateway.exited).toBe(0);
    const messages = gateway.logs().map((line) => line.msg);
    expect(messages).toContain('shutting down');
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.lastIndexOf('request'));
  });

  it('drains the same way when SIGTERM is sent to `npm start` rather than to node', async () => {
    const gateway = await startGatewayProcess(serverEnv(), { viaNpmStart: true });
    const before = upstream.count();
    const inFlight = gateway.graphql(QUERY, { authorization: `Bearer ${TOKEN}` });
    await upstream.reached(before);
    gateway.child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { conversation: { friendlyName: 'Product launch' } } });
    await gateway.exited;
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
    const messages = gateway.logs().map((line) => line.msg);
    expect(messages).toContain('shutting down');
    expect(messages).toContain('stopped');
  });

  it('keeps draining through repeated signals to the whole `npm start` group, as Ctrl-C sends them', async () => {
    const gateway = await startGatewayProcess(serverEnv(), { viaNpmStart: true, processGroup: true });
    const before = upstream.count();
    const inFlight = gateway.graphql(QUERY, { authorization: `Bearer ${TOKEN}` });
    await upstream.reached(before);
    // Each reaches node twice, from the group signal itself and forwarded by npm (the two may merge
    // into one pending signal), and a second Ctrl-C follows an impatient first.
    for (const signal of ['SIGINT', 'SIGINT', 'SIGTERM'] as const) {
      gateway.signalGroup(signal);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { conversation: { friendlyName: 'Product launch' } } });
    expect(await gateway.exited).toBe(0);
    const messages = gateway.logs().map((line) => line.msg);
    expect(messages.filter((message) => message === 'shutting down')).toHaveLength(1);
    expect(messages.filter((message) => message === 'shutdown already under way').length).toBeGreaterThan(0);
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.lastIndexOf('request'));
  });

  it('cuts what is left only when the grace period ends, however many signals arrive before', async () => {
    const gateway = await startGatewayProcess(serverEnv({ SHUTDOWN_GRACE_MS: '800' }));
    const before = upstream.count();
    const inFlight = gateway.graphql(QUERY, { authorization: `Bearer ${TOKEN}` }).then(
      () => 'answered',
      () => 'cut',
    );
    await upstream.reached(before);
    const signalledAt = Date.now();
    gateway.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    gateway.child.kill('SIGINT');
    gateway.child.kill('SIGTERM');

    expect(await inFlight).toBe('cut');
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(700);
    expect(await gateway.exited).toBe(0);
  });

  it('cuts a request still running when the grace period ends, and still exits', async () => {
    const gateway = await startGatewayProcess(serverEnv({ SHUTDOWN_GRACE_MS: '200' }));
    const before = upstream.count();
    const inFlight = gateway.graphql(QUERY, { authorization: `Bearer ${TOKEN}` }).then(
      () => 'answered',
      () => 'cut',
    );
    await upstream.reached(before);
    const signalledAt = Date.now();
    gateway.child.kill('SIGTERM');
    expect(await inFlight).toBe('cut');
    expect(await gateway.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(LATENCY_MS);
    expect(
      gateway.logs().some((line) => line.msg === 'grace period over; closing remaining connections'),
    ).toBe(true);
  });
});
