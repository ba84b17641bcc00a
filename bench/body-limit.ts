/**
 * What the request body limit costs per request, in CPU time of the server process: paired runs of
 * the same small GraphQL POST against servers that differ only in how the body is limited.
 *
 *   node --import tsx bench/body-limit.ts [--rounds 7] [--requests 4000]
 *
 * - `none`: yoga with `maxRequestBodySize: false` and nothing in front (no limit; the floor);
 * - `gateway`: the gateway's limit (src/server/body-limit.ts) in front of that same yoga;
 * - `yoga`: yoga's own `maxRequestBodySize` and nothing in front;
 * - `both`: the two together, as the gateway had them before.
 *
 * Each variant is a child process serving `{ __typename }` (nothing else in the request costs much,
 * so the limit's share shows); autocannon runs in this process. Each round runs every variant once,
 * in a fresh random order, after a warm-up; the server's own `process.cpuUsage()` before and after
 * gives its CPU time per request. Reported: the median over rounds, and the median of the per-round
 * differences from `none`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createSchema, createYoga } from 'graphql-yoga';
import { limitRequestBodies } from '../src/server/body-limit.ts';

const VARIANTS = ['none', 'gateway', 'yoga', 'both'] as const;
type Variant = (typeof VARIANTS)[number];
const MAX_BODY_BYTES = 1_000_000;

type Message = { kind: 'listening'; port: number } | { kind: 'cpu'; micros: number };

if (process.argv[2] === 'serve') serve(process.argv[3] as Variant);
else await main();

/** Child: one variant's server, answering `cpu` messages with its CPU time so far. */
function serve(variant: Variant): void {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
    batching: false,
    logging: false,
    landingPage: false,
    maxRequestBodySize: variant === 'yoga' || variant === 'both' ? MAX_BODY_BYTES : false,
  });
  const toYoga = (req: IncomingMessage, res: ServerResponse) => void yoga(req, res);
  const limited = limitRequestBodies(toYoga, { maxBytes: MAX_BODY_BYTES });
  const server =
    variant === 'gateway' || variant === 'both' ? createServer(limited.request) : createServer(toYoga);
  if (variant === 'gateway' || variant === 'both') server.on('checkContinue', limited.checkContinue);
  server.listen(0, '127.0.0.1', () => {
    const message: Message = { kind: 'listening', port: (server.address() as AddressInfo).port };
    process.send?.(message);
  });
  process.on('message', () => {
    const usage = process.cpuUsage();
    const message: Message = { kind: 'cpu', micros: usage.user + usage.system };
    process.send?.(message);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '7' }, requests: { type: 'string', default: '4000' } },
  });
  const rounds = Number(values.rounds);
  const requests = Number(values.requests);
  const servers = new Map<Variant, { child: ChildProcess; port: number }>();
  for (const variant of VARIANTS) {
    const child = fork(new URL(import.meta.url).pathname, ['serve', variant], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve) => {
      child.once('message', (message: Message) => {
        if (message.kind === 'listening') resolve(message.port);
      });
    });
    servers.set(variant, { child, port });
  }
  const cpu = (child: ChildProcess) =>
    new Promise<number>((resolve) => {
      child.once('message', (message: Message) => {
        if (message.kind === 'cpu') resolve(message.micros);
      });
      child.send('cpu');
    });
  const body = JSON.stringify({ query: '{ __typename }' });
  const load = (port: number, amount: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: 10,
      amount,
    });

  for (const { port } of servers.values()) await load(port, requests);
  const perRequest = new Map<Variant, number[]>(VARIANTS.map((variant) => [variant, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = [...VARIANTS].sort(() => Math.random() - 0.5);
    for (const variant of order) {
      const server = servers.get(variant);
      if (!server) continue;
      const before = await cpu(server.child);
      const result = await load(server.port, requests);
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${variant}: failed requests`);
      const after = await cpu(server.child);
      perRequest.get(variant)?.push((after - before) / result.requests.total);
    }
  }
  for (const { child } of servers.values()) child.kill();

  const none = perRequest.get('none') ?? [];
  const lines = VARIANTS.map((variant) => {
    const samples = perRequest.get(variant) ?? [];
    const differences = samples.map((sample, round) => sample - (none[round] ?? 0));
    return `| ${variant} | ${median(samples).toFixed(0)} | ${variant === 'none' ? '–' : `${median(differences) >= 0 ? '+' : ''}${median(differences).toFixed(0)}`} |`;
  });
  process.stdout.write(
    [
      `${rounds} rounds × ${requests} requests per variant, 10 connections, ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| Variant | CPU µs per request (median) | Paired difference from `none` (median) |',
      '| ------- | --------------------------: | -------------------------------------: |',
      ...lines,
      '',
    ].join('\n'),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
