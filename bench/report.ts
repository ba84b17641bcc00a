import { median, type ScenarioRun } from './measure.ts';
import type { Scenario } from './queries.ts';
import { PLAN } from './seed.ts';

export interface ScenarioResult {
  scenario: Scenario;
  withLoaders: ScenarioRun[];
  withoutLoaders: ScenarioRun[];
  /** What `scenario.check` found wrong with the answers, if anything. */
  problem: string | null;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** 2xx answers. */
  requests: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failures: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
}

export interface ThroughputResults {
  query: string;
  restPath: string;
  viaGateway: LoadResult;
  direct: LoadResult;
  gatewayCpuMicrosPerRequest: number | null;
  emulatorCpuMicrosPerRequestViaGateway: number | null;
  emulatorCpuMicrosPerRequestDirect: number | null;
}

export interface MemoryResults {
  rssAtRest: number;
  heapAtRest: number;
  rssAfterLoad: number;
  heapAfterLoad: number;
  rssAfterIdle: number;
  samples: Array<{ second: number; rssBytes: number }>;
  sustained: LoadResult;
}

export interface Results {
  date: string;
  command: string;
  machine: {
    os: string;
    cpu: string;
    cores: number;
    memoryBytes: number;
    node: string;
    /** os.loadavg() (1, 5, 15 min) when the bench started and ended: other work on the machine. */
    loadAverage: { start: number[]; end: number[] };
  };
  settings: {
    latencyMs: number;
    runs: number;
    runsWithoutLoaders: number;
    connections: number;
    throughputSeconds: number;
    warmupSeconds: number;
    loadSeconds: number;
    queryPhaseLimits: Record<string, string>;
  };
  seedRequests: number;
  scenarios: ScenarioResult[];
  throughput: ThroughputResults;
  memory: MemoryResults;
  durationSeconds: number;
}

/** Wall time may exceed the critical path by this much before it needs an explanation. */
const LATENCY_TOLERANCE = 0.15;

interface Row {
  result: ScenarioResult;
  calls: number;
  callsRange: string;
  logged: number | null;
  loggedAgrees: boolean;
  estimated: number | null;
  withoutLoaders: number;
  minimum: number;
  criticalMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  roundsSeen: number | null;
  withoutLoadersMs: number;
  overCritical: number;
  /** The run whose wall time is the median, for the breakdown of its time. */
  medianRun: ScenarioRun | undefined;
}

function rowsOf(results: Results): Row[] {
  return results.scenarios.map((result) => {
    const counts = result.withLoaders.map((run) => run.calls.count);
    const calls = counts[0] ?? Number.NaN;
    const low = Math.min(...counts);
    const high = Math.max(...counts);
    const walls = result.withLoaders.map((run) => run.wallMs);
    const first = result.withLoaders[0];
    const loggedAgrees = result.withLoaders.every(
      (run) =>
        run.logged !== null &&
        run.logged.count === run.calls.count &&
        sameCounts(run.logged.byOperation, run.calls.byOperation),
    );
    const criticalMs = result.scenario.criticalPath.rounds * results.settings.latencyMs;
    const medianMs = median(walls);
    const rounds = result.withLoaders.map((run) => run.logged?.rounds ?? Number.NaN);
    const byWall = [...result.withLoaders].sort((a, b) => a.wallMs - b.wallMs);
    return {
      result,
      calls,
      callsRange: low === high ? String(calls) : `${low}–${high}`,
      logged: first?.logged?.count ?? null,
      loggedAgrees,
      estimated: first?.calls.estimated ?? null,
      withoutLoaders: median(result.withoutLoaders.map((run) => run.calls.count)),
      minimum: result.scenario.minimum.calls,
      criticalMs,
      medianMs,
      minMs: Math.min(...walls),
      maxMs: Math.max(...walls),
      roundsSeen: rounds.every(Number.isFinite) ? median(rounds) : null,
      withoutLoadersMs: median(result.withoutLoaders.map((run) => run.wallMs)),
      overCritical: medianMs / criticalMs - 1,
      medianRun: byWall[Math.floor((byWall.length - 1) / 2)],
    };
  });
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pct = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(0)}%`;

function operations(byOperation: Record<string, number>): string {
  return Object.entries(byOperation)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([operation, n]) => `${operation} ${n}`)
    .join(', ');
}

export function renderMarkdown(results: Results): string {
  const rows = rowsOf(results);
  const { settings, throughput, memory } = results;
  const out: string[] = [];
  const line = (text = '') => out.push(text);

  const atMinimum = rows.filter((row) => row.calls <= row.minimum).length;
  const totalWith = rows.reduce((sum, row) => sum + row.calls, 0);
  const totalWithout = rows.reduce((sum, row) => sum + row.withoutLoaders, 0);
  const totalMinimum = rows.reduce((sum, row) => sum + row.minimum, 0);
  const withinLatency = rows.filter((row) => row.overCritical <= LATENCY_TOLERANCE).length;
  const ratio = throughput.viaGateway.requestsPerSecond / throughput.direct.requestsPerSecond;

  line('# Benchmarks');
  line();
  line(
    `Generated by \`${results.command}\` (bench/run.ts) on ${results.date}; the whole run took ${Math.round(results.durationSeconds)} s. Every number below is measured by that run; the minimums and critical paths are computed by hand in [bench/queries.ts](bench/queries.ts), where each query’s reasoning is written next to it. Chart: [bench/results.svg](bench/results.svg).`,
  );
  line();
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  line('| OS | CPU | Cores | Memory | Node.js | Load average at start (1 / 5 / 15 min) | at end |');
  line('|---|---|---|---|---|---|---|');
  line(
    `| ${results.machine.os} | ${results.machine.cpu} | ${results.machine.cores} | ${(results.machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB | ${results.machine.node} | ${load(results.machine.loadAverage.start)} | ${load(results.machine.loadAverage.end)} |`,
  );
  line();
  line(
    'A load average near or above the number of cores means other work shared the machine during the run, which shows most in the throughput numbers.',
  );
  line();
  line('## Headlines');
  line();
  line(
    `- **Upstream calls**: ${atMinimum} of ${rows.length} queries make the minimum number of Twilio calls. Over all ${rows.length}, the gateway made ${totalWith} calls where the minimum is ${totalMinimum} and resolvers without loaders made ${totalWithout}: the loaders save ${((1 - totalWith / totalWithout) * 100).toFixed(0)}% of the calls.`,
  );
  line(
    `- **Latency** (emulator answering after ${settings.latencyMs} ms): ${withinLatency} of ${rows.length} queries finish within ${LATENCY_TOLERANCE * 100}% of their critical path.`,
  );
  line(
    `- **Throughput**: a single-resource query through the gateway serves ${throughput.viaGateway.requestsPerSecond.toFixed(0)} requests/s against ${throughput.direct.requestsPerSecond.toFixed(0)} for the same REST GET straight to the emulator (${(ratio * 100).toFixed(0)}%), p50 ${ms(throughput.viaGateway.p50Ms)} ms vs ${ms(throughput.direct.p50Ms)} ms, p99 ${ms(throughput.viaGateway.p99Ms)} ms vs ${ms(throughput.direct.p99Ms)} ms; the gateway spends ${throughput.gatewayCpuMicrosPerRequest === null ? 'n/a' : `${(throughput.gatewayCpuMicrosPerRequest / 1000).toFixed(2)} ms`} of CPU per request.`,
  );
  line(
    `- **Memory**: ${mb(memory.rssAtRest)} MB resident at rest, ${mb(memory.rssAfterLoad)} MB after ${settings.loadSeconds} s of load (${memory.sustained.requests} requests).`,
  );
  line();

  line('## Set-up');
  line();
  line(
    `- **Queries (sections 1 and 2).** The emulator runs inside the bench process (\`startEmulator({ faults: { latencyMs: ${settings.latencyMs} } })\`, every answer delayed ${settings.latencyMs} ms) so the bench can read its request log. The gateway is a child process, \`node --import tsx src/cli.ts serve\`, in pass-through mode (\`TWILIO_CONVERSATIONS_URL\` pointing at the emulator, the demo account’s credentials sent as Basic auth), with default settings except ${Object.entries(
      settings.queryPhaseLimits,
    )
      .map(([name, value]) => `\`${name}=${value}\``)
      .join(
        ', ',
      )}: the 20-alias mutation burst needs 20 aliases and root fields, and several queries are estimated above the default budget of 250 calls (the “Estimate” column). Each query runs once to warm up, then ${settings.runs} times; calls come from the response’s \`extensions.upstreamCalls\` (header \`x-debug-upstream-calls: 1\`) and are cross-checked against the emulator’s request log for every run.`,
  );
  line(
    `- **Without loaders.** A second child process, \`bench/gateway-without-loaders.ts\`: the same \`createGateway\`, served by plain node:http (\`serve\`’s listener adds only the body-size check, which these queries do not touch), with \`createLoaders(session, { batching: false })\`, whose DataLoaders have \`cache: false, batch: false\` and no coalescing, so every load is one REST call, as resolvers calling the REST client directly would make. List pages still answer their own items. Same settings, ${settings.runsWithoutLoaders} runs after a warm-up.`,
  );
  line(
    `- **Data**, created by the bench through the emulator’s REST routes (${results.seedRequests} requests): in the default service, ${PLAN.users.length} users; a chat conversation with ${PLAN.chat.members.length} chat members (one holding a custom role) and ${PLAN.chat.smsMembers.length} SMS members, ${PLAN.chat.chatOnlyMessages + PLAN.chat.mixedMessages} messages from ${PLAN.chat.mixedAuthors.length} authors, the ${PLAN.chat.mixedMessages} posted after the SMS members joined with delivery receipts (${PLAN.chat.deliveredMessages} of them delivered); \`${PLAN.inbox.identity}\` in ${PLAN.inbox.threads + 1} conversations with unread counts; a service with ${PLAN.support.agents} users, a custom role and ${PLAN.support.tickets} conversations of ${PLAN.support.agentsPerTicket + 1} participants (${PLAN.support.agentsPerTicket} chat agents, 1 SMS customer).`,
  );
  line(
    `- **Throughput and memory (sections 3 and 4).** The emulator is a child process too (\`node --import tsx src/cli.ts emulator --seed demo\`, no added latency), and so is a fresh gateway with default settings and its default \`info\` request log (written to a file). autocannon runs in the bench process with ${settings.connections} connections: ${settings.warmupSeconds} s of warm-up against each target, then ${settings.throughputSeconds} s each, then ${settings.loadSeconds} s more against the gateway for memory. On ${results.machine.cores} cores, the gateway, the emulator and autocannon share the CPUs in the gateway run; the REST run has one process fewer.`,
  );
  line();

  line('## 1. Upstream calls per query');
  line();
  line(
    `“Calls” is what the gateway made (from the response extension; a range when the ${settings.runs} runs differed), “Log” what the emulator received, “Without loaders” the same query through the gateway without loaders, “Estimate” the gateway’s pre-execution upper bound that \`MAX_UPSTREAM_CALLS\` is checked against.`,
  );
  line();
  line('| Query | Calls | Log | Minimum | Without loaders | Saved by loaders | Estimate | vs minimum |');
  line('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const row of rows) {
    const saved =
      row.withoutLoaders > 0 ? `${((1 - row.calls / row.withoutLoaders) * 100).toFixed(0)}%` : '–';
    const status =
      row.calls <= row.minimum
        ? 'at minimum'
        : `+${row.calls - row.minimum} ([why](#${row.result.scenario.id}))`;
    line(
      `| [${row.result.scenario.title}](#${row.result.scenario.id}) | ${row.callsRange} | ${row.logged ?? '–'}${row.loggedAgrees ? '' : ' ⚠ differs'} | ${row.minimum} | ${row.withoutLoaders} | ${saved} | ${row.estimated ?? '–'} | ${status} |`,
    );
  }
  line();
  const disagreeing = rows.filter((row) => !row.loggedAgrees);
  line(
    disagreeing.length === 0
      ? 'For every run of every query, the emulator’s log held exactly the calls the extension reported, operation by operation.'
      : `⚠ The emulator’s log and the extension disagree for: ${disagreeing.map((row) => row.result.scenario.title).join(', ')}.`,
  );
  line();

  line(`## 2. Latency with a ${settings.latencyMs} ms upstream`);
  line();
  line(
    `“Critical path” is the longest chain of calls that must happen one after another × ${settings.latencyMs} ms; “Gateway rounds” the same chain for the calls the resolvers make, counted by hand; “Rounds seen” the longest chain of calls in the emulator’s log in which each started after the previous one was answered (it includes waves caused by the limit of 20 calls in flight per credential). Wall time is measured by the client, median of ${settings.runs} runs. The run with the median wall time is split, on the clock the emulator’s log shares with the bench, into the time before the gateway’s first call (receiving, parsing, validating, estimating), the span from its first call to the last answer, and the time after the last answer (finishing execution, serializing, sending); “Answer” is the emulator’s mean time per call, the ${settings.latencyMs} ms included, and “Span − rounds seen × answer” roughly the time the gateway spent between rounds, turning answers into results and the next calls.`,
  );
  line();
  line(
    '| Query | Critical path | Gateway rounds | Rounds seen | Median wall (min–max) | vs critical path | Before first call | Upstream span | Span − rounds seen × answer | After last answer | Answer | Without loaders (median) |',
  );
  line('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const { scenario } = row.result;
    const flag = row.overCritical > LATENCY_TOLERANCE ? ` ([why](#${scenario.id}))` : '';
    const split = row.medianRun?.logged;
    line(
      `| [${scenario.title}](#${scenario.id}) | ${scenario.criticalPath.rounds} × ${settings.latencyMs} = ${row.criticalMs} ms | ${scenario.gatewayRounds.rounds} | ${row.roundsSeen ?? '–'} | ${ms(row.medianMs)} ms (${ms(row.minMs)}–${ms(row.maxMs)}) | ${pct(row.overCritical)}${flag} | ${split?.beforeFirstCallMs ?? '–'} ms | ${split?.upstreamSpanMs ?? '–'} ms | ${split ? (split.upstreamSpanMs - split.rounds * split.meanAnswerMs).toFixed(0) : '–'} ms | ${split?.afterLastCallMs ?? '–'} ms | ${split ? split.meanAnswerMs.toFixed(1) : '–'} ms | ${ms(row.withoutLoadersMs)} ms |`,
    );
  }
  line();

  line('## 3. Throughput and overhead');
  line();
  line(
    `\`${throughput.query}\` through the gateway (POST /graphql, one upstream call each) against \`GET ${throughput.restPath}\` straight to the emulator; ${settings.connections} connections, ${settings.throughputSeconds} s each, in one run.`,
  );
  line();
  line('| Target | Requests/s | p50 | p99 | Requests | Failures |');
  line('|---|---:|---:|---:|---:|---:|');
  for (const [name, result] of [
    ['Gateway (GraphQL)', throughput.viaGateway],
    ['Emulator (REST)', throughput.direct],
  ] as const) {
    line(
      `| ${name} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.p50Ms)} ms | ${ms(result.p99Ms)} ms | ${result.requests} | ${result.failures} |`,
    );
  }
  line(
    `| **Gateway / REST** | **${(ratio * 100).toFixed(0)}%** | ${(throughput.viaGateway.p50Ms / throughput.direct.p50Ms).toFixed(1)}× | ${(throughput.viaGateway.p99Ms / throughput.direct.p99Ms).toFixed(1)}× | | |`,
  );
  line();
  const cpuLine = (label: string, value: number | null) =>
    `| ${label} | ${value === null ? 'n/a' : `${(value / 1000).toFixed(3)} ms`} |`;
  const cpuRatio =
    throughput.gatewayCpuMicrosPerRequest !== null && throughput.emulatorCpuMicrosPerRequestDirect !== null
      ? throughput.gatewayCpuMicrosPerRequest / throughput.emulatorCpuMicrosPerRequestDirect
      : null;
  const coresUsed =
    throughput.gatewayCpuMicrosPerRequest === null
      ? null
      : (throughput.viaGateway.requestsPerSecond * throughput.gatewayCpuMicrosPerRequest) / 1e6;
  line(
    `Where the difference comes from: each GraphQL request costs the gateway ${throughput.gatewayCpuMicrosPerRequest === null ? 'n/a' : `${(throughput.gatewayCpuMicrosPerRequest / 1000).toFixed(2)} ms`} of CPU (HTTP handling through yoga’s fetch API, parsing, validation with the document limits, the cost estimate, execution, one upstream call through undici with its JSON parsing, metrics and a JSON log line), ${cpuRatio === null ? 'against' : `${cpuRatio.toFixed(0)}× what`} the emulator spends answering one REST GET, and on ${results.machine.cores} cores the gateway shares the CPUs with the emulator and autocannon.${coresUsed === null ? '' : ` Requests/s × CPU per request = ${coresUsed.toFixed(2)} of a core busy in the gateway’s process (Node.js runs JavaScript on one)${coresUsed >= 0.8 ? ': its throughput is bounded by its CPU time per request, not by the upstream' : ''}.`}`,
  );
  line();
  line('| CPU time per request | |');
  line('|---|---:|');
  line(
    cpuLine(
      'Gateway (`gateway_process_cpu_seconds_total` before/after ÷ requests)',
      throughput.gatewayCpuMicrosPerRequest,
    ),
  );
  line(
    cpuLine('Emulator, serving the gateway (from /proc)', throughput.emulatorCpuMicrosPerRequestViaGateway),
  );
  line(cpuLine('Emulator, serving REST directly (from /proc)', throughput.emulatorCpuMicrosPerRequestDirect));
  line();

  line('## 4. Memory');
  line();
  line(
    `The gateway’s \`gateway_process_resident_memory_bytes\` (and V8’s used heap), in the throughput phase’s gateway process: at rest after start-up and one request, then during and after ${settings.loadSeconds} s of the single-resource query at ${settings.connections} connections (${memory.sustained.requestsPerSecond.toFixed(0)} requests/s, ${memory.sustained.requests} requests, ${memory.sustained.failures} failures; the process had already served the throughput phase).`,
  );
  line();
  line('| When | Resident memory | Used heap |');
  line('|---|---:|---:|');
  line(`| At rest | ${mb(memory.rssAtRest)} MB | ${mb(memory.heapAtRest)} MB |`);
  line(
    `| After ${settings.loadSeconds} s of load | ${mb(memory.rssAfterLoad)} MB | ${mb(memory.heapAfterLoad)} MB |`,
  );
  line(`| 5 s later, idle | ${mb(memory.rssAfterIdle)} MB | |`);
  line();
  line(
    `During the load, every 5 s: ${memory.samples.map((sample) => `${sample.second} s ${mb(sample.rssBytes)} MB`).join(', ')}.`,
  );
  line();

  line('## Per query');
  line();
  for (const row of rows) {
    const { scenario } = row.result;
    const first = row.result.withLoaders[0];
    const plain = row.result.withoutLoaders[0];
    line(`<a id="${scenario.id}"></a>`);
    line();
    line(`### ${scenario.title}`);
    line();
    line(scenario.summary);
    line();
    line('```graphql');
    line(scenario.document);
    line('```');
    line();
    line(`- **Calls made**: ${row.callsRange} — ${first ? operations(first.calls.byOperation) : '–'}.`);
    line(
      `- **Without loaders**: ${row.withoutLoaders} — ${plain ? operations(plain.calls.byOperation) : '–'}.`,
    );
    line(`- **Minimum**: ${scenario.minimum.calls} — ${scenario.minimum.reasoning}`);
    line(
      `- **Critical path**: ${scenario.criticalPath.rounds} round${scenario.criticalPath.rounds === 1 ? '' : 's'} — ${scenario.criticalPath.reasoning} **Gateway**: ${scenario.gatewayRounds.rounds} — ${scenario.gatewayRounds.reasoning}`,
    );
    line(
      `- **Wall times** of the ${row.result.withLoaders.length} runs: ${row.result.withLoaders.map((run) => ms(run.wallMs)).join(', ')} ms; without loaders: ${row.result.withoutLoaders.map((run) => ms(run.wallMs)).join(', ')} ms. Rounds seen without loaders: ${row.result.withoutLoaders.map((run) => run.logged?.rounds ?? '–').join(', ')}.`,
    );
    if (row.calls > row.minimum) {
      line(
        `- **Why ${row.calls - row.minimum} above the minimum, and what it would take**: ${scenario.aboveMinimum ?? '⚠ no explanation written in bench/queries.ts.'}`,
      );
    }
    if (row.overCritical > LATENCY_TOLERANCE) {
      line(
        `- **Why ${pct(row.overCritical)} over the critical path, and what it would take**: ${scenario.aboveCriticalPath ?? '⚠ no explanation written in bench/queries.ts.'}`,
      );
    }
    if (row.result.problem)
      line(`- ⚠ **The answers were not what the minimum assumes**: ${row.result.problem}.`);
    line();
  }

  line('## Targets not met');
  line();
  const misses: string[] = [];
  for (const row of rows) {
    const { scenario } = row.result;
    if (row.calls > row.minimum) {
      misses.push(
        `- ${scenario.title}: ${row.calls} calls, minimum ${row.minimum} ([why](#${scenario.id})).`,
      );
    }
    if (row.overCritical > LATENCY_TOLERANCE) {
      misses.push(
        `- ${scenario.title}: ${ms(row.medianMs)} ms, ${pct(row.overCritical)} over its ${row.criticalMs} ms critical path ([why](#${scenario.id})).`,
      );
    }
    if (!row.loggedAgrees)
      misses.push(`- ${scenario.title}: the emulator’s log does not match the extension.`);
    if (row.result.problem) misses.push(`- ${scenario.title}: ${row.result.problem}.`);
  }
  if (throughput.viaGateway.failures + throughput.direct.failures + memory.sustained.failures > 0) {
    misses.push('- Some load-test requests failed (see the Failures columns).');
  }
  line(misses.length > 0 ? misses.join('\n') : 'None.');
  line();
  return `${out.join('\n')}`;
}

/** The one-line summary run.ts writes into README.md’s Benchmarks section. */
export function renderSummary(results: Results): string {
  const rows = rowsOf(results);
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const withLoaders = sum((row) => row.calls);
  const withoutLoaders = sum((row) => row.withoutLoaders);
  const { throughput, memory } = results;
  const ratio = throughput.viaGateway.requestsPerSecond / throughput.direct.requestsPerSecond;
  return `Over ${rows.length} realistic queries the gateway made ${withLoaders} Twilio calls (hand-computed minimum ${sum((row) => row.minimum)}, ${withoutLoaders} without loaders); a single-resource query serves ${throughput.viaGateway.requestsPerSecond.toFixed(0)} requests/s (${(ratio * 100).toFixed(0)}% of the same REST GET straight to the emulator, p99 ${ms(throughput.viaGateway.p99Ms)} ms); the emulator alone answers ${throughput.direct.requestsPerSecond.toFixed(0)} fetches by SID per second (p99 ${ms(throughput.direct.p99Ms)} ms); ${mb(memory.rssAtRest)} MB resident at rest, ${mb(memory.rssAfterLoad)} MB after ${results.settings.loadSeconds} s of load (${results.machine.cores} cores, ${results.date.slice(0, 10)}).`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart of the numbers: calls per query, then wall time against the critical path. */
export function renderSvg(results: Results): string {
  const rows = rowsOf(results);
  const width = 960;
  const labelWidth = 280;
  const barArea = width - labelWidth - 90;
  const barHeight = 11;
  const groupHeight = 3 * barHeight + 14;
  const parts: string[] = [];
  let y = 0;

  const colors = { minimum: '#9aa5b1', gateway: '#2f6fdf', plain: '#e07b39' };
  const panel = (
    title: string,
    legend: Array<[string, string]>,
    values: (row: Row) => Array<[number, string, string]>,
  ) => {
    y += 34;
    parts.push(`<text x="16" y="${y}" class="title">${escapeXml(title)}</text>`);
    let legendX = labelWidth;
    y += 22;
    for (const [label, color] of legend) {
      parts.push(`<rect x="${legendX}" y="${y - 10}" width="12" height="12" fill="${color}"/>`);
      parts.push(`<text x="${legendX + 18}" y="${y}" class="legend">${escapeXml(label)}</text>`);
      legendX += 18 + label.length * 7 + 24;
    }
    y += 14;
    const max = Math.max(...rows.flatMap((row) => values(row).map(([value]) => value)));
    for (const row of rows) {
      parts.push(
        `<text x="${labelWidth - 10}" y="${y + groupHeight / 2 - 2}" class="label" text-anchor="end">${escapeXml(row.result.scenario.title)}</text>`,
      );
      values(row).forEach(([value, color, text], i) => {
        const barY = y + i * barHeight;
        const w = Math.max(1, (value / max) * barArea);
        parts.push(
          `<rect x="${labelWidth}" y="${barY}" width="${w.toFixed(1)}" height="${barHeight - 2}" fill="${color}"/>`,
        );
        parts.push(
          `<text x="${(labelWidth + w + 5).toFixed(1)}" y="${barY + barHeight - 3}" class="value">${escapeXml(text)}</text>`,
        );
      });
      y += groupHeight;
    }
  };

  panel(
    'Twilio REST calls per query',
    [
      ['hand-computed minimum', colors.minimum],
      ['gateway', colors.gateway],
      ['gateway without loaders', colors.plain],
    ],
    (row) => [
      [row.minimum, colors.minimum, String(row.minimum)],
      [row.calls, colors.gateway, String(row.calls)],
      [row.withoutLoaders, colors.plain, String(row.withoutLoaders)],
    ],
  );
  panel(
    `Wall time per query, upstream answering after ${results.settings.latencyMs} ms (median of ${results.settings.runs})`,
    [
      ['critical path', colors.minimum],
      ['gateway', colors.gateway],
      ['gateway without loaders', colors.plain],
    ],
    (row) => [
      [row.criticalMs, colors.minimum, `${row.criticalMs} ms`],
      [row.medianMs, colors.gateway, `${ms(row.medianMs)} ms`],
      [row.withoutLoadersMs, colors.plain, `${ms(row.withoutLoadersMs)} ms`],
    ],
  );
  y += 10;
  const t = results.throughput;
  parts.push(
    `<text x="16" y="${y + 14}" class="note">${escapeXml(
      `Single-resource query: gateway ${t.viaGateway.requestsPerSecond.toFixed(0)} req/s vs REST ${t.direct.requestsPerSecond.toFixed(0)} req/s; p99 ${ms(t.viaGateway.p99Ms)} ms vs ${ms(t.direct.p99Ms)} ms. RSS ${mb(results.memory.rssAtRest)} MB at rest, ${mb(results.memory.rssAfterLoad)} MB after ${results.settings.loadSeconds} s of load.`,
    )}</text>`,
  );
  parts.push(
    `<text x="16" y="${y + 32}" class="note">${escapeXml(`${results.machine.cpu}, ${results.machine.cores} cores, Node.js ${results.machine.node}; ${results.date.slice(0, 10)}; npm run bench`)}</text>`,
  );
  const height = y + 48;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" role="img" aria-labelledby="chart-title">
<title id="chart-title">Benchmarks of twilio-conversations-graphql: REST calls per query against the minimum and without loaders, and wall time against the critical path</title>
<style>
.title { font-size: 16px; font-weight: 600; fill: #1f2933; }
.legend, .label { font-size: 12px; fill: #323f4b; }
.value { font-size: 10px; fill: #52606d; }
.note { font-size: 12px; fill: #52606d; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
}
