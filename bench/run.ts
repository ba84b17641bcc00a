/**
 * `npm run bench`: upstream calls per query, latency against the critical path, throughput and
 * overhead next to the REST API, and memory. Writes BENCHMARKS.md and bench/results.svg from what
 * it measures. See BENCHMARKS.md for what runs where.
 *
 * A partial run measures one thing in a minute while working and prints its tables to stdout,
 * writing neither BENCHMARKS.md nor the chart (they only ever hold a whole run). Any of these makes
 * the run partial (run `npm run build` first: the gateway is the compiled dist/):
 * - `BENCH_QUERIES=chat,inbox`: only these scenarios of the query phase (ids in bench/queries.ts);
 * - `BENCH_PHASES=queries`, `cpu`, `end-user` or `realtime` (or several, comma-separated): only the
 *   query phase (sections 1 and 2), only CPU per request and memory against the floor (section 3;
 *   `BENCH_CPU_ROUNDS` shortens it), only the end-user phase, or only subscriptions and webhooks
 *   (each its own section; `npm run bench:realtime` writes that one alone);
 * - `BENCH_RUNS=3`: measured runs per query (default 7);
 * - `BENCH_WITHOUT_LOADERS=0`: skip the gateway without loaders (it starts slowly under load).
 * e.g. `npm run build && BENCH_QUERIES=walk BENCH_WITHOUT_LOADERS=0 node --import tsx bench/run.ts`
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNT, startEmulator } from '../src/emulator/server.ts';
import { cpuPhase, renderCpuSection } from './cpu.ts';
import { endUserPhase, renderEndUserSection } from './end-user.ts';
import {
  basicAuthorization,
  closeConnections,
  median,
  runScenario,
  type ScenarioRun,
  send,
  timeRequest,
} from './measure.ts';
import {
  build,
  floorServerChild,
  freePort,
  ownAndEndedChildrenCpuSeconds,
  ROOT,
  startChildren,
} from './processes.ts';
import { FIXTURE_QUERY, fixtureFrom, SCENARIOS, type Scenario } from './queries.ts';
import { realtimePhase } from './realtime.ts';
import {
  type LatencyReference,
  type Results,
  renderMarkdown,
  renderQueryTables,
  renderSummary,
  renderSvg,
  type ScenarioResult,
} from './report.ts';
import { writeKeepingSections, writeSection } from './sections.ts';
import { seed } from './seed.ts';
import { RunClock, type RunTimes, renderPhaseLine, renderTimes } from './timing.ts';

const PHASES = ['queries', 'cpu', 'end-user', 'realtime'] as const;
const DEFAULT_RUNS = 7;
type Phase = (typeof PHASES)[number];

/** What the environment asks this run to measure (see the header comment). */
interface Selection {
  phases: ReadonlySet<Phase>;
  scenarios: readonly Scenario[];
  runs: number;
  withoutLoaders: boolean;
  /** Anything less than the whole bench: print, write nothing. */
  partial: boolean;
}

function listOf(value: string | undefined): string[] | null {
  if (value === undefined || value.trim() === '') return null;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function selectionOf(env: NodeJS.ProcessEnv): Selection {
  const phaseNames = listOf(env.BENCH_PHASES);
  const queryIds = listOf(env.BENCH_QUERIES);
  for (const name of phaseNames ?? []) {
    if (!PHASES.includes(name as Phase)) {
      throw new Error(`BENCH_PHASES: unknown phase ${name} (phases: ${PHASES.join(', ')})`);
    }
  }
  const known = new Set(SCENARIOS.map((scenario) => scenario.id));
  for (const id of queryIds ?? []) {
    if (!known.has(id)) throw new Error(`BENCH_QUERIES: unknown query ${id} (ids: ${[...known].join(', ')})`);
  }
  const runs = env.BENCH_RUNS === undefined ? DEFAULT_RUNS : Number(env.BENCH_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('BENCH_RUNS must be a positive integer');
  const withoutLoaders = env.BENCH_WITHOUT_LOADERS !== '0';
  // Naming queries alone means the query phase alone.
  const phases = new Set<Phase>((phaseNames as Phase[] | null) ?? (queryIds !== null ? ['queries'] : PHASES));
  return {
    phases,
    scenarios: queryIds === null ? SCENARIOS : SCENARIOS.filter((scenario) => queryIds.includes(scenario.id)),
    runs,
    withoutLoaders,
    partial:
      phases.size < PHASES.length || queryIds !== null || env.BENCH_RUNS !== undefined || !withoutLoaders,
  };
}

export const SETTINGS = {
  latencyMs: 20,
  /** Measured runs per query through the gateway (after one warm-up run). */
  runs: DEFAULT_RUNS,
  /** Measured runs per query through the gateway without loaders (after one warm-up run). */
  runsWithoutLoaders: 3,
  /** Limits raised for the query phase only, so the heaviest queries are not refused (see BENCHMARKS.md). */
  queryPhaseLimits: { MAX_ALIASES: '20', MAX_ROOT_FIELDS: '20', MAX_UPSTREAM_CALLS: '5000' },
  /** Interleaved runs of the one-GET query through the floor server and the gateway (the reference). */
  referenceRuns: 21,
} as const;

const authorization = basicAuthorization(DEMO_ACCOUNT.accountSid, DEMO_ACCOUNT.authToken);

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function queryPhase(
  logDir: string,
  selection: Selection,
  /** Prints a message that starts a step of the phase (see bench/timing.ts). */
  step: (message: string) => void = progress,
): Promise<{ scenarios: ScenarioResult[]; seedRequests: number; reference: LatencyReference }> {
  step(`starting the emulator in this process, answering after ${SETTINGS.latencyMs} ms`);
  const emulator = await startEmulator({ port: 0, faults: { latencyMs: SETTINGS.latencyMs } });
  try {
    // The gateways start (loading their modules) while the emulator is seeded: nothing is measured yet.
    step(
      `seeding the emulator through its REST routes, starting the gateway${selection.withoutLoaders ? ' and the gateway without loaders' : ''}`,
    );
    const env = { TWILIO_CONVERSATIONS_URL: emulator.url, HOST: '127.0.0.1', ...SETTINGS.queryPhaseLimits };
    const [gatewayPort, plainPort, floorPort] = [await freePort(), await freePort(), await freePort()];
    const seedStarted = performance.now();
    const seeding = seed(emulator.url, DEMO_ACCOUNT).then((seeded) => {
      progress(
        `seeded with ${seeded.requests} REST requests in ${Math.round(performance.now() - seedStarted)} ms`,
      );
      return seeded;
    });
    const [gateway, floor, plain = null] = await startChildren([
      {
        name: 'gateway',
        script: 'dist/cli.js',
        args: ['serve'],
        env: { ...env, PORT: String(gatewayPort) },
        port: gatewayPort,
        logDir,
      },
      // The reference: what a round of one GET costs any GraphQL server on this machine.
      floorServerChild(emulator.url, floorPort, logDir),
      ...(selection.withoutLoaders
        ? [
            {
              name: 'gateway-without-loaders',
              script: 'bench/gateway-without-loaders.ts',
              env: { ...env, PORT: String(plainPort) },
              port: plainPort,
              logDir,
            },
          ]
        : []),
    ]).catch(async (error: unknown) => {
      await seeding.catch(() => {});
      throw error;
    });
    if (gateway === undefined || floor === undefined) throw new Error('the gateway did not start');
    try {
      const seeded = await seeding;
      const fixtureAnswer = await send(gateway.url, authorization, FIXTURE_QUERY, {
        chat: seeded.chatSid,
        service: seeded.supportServiceSid,
      });
      const fixture = fixtureFrom(seeded, fixtureAnswer.data);
      const results: ScenarioResult[] = [];
      for (const scenario of selection.scenarios) {
        step(`query: ${scenario.title}${plain ? ', with and without loaders' : ''}`);
        const run = (url: string) => runScenario(scenario, fixture, url, authorization, emulator.requests);
        const warmUp = await run(gateway.url);
        if (plain) await run(plain.url);
        // The floor server making the calls the gateway made in its warm-up run, in the same rounds,
        // one document per GraphQL request of the scenario.
        const replays = (warmUp.logged?.pattern ?? []).map(
          (rounds) => `{ replay(rounds: ${JSON.stringify(rounds)}) }`,
        );
        const replayFloor = async () => {
          let total = 0;
          for (const document of replays) total += await timeRequest(floor.url, authorization, document);
          return total;
        };
        if (replays.length > 0) await replayFloor();
        const withLoaders: ScenarioRun[] = [];
        const withoutLoaders: ScenarioRun[] = [];
        const floorSameCallsMs: number[] = [];
        // The gateway's runs, the floor's and the gateway without loaders' (fewer) in turn, each
        // round in another order, so that a load that changes during the query weighs on all alike
        // and none always follows the same one.
        for (let i = 0; i < selection.runs; i += 1) {
          const turn: Array<() => Promise<void>> = [
            async () => void withLoaders.push(await run(gateway.url)),
          ];
          if (replays.length > 0) turn.push(async () => void floorSameCallsMs.push(await replayFloor()));
          if (plain && i < SETTINGS.runsWithoutLoaders)
            turn.push(async () => void withoutLoaders.push(await run(plain.url)));
          for (let j = 0; j < turn.length; j += 1) await turn[(i + j) % turn.length]?.();
        }
        results.push({
          scenario,
          withLoaders,
          withoutLoaders,
          floorSameCallsMs,
          problem: scenario.check(withLoaders[0]?.answers ?? []),
        });
      }
      step('reference: one GET through the floor server and the gateway, interleaved');
      const reference = await latencyReference(floor.url, gateway.url, seeded.chatSid);
      return { scenarios: results, seedRequests: seeded.requests, reference };
    } finally {
      await closeConnections();
      await gateway.stop();
      await floor.stop();
      await plain?.stop();
    }
  } finally {
    await emulator.close();
  }
}

/**
 * `conversation(sid:) { sid friendlyName }` (one upstream GET, a critical path of one round) through
 * the floor server (bench/floor-server.ts: bare graphql-yoga and one undici GET) and the gateway, in
 * alternating order, at the same upstream latency: how far above one round any server on this
 * machine lands, next to how far the gateway does. The floor also answers the same GET made twice
 * one after the other (`again`, two rounds), which is what a query of two rounds costs at the least.
 */
async function latencyReference(floorUrl: string, gatewayUrl: string, conversationSid: string) {
  const query = `{ conversation(sid: "${conversationSid}") { sid friendlyName } }`;
  const twoRounds = `{ conversation(sid: "${conversationSid}") { sid again { sid friendlyName } } }`;
  const targets = [
    { url: floorUrl, query, ms: [] as number[] },
    { url: gatewayUrl, query, ms: [] as number[] },
    { url: floorUrl, query: twoRounds, ms: [] as number[] },
  ];
  for (const target of targets) await timeRequest(target.url, authorization, target.query);
  for (let i = 0; i < SETTINGS.referenceRuns; i += 1) {
    // Each run in another order, so that none always follows the same one.
    for (let j = 0; j < targets.length; j += 1) {
      const target = targets[(i + j) % targets.length] as (typeof targets)[number];
      target.ms.push(await timeRequest(target.url, authorization, target.query));
    }
  }
  const [floor, gateway, floorTwoRounds] = targets.map((target) => median(target.ms)) as [
    number,
    number,
    number,
  ];
  return {
    runs: SETTINGS.referenceRuns,
    floorMs: floor,
    gatewayMs: gateway,
    floorTwoRoundsMs: floorTwoRounds,
  };
}

const SUMMARY_START = '<!-- bench:summary -->';
const SUMMARY_END = '<!-- /bench:summary -->';

const WRITTEN_START = '<!-- written:';
const WRITTEN_END = '<!-- /written -->';

/**
 * Sections of BENCHMARKS.md written by hand from other measurements (each says its command), between
 * `<!-- written: name -->` and `<!-- /written -->`: carried over to the regenerated file, at its end.
 */
function keepWrittenSections(generated: string): string {
  let previous = '';
  try {
    previous = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
  } catch {
    return generated;
  }
  const kept: string[] = [];
  let from = previous.indexOf(WRITTEN_START);
  while (from >= 0) {
    const end = previous.indexOf(WRITTEN_END, from);
    if (end < 0) break;
    kept.push(previous.slice(from, end + WRITTEN_END.length));
    from = previous.indexOf(WRITTEN_START, end);
  }
  return kept.length === 0 ? generated : `${generated}\n${kept.join('\n\n')}\n`;
}

/** Replaces the generated line between the markers in README.md’s Benchmarks section, if they are there. */
function updateReadmeSummary(summary: string): void {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(SUMMARY_START);
  const end = readme.indexOf(SUMMARY_END);
  if (start < 0 || end < start) return;
  writeFileSync(path, `${readme.slice(0, start + SUMMARY_START.length)}\n${summary}\n${readme.slice(end)}`);
}

/** What `npm run bench` may take on 2 shared cores, so that it stays something one re-runs. */
export const RUN_BUDGET_SECONDS = 300;

const formatLoad = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');

/** The time each phase and step took, and the load around them, at the end of a run's output. */
function printTimes(clock: RunClock, loadAtStart: number[], loadAtEnd: number[]): RunTimes {
  const times = clock.finish();
  progress(
    [
      ...renderTimes(times, RUN_BUDGET_SECONDS),
      `Load average (1 / 5 / 15 min) at start ${formatLoad(loadAtStart)}, at end ${formatLoad(loadAtEnd)}, on ${cpus().length} cores.`,
    ].join('\n'),
  );
  return times;
}

/** A partial run: what was asked, printed to stdout; BENCHMARKS.md and the chart stay as they are. */
async function partialRun(selection: Selection, logDir: string): Promise<void> {
  const clock = new RunClock(undefined, ownAndEndedChildrenCpuSeconds);
  const loadAtStart = loadavg();
  const out: string[] = [];
  if (selection.phases.has('queries')) {
    const { scenarios, reference } = await clock.phase(
      'queries',
      (step) => queryPhase(logDir, selection, step),
      progress,
    );
    out.push(...renderQueryTables({ settings: { ...SETTINGS, runs: selection.runs }, scenarios, reference }));
    for (const result of scenarios) {
      const walls = result.withLoaders.map((run) => run.wallMs.toFixed(1)).join(', ');
      out.push(`${result.scenario.id}: wall times ${walls} ms`);
      if (result.problem) out.push(`WARNING ${result.scenario.id}: ${result.problem}`);
    }
    out.push('');
  }
  if (selection.phases.has('cpu')) {
    const cpu = await clock.phase('cpu', (step) => cpuPhase(logDir, step), progress);
    out.push(...renderCpuSection(cpu, 'CPU per request and memory against the floor'));
  }
  if (selection.phases.has('end-user')) {
    const endUser = await clock.phase('end-user', (step) => endUserPhase(logDir, step), progress);
    out.push(renderEndUserSection(endUser));
  }
  if (selection.phases.has('realtime')) {
    out.push(await clock.phase('realtime', (step) => realtimePhase(logDir, step), progress));
  }
  const loadAtEnd = loadavg();
  const times = printTimes(clock, loadAtStart, loadAtEnd);
  out.push(
    `Partial run in ${Math.round(times.seconds)} s (${renderPhaseLine(times)}); load average (1 / 5 / 15 min) at start ${formatLoad(loadAtStart)}, at end ${formatLoad(loadAtEnd)}. BENCHMARKS.md not written.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const selection = selectionOf(process.env);
  const logDir = mkdtempSync(join(tmpdir(), 'twilio-conversations-graphql-bench-'));
  try {
    if (selection.partial) {
      await partialRun(selection, logDir);
      return;
    }
    const clock = new RunClock(undefined, ownAndEndedChildrenCpuSeconds);
    const loadAtStart = loadavg();
    progress(`load average (1 / 5 / 15 min) at start: ${formatLoad(loadAtStart)}`);
    await clock.time('build', build);
    const { scenarios, seedRequests, reference } = await clock.phase(
      'queries',
      (step) => queryPhase(logDir, selection, step),
      progress,
    );
    const cpu = await clock.phase('cpu', (step) => cpuPhase(logDir, step), progress);
    const endUser = await clock.phase('end-user', (step) => endUserPhase(logDir, step), progress);
    const realtime = await clock.phase('realtime', (step) => realtimePhase(logDir, step), progress);
    const loadAtEnd = loadavg();
    const times = printTimes(clock, loadAtStart, loadAtEnd);
    const processors = cpus();
    const results: Results = {
      date: new Date().toISOString(),
      command: 'npm run bench',
      machine: {
        os: `${type()} ${release()}`,
        cpu: processors[0]?.model.trim() ?? 'unknown',
        cores: processors.length,
        memoryBytes: totalmem(),
        node: process.version,
        loadAverage: { start: loadAtStart, end: loadAtEnd },
      },
      settings: SETTINGS,
      seedRequests,
      scenarios,
      reference,
      cpu,
      times,
    };
    // Hand-written sections stay; the end-user and realtime sections are written next.
    writeKeepingSections(join(ROOT, 'BENCHMARKS.md'), keepWrittenSections(renderMarkdown(results)));
    writeSection(join(ROOT, 'BENCHMARKS.md'), 'end-user', renderEndUserSection(endUser));
    writeSection(join(ROOT, 'BENCHMARKS.md'), 'realtime', realtime);
    writeFileSync(join(ROOT, 'bench', 'results.svg'), renderSvg(results));
    updateReadmeSummary(renderSummary(results));
    progress(`wrote BENCHMARKS.md and bench/results.svg; the run took ${Math.round(times.seconds)} s`);
    for (const result of scenarios) {
      if (result.problem) progress(`WARNING ${result.scenario.id}: ${result.problem}`);
    }
  } finally {
    await closeConnections();
    rmSync(logDir, { recursive: true, force: true });
  }
}

await main();
