import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialRounds } from '../../bench/measure.ts';
import { SCENARIOS } from '../../bench/queries.ts';
import { ACCOUNT_SID, type EndUserGateway, startEndUserGateway } from '../helpers/end-user-gateway.ts';

/**
 * What an end user's permission reads cost on top of the same query in server mode, for the
 * queries a chat client sends most (the benchmark's chat screen and inbox, bench/queries.ts): at
 * most two more Twilio calls and one more dependent round (docs/access-tokens.md, "Cost").
 * Measured against the emulator with a fixed answer time, so the rounds show in its request log.
 */
// Long enough that calls started together are seen together even when a loaded machine delays
// one of them by a good part of it.
const LATENCY_MS = 200;
let gateway: EndUserGateway;

function documentOf(id: string): string {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`no bench scenario ${id}`);
  return scenario.document;
}

beforeAll(async () => {
  // The demo seed: alice is in "Product launch" (with bob and dave) and "Returns via WhatsApp".
  // The account is configured, so no request of the test pays the one read that learns it.
  gateway = await startEndUserGateway({
    emulator: { seed: 'demo', faults: { latencyMs: LATENCY_MS } },
    env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID },
  });
});

afterAll(async () => {
  await gateway?.close();
});

interface Cost {
  calls: string[];
  rounds: number;
  data: unknown;
}

async function cost(run: () => Promise<{ data?: unknown; errors?: unknown }>): Promise<Cost> {
  const mark = gateway.mark();
  const answer = await run();
  expect(answer.errors).toBeUndefined();
  const requests = gateway.since(mark);
  return {
    calls: requests.map((r) => r.operationId ?? `${r.method} ${r.path}`).sort(),
    rounds: sequentialRounds(requests),
    data: answer.data,
  };
}

async function compare(document: string, variables: Record<string, unknown>) {
  // The same answer, so the comparison is of the same work.
  const server = await cost(async () => ({ data: await gateway.asServer(document, variables) }));
  const endUser = await cost(() => gateway.asUser('alice', document, variables));
  expect(endUser.data).toEqual(server.data);
  return { server, endUser };
}

describe('an end user’s permission reads, next to the same query in server mode', () => {
  it('add nothing to the inbox: the user’s own memberships start next to their fetch, by identity', async () => {
    const { server, endUser } = await compare(documentOf('inbox'), { user: 'alice' });
    expect(JSON.stringify(server.data)).toContain('Of course, within 30 days.');
    // The target allows two more calls and one more round; the inbox needs none, since the list
    // that decides what is theirs is the list the inbox shows.
    expect(endUser.calls.length, `${endUser.calls} vs ${server.calls}`).toBe(server.calls.length);
    expect(endUser.rounds, `${endUser.rounds} rounds vs ${server.rounds}`).toBeLessThanOrEqual(server.rounds);
  });

  it('add nothing to the chat screen by its SID: membership is read from the participant list it reads', async () => {
    const launch = await gateway.asServer<{ conversation: { sid: string } }>(
      '{ conversation(sid: "product-launch") { sid } }',
    );
    const { server, endUser } = await compare(documentOf('chat'), { conversation: launch.conversation.sid });
    expect(JSON.stringify(server.data)).toContain('Product launch');
    expect(endUser.calls.length, `${endUser.calls} vs ${server.calls}`).toBe(server.calls.length);
    expect(endUser.rounds, `${endUser.rounds} rounds vs ${server.rounds}`).toBeLessThanOrEqual(server.rounds);
  });

  it('add at most one round and two calls to the chat screen by its unique name', async () => {
    const { server, endUser } = await compare(documentOf('chat'), { conversation: 'product-launch' });
    expect(JSON.stringify(server.data)).toContain('Product launch');
    expect(
      endUser.calls.length - server.calls.length,
      `${endUser.calls} vs ${server.calls}`,
    ).toBeLessThanOrEqual(2);
    expect(
      endUser.rounds - server.rounds,
      `${endUser.rounds} rounds vs ${server.rounds}`,
    ).toBeLessThanOrEqual(1);
  });
});
