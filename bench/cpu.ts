/**
 * CPU per request and memory of the gateway next to the floor (bench/floor-server.ts): the same
 * single-resource query, the same upstream GET, the same emulator. Both servers are child processes
 * (the gateway from the compiled `dist/`, as `npm start` runs it) and the CPU time of their threads
 * is read from /proc before and after each batch of requests. Rounds are interleaved: every round
 * runs each target twice, half its requests each time, in a fresh random order and then in the
 * reverse order (A B B A), so a neighbour's burst on a shared machine weighs on both and a load
 * that rises or falls through the round weighs on both alike. The ratio reported is the median of
 * the per-round ratios, with their interquartile range as the measure of the noise.
 *
 * Runs on its own too: `node --import tsx bench/cpu.ts` prints the section it would write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { DEMO_ACCOUNT } from '../src/emulator/server.ts';
import { basicAuthorization, median } from './measure.ts';
import {
  type ChildServer,
  floorServerChild,
  freePort,
  processCpuSecondsPrecise,
  processRssBytes,
  startChild,
  startChildren,
} from './processes.ts';

export const CPU_SETTINGS = {
  /**
   * Requests per target and round (in two halves, A B B A). The per-round ratios of 200-request
   * rounds spread as widely as those of 600-request rounds interleaved with them in one run (the
   * noise is the machine's, from round to round), so the rounds count and each may be short
   * (docs/decisions/0034-bench-run-time.md).
   */
  requests: 300,
  /** BENCH_CPU_ROUNDS overrides it, for a quicker look while working. */
  rounds: Number(process.env.BENCH_CPU_ROUNDS ?? 31),
  warmupRequests: 6000,
  connections: 10,
  /** How long both servers sit idle while their CPU is read. */
  idleSeconds: 10,
};

export interface TargetRounds {
  /** CPU µs per request in each round, in round order. */
  cpuMicros: number[];
  requestsPerSecond: number[];
  failures: number;
}

export interface CpuResults {
  query: string;
  settings: typeof CPU_SETTINGS;
  gateway: TargetRounds;
  floor: TargetRounds;
  /** gateway ÷ floor, per round. */
  ratios: number[];
  idle: { gatewayCpuMsPerSecond: number; floorCpuMsPerSecond: number };
  memory: {
    gateway: { atRest: number; afterLoad: number };
    floor: { atRest: number; afterLoad: number };
  };
  /** Requests each served in all (warm-up included) before "after load" was read. */
  requestsServed: number;
}

const authorization = basicAuthorization(DEMO_ACCOUNT.accountSid, DEMO_ACCOUNT.authToken);

/** CPU seconds all threads of a server process have run so far. */
export function cpuOf(server: ChildServer): number {
  const seconds = processCpuSecondsPrecise(server.pid);
  if (seconds === null) throw new Error('CPU time needs /proc (Linux)');
  return seconds;
}

function rssOf(server: ChildServer): number {
  return processRssBytes(server.pid) ?? Number.NaN;
}

/** One kind of request measured in the rounds: a body POSTed to a server with some credentials. */
export interface CpuTarget {
  server: ChildServer;
  body: string;
  /** The Authorization header; the demo account's Basic credentials unless told. */
  authorization?: string;
  /** Requests per round for this target, when not the rounds' own (a heavy query takes fewer). */
  requests?: number;
  /** Connections sending them, when not `CPU_SETTINGS.connections`. */
  connections?: number;
}

const SAMPLE_MS = 10;

/** `amount` requests of a target over `CPU_SETTINGS.connections` connections. */
export async function fire(target: CpuTarget, amount: number) {
  return autocannon({
    url: `${target.server.url}/graphql`,
    method: 'POST',
    headers: {
      authorization: target.authorization ?? authorization,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: target.body,
    connections: target.connections ?? CPU_SETTINGS.connections,
    amount,
    // autocannon ends a run only at its next sample tick (every second by default): a batch that
    // takes 0.2 s would wait 0.8 s more, idle, which made most of the rounds' wall time.
    sampleInt: SAMPLE_MS,
  });
}

/**
 * Interleaved rounds: every round runs each target twice, in a fresh random order and then the
 * reverse, half the round's requests each time, reading the CPU time of its server before and
 * after, so a neighbour's burst on a shared machine weighs on all.
 */
export async function interleavedRounds(
  targets: Readonly<Record<string, CpuTarget>>,
  settings: { rounds: number; requests: number },
  progress: (message: string) => void = () => {},
): Promise<Record<string, TargetRounds>> {
  const rounds: Record<string, TargetRounds> = {};
  for (const name of Object.keys(targets))
    rounds[name] = { cpuMicros: [], requestsPerSecond: [], failures: 0 };
  for (let round = 0; round < settings.rounds; round += 1) {
    progress(`cpu: round ${round + 1} of ${settings.rounds}`);
    const order = Object.keys(targets).sort(() => Math.random() - 0.5);
    const spent = new Map<string, { cpuSeconds: number; answered: number; perSecond: number[] }>();
    for (const name of [...order, ...[...order].reverse()]) {
      const target = targets[name] as CpuTarget;
      const record = rounds[name] as TargetRounds;
      const before = cpuOf(target.server);
      const result = await fire(target, (target.requests ?? settings.requests) / 2);
      const after = cpuOf(target.server);
      const sum = spent.get(name) ?? { cpuSeconds: 0, answered: 0, perSecond: [] };
      sum.cpuSeconds += after - before;
      sum.answered += result['2xx'];
      sum.perSecond.push(result['2xx'] / result.duration);
      spent.set(name, sum);
      record.failures += result.non2xx + result.errors + result.timeouts;
    }
    for (const [name, sum] of spent) {
      const record = rounds[name] as TargetRounds;
      record.cpuMicros.push((sum.cpuSeconds * 1e6) / sum.answered);
      record.requestsPerSecond.push(median(sum.perSecond));
    }
  }
  return rounds;
}

export async function cpuPhase(
  logDir: string,
  progress: (message: string) => void = () => {},
): Promise<CpuResults> {
  progress('cpu: starting the emulator (demo data, no added latency), the gateway and the floor server');
  const emulatorPort = await freePort();
  const emulator = await startChild({
    name: 'emulator-cpu',
    script: 'dist/cli.js',
    args: ['emulator', '--port', String(emulatorPort), '--seed', 'demo'],
    port: emulatorPort,
    logDir,
  });
  const gatewayPort = await freePort();
  const floorPort = await freePort();
  let gateway: ChildServer | null = null;
  let floor: ChildServer | null = null;
  const variants: Record<string, ChildServer> = {};
  try {
    [gateway, floor] = (await startChildren([
      {
        name: 'gateway-cpu',
        script: 'dist/cli.js',
        args: ['serve'],
        env: { TWILIO_CONVERSATIONS_URL: emulator.url, HOST: '127.0.0.1', PORT: String(gatewayPort) },
        port: gatewayPort,
        logDir,
      },
      floorServerChild(emulator.url, floorPort, logDir),
    ])) as [ChildServer, ChildServer];
    // Extra gateways with other settings, measured in the same rounds (a quick A/B while working):
    // BENCH_CPU_VARIANTS='{"log-off":{"LOG_LEVEL":"warn"}}'. A variant's GATEWAY_SCRIPT runs another
    // build (e.g. one of the previous commit) instead of this checkout's dist/cli.js.
    const variantSettings = JSON.parse(process.env.BENCH_CPU_VARIANTS ?? '{}') as Record<
      string,
      Record<string, string>
    >;
    for (const [name, { GATEWAY_SCRIPT, ...env }] of Object.entries(variantSettings)) {
      const port = await freePort();
      variants[name] = await startChild({
        name: `gateway-${name}`,
        script: GATEWAY_SCRIPT ?? 'dist/cli.js',
        args: ['serve'],
        env: { TWILIO_CONVERSATIONS_URL: emulator.url, HOST: '127.0.0.1', PORT: String(port), ...env },
        port,
        logDir,
      });
    }
    const conversation = await fetch(`${emulator.url}/v1/Conversations/support-1042`, {
      headers: { authorization },
    });
    const sid = String(((await conversation.json()) as { sid?: unknown }).sid);
    const query = `{ conversation(sid: "${sid}") { sid friendlyName } }`;
    const body = JSON.stringify({ query });
    const servers: Record<string, ChildServer> = { gateway, floor, ...variants };
    const targets: Record<string, CpuTarget> = Object.fromEntries(
      Object.entries(servers).map(([name, server]) => [name, { server, body }]),
    );
    // Both answer the same data, or the comparison means nothing.
    const answers = await Promise.all(
      Object.values(servers).map(async (target) => {
        const response = await fetch(`${target.url}/graphql`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body,
        });
        return JSON.stringify(await response.json());
      }),
    );
    if (answers.some((answer) => answer !== answers[0]) || !answers[0]?.includes(sid)) {
      throw new Error(`the gateway and the floor answer differently: ${answers.join(' / ')}`);
    }

    await sleep(2_000);
    const atRest = { gateway: rssOf(gateway), floor: rssOf(floor) };
    progress(`cpu: both idle for ${CPU_SETTINGS.idleSeconds} s`);
    const idleBefore = { gateway: cpuOf(gateway), floor: cpuOf(floor) };
    await sleep(CPU_SETTINGS.idleSeconds * 1000);
    const idle = {
      gatewayCpuMsPerSecond: ((cpuOf(gateway) - idleBefore.gateway) * 1000) / CPU_SETTINGS.idleSeconds,
      floorCpuMsPerSecond: ((cpuOf(floor) - idleBefore.floor) * 1000) / CPU_SETTINGS.idleSeconds,
    };

    // Warming up measures nothing, so all targets warm up at once (each server is its own process).
    progress('cpu: warming up both');
    await Promise.all(Object.values(targets).map((target) => fire(target, CPU_SETTINGS.warmupRequests)));

    const rounds = await interleavedRounds(targets, CPU_SETTINGS, progress);
    const afterLoad = { gateway: rssOf(gateway), floor: rssOf(floor) };
    const ratiosOf = (name: string) =>
      (rounds[name]?.cpuMicros ?? []).map((micros, i) => micros / (rounds.floor?.cpuMicros[i] ?? Number.NaN));
    for (const name of Object.keys(variants)) {
      progress(
        `cpu: variant ${name}: ${median(ratiosOf(name)).toFixed(2)}× the floor (gateway ${median(ratiosOf('gateway')).toFixed(2)}×; variant ÷ gateway per round, median ${median(ratiosOf(name).map((r, i) => r / (ratiosOf('gateway')[i] ?? Number.NaN))).toFixed(2)})`,
      );
    }
    return {
      query,
      settings: CPU_SETTINGS,
      gateway: rounds.gateway as TargetRounds,
      floor: rounds.floor as TargetRounds,
      ratios: ratiosOf('gateway'),
      idle,
      memory: {
        gateway: { atRest: atRest.gateway, afterLoad: afterLoad.gateway },
        floor: { atRest: atRest.floor, afterLoad: afterLoad.floor },
      },
      requestsServed: CPU_SETTINGS.warmupRequests + CPU_SETTINGS.rounds * CPU_SETTINGS.requests,
    };
  } finally {
    await gateway?.stop();
    await floor?.stop();
    for (const variant of Object.values(variants)) await variant.stop();
    await emulator.stop();
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The headline: the gateway's CPU per request as a multiple of the floor's. */
export function floorRatio(results: CpuResults): number {
  return median(results.ratios);
}

/** The first and third quartiles of the per-round ratios: how far one round's ratio strays. */
export function ratioQuartiles(results: Pick<CpuResults, 'ratios'>): [number, number] {
  const sorted = [...results.ratios].sort((a, b) => a - b);
  const at = (q: number) => {
    const position = (sorted.length - 1) * q;
    const low = sorted[Math.floor(position)] ?? Number.NaN;
    const high = sorted[Math.ceil(position)] ?? Number.NaN;
    return low + (high - low) * (position - Math.floor(position));
  };
  return [at(0.25), at(0.75)];
}

/** BENCHMARKS.md's section on CPU and memory against the floor. */
export function renderCpuSection(results: CpuResults, heading: string): string[] {
  const { settings, gateway, floor } = results;
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const ratio = floorRatio(results);
  const quartiles = ratioQuartiles(results);
  line(`## ${heading}`);
  line();
  line(
    `\`${results.query}\` (one upstream GET each) through the gateway, run from \`dist/\` as \`npm start\` runs it, with its defaults in pass-through mode (Basic auth checked, document limits, the cost estimate, Prometheus metrics with the default process metrics, the \`info\` request log to a file), against the **floor**: bare graphql-yoga with its body limit off and one resolver making the same undici GET to the same emulator (\`bench/floor-server.ts\`). CPU time of each server process from /proc before and after each batch; ${settings.rounds} interleaved rounds of ${settings.requests} requests per server, each round in two halves in a random order and then the reverse (A B B A, so a load that changes during the round weighs on both alike; ${settings.connections} connections, after ${settings.warmupRequests} warm-up requests each). The emulator (a third process, no added latency) and autocannon share the 2 cores, so absolute numbers move with the machine's load; the ratio of each round is what compares.`,
  );
  line();
  line(
    `**Gateway ÷ floor, CPU per request: ${ratio.toFixed(2)}×** (median of the ${settings.rounds} per-round ratios, half of them between ${quartiles[0].toFixed(2)}× and ${quartiles[1].toFixed(2)}×; target ≤ 1.5×).`,
  );
  line();
  line('| Round | Gateway µs/request | Floor µs/request | Ratio | Gateway req/s | Floor req/s |');
  line('|---|---:|---:|---:|---:|---:|');
  results.ratios.forEach((r, i) => {
    line(
      `| ${i + 1} | ${gateway.cpuMicros[i]?.toFixed(0)} | ${floor.cpuMicros[i]?.toFixed(0)} | ${r.toFixed(2)} | ${gateway.requestsPerSecond[i]?.toFixed(0)} | ${floor.requestsPerSecond[i]?.toFixed(0)} |`,
    );
  });
  line(
    `| **Median** | **${median(gateway.cpuMicros).toFixed(0)}** | **${median(floor.cpuMicros).toFixed(0)}** | **${ratio.toFixed(2)}** | ${median(gateway.requestsPerSecond).toFixed(0)} | ${median(floor.requestsPerSecond).toFixed(0)} |`,
  );
  line();
  if (gateway.failures + floor.failures > 0) {
    line(`⚠ ${gateway.failures} gateway and ${floor.failures} floor requests failed.`);
    line();
  }
  line(
    `**Idle**: over ${settings.idleSeconds} s with no requests, the gateway used ${results.idle.gatewayCpuMsPerSecond.toFixed(1)} ms of CPU per second, the floor ${results.idle.floorCpuMsPerSecond.toFixed(1)} ms .`,
  );
  line();
  line('**Memory** (resident, from /proc, same processes):');
  line();
  line('| | At rest (after start-up and one request) | After the rounds | ');
  line('|---|---:|---:|');
  line(`| Gateway | ${mb(results.memory.gateway.atRest)} MB | ${mb(results.memory.gateway.afterLoad)} MB |`);
  line(`| Floor | ${mb(results.memory.floor.atRest)} MB | ${mb(results.memory.floor.afterLoad)} MB |`);
  line();
  line(`“After the rounds”: each had served ${results.requestsServed} requests.`);
  line();
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const logDir = mkdtempSync(join(tmpdir(), 'twilio-conversations-graphql-cpu-'));
  try {
    const results = await cpuPhase(logDir, (message) => process.stderr.write(`[bench] ${message}\n`));
    process.stdout.write(
      `${renderCpuSection(results, 'CPU per request and memory against the floor').join('\n')}\n`,
    );
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
