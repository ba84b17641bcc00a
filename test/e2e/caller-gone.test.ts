import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ListeningGateway, startListeningGateway } from '../helpers/listening-gateway.ts';

/**
 * A caller that goes away mid-request costs no further Twilio calls: the calls its query would
 * still make are not sent. Checked over real HTTP, with the emulator answering each call after
 * 300 ms, on a query of two rounds (a page of conversations, then each one's last message): the
 * caller hangs up during the first round, and the emulator must never see the second.
 */
const LATENCY_MS = 300;

let gateway: ListeningGateway;

beforeAll(async () => {
  gateway = await startListeningGateway({ emulator: { seed: 'demo', faults: { latencyMs: LATENCY_MS } } });
}, 30_000);

afterAll(() => gateway?.close());

const QUERY =
  '{ conversations(first: 3) { edges { node { sid messages(last: 1) { edges { node { sid } } } } } } }';

/** Calls of the second round: the message lists, which need the conversations' SIDs. */
const secondRound = (since: number) =>
  gateway.emulator.requests.slice(since).filter((entry) => entry.operationId === 'ListConversationMessage');

/** POSTs the query over a socket of its own and destroys it after `afterMs`. */
function postAndHangUp(afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL(gateway.url);
    const body = JSON.stringify({ query: QUERY });
    const req = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: gateway.authorization(),
      },
    });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.end(body);
    setTimeout(() => {
      req.destroy();
      resolve();
    }, afterMs);
  });
}

describe('a caller that goes away', () => {
  it('makes the second round when it stays (the control)', async () => {
    const since = gateway.emulator.requests.length;
    const answer = await gateway.post({ query: QUERY });
    expect(answer.body.errors).toBeUndefined();
    expect(secondRound(since)).toHaveLength(3);
  }, 30_000);

  it('costs no call of the second round once it has hung up during the first', async () => {
    const since = gateway.emulator.requests.length;
    await postAndHangUp(LATENCY_MS / 3);
    // The first round is answered at 300 ms; the second would be answered by 600 ms.
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS * 4));
    const made = gateway.emulator.requests.slice(since).map((entry) => entry.operationId);
    expect(made).toContain('ListConversation');
    expect(secondRound(since)).toEqual([]);
  }, 30_000);
});
