import { Pool } from 'undici';
import type { RequestLogEntry } from '../src/emulator/app.ts';
import { type Fixture, get, type Scenario } from './queries.ts';

/** What `extensions.upstreamCalls` reports for one request. */
export interface UpstreamCalls {
  count: number;
  byOperation: Record<string, number>;
  estimated: number | null;
}

export interface ScenarioRun {
  wallMs: number;
  answers: unknown[];
  /** Summed over the run's requests, from the gateway's response extension. */
  calls: UpstreamCalls;
  /** What the emulator logged meanwhile; null when the emulator is not in this process. */
  logged: {
    count: number;
    byOperation: Record<string, number>;
    rounds: number;
    /**
     * Where the wall time went, summed over the run's requests, from the clock the emulator's log
     * shares with the bench: from sending to the first call, from the first call to the last answer,
     * and from the last answer to the response.
     */
    beforeFirstCallMs: number;
    upstreamSpanMs: number;
    afterLastCallMs: number;
    /** Mean time the emulator took to answer one call, its injected latency included. */
    meanAnswerMs: number;
    /** Per GraphQL request, its calls by round (`callPattern`); null if any call was not a GET. */
    pattern: string[][][] | null;
  } | null;
}

export function basicAuthorization(accountSid: string, authToken: string): string {
  return `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
}

/**
 * One kept-alive connection pool per server the bench talks to. Node's global fetch spends 0.4 to
 * 1 ms more per request than undici's own `request` on a loopback POST (more under load), which the
 * wall times would count as the gateway's; the queries run one at a time, so one connection serves.
 */
const pools = new Map<string, Pool>();

function poolOf(url: string): Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new Pool(url, { connections: 1, pipelining: 1 });
    pools.set(url, pool);
  }
  return pool;
}

/** Closes the connections `send` opened (a server about to stop, or the end of the bench). */
export async function closeConnections(url?: string): Promise<void> {
  for (const [key, pool] of pools) {
    if (url !== undefined && key !== url) continue;
    pools.delete(key);
    await pool.close();
  }
}

/** POSTs one GraphQL request asking for the upstream-call extension; fails on any GraphQL error. */
export async function send(
  url: string,
  authorization: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: unknown; calls: UpstreamCalls }> {
  const response = await poolOf(url).request({
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization,
      'x-debug-upstream-calls': '1',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body: unknown = await response.body.json();
  const errors = get(body, 'errors');
  if (response.statusCode !== 200 || errors !== undefined) {
    throw new Error(`GraphQL request failed (${response.statusCode}): ${JSON.stringify(errors ?? body)}`);
  }
  return { data: get(body, 'data'), calls: upstreamCallsOf(get(body, 'extensions', 'upstreamCalls')) };
}

/**
 * The wall time of one GraphQL request as a client sees it, in ms, with nothing asked of the server
 * beyond the query (no debug extension), so that any GraphQL server can be timed alike.
 */
export async function timeRequest(url: string, authorization: string, query: string): Promise<number> {
  const started = performance.now();
  const response = await poolOf(url).request({
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization },
    body: JSON.stringify({ query }),
  });
  const body: unknown = await response.body.json();
  const elapsed = performance.now() - started;
  if (response.statusCode !== 200 || get(body, 'errors') !== undefined) {
    throw new Error(`GraphQL request failed (${response.statusCode}): ${JSON.stringify(body)}`);
  }
  return elapsed;
}

function upstreamCallsOf(value: unknown): UpstreamCalls {
  const count = get(value, 'count');
  const byOperation = get(value, 'byOperation');
  const estimated = get(value, 'estimated');
  if (typeof count !== 'number' || typeof byOperation !== 'object' || byOperation === null) {
    throw new Error(`no upstreamCalls extension in the answer: ${JSON.stringify(value)}`);
  }
  const operations: Record<string, number> = {};
  for (const [operation, n] of Object.entries(byOperation))
    if (typeof n === 'number') operations[operation] = n;
  return { count, byOperation: operations, estimated: typeof estimated === 'number' ? estimated : null };
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

/**
 * Runs a scenario once (a walk is several requests) and, when given the emulator's request log,
 * reads what the emulator saw meanwhile. Nothing else may talk to the emulator during the run.
 */
export async function runScenario(
  scenario: Scenario,
  fixture: Fixture,
  gatewayUrl: string,
  authorization: string,
  log: RequestLogEntry[] | null,
): Promise<ScenarioRun> {
  const mark = log?.length ?? 0;
  const calls: UpstreamCalls = { count: 0, byOperation: {}, estimated: 0 };
  const answers: unknown[] = [];
  const timing = { beforeFirstCallMs: 0, upstreamSpanMs: 0, afterLastCallMs: 0 };
  const patterns: Array<string[][] | null> = [];
  const started = performance.now();
  let variables: Record<string, unknown> | null = scenario.variables(fixture);
  while (variables !== null) {
    const requestMark = log?.length ?? 0;
    // The clock of the emulator's log entries (same process), to a fraction of a millisecond.
    const sentAt = performance.timeOrigin + performance.now();
    const answer = await send(gatewayUrl, authorization, scenario.document, variables);
    const answeredAt = performance.timeOrigin + performance.now();
    const entries = log ? log.slice(requestMark) : [];
    if (entries.length > 0) {
      const firstStart = Math.min(...entries.map((entry) => entry.startedAt));
      const lastEnd = Math.max(...entries.map((entry) => entry.startedAt + entry.durationMs));
      timing.beforeFirstCallMs += firstStart - sentAt;
      timing.upstreamSpanMs += lastEnd - firstStart;
      timing.afterLastCallMs += answeredAt - lastEnd;
    }
    patterns.push(callPattern(entries));
    answers.push(answer.data);
    calls.count += answer.calls.count;
    addCounts(calls.byOperation, answer.calls.byOperation);
    calls.estimated =
      calls.estimated === null || answer.calls.estimated === null
        ? null
        : calls.estimated + answer.calls.estimated;
    variables = scenario.next ? scenario.next(answer.data, fixture) : null;
    if (answers.length > 100) throw new Error(`${scenario.id}: the walk does not end`);
  }
  const wallMs = performance.now() - started;
  let logged: ScenarioRun['logged'] = null;
  if (log) {
    const entries = log.slice(mark);
    const byOperation: Record<string, number> = {};
    for (const entry of entries) {
      const operation = entry.operationId ?? `${entry.method} ${entry.path}`;
      byOperation[operation] = (byOperation[operation] ?? 0) + 1;
    }
    const answering = entries.reduce((sum, entry) => sum + entry.durationMs, 0);
    logged = {
      count: entries.length,
      byOperation,
      rounds: sequentialRounds(entries),
      ...timing,
      meanAnswerMs: entries.length > 0 ? answering / entries.length : 0,
      pattern: patterns.every((pattern) => pattern !== null) ? patterns : null,
    };
  }
  return { wallMs, answers, calls, logged };
}

/**
 * The longest chain of logged calls in which each started after the previous one had been answered:
 * how many round trips happened one after another, as the emulator saw them.
 */
export function sequentialRounds(entries: readonly RequestLogEntry[]): number {
  return Math.max(0, ...roundsOf(entries).map(({ round }) => round));
}

/**
 * Each logged call with its round: 1 + the highest round of the calls answered before it started.
 * Sorted by start.
 */
function roundsOf(entries: readonly RequestLogEntry[]): Array<{ entry: RequestLogEntry; round: number }> {
  const calls = [...entries]
    .map((entry) => ({ entry, start: entry.startedAt, end: entry.startedAt + entry.durationMs, round: 0 }))
    .sort((a, b) => a.start - b.start);
  calls.forEach((call, i) => {
    let best = 0;
    for (let j = 0; j < i; j += 1) {
      const before = calls[j];
      if (before && before.end <= call.start) best = Math.max(best, before.round);
    }
    call.round = best + 1;
  });
  return calls;
}

/**
 * The calls of one GraphQL request as the emulator logged them, grouped by round (see `roundsOf`):
 * for each round, the path and query string of its GETs, for the floor server to make the same
 * calls in the same rounds (bench/floor-server.ts `replay`). Null when a call was not a GET, which
 * the floor does not repeat (it would change the emulator's data).
 */
export function callPattern(entries: readonly RequestLogEntry[]): string[][] | null {
  if (entries.some((entry) => entry.method !== 'GET')) return null;
  const rounds: string[][] = [];
  for (const { entry, round } of roundsOf(entries)) {
    const calls = rounds[round - 1] ?? [];
    calls.push(entry.query ? `${entry.path}?${entry.query}` : entry.path);
    rounds[round - 1] = calls;
  }
  return rounds;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Reads one sample of a Prometheus text exposition (no labels). */
export async function readMetric(url: string, name: string): Promise<number> {
  const response = await fetch(`${url}/metrics`);
  const text = await response.text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`${name} is not in ${url}/metrics`);
  return Number(
    line
      .slice(name.length + 1)
      .trim()
      .split(' ')[0],
  );
}
