/**
 * What an end user's Access Token costs over the same query in server mode
 * (docs/access-tokens.md, "Cost"), on one gateway in server-credentials mode, which accepts both
 * its gateway token and Access Tokens signed with its API key:
 *
 * - **Calls and rounds**: the chat-screen and inbox queries of bench/queries.ts, as `ana` with a
 *   token minted for her and in server mode, interleaved run by run, against the emulator answering
 *   after 20 ms (calls from the gateway's own count, rounds from the emulator's log). Target: the
 *   permission reads add at most two calls and one round.
 * - **CPU per request**: the chat-screen and inbox queries as the end user and the same in server
 *   mode, on the same process, in interleaved rounds (bench/cpu.ts), the emulator answering at once,
 *   CPU of the gateway process from /proc: verification, checks and the permission reads' extra
 *   calls together; a one-User query beside them shows the part every request pays whatever it
 *   reads. Target: at most 10 % more.
 *
 * Part of `npm run bench` (its own section of BENCHMARKS.md); on its own, `npm run bench:end-user`
 * measures and rewrites only that section.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintAccessToken } from '../src/access/mint.ts';
import { DEFAULTS } from '../src/config/variables.ts';
import type { FaultOptions } from '../src/emulator/app.ts';
import { DEMO_ACCOUNT, startEmulator } from '../src/emulator/server.ts';
import { type CpuTarget, fire, interleavedRounds, ratioQuartiles, type TargetRounds } from './cpu.ts';
import { median, runScenario, type ScenarioRun, send } from './measure.ts';
import { freePort, ROOT, startChild } from './processes.ts';
import { FIXTURE_QUERY, type Fixture, fixtureFrom, SCENARIOS, type Scenario } from './queries.ts';
import { writeSection } from './sections.ts';
import { PLAN, seed } from './seed.ts';

export const END_USER_SETTINGS = {
  /** The emulator's answer time, as in the query phase of `npm run bench`. */
  latencyMs: 20,
  /** Measured runs per query and mode, interleaved (after one warm-up run each). */
  runs: Number(process.env.BENCH_END_USER_RUNS ?? 7),
  /** The end user: a member of the chat, and the inbox's owner. */
  identity: PLAN.inbox.identity,
  scenarios: ['chat', 'inbox'],
  cpu: {
    rounds: Number(process.env.BENCH_END_USER_CPU_ROUNDS ?? 15),
    /**
     * Requests per round of the one-User query, in each mode; short rounds are as steady
     * (docs/decisions/0034-bench-run-time.md).
     */
    requests: 200,
    /** Requests per round of the chat-screen and inbox queries (some 40 and 50 calls each). */
    queryRequests: Number(process.env.BENCH_END_USER_CPU_QUERY_REQUESTS ?? 60),
    /**
     * Connections sending them: 2 requests of some 50 calls stay within the end user's 50 calls in
     * flight and 100 waiting (src/server/end-user-limits.ts); with 10, a third of the end user's
     * calls were refused OVERLOADED, which made their requests cheaper than server mode's.
     */
    queryConnections: 2,
    /** Warm-up of each target, as so many rounds' worth of its requests. */
    warmupRounds: 4,
  },
} as const;

/** The API key the gateway holds and signs nothing with but the bench's Access Tokens. */
const API_KEY = { sid: `SK${'e'.repeat(32)}`, secret: 'bench-end-user-api-key-secret' };
const GATEWAY_TOKEN = 'bench-end-user-gateway-token';

export interface ModeRuns {
  calls: number[];
  rounds: number[];
  wallMs: number[];
  /** Calls by operation of the first measured run. */
  byOperation: Record<string, number>;
}

export interface QueryCost {
  id: string;
  title: string;
  server: ModeRuns;
  endUser: ModeRuns;
}

export interface CpuCost {
  name: string;
  query: string;
  /** Requests per round and mode. */
  requests: number;
  server: TargetRounds;
  endUser: TargetRounds;
  /** End user ÷ server, CPU per request, per round. */
  ratios: number[];
  /** GraphQL errors the gateway answered during all the rounds (any target): 0, or they mislead. */
  errorsInRounds: number;
}

export interface EndUserResults {
  date: string;
  loadAverage: { start: number[]; end: number[] };
  queries: QueryCost[];
  cpu: CpuCost[];
}

function modeRuns(runs: readonly ScenarioRun[]): ModeRuns {
  return {
    calls: runs.map((run) => run.calls.count),
    rounds: runs.map((run) => run.logged?.rounds ?? Number.NaN),
    wallMs: runs.map((run) => run.wallMs),
    byOperation: runs[0]?.calls.byOperation ?? {},
  };
}

export async function endUserPhase(
  logDir: string,
  progress: (message: string) => void = () => {},
): Promise<EndUserResults> {
  const loadAtStart = loadavg();
  progress(`end users: the emulator in this process, answering after ${END_USER_SETTINGS.latencyMs} ms`);
  const faults: FaultOptions = { latencyMs: END_USER_SETTINGS.latencyMs };
  const emulator = await startEmulator({
    port: 0,
    accounts: [{ ...DEMO_ACCOUNT, apiKeys: [API_KEY] }],
    faults,
  });
  try {
    // The gateway starts while the emulator is seeded: nothing is measured yet.
    const seeding = seed(emulator.url, DEMO_ACCOUNT);
    const port = await freePort();
    const starting = startChild({
      name: 'gateway-end-user',
      script: 'dist/cli.js',
      args: ['serve'],
      env: {
        TWILIO_CONVERSATIONS_URL: emulator.url,
        HOST: '127.0.0.1',
        PORT: String(port),
        // Server-credentials mode with an API key: gateway tokens and Access Tokens both.
        TWILIO_ACCOUNT_SID: DEMO_ACCOUNT.accountSid,
        TWILIO_API_KEY: API_KEY.sid,
        TWILIO_API_SECRET: API_KEY.secret,
        GATEWAY_TOKENS: GATEWAY_TOKEN,
        MAX_ALIASES: '20',
        MAX_ROOT_FIELDS: '20',
        MAX_UPSTREAM_CALLS: '5000',
        // The end user gets the credential's calls in flight (the end user's default is 5), so both
        // modes go in the same waves and the difference is the permission reads; and no rate
        // limit, since the CPU rounds send thousands of requests as one identity.
        END_USER_MAX_IN_FLIGHT: String(DEFAULTS.UPSTREAM_MAX_IN_FLIGHT),
        END_USER_REQUESTS_PER_MINUTE: '6000000',
        END_USER_REQUEST_BURST: '1000000',
      },
      port,
      logDir,
    });
    const [seeded, gateway] = await Promise.all([seeding, starting]).catch(async (error: unknown) => {
      await (await starting.catch(() => null))?.stop();
      throw error;
    });
    const serviceSid =
      emulator.store.state.accounts[DEMO_ACCOUNT.accountSid]?.configuration.defaultChatServiceSid;
    if (!serviceSid) throw new Error('the emulator account has no default service');
    try {
      const { token } = await mintAccessToken({
        key: API_KEY,
        accountSid: DEMO_ACCOUNT.accountSid,
        identity: END_USER_SETTINGS.identity,
        serviceSid,
        ttlSeconds: 3600,
      });
      const modes = { server: `Bearer ${GATEWAY_TOKEN}`, endUser: `Bearer ${token}` };
      const fixtureAnswer = await send(gateway.url, modes.server, FIXTURE_QUERY, {
        chat: seeded.chatSid,
        service: seeded.supportServiceSid,
      });
      const fixture = fixtureFrom(seeded, fixtureAnswer.data);

      const queries: QueryCost[] = [];
      for (const id of END_USER_SETTINGS.scenarios) {
        const scenario = SCENARIOS.find((s) => s.id === id) as Scenario;
        progress(`end users: ${scenario.title}, as ${END_USER_SETTINGS.identity} and in server mode`);
        const run = (authorization: string) =>
          runScenario(scenario, fixture, gateway.url, authorization, emulator.requests);
        const runs = { server: [] as ScenarioRun[], endUser: [] as ScenarioRun[] };
        await run(modes.server);
        const warm = await run(modes.endUser);
        // Both modes answer the same data, or the comparison is of different work.
        if (JSON.stringify(warm.answers) !== JSON.stringify((await run(modes.server)).answers)) {
          throw new Error(`${id}: the end user's answer differs from server mode's`);
        }
        for (let i = 0; i < END_USER_SETTINGS.runs; i += 1) {
          // Alternating which goes first, so neither always follows the other's warm caches.
          const order = i % 2 === 0 ? (['server', 'endUser'] as const) : (['endUser', 'server'] as const);
          for (const mode of order) runs[mode].push(await run(modes[mode]));
        }
        queries.push({
          id,
          title: scenario.title,
          server: modeRuns(runs.server),
          endUser: modeRuns(runs.endUser),
        });
      }

      // The CPU rounds compare CPU: the emulator answers at once from here on (it reads its faults
      // per request), so the rounds are not spent waiting.
      faults.latencyMs = 0;
      const cpu = await cpuCosts(gateway, modes, fixture, progress);
      return {
        date: new Date().toISOString(),
        loadAverage: { start: loadAtStart, end: loadavg() },
        queries,
        cpu,
      };
    } finally {
      await gateway.stop();
    }
  } finally {
    await emulator.close();
  }
}

/**
 * CPU per request as the end user against the same in server mode, on the same gateway process,
 * with the emulator answering at once (CPU is what is compared, and waiting only stretches the
 * rounds). The chat-screen and inbox queries are the target's; `own user` reads the same one User in
 * both modes and needs no permission read (the token names the identity), so what it adds is the
 * token's verification and the request's checks alone, the fixed part of the others' difference.
 */
async function cpuCosts(
  gateway: Awaited<ReturnType<typeof startChild>>,
  modes: { server: string; endUser: string },
  fixture: Fixture,
  progress: (message: string) => void,
): Promise<CpuCost[]> {
  const { cpu } = END_USER_SETTINGS;
  const queries: Array<{
    name: string;
    query: string;
    variables: Record<string, unknown>;
    requests: number;
    connections?: number;
  }> = [
    {
      name: 'own user',
      query: `{ user(sid: "${END_USER_SETTINGS.identity}") { sid identity friendlyName } }`,
      variables: {},
      requests: cpu.requests,
    },
    ...END_USER_SETTINGS.scenarios.map((id) => {
      const scenario = SCENARIOS.find((s) => s.id === id) as Scenario;
      return {
        name: scenario.title,
        query: scenario.document,
        variables: scenario.variables(fixture),
        requests: cpu.queryRequests,
        connections: cpu.queryConnections,
      };
    }),
  ];
  const targets: Record<string, CpuTarget> = {};
  for (const { name, query, variables, requests, connections } of queries) {
    const body = JSON.stringify({ query, variables });
    const answers = await Promise.all(
      Object.values(modes).map(async (authorization) =>
        JSON.stringify((await send(gateway.url, authorization, query, variables)).data),
      ),
    );
    if (answers[0] !== answers[1])
      throw new Error(`${name}: the end user's answer differs: ${answers.join(' / ')}`);
    const target = { server: gateway, body, requests, ...(connections ? { connections } : {}) };
    targets[`${name}/server`] = { ...target, authorization: modes.server };
    targets[`${name}/endUser`] = { ...target, authorization: modes.endUser };
  }
  // One target after another: the emulator answers at once here, so the warm-up is CPU-bound and
  // gains nothing from running together, and the end user's targets at once would overflow her
  // calls in flight.
  progress('end users: warming up the CPU targets');
  for (const target of Object.values(targets))
    await fire(target, Math.max(cpu.warmupRounds * (target.requests ?? cpu.requests), 50));
  const errorsBefore = await graphqlErrors(gateway.url);
  const rounds = await interleavedRounds(targets, cpu, (message) => progress(`end users: ${message}`));
  // A request answered 200 with errors did less work: the rounds count only if there were none.
  const errors = (await graphqlErrors(gateway.url)) - errorsBefore;
  return queries.map(({ name, query, requests }) => {
    const server = rounds[`${name}/server`] as TargetRounds;
    const endUser = rounds[`${name}/endUser`] as TargetRounds;
    return {
      name,
      query,
      requests,
      server,
      endUser,
      ratios: endUser.cpuMicros.map((micros, i) => micros / (server.cpuMicros[i] ?? Number.NaN)),
      errorsInRounds: errors,
    };
  });
}

/** GraphQL errors the gateway has answered so far, all codes (`gateway_graphql_errors_total`). */
async function graphqlErrors(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (/^gateway_graphql_errors_total[{ ]/.test(line)) sum += Number(line.split(' ').at(-1));
  }
  return sum;
}

/** Operation names without the service in them: the end user's calls name their service. */
function withoutService(byOperation: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [operation, n] of Object.entries(byOperation)) {
    const name = operation.replace(/^(List|Fetch|Create|Update|Delete)Service(?=[A-Z])/, '$1');
    out[name] = (out[name] ?? 0) + n;
  }
  return out;
}

/** What the end user's run called more (or less) than server mode's, by operation. */
function extraCalls(query: QueryCost): string {
  const server = withoutService(query.server.byOperation);
  const endUser = withoutService(query.endUser.byOperation);
  const parts: string[] = [];
  for (const name of new Set([...Object.keys(server), ...Object.keys(endUser)])) {
    const delta = (endUser[name] ?? 0) - (server[name] ?? 0);
    if (delta !== 0) parts.push(`${delta > 0 ? '+' : ''}${delta} ${name}`);
  }
  return parts.length === 0 ? 'none' : parts.join(', ');
}

const signed = (value: number, digits = 0) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' / ');

/** The section of BENCHMARKS.md, without its markers. */
export function renderEndUserSection(results: EndUserResults): string {
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const { runs, cpu, identity, latencyMs } = END_USER_SETTINGS;
  line('## End users with Access Tokens: cost over server mode');
  line();
  line(
    `Measured ${results.date} by \`npm run bench\` (alone: \`npm run bench:end-user\`, bench/end-user.ts); load average (1 / 5 / 15 min) ${load(results.loadAverage.start)} at start, ${load(results.loadAverage.end)} at end, on 2 shared cores. One gateway from \`dist/\` in server-credentials mode with an API key, which takes both its gateway token (server mode) and Access Tokens signed with the key; the end user is \`${identity}\` with a token minted for her (src/access/mint.ts, as twilio-node's AccessToken and ChatGrant write it). \`END_USER_MAX_IN_FLIGHT\` is raised to the credential's ${DEFAULTS.UPSTREAM_MAX_IN_FLIGHT} (\`UPSTREAM_MAX_IN_FLIGHT\`) so both modes go in the same waves (with its default ${DEFAULTS.END_USER_MAX_IN_FLIGHT}, an end user's 50 inbox lists would take ${Math.ceil(50 / DEFAULTS.END_USER_MAX_IN_FLIGHT)} waves: that is the per-user bound, not the permission reads).`,
  );
  line();
  line(
    `**Calls and rounds**: the bench's queries (bench/queries.ts) in both modes, ${runs} interleaved runs each after a warm-up, the emulator answering after ${latencyMs} ms; calls from the gateway's count, rounds from the emulator's log (calls that started after an earlier one was answered, waves of the in-flight bound included). Target: the end user's permission reads add at most 2 calls and 1 round.`,
  );
  line();
  line(
    '| Query | Calls, server | Calls, end user | Rounds, server | Rounds, end user | Wall ms, server | Wall ms, end user | Extra calls | Target |',
  );
  line('|---|---:|---:|---:|---:|---:|---:|---|---|');
  for (const query of results.queries) {
    const calls = median(query.endUser.calls) - median(query.server.calls);
    const rounds = median(query.endUser.rounds) - median(query.server.rounds);
    const met = calls <= 2 && rounds <= 1;
    line(
      `| ${query.title} | ${median(query.server.calls)} | ${median(query.endUser.calls)} (${signed(calls)}) | ${median(query.server.rounds)} | ${median(query.endUser.rounds)} (${signed(rounds)}) | ${median(query.server.wallMs).toFixed(0)} | ${median(query.endUser.wallMs).toFixed(0)} | ${extraCalls(query)} | ${met ? 'met' : '**not met**'} |`,
    );
  }
  line();
  line('Medians of the runs; rounds of each run, server / end user:');
  line();
  for (const query of results.queries) {
    line(`- ${query.title}: ${query.server.rounds.join(' ')} / ${query.endUser.rounds.join(' ')}`);
  }
  line();
  /** End user minus server, µs per request, the median of the rounds' differences. */
  const differenceOf = (target: CpuCost) =>
    median(target.endUser.cpuMicros.map((micros, i) => micros - (target.server.cpuMicros[i] ?? Number.NaN)));
  const fixed = results.cpu.find((target) => target.name === 'own user');
  const fixedMicros = fixed ? differenceOf(fixed) : Number.NaN;
  line(
    `**CPU per request**: each query as the end user and in server mode on the same gateway process, the emulator answering at once (no added latency), ${cpu.rounds} interleaved rounds (each round runs every target twice, in a random order then the reverse, half its requests each time; bench/cpu.ts), after ${cpu.warmupRounds} rounds' worth of warm-up requests each; the one-User query over 10 connections, the chat screen and inbox over ${cpu.queryConnections} (with 10, the end user's ~50 calls a request overflowed their 50 in flight and 100 waiting, and the refused calls made their requests look cheaper); CPU time of the gateway process from /proc, so the difference is all the gateway does more for the end user: the token's verification, the checks, and handling the permission reads' extra calls (the chat screen's membership list). \`own user\` reads the same one User in both modes and needs no permission read (the token names the identity): its difference is the verification and the request's checks alone. Target (chat screen and inbox): at most 10 % more.`,
  );
  line();
  line(
    '| Query | Requests per round and mode | Server µs/request (median of rounds) | End user µs/request (median of rounds) | End user ÷ server, median of the rounds’ ratios (half the rounds within) | Difference µs (median of the rounds’ differences) | Target |',
  );
  line('|---|---:|---:|---:|---:|---:|---|');
  for (const target of results.cpu) {
    const ratio = median(target.ratios);
    const [low, high] = ratioQuartiles(target);
    const verdict =
      target.name === 'own user' ? 'verification and checks alone' : ratio <= 1.1 ? 'met' : '**not met**';
    line(
      `| ${target.name === 'own user' ? `\`${target.query}\`` : target.name} | ${target.requests} | ${median(target.server.cpuMicros).toFixed(0)} | ${median(target.endUser.cpuMicros).toFixed(0)} | ${ratio.toFixed(2)} (${signed((ratio - 1) * 100)} %; ${low.toFixed(2)}–${high.toFixed(2)}) | ${signed(differenceOf(target))} | ${verdict} |`,
    );
  }
  line();
  line(
    `Where the difference goes (medians of the rounds' differences; on a loaded machine one round's strays by hundreds of µs): the one-User query's ${signed(fixedMicros)} µs is what every end-user request pays (verification, the access object, the root rule); the rest of each query's difference is its permission reads' extra calls, the checks below the root, and the end user's own calls going through their in-flight limit and the token's service routes (\`/v1/Services/IS…/…\`).`,
  );
  line();
  for (const target of results.cpu) {
    if (target.name === 'own user') continue;
    const difference = differenceOf(target);
    line(
      `- ${target.name}: ${signed(difference)} µs = ${signed(fixedMicros)} per request + ${signed(difference - fixedMicros)} for the rest.`,
    );
  }
  line();
  line('Per-round ratios (end user ÷ server), in round order:');
  line();
  for (const target of results.cpu) {
    line(`- ${target.name}: ${target.ratios.map((r) => r.toFixed(2)).join(' ')}`);
  }
  const failures = results.cpu.reduce((sum, t) => sum + t.server.failures + t.endUser.failures, 0);
  const errors = results.cpu[0]?.errorsInRounds ?? 0;
  line();
  if (failures + errors > 0) {
    line(
      `⚠ ${failures} requests failed and ${errors} GraphQL errors were answered during the CPU rounds: a request with errors did less work, so the ratios above do not compare like with like.`,
    );
  } else {
    line(
      'Every request of the CPU rounds was answered 200 without GraphQL errors (`gateway_graphql_errors_total`).',
    );
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const logDir = mkdtempSync(join(tmpdir(), 'twilio-conversations-graphql-end-user-'));
  try {
    const results = await endUserPhase(logDir, (message) => process.stderr.write(`[bench] ${message}\n`));
    const section = renderEndUserSection(results);
    writeSection(join(ROOT, 'BENCHMARKS.md'), 'end-user', section);
    process.stdout.write(`${section}\n`);
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
