import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The request body limit (MAX_BODY_BYTES, 1,000,000 by default) over raw HTTP/1.1, where a client
 * decides what it sends and when: a body declared too large is refused from its Content-Length,
 * before it is read and before `100 Continue` invites it, and the client always sees the 413.
 */
const ACCOUNT = { accountSid: `AC${'4'.repeat(32)}`, authToken: 'body-limit-auth-token-3f1c' };
const TOKEN = 'body-limit-gateway-token-8a2e';
const QUERY = JSON.stringify({ query: '{ conversation(sid: "product-launch") { sid } }' });

let emulator: RunningEmulator;
let gateway: GatewayProcess;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', accounts: [ACCOUNT] });
  gateway = await startGatewayProcess({
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

interface RawExchange {
  /** Every status line received, interim (100) ones included, in order. */
  statuses: number[];
  /** The final response's body. */
  body: string;
  /** Whether the connection ended in a reset rather than after a complete response. */
  reset: boolean;
}

/**
 * Sends a POST to /graphql over a plain socket: the head at once, then `body` (if any) in 64 KiB
 * pieces, either at once or only once `100 Continue` arrives. Resolves once a final response is
 * complete, or when the connection ends.
 */
function rawPost(options: {
  contentLength: number;
  body?: Buffer;
  expectContinue?: boolean;
}): Promise<RawExchange> {
  const url = new URL(gateway.url);
  const head = [
    'POST /graphql HTTP/1.1',
    `Host: ${url.host}`,
    'Content-Type: application/json',
    `Authorization: Bearer ${TOKEN}`,
    `Content-Length: ${options.contentLength}`,
    ...(options.expectContinue ? ['Expect: 100-continue'] : []),
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(url.port), url.hostname);
    const exchange: RawExchange = { statuses: [], body: '', reset: false };
    let received = Buffer.alloc(0);
    let sending = false;
    const sendBody = () => {
      if (sending || !options.body) return;
      sending = true;
      const { body } = options;
      let offset = 0;
      const writeMore = () => {
        while (offset < body.length && !socket.destroyed) {
          const piece = body.subarray(offset, offset + 65_536);
          offset += piece.length;
          if (!socket.write(piece)) {
            socket.once('drain', writeMore);
            return;
          }
        }
      };
      writeMore();
    };
    const finish = () => {
      socket.destroy();
      resolve(exchange);
    };
    // Parses as many complete responses as have arrived (interim ones have no body).
    const parse = () => {
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        const lines = received.subarray(0, end).toString('latin1').split('\r\n');
        const status = Number(lines[0]?.split(' ')[1]);
        const length = Number(
          lines
            .find((line) => /^content-length:/i.test(line))
            ?.split(':')[1]
            ?.trim() ?? '0',
        );
        if (status === 100) {
          exchange.statuses.push(status);
          received = received.subarray(end + 4);
          sendBody();
          continue;
        }
        if (received.length < end + 4 + length) return;
        exchange.statuses.push(status);
        exchange.body = received.subarray(end + 4, end + 4 + length).toString('utf8');
        finish();
        return;
      }
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      parse();
    });
    socket.on('error', () => {
      exchange.reset = true;
      finish();
    });
    socket.on('close', finish);
    socket.write(head);
    if (!options.expectContinue) sendBody();
  });
}

const within = (size: number) => Buffer.from(`${QUERY}${' '.repeat(size - QUERY.length)}`);

describe('request body limit over raw HTTP', () => {
  it('answers 413 to a 10 MB body announced with Expect: 100-continue, without inviting it', async () => {
    const before = emulator.requests.length;
    const exchange = await rawPost({
      contentLength: 10_000_000,
      body: Buffer.alloc(10_000_000, 0x20),
      expectContinue: true,
    });
    expect(exchange.statuses).toEqual([413]);
    expect(JSON.parse(exchange.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(emulator.requests.length).toBe(before);
  });

  it('answers 413 to a 10 MB body sent at once, before reading it', async () => {
    const before = emulator.requests.length;
    const exchange = await rawPost({ contentLength: 10_000_000, body: Buffer.alloc(10_000_000, 0x20) });
    expect(exchange.statuses).toEqual([413]);
    expect(JSON.parse(exchange.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(emulator.requests.length).toBe(before);
  });

  it('answers 413 from Content-Length alone, when the client sends none of the body', async () => {
    const exchange = await rawPost({ contentLength: 1_000_001 });
    expect(exchange.statuses).toEqual([413]);
  });

  it('invites a body within the limit with 100 Continue, then runs it', async () => {
    const before = emulator.requests.length;
    const body = within(1_000_000);
    const exchange = await rawPost({ contentLength: body.length, body, expectContinue: true });
    expect(exchange.statuses).toEqual([100, 200]);
    expect(JSON.parse(exchange.body).data.conversation.sid).toMatch(/^CH/);
    expect(emulator.requests.length).toBe(before + 1);
  });
});
