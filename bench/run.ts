/**
 * `npm run bench`: upstream calls per query, latency against the critical path, throughput and
 * overhead next to the REST API, and memory. Writes BENCHMARKS.md and bench/results.svg from what
 * it measures. See BENCHMARKS.md for what runs where.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { DEMO_ACCOUNT, startEmulator } from '../src/emulator/server.ts';
import { basicAuthorization, readMetric, runScenario, type ScenarioRun, send } from './measure.ts';
import { freePort, processCpuSeconds, ROOT, startChild } from './processes.ts';
import { FIXTURE_QUERY, fixtureFrom, SCENARIOS } from './queries.ts';
import {
  type LoadResult,
  type MemoryResults,
  type Results,
  renderMarkdown,
  renderSummary,
  renderSvg,
  type ScenarioResult,
  type ThroughputResults,
} from './report.ts';
import { seed } from './seed.ts';

export const SETTINGS = {
  latencyMs: 20,
  /** Measured runs per query through the gateway (after one warm-up run). */
  runs: 7,
  /** Measured runs per query through the gateway without loaders (after one warm-up run). */
  runsWithoutLoaders: 3,
  connections: 20,
  throughputSeconds: 10,
  /** The gateway runs TypeScript through tsx and needs several seconds of load before V8 has optimized it. */
  warmupSeconds: 10,
  loadSeconds: 60,
  /** Limits raised for the query phase only, so the heaviest queries are not refused (see BENCHMARKS.md). */
  queryPhaseLimits: { MAX_ALIASES: '20', MAX_ROOT_FIELDS: '20', MAX_UPSTREAM_CALLS: '5000' },
} as const;

const authorization = basicAuthorization(DEMO_ACCOUNT.accountSid, DEMO_ACCOUNT.authToken);

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function queryPhase(logDir: string): Promise<{ scenarios: ScenarioResult[]; seedRequests: number }> {
  progress(`starting the emulator in this process, answering after ${SETTINGS.latencyMs} ms`);
  const emulator = await startEmulator({ port: 0, faults: { latencyMs: SETTINGS.latencyMs } });
  try {
    const seedStarted = performance.now();
    const seeded = await seed(emulator.url, DEMO_ACCOUNT);
    progress(
      `seeded with ${seeded.requests} REST requests in ${Math.round(performance.now() - seedStarted)} ms`,
    );

    const env = { TWILIO_CONVERSATIONS_URL: emulator.url, HOST: '127.0.0.1', ...SETTINGS.queryPhaseLimits };
    const gatewayPort = await freePort();
    const gateway = await startChild({
      name: 'gateway',
      script: 'src/cli.ts',
      args: ['serve'],
      env: { ...env, PORT: String(gatewayPort) },
      port: gatewayPort,
      logDir,
    });
    const plainPort = await freePort();
    const plain = await startChild({
      name: 'gateway-without-loaders',
      script: 'bench/gateway-without-loaders.ts',
      env: { ...env, PORT: String(plainPort) },
      port: plainPort,
      logDir,
    });
    try {
      const fixtureAnswer = await send(gateway.url, authorization, FIXTURE_QUERY, {
        chat: seeded.chatSid,
        service: seeded.supportServiceSid,
      });
      const fixture = fixtureFrom(seeded, fixtureAnswer.data);
      const results: ScenarioResult[] = [];
      for (const scenario of SCENARIOS) {
        progress(`query: ${scenario.title}`);
        await runScenario(scenario, fixture, gateway.url, authorization, emulator.requests);
        await runScenario(scenario, fixture, plain.url, authorization, emulator.requests);
        const withLoaders: ScenarioRun[] = [];
        for (let i = 0; i < SETTINGS.runs; i += 1) {
          withLoaders.push(
            await runScenario(scenario, fixture, gateway.url, authorization, emulator.requests),
          );
        }
        const withoutLoaders: ScenarioRun[] = [];
        for (let i = 0; i < SETTINGS.runsWithoutLoaders; i += 1) {
          withoutLoaders.push(
            await runScenario(scenario, fixture, plain.url, authorization, emulator.requests),
          );
        }
        results.push({
          scenario,
          withLoaders,
          withoutLoaders,
          problem: scenario.check(withLoaders[0]?.answers ?? []),
        });
      }
      return { scenarios: results, seedRequests: seeded.requests };
    } finally {
      await gateway.stop();
      await plain.stop();
    }
  } finally {
    await emulator.close();
  }
}

/**
 * Runs autocannon against one target. Latency percentiles come from every response's own duration
 * (autocannon's hrtime measurement, in fractional milliseconds), because its histogram keeps whole
 * milliseconds only, too coarse for a REST GET on loopback.
 */
function load(
  url: string,
  seconds: number,
  request: { method: 'GET' | 'POST'; path: string; body?: string },
): Promise<LoadResult> {
  const durations: number[] = [];
  return new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${request.path}`,
        method: request.method,
        connections: SETTINGS.connections,
        duration: seconds,
        headers: {
          authorization,
          accept: 'application/json',
          ...(request.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(request.body ? { body: request.body } : {}),
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        durations.sort((a, b) => a - b);
        const percentile = (p: number) =>
          durations[Math.min(durations.length - 1, Math.floor(p * durations.length))] ?? Number.NaN;
        resolve({
          requestsPerSecond: result.requests.average,
          requests: result['2xx'],
          failures: result.non2xx + result.errors + result.timeouts,
          p50Ms: percentile(0.5),
          p99Ms: percentile(0.99),
          seconds: result.duration,
        });
      },
    );
    // autocannon emits (client, statusCode, bytes, durationMs); its type declaration leaves out the client.
    instance.on('response', (...args: unknown[]) => {
      const [status, duration] = [args.at(-3), args.at(-1)];
      if (typeof status === 'number' && status >= 200 && status < 300 && typeof duration === 'number') {
        durations.push(duration);
      }
    });
  });
}

async function throughputAndMemoryPhase(
  logDir: string,
): Promise<{ throughput: ThroughputResults; memory: MemoryResults }> {
  progress('starting the emulator (0 ms latency, demo data) and the gateway as child processes');
  const emulatorPort = await freePort();
  const emulator = await startChild({
    name: 'emulator',
    script: 'src/cli.ts',
    args: ['emulator', '--port', String(emulatorPort), '--seed', 'demo'],
    port: emulatorPort,
    logDir,
  });
  const gatewayPort = await freePort();
  const gateway = await startChild({
    name: 'gateway-load',
    script: 'src/cli.ts',
    args: ['serve'],
    env: { TWILIO_CONVERSATIONS_URL: emulator.url, HOST: '127.0.0.1', PORT: String(gatewayPort) },
    port: gatewayPort,
    logDir,
  });
  try {
    const conversation = await fetch(`${emulator.url}/v1/Conversations/support-1042`, {
      headers: { authorization },
    });
    const sid = String(((await conversation.json()) as { sid?: unknown }).sid);
    const graphql = {
      method: 'POST' as const,
      path: '/graphql',
      body: JSON.stringify({ query: `{ conversation(sid: "${sid}") { sid friendlyName } }` }),
    };
    const rest = { method: 'GET' as const, path: `/v1/Conversations/${sid}` };
    const check = await send(
      gateway.url,
      authorization,
      `{ conversation(sid: "${sid}") { sid friendlyName } }`,
      {},
    );
    if (check.calls.count !== 1) throw new Error(`the single-resource query made ${check.calls.count} calls`);

    await sleep(2_000);
    const rssAtRest = await readMetric(gateway.url, 'gateway_process_resident_memory_bytes');
    const heapAtRest = await readMetric(gateway.url, 'gateway_nodejs_heap_size_used_bytes');

    progress('throughput: warming up');
    await load(gateway.url, SETTINGS.warmupSeconds, graphql);
    await load(emulator.url, SETTINGS.warmupSeconds, rest);

    progress(`throughput: gateway, ${SETTINGS.throughputSeconds} s`);
    const cpuBefore = await readMetric(gateway.url, 'gateway_process_cpu_seconds_total');
    const emulatorCpuBefore = processCpuSeconds(emulator.pid);
    const viaGateway = await load(gateway.url, SETTINGS.throughputSeconds, graphql);
    const cpuAfter = await readMetric(gateway.url, 'gateway_process_cpu_seconds_total');
    const emulatorCpuMid = processCpuSeconds(emulator.pid);

    progress(`throughput: REST straight to the emulator, ${SETTINGS.throughputSeconds} s`);
    const direct = await load(emulator.url, SETTINGS.throughputSeconds, rest);
    const emulatorCpuAfter = processCpuSeconds(emulator.pid);

    progress(`memory: ${SETTINGS.loadSeconds} s of load on the gateway`);
    const samples: Array<{ second: number; rssBytes: number }> = [];
    const loading = load(gateway.url, SETTINGS.loadSeconds, graphql);
    const started = performance.now();
    let done = false;
    void loading.finally(() => {
      done = true;
    });
    while (!done) {
      await Promise.race([sleep(5_000), loading]);
      if (done) break;
      samples.push({
        second: Math.round((performance.now() - started) / 1000),
        rssBytes: await readMetric(gateway.url, 'gateway_process_resident_memory_bytes'),
      });
    }
    const sustained = await loading;
    const rssAfterLoad = await readMetric(gateway.url, 'gateway_process_resident_memory_bytes');
    const heapAfterLoad = await readMetric(gateway.url, 'gateway_nodejs_heap_size_used_bytes');
    await sleep(5_000);
    const rssAfterIdle = await readMetric(gateway.url, 'gateway_process_resident_memory_bytes');

    const perRequest = (before: number | null, after: number | null, requests: number) =>
      before === null || after === null || requests === 0 ? null : ((after - before) / requests) * 1e6;
    return {
      throughput: {
        query: JSON.parse(graphql.body).query as string,
        restPath: '/v1/Conversations/{sid}',
        viaGateway,
        direct,
        gatewayCpuMicrosPerRequest: perRequest(cpuBefore, cpuAfter, viaGateway.requests),
        emulatorCpuMicrosPerRequestViaGateway: perRequest(
          emulatorCpuBefore,
          emulatorCpuMid,
          viaGateway.requests,
        ),
        emulatorCpuMicrosPerRequestDirect: perRequest(emulatorCpuMid, emulatorCpuAfter, direct.requests),
      },
      memory: { rssAtRest, heapAtRest, rssAfterLoad, heapAfterLoad, rssAfterIdle, samples, sustained },
    };
  } finally {
    await gateway.stop();
    await emulator.stop();
  }
}

const SUMMARY_START = '<!-- bench:summary -->';
const SUMMARY_END = '<!-- /bench:summary -->';

/** Replaces the generated line between the markers in README.md’s Benchmarks section, if they are there. */
function updateReadmeSummary(summary: string): void {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(SUMMARY_START);
  const end = readme.indexOf(SUMMARY_END);
  if (start < 0 || end < start) return;
  writeFileSync(path, `${readme.slice(0, start + SUMMARY_START.length)}\n${summary}\n${readme.slice(end)}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg();
  const logDir = mkdtempSync(join(tmpdir(), 'twilio-conversations-graphql-bench-'));
  try {
    const { scenarios, seedRequests } = await queryPhase(logDir);
    const { throughput, memory } = await throughputAndMemoryPhase(logDir);
    const cpu = cpus();
    const results: Results = {
      date: new Date().toISOString(),
      command: 'npm run bench',
      machine: {
        os: `${type()} ${release()}`,
        cpu: cpu[0]?.model.trim() ?? 'unknown',
        cores: cpu.length,
        memoryBytes: totalmem(),
        node: process.version,
        loadAverage: { start: loadAtStart, end: loadavg() },
      },
      settings: SETTINGS,
      seedRequests,
      scenarios,
      throughput,
      memory,
      durationSeconds: (performance.now() - started) / 1000,
    };
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results));
    writeFileSync(join(ROOT, 'bench', 'results.svg'), renderSvg(results));
    updateReadmeSummary(renderSummary(results));
    progress(`wrote BENCHMARKS.md and bench/results.svg in ${Math.round(results.durationSeconds)} s`);
    for (const result of scenarios) {
      if (result.problem) progress(`WARNING ${result.scenario.id}: ${result.problem}`);
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}

await main();
