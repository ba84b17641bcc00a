import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTwilioClient,
  fetchConversation,
  type TwilioClient,
  type TwilioClientOptions,
} from '../../src/twilio/index.ts';
import { type FaultServer, reply, startFaultServer } from '../helpers/fault-server.ts';
import { CONVERSATION_SID, conversationWire } from './fixtures.ts';

const tenant = { username: `AC${'a'.repeat(32)}`, password: 'tenant-a-secret-token' };
const SMALL_SID = `CH${'3'.repeat(32)}`;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** A client of the fault server, closed when `test` ends; the server's log starts empty. */
async function withClient(options: TwilioClientOptions, test: (twilio: TwilioClient) => Promise<void>) {
  server.clear();
  const twilio = createTwilioClient({ baseUrl: server.url, queueTimeoutMs: 60_000, ...options });
  try {
    await test(twilio);
  } finally {
    await twilio.close();
  }
}

/** Answers each conversation fetch with that conversation, after `delayMs`. */
function answerConversations(delayMs: number): void {
  server.respond((request) =>
    reply.json(200, conversationWire(server.url, { sid: request.path.split('/')[3] }), {}, delayMs),
  );
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

describe('queueing between requests of one credential', () => {
  // Two GraphQL requests of one caller are two sessions of one credential: they share its slots.
  it.each([40, 120])(
    'starts a small request’s call within a turn or two of a big request with %i calls waiting',
    (bigCalls) =>
      withClient({ maxInFlightPerCredential: 2 }, async (twilio) => {
        answerConversations(20);
        const big = twilio.session(tenant);
        const small = twilio.session(tenant);
        // Both connections open before the clock starts.
        await Promise.all([1, 2].map(() => fetchConversation(big, { sid: CONVERSATION_SID })));
        server.clear();
        const started = performance.now();
        const bigDone = Promise.all(
          Array.from({ length: bigCalls }, () => fetchConversation(big, { sid: CONVERSATION_SID })),
        );
        const smallMs = await timed(() => fetchConversation(small, { sid: SMALL_SID }));
        await bigDone;
        const bigMs = performance.now() - started;
        const order = server.requests.map((request) => request.path.split('/')[3]);
        // FIFO would send it last (index bigCalls); in turn, it goes right after the next big call.
        expect(order.indexOf(SMALL_SID)).toBeLessThanOrEqual(3);
        expect(order).toHaveLength(bigCalls + 1);
        // Its latency is a round or two, whatever the big request's size: a fraction of the big
        // request's (bigCalls / 2 rounds), both measured in the same window on a shared machine.
        expect(smallMs).toBeLessThan(bigMs / 3);
      }),
  );

  it('serves three waiting requests in turn, each one’s calls in order', () =>
    withClient({ maxInFlightPerCredential: 1 }, async (twilio) => {
      answerConversations(5);
      const sessions = ['A', 'B', 'C'].map((name) => ({ name, session: twilio.session(tenant) }));
      // Holds the one slot while the three queue up.
      const first = fetchConversation(sessions[0]!.session, { sid: `CH${'0'.repeat(32)}` });
      const all = sessions.flatMap(({ name, session }, s) =>
        Array.from({ length: 3 }, (_, i) =>
          fetchConversation(session, { sid: `CH${String(s + 1).repeat(31)}${i}` }).then(() => `${name}${i}`),
        ),
      );
      await first;
      await Promise.all(all);
      const order = server.requests.slice(1).map((request) => {
        const sid = request.path.split('/')[3] ?? '';
        return `${'ABC'[Number(sid[2]) - 1]}${sid.at(-1)}`;
      });
      expect(order).toEqual(['A0', 'B0', 'C0', 'A1', 'B1', 'C1', 'A2', 'B2', 'C2']);
    }));
});
