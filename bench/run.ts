/**
 * `npm run bench`: upstream calls per query, latency against the critical path, throughput and
 * overhead next to the REST API, and memory. Writes BENCHMARKS.md and bench/results.svg from what
 * it measures. See BENCHMARKS.md for what runs where.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNT, startEmulator } from '../src/emulator/server.ts';
import { cpuPhase } from './cpu.ts';
import { basicAuthorization, runScenario, type ScenarioRun, send } from './measure.ts';
import { freePort, ROOT, startChild } from './processes.ts';
import { FIXTURE_QUERY, fixtureFrom, SCENARIOS } from './queries.ts';
import { type Results, renderMarkdown, renderSummary, renderSvg, type ScenarioResult } from './report.ts';
import { writeKeepingSections } from './sections.ts';
import { seed } from './seed.ts';

export const SETTINGS = {
  latencyMs: 20,
  /** Measured runs per query through the gateway (after one warm-up run). */
  runs: 7,
  /** Measured runs per query through the gateway without loaders (after one warm-up run). */
  runsWithoutLoaders: 3,
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
      script: 'dist/cli.js',
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

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg();
  const logDir = mkdtempSync(join(tmpdir(), 'twilio-conversations-graphql-bench-'));
  try {
    const { scenarios, seedRequests } = await queryPhase(logDir);
    const cpu = await cpuPhase(logDir, progress);
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
        loadAverage: { start: loadAtStart, end: loadavg() },
      },
      settings: SETTINGS,
      seedRequests,
      scenarios,
      cpu,
      durationSeconds: (performance.now() - started) / 1000,
    };
    // Hand-written sections and other benches' sections (npm run bench:realtime) stay.
    writeKeepingSections(join(ROOT, 'BENCHMARKS.md'), keepWrittenSections(renderMarkdown(results)));
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
