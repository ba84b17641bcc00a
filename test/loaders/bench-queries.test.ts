import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, runScenario } from '../../bench/measure.ts';
import { FIXTURE_QUERY, type Fixture, fixtureFrom, SCENARIOS } from '../../bench/queries.ts';
import { seed } from '../../bench/seed.ts';
import { DEMO_ACCOUNT, startEmulator } from '../../src/emulator/server.ts';
import { type ListeningGateway, startListeningGateway } from '../helpers/listening-gateway.ts';

/**
 * The benchmark's queries (bench/queries.ts) against the bench's data, counted as the bench counts
 * them: every query makes its hand-computed minimum of Twilio calls, in its critical path's number
 * of sequential rounds, read from the emulator's request log. The emulator answers after
 * LATENCY_MS, far above the gateway's own time between two calls even on a loaded machine, so a
 * call started from an answer is always seen to start after it; the in-flight limit is raised so
 * that no call waits for a slot (waves are the in-flight limit's business, not the loaders').
 */
const LATENCY_MS = 150;

let gateway: ListeningGateway;
let fixture: Fixture;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'bench-queries-'));
  const dataFile = join(directory, 'state.json');
  // Seeded without latency, then served with it from the same data.
  const seeding = await startEmulator({ accounts: [DEMO_ACCOUNT], dataFile });
  const seeded = await seed(seeding.url, DEMO_ACCOUNT).finally(() => seeding.close());
  gateway = await startListeningGateway({
    emulator: { accounts: [DEMO_ACCOUNT], dataFile, faults: { latencyMs: LATENCY_MS } },
    env: {
      MAX_ALIASES: '20',
      MAX_ROOT_FIELDS: '20',
      MAX_UPSTREAM_CALLS: '5000',
      UPSTREAM_MAX_IN_FLIGHT: '200',
    },
  });
  const answer = await gateway.post({
    query: FIXTURE_QUERY,
    variables: { chat: seeded.chatSid, service: seeded.supportServiceSid },
  });
  fixture = fixtureFrom(seeded, answer.body.data);
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('the benchmark queries', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.title}: ${scenario.minimum.calls} calls in ${scenario.criticalPath.rounds} rounds`, async () => {
      const run = await runScenario(
        scenario,
        fixture,
        gateway.url.replace(/\/graphql$/, ''),
        basicAuthorization(DEMO_ACCOUNT.accountSid, DEMO_ACCOUNT.authToken),
        gateway.emulator.requests,
      );
      expect(scenario.check(run.answers)).toBeNull();
      // The operations are in the message, to see which call is one too many.
      expect(run.logged?.count, JSON.stringify(run.logged?.byOperation)).toBe(scenario.minimum.calls);
      expect(run.logged?.rounds).toBe(scenario.criticalPath.rounds);
      // The gateway's own count agrees with Twilio's, and the estimate is an upper bound of it.
      expect(run.calls.count).toBe(run.logged?.count);
      expect(run.calls.count).toBeLessThanOrEqual(run.calls.estimated ?? 0);
    }, 60_000);
  }
});
