import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createGatewayMetrics } from '../../src/server/metrics.ts';
import { createSecretRedactor, type SecretRedactor } from '../../src/server/redact.ts';
import { serveWebSockets, type WebSocketEndpoint } from '../../src/server/websocket.ts';
import { createGateway } from '../../src/server/yoga.ts';
import { createTwilioClient, type TwilioClient } from '../../src/twilio/index.ts';
import { ACCOUNT_SID, API_KEY, mintAccessToken } from '../helpers/end-user-gateway.ts';

/**
 * A socket that closes while its `connection_init` is still being authenticated (Twilio is slow to
 * answer the pass-through check, or the account SID an access token is checked against) runs
 * graphql-ws's close before the connection is accepted: what the acceptance takes (the caller's
 * secret under redaction, an end user's expiry timer) must be released all the same.
 */
const LATENCY_MS = 1_500;
const schema = buildGatewaySchema();

interface WsGateway {
  url: string;
  emulator: RunningEmulator;
  redactor: SecretRedactor;
  websockets: WebSocketEndpoint;
  close(): Promise<void>;
}

let running: WsGateway[] = [];

afterEach(async () => {
  await Promise.all(running.map((gateway) => gateway.close()));
  running = [];
});

/** The gateway's HTTP server and WebSocket endpoint, wired as `serve` wires them, before a slow emulator. */
async function startWsGateway(env: Record<string, string>): Promise<WsGateway> {
  const emulator = await startEmulator({
    faults: { latencyMs: LATENCY_MS },
    accounts: [{ accountSid: ACCOUNT_SID, authToken: 'race-auth-token-0c41d9', apiKeys: [API_KEY] }],
  });
  const loaded = loadConfig({ TWILIO_CONVERSATIONS_URL: emulator.url, LOG_LEVEL: 'error', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const client: TwilioClient = createTwilioClient({ baseUrl: emulator.url, circuitBreaker: false });
  const redactor = createSecretRedactor([API_KEY.secret]);
  const logger = createLogger({ level: 'error', redactor, write: (line) => process.stderr.write(line) });
  const metrics = createGatewayMetrics({ defaultMetrics: false });
  const gateway = createGateway({ config: loaded.config, schema, client, logger, metrics, redactor });
  const server: Server = createServer((req, res) => void gateway(req, res));
  const websockets = serveWebSockets({
    server,
    gateway,
    client,
    passThrough: loaded.config.authMode === 'pass-through',
    corsOrigins: [],
    maxMessageBytes: loaded.config.limits.maxBodyBytes,
    logger,
    metrics,
    redactor,
    isDraining: () => false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const started: WsGateway = {
    url: `ws://127.0.0.1:${port}/graphql`,
    emulator,
    redactor,
    websockets,
    async close() {
      await websockets.close(0);
      await new Promise((resolve) => server.close(resolve));
      await gateway.dispose();
      await client.close();
      await emulator.close();
    },
  };
  running.push(started);
  return started;
}

/** A raw graphql-transport-ws socket that has sent its `connection_init` with `authorization`. */
async function openAndInit(url: string, authorization: string): Promise<WebSocket> {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
  return socket;
}

function closeAndWait(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) throw new Error('the gateway closed the socket first');
  return new Promise((resolve) => {
    socket.once('close', () => resolve());
    socket.close(1000, 'the page went away');
  });
}

function nextMessage(socket: WebSocket): Promise<{ type: string }> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
}

/** Until Twilio answered the authentication call the socket was waiting for, and the gateway had time to go on. */
async function afterAuthentication(emulator: RunningEmulator, mark: number, operationId: string) {
  const deadline = Date.now() + LATENCY_MS + 10_000;
  while (!emulator.requests.slice(mark).some((request) => request.operationId === operationId)) {
    if (Date.now() > deadline) throw new Error(`Twilio was never asked ${operationId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

describe('a socket closed while its connection is being authenticated', () => {
  it('releases a pass-through caller’s secret from redaction, as an accepted connection’s close does', async () => {
    const gateway = await startWsGateway({ AUTH_MODE: 'pass-through' });
    const secret = 'race-auth-token-0c41d9';
    const authorization = `Basic ${Buffer.from(`${ACCOUNT_SID}:${secret}`).toString('base64')}`;

    // The observation works: a connection that stays open holds the secret until it closes.
    const kept = await openAndInit(gateway.url, authorization);
    expect((await nextMessage(kept)).type).toBe('connection_ack');
    expect(gateway.websockets.sessions()).toBe(1);
    expect(gateway.redactor.redact(`token ${secret}`)).toBe('token [REDACTED]');
    await closeAndWait(kept);
    await expect.poll(() => gateway.websockets.sessions()).toBe(0);
    expect(gateway.redactor.redact(`token ${secret}`)).toBe(`token ${secret}`);

    const mark = gateway.emulator.requests.length;
    const socket = await openAndInit(gateway.url, authorization);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await closeAndWait(socket);
    await afterAuthentication(gateway.emulator, mark, 'FetchConfiguration');
    expect(gateway.websockets.sessions()).toBe(0);
    expect(gateway.redactor.redact(`token ${secret}`)).toBe(`token ${secret}`);
  });

  it('arms no expiry timer for an end user whose socket is gone', async () => {
    // No account SID: the first access token makes the gateway read it from Twilio, slowly.
    const gateway = await startWsGateway({
      TWILIO_API_KEY: API_KEY.sid,
      TWILIO_API_SECRET: API_KEY.secret,
      GATEWAY_TOKENS: 'race-gateway-token-5e0b7d',
    });
    const serviceSid =
      gateway.emulator.store.state.accounts[ACCOUNT_SID]?.configuration.defaultChatServiceSid;
    const token = mintAccessToken('race-user', serviceSid);
    const socket = await openAndInit(gateway.url, `Bearer ${token}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await closeAndWait(socket);
    await afterAuthentication(gateway.emulator, 0, 'FetchConfiguration');
    expect(gateway.websockets.sessions()).toBe(0);

    // The same token on a socket that stays open is accepted and held, so the count above could fail.
    const kept = await openAndInit(gateway.url, `Bearer ${token}`);
    expect((await nextMessage(kept)).type).toBe('connection_ack');
    expect(gateway.websockets.sessions()).toBe(1);
    await closeAndWait(kept);
    await expect.poll(() => gateway.websockets.sessions()).toBe(0);
  });
});
