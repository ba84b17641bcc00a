import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';
import { basicAuthorization } from '../helpers/listening-gateway.ts';
import {
  connectOverWebSocket,
  subscribeOverSse,
  subscribeOverWebSocket,
  waitForSubscribers,
} from '../helpers/subscriptions.ts';

/**
 * A subscription refused at a documented bound is the client's to act on, not the operator's: the
 * gateway's log says so as it does for any other client error (the `request` or `operation` line at
 * info, with the code in `errors`), and writes nothing at error, which is what pages an operator.
 * The gateway runs as `serve` does, with its own logger, at the production level (info), over SSE
 * and over WebSocket; a second one is pointed at a Redis that does not answer, so every
 * subscription is refused as unavailable.
 */
let emulator: RunningEmulator;
let gateway: GatewayProcess;
let withoutRedis: GatewayProcess;
let authorization: string;

const DOCUMENT = 'subscription { conversationEvents { type } }';

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  authorization = basicAuthorization(account);
  const env = {
    LOG_LEVEL: 'info',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_WEBHOOK_ACCOUNTS: `${account.accountSid}:${account.authToken}`,
    MAX_SUBSCRIPTIONS_PER_CONNECTION: '1',
    MAX_SUBSCRIPTIONS_PER_CREDENTIAL: '1',
  };
  [gateway, withoutRedis] = await Promise.all([
    startGatewayProcess(env),
    // Nothing listens on the discard port: the gateway has no event connection.
    startGatewayProcess({ ...env, REDIS_URL: 'redis://127.0.0.1:9' }),
  ]);
});

afterAll(async () => {
  await gateway?.stop();
  await withoutRedis?.stop();
  await emulator?.close();
});

const errorLines = (process: GatewayProcess) => process.logs().filter((record) => record.level === 'error');

/** The client-error line of a refused operation: written after any line its handling wrote before it. */
const refusedLine = (process: GatewayProcess, msg: 'request' | 'operation', code: string) =>
  process.waitForLog(
    (record) => record.msg === msg && Array.isArray(record.errors) && record.errors.includes(code),
    10_000,
  );

describe('a subscription refused at a bound', () => {
  it('over SSE, past MAX_SUBSCRIPTIONS_PER_CREDENTIAL, is logged as the client error it is, not as an unexpected error', async () => {
    const held = subscribeOverSse(`${gateway.url}/graphql`, DOCUMENT, {}, { authorization });
    try {
      await waitForSubscribers(gateway.url, 1);
      const refused = subscribeOverSse(`${gateway.url}/graphql`, DOCUMENT, {}, { authorization });
      try {
        const result = await refused.next(5_000);
        expect(result.errors).toEqual([
          expect.objectContaining({
            message:
              'At most 1 subscription per credential (the account or API key credentials, or the gateway token, sent in Authorization).',
            extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
          }),
        ]);
      } finally {
        await refused.close();
      }
      const line = await refusedLine(gateway, 'request', 'TOO_MANY_SUBSCRIPTIONS');
      expect(line).toMatchObject({ level: 'info', operationType: 'subscription', status: 200 });
      expect(errorLines(gateway)).toEqual([]);
    } finally {
      await held.close();
    }
    await waitForSubscribers(gateway.url, 0, { exactly: true });
  });

  it('over WebSocket, past MAX_SUBSCRIPTIONS_PER_CONNECTION, is logged as the client error it is, not as an unexpected error', async () => {
    const client = connectOverWebSocket(`${gateway.url}/graphql`, { headers: { authorization } });
    try {
      const held = subscribeOverWebSocket(client, DOCUMENT);
      await waitForSubscribers(gateway.url, 1);
      const result = await subscribeOverWebSocket(client, DOCUMENT).next(5_000);
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'At most 1 subscription per connection.',
          extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
        }),
      ]);
      const line = await refusedLine(gateway, 'operation', 'TOO_MANY_SUBSCRIPTIONS');
      expect(line).toMatchObject({ level: 'info', transport: 'websocket', operationType: 'subscription' });
      expect(errorLines(gateway)).toEqual([]);
      await held.close();
    } finally {
      await client.dispose();
    }
    await waitForSubscribers(gateway.url, 0, { exactly: true });
  });

  it('without an event connection, is refused as unavailable and logged as the client error it is, over SSE and WebSocket', async () => {
    const overSse = subscribeOverSse(`${withoutRedis.url}/graphql`, DOCUMENT, {}, { authorization });
    try {
      expect((await overSse.next(5_000)).errors).toEqual([
        expect.objectContaining({ extensions: { code: 'SUBSCRIPTIONS_UNAVAILABLE' } }),
      ]);
    } finally {
      await overSse.close();
    }
    const client = connectOverWebSocket(`${withoutRedis.url}/graphql`, { headers: { authorization } });
    try {
      expect((await subscribeOverWebSocket(client, DOCUMENT).next(5_000)).errors).toEqual([
        expect.objectContaining({ extensions: { code: 'SUBSCRIPTIONS_UNAVAILABLE' } }),
      ]);
    } finally {
      await client.dispose();
    }
    expect(await refusedLine(withoutRedis, 'request', 'SUBSCRIPTIONS_UNAVAILABLE')).toMatchObject({
      level: 'info',
    });
    expect(await refusedLine(withoutRedis, 'operation', 'SUBSCRIPTIONS_UNAVAILABLE')).toMatchObject({
      level: 'info',
    });
    expect(errorLines(withoutRedis)).toEqual([]);
  });
});
