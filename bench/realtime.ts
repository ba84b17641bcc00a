/**
 * `npm run bench:realtime`: subscriptions under load, on loopback. 2,000 SSE subscribers of one
 * conversation on one gateway receive one event at a time (fan-out latency, from sending the
 * webhook to each subscriber reading its event); the same with the webhook sent to another
 * instance and carried through a real redis-server; signed webhooks taken per second; resident
 * memory per idle subscriber. Writes its own section of BENCHMARKS.md (between the
 * `bench:realtime` markers) and prints it.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, release, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import twilio from 'twilio';
import { DEMO_ACCOUNT } from '../src/emulator/server.ts';
import { startRedisServer } from '../test/helpers/redis-server.ts';
import { basicAuthorization, readMetric } from './measure.ts';
import { type ChildServer, freePort, processCpuSeconds, ROOT, startChild } from './processes.ts';
import { writeSection } from './sections.ts';

const SETTINGS = {
  subscribers: 2_000,
  /** Events sent one at a time after a warm-up one; each waits until every subscriber has it. */
  events: 5,
  /**
   * Subscriptions opened at once while connecting: each reads its conversation from Twilio, and
   * more at once than the gateway's calls in flight per credential are refused OVERLOADED.
   */
  connectBatch: 20,
  /** Measured after a warm-up as long; 5 s is some 5,000 webhooks even at a load average of 16 on 2 cores. */
  intakeSeconds: 5,
  intakeConnections: 20,
  targets: { fanOutP99Ms: 200, redisFanOutP99Ms: 300, webhooksPerSecond: 500 },
} as const;

const authorization = basicAuthorization(DEMO_ACCOUNT.accountSid, DEMO_ACCOUNT.authToken);
/** The selection each subscriber makes: what the webhook carries, so an event costs no Twilio call. */
const SUBSCRIPTION =
  'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid index author body } }';

function progress(message: string): void {
  process.stderr.write(`[bench:realtime] ${message}\n`);
}

const formatLoad = (load: number[]) => load.map((value) => value.toFixed(2)).join(' / ');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** The fields of a signed `onMessageAdded` webhook of the demo account, and where to send it. */
function webhookRequest(gatewayUrl: string, conversationSid: string, n: number) {
  const url = `${gatewayUrl}/webhooks/twilio`;
  const params: Record<string, string> = {
    AccountSid: DEMO_ACCOUNT.accountSid,
    EventType: 'onMessageAdded',
    ConversationSid: conversationSid,
    MessageSid: `IM${n.toString(16).padStart(32, '0')}`,
    Index: String(n),
    DateCreated: new Date().toISOString(),
    Body: `event ${n}`,
    Author: 'bench',
    ParticipantSid: `MB${'0'.repeat(32)}`,
    Attributes: '{}',
    Source: 'API',
    RetryCount: '0',
  };
  const body = new URLSearchParams(params).toString();
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': twilio.getExpectedTwilioSignature(DEMO_ACCOUNT.authToken, url, params),
  };
  return { url, body, headers };
}

async function sendWebhook(gatewayUrl: string, conversationSid: string, n: number): Promise<void> {
  const webhook = webhookRequest(gatewayUrl, conversationSid, n);
  const response = await fetch(webhook.url, {
    method: 'POST',
    headers: { ...webhook.headers, 'i-twilio-idempotency-token': randomUUID() },
    body: webhook.body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${text}`);
}

interface Subscribers {
  /** Resolves with each subscriber's delay (ms) from `sentAt` to reading event `n`. */
  waitFor(n: number, sentAt: number, timeoutMs: number): Promise<number[]>;
  close(): void;
}

/**
 * Opens `count` SSE subscriptions over plain node:http (one connection each, as graphql-sse's
 * distinct-connections mode and EventSource do), reading only the frame boundaries, so the bench
 * spends as little CPU per event as a browser tab would. By default each presents the demo
 * account's credentials with `SUBSCRIPTION`; `as` gives another Authorization, `document` the
 * subscriber's own document (the i-th, taking `$sid`).
 */
export async function openSubscribers(
  gatewayUrl: string,
  conversationSid: string,
  count: number,
  options: { as?: string; document?: (i: number) => string } = {},
): Promise<Subscribers> {
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const bodyOf = (i: number) =>
    JSON.stringify({ query: options.document?.(i) ?? SUBSCRIPTION, variables: { sid: conversationSid } });
  const closers: Array<() => void> = [];
  let waiting: { n: number; sentAt: number; delays: number[]; done: () => void } | null = null;
  const open = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = bodyOf(i);
      const req = request(`${gatewayUrl}/graphql`, {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          authorization: options.as ?? authorization,
          'content-length': Buffer.byteLength(body),
        },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`subscription answered ${res.statusCode}`));
          return;
        }
        resolve();
        res.setEncoding('utf8');
        let pending = '';
        res.on('data', (chunk: string) => {
          const at = performance.now();
          pending += chunk;
          for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
            const frame = pending.slice(0, end);
            pending = pending.slice(end + 2);
            if (!frame.startsWith('event: next')) continue;
            if (frame.includes('"errors"')) throw new Error(`subscription error: ${frame}`);
            const current = waiting;
            if (current && frame.includes(`"event ${current.n}"`)) {
              current.delays.push(at - current.sentAt);
              if (current.delays.length === count) current.done();
            }
          }
        });
        res.on('error', () => {});
      });
      closers.push(() => req.destroy());
      req.end(body);
    });
  for (let opened = 0; opened < count; opened += SETTINGS.connectBatch) {
    await Promise.all(
      Array.from({ length: Math.min(SETTINGS.connectBatch, count - opened) }, (_, i) => open(opened + i)),
    );
  }
  return {
    waitFor(n, sentAt, timeoutMs) {
      return new Promise((resolve, reject) => {
        const delays: number[] = [];
        const timer = setTimeout(() => {
          waiting = null;
          reject(
            new Error(`event ${n}: ${delays.length} of ${count} subscribers had it after ${timeoutMs} ms`),
          );
        }, timeoutMs);
        waiting = {
          n,
          sentAt,
          delays,
          done: () => {
            clearTimeout(timer);
            waiting = null;
            resolve(delays);
          },
        };
      });
    },
    close() {
      for (const close of closers) close();
      agent.destroy();
    },
  };
}

export async function waitForActive(gatewayUrl: string, count: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const active = await readMetric(gatewayUrl, 'gateway_subscriptions_active');
    if (active === count) return;
    if (Date.now() > deadline) throw new Error(`${active} subscriptions active, not ${count}`);
    await sleep(200);
  }
}

interface FanOut {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p99 of each measured event. */
  perEventP99Ms: number[];
  samples: number;
  /**
   * CPU the subscribers' gateway spent per event, from sending it to the last subscriber reading
   * it (/proc/<pid>/stat): what the fan-out costs whatever else shares the machine.
   */
  cpuMsPerEvent: number | null;
}

/** Sends a warm-up event, then `SETTINGS.events` measured ones, each once every subscriber has the last. */
export async function fanOut(
  subscribers: Subscribers,
  sendTo: string,
  conversationSid: string,
  firstEvent: number,
  subscribersPid?: number,
): Promise<FanOut> {
  const all: number[] = [];
  const perEventP99Ms: number[] = [];
  let cpuSeconds: number | null = 0;
  for (let i = 0; i <= SETTINGS.events; i++) {
    const n = firstEvent + i;
    const cpuBefore = subscribersPid === undefined ? null : processCpuSeconds(subscribersPid);
    const sentAt = performance.now();
    const arrived = subscribers.waitFor(n, sentAt, 30_000);
    await sendWebhook(sendTo, conversationSid, n);
    const delays = (await arrived).sort((a, b) => a - b);
    const cpuAfter = subscribersPid === undefined ? null : processCpuSeconds(subscribersPid);
    if (i > 0) {
      all.push(...delays);
      perEventP99Ms.push(percentile(delays, 0.99));
      cpuSeconds =
        cpuBefore === null || cpuAfter === null || cpuSeconds === null
          ? null
          : cpuSeconds + cpuAfter - cpuBefore;
    }
    await sleep(500);
  }
  all.sort((a, b) => a - b);
  return {
    p50Ms: percentile(all, 0.5),
    p99Ms: percentile(all, 0.99),
    maxMs: all.at(-1) ?? Number.NaN,
    perEventP99Ms,
    samples: all.length,
    cpuMsPerEvent: cpuSeconds === null ? null : (cpuSeconds * 1000) / SETTINGS.events,
  };
}

/** Signed webhooks per second, each with its own idempotency token, none of them with a subscriber. */
export function intake(
  gatewayUrl: string,
  conversationSid: string,
): Promise<{ perSecond: number; ok: number; failed: number }> {
  const webhook = webhookRequest(gatewayUrl, conversationSid, 999_999);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: webhook.url,
        method: 'POST',
        connections: SETTINGS.intakeConnections,
        duration: SETTINGS.intakeSeconds,
        headers: webhook.headers,
        body: webhook.body,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              headers: { ...req.headers, 'i-twilio-idempotency-token': randomUUID() },
            }),
          },
        ],
      },
      (error: unknown, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else
          resolve({
            perSecond: result['2xx'] / result.duration,
            ok: result['2xx'],
            failed: result.non2xx + result.errors + result.timeouts,
          });
      },
    );
  });
}

export async function startGatewayChild(
  name: string,
  emulatorUrl: string,
  logDir: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const port = await freePort();
  return startChild({
    name,
    script: 'dist/cli.js',
    args: ['serve'],
    env: {
      TWILIO_CONVERSATIONS_URL: emulatorUrl,
      TWILIO_WEBHOOK_ACCOUNTS: `${DEMO_ACCOUNT.accountSid}:${DEMO_ACCOUNT.authToken}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // One credential holds every subscriber here; the default bound is 500.
      MAX_SUBSCRIPTIONS_PER_CREDENTIAL: String(SETTINGS.subscribers),
      ...env,
    },
    port,
    logDir,
  });
}

const MiB = 1024 * 1024;

/** Written by hand from a profile, not measured by each run: it says when and how. */
const WHERE_THE_TIME_GOES =
  "Where a fan-out's CPU goes, from `--cpu-prof` of the gateway during 2,000-subscriber fan-outs (2026-12-06, same set-up, load average 16 to 20): subscribers that present the same credential with the same document and variables share one execution and one serialized SSE frame per event (src/server/plugins/use-shared-subscription-events.ts and use-shared-sse-frames.ts, docs/decisions/0026-shared-subscription-events.md); in single-instance runs at that load this took the gateway's CPU per event from about 310 ms (130 ms with the execution shared but yoga's own SSE stream per subscriber) to 90 to 100 ms. What remains is per subscriber and mostly below JavaScript: the socket write of each frame (one writev system call per subscriber: HTTP chunk header, frame, CRLF) is the largest part, then garbage collection and the promise hops of each subscriber's own stream (its buffer on the bus, yoga's error mapping, the Node stream piped to its socket), which each subscriber keeps so that its bounds, its end-user checks and a slow socket stay its own. Webhook intake: a profile showed a zod schema built for every webhook's AccountSid and the answer's body read through a web stream; both are gone. The CPU per event is the figure to compare between runs: the wall times above wait for CPUs the rest of the machine was using.";

/** The demo's support conversation, once the emulator has seeded it (it answers /health before). */
export async function demoConversation(emulatorUrl: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${emulatorUrl}/v1/Conversations/support-1042`, {
      headers: { authorization },
    });
    const body = (await response.json()) as { sid?: unknown };
    if (response.status === 200 && typeof body.sid === 'string') return body.sid;
    if (Date.now() > deadline) throw new Error(`the demo conversation is not there: ${JSON.stringify(body)}`);
    await sleep(200);
  }
}

/**
 * Measures fan-out (one instance, and across two through Redis), webhook intake and memory per
 * idle subscriber, and returns the BENCHMARKS.md section; part of `npm run bench`, and alone
 * `npm run bench:realtime`. Children and logs go in `logDir`, which the caller removes.
 */
export async function realtimePhase(
  logDir: string,
  report: (message: string) => void = progress,
): Promise<string> {
  const started = performance.now();
  const loadAtStart = loadavg();
  report(`load average at start: ${formatLoad(loadAtStart)}`);
  // Installed when missing, as `npm test` does (with root or password-less sudo; otherwise the
  // script says what to run): only this phase needs it.
  execFileSync(join(ROOT, 'scripts/setup-test-env.sh'), ['redis-server'], { stdio: 'inherit' });
  report('starting the emulator (demo data) and redis-server');
  const emulatorPort = await freePort();
  // Both at once; whichever fails, the other is stopped.
  const redisStarting = startRedisServer();
  const emulator = await startChild({
    name: 'realtime-emulator',
    script: 'dist/cli.js',
    args: ['emulator', '--port', String(emulatorPort), '--seed', 'demo'],
    port: emulatorPort,
    logDir,
  }).catch(async (error: unknown) => {
    await (await redisStarting.catch(() => null))?.stop();
    throw error;
  });
  const redis = await redisStarting.catch(async (error: unknown) => {
    await emulator.stop();
    throw error;
  });
  // A bench that fails half-way must not leave redis-server behind (the children are seen to by processes.ts).
  process.once('exit', () => void redis.stop());
  const children: ChildServer[] = [emulator];
  try {
    const conversationSid = await demoConversation(emulator.url);
    // Intake events name a conversation nobody subscribes to: what is measured is taking them in.
    const otherSid = `CH${'0'.repeat(32)}`;

    // One instance, in-process pub/sub.
    report('starting one gateway');
    const single = await startGatewayChild('realtime-gateway', emulator.url, logDir);
    children.push(single);
    await sleep(2_000);
    const rssBefore = await readMetric(single.url, 'gateway_process_resident_memory_bytes');
    const heapBefore = await readMetric(single.url, 'gateway_nodejs_heap_size_used_bytes');
    report(`opening ${SETTINGS.subscribers} SSE subscriptions on one instance`);
    let subscribers = await openSubscribers(single.url, conversationSid, SETTINGS.subscribers);
    await waitForActive(single.url, SETTINGS.subscribers);
    await sleep(3_000);
    const rssIdle = await readMetric(single.url, 'gateway_process_resident_memory_bytes');
    const heapIdle = await readMetric(single.url, 'gateway_nodejs_heap_size_used_bytes');
    report('fan-out, one instance');
    const local = await fanOut(subscribers, single.url, conversationSid, 1, single.pid);
    subscribers.close();
    await waitForActive(single.url, 0);
    report(`webhook intake, ${SETTINGS.intakeSeconds} s`);
    await intake(single.url, otherSid); // warm-up run, same length
    const taken = await intake(single.url, otherSid);
    await single.stop();

    // Two instances through Redis: subscribers on B, the webhook sent to A.
    report('starting two gateways with REDIS_URL');
    const [a, b] = await Promise.all(
      ['realtime-gateway-a', 'realtime-gateway-b'].map(async (name) => {
        const gateway = await startGatewayChild(name, emulator.url, logDir, { REDIS_URL: redis.url });
        children.push(gateway);
        return gateway;
      }),
    );
    if (a === undefined || b === undefined) throw new Error('the gateways with REDIS_URL did not start');
    report(`opening ${SETTINGS.subscribers} SSE subscriptions on instance B`);
    subscribers = await openSubscribers(b.url, conversationSid, SETTINGS.subscribers);
    await waitForActive(b.url, SETTINGS.subscribers);
    report('fan-out, webhook to A, subscribers on B, through Redis');
    const across = await fanOut(subscribers, a.url, conversationSid, 100, b.pid);
    subscribers.close();

    const loadAtEnd = loadavg();
    report(`load average at end: ${formatLoad(loadAtEnd)}`);
    return render({
      date: new Date().toISOString(),
      seconds: (performance.now() - started) / 1000,
      loadAtStart,
      loadAtEnd,
      local,
      across,
      taken,
      memory: { rssBefore, rssIdle, heapBefore, heapIdle },
    });
  } finally {
    for (const child of children) await child.stop().catch(() => {});
    await redis.stop();
  }
}

async function main(): Promise<void> {
  const logDir = mkdtempSync(join(tmpdir(), 'twilio-conversations-graphql-bench-realtime-'));
  try {
    const section = await realtimePhase(logDir);
    process.stdout.write(`${section}\n`);
    writeSection(join(ROOT, 'BENCHMARKS.md'), 'realtime', section);
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}

function render(r: {
  date: string;
  seconds: number;
  loadAtStart: number[];
  loadAtEnd: number[];
  local: FanOut;
  across: FanOut;
  taken: { perSecond: number; ok: number; failed: number };
  memory: { rssBefore: number; rssIdle: number; heapBefore: number; heapIdle: number };
}): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const cpu = (f: FanOut) =>
    f.cpuMsPerEvent === null ? '' : `; the gateway spent ${f.cpuMsPerEvent.toFixed(0)} ms of CPU per event`;
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const n = SETTINGS.subscribers;
  const perSubscriberKiB = (r.memory.rssIdle - r.memory.rssBefore) / n / 1024;
  const heapPerSubscriberKiB = (r.memory.heapIdle - r.memory.heapBefore) / n / 1024;
  const machine = cpus();
  return [
    '## Real time: subscriptions and webhooks',
    '',
    `Measured by \`npm run bench\` (alone: \`npm run bench:realtime\`, bench/realtime.ts) on ${r.date}, in ${Math.round(r.seconds)} s, on ${type()} ${release()}, ${machine[0]?.model.trim() ?? 'unknown CPU'} × ${machine.length} cores, Node.js ${process.version}. Load average (1 / 5 / 15 min) at start ${formatLoad(r.loadAtStart)}, at end ${formatLoad(r.loadAtEnd)}${Math.max(r.loadAtStart[0] ?? 0, r.loadAtEnd[0] ?? 0) >= machine.length ? ': above the core count, the machine was shared and every time below includes waiting for a CPU' : ''}.`,
    '',
    `Set-up: the emulator (demo data) and each gateway are child processes (\`node dist/cli.js\`, compiled by \`npm run build\` first), the gateways in pass-through mode with default settings except \`MAX_SUBSCRIPTIONS_PER_CREDENTIAL=${n}\` (one credential holds every subscriber) and \`LOG_LEVEL=warn\`. ${n} subscribers, each its own SSE connection over node:http in the bench process, subscribe to \`messageAdded\` of one conversation selecting \`sid index author body\` (what the webhook carries: no Twilio call per event). The bench signs an \`onMessageAdded\` webhook with the account's auth token and POSTs it to \`/webhooks/twilio\`; a subscriber's delay runs from sending the webhook to reading its event off the socket. One warm-up event, then ${SETTINGS.events} measured, one at a time (${SETTINGS.events * n} deliveries). The Redis run starts a real \`redis-server\` (no persistence) and two gateways with \`REDIS_URL\`: the webhook goes to A, the subscribers are on B.`,
    '',
    '| Measure | Result | Target | |',
    '|---|---|---|---|',
    `| Fan-out to ${n} subscribers, one instance | p50 ${ms(r.local.p50Ms)}, **p99 ${ms(r.local.p99Ms)}**, max ${ms(r.local.maxMs)} (p99 per event: ${r.local.perEventP99Ms.map((v) => v.toFixed(0)).join(', ')} ms${cpu(r.local)}) | p99 < ${SETTINGS.targets.fanOutP99Ms} ms | ${verdict(r.local.p99Ms < SETTINGS.targets.fanOutP99Ms)} |`,
    `| Fan-out to ${n} subscribers on B, webhook to A, through Redis | p50 ${ms(r.across.p50Ms)}, **p99 ${ms(r.across.p99Ms)}**, max ${ms(r.across.maxMs)} (p99 per event: ${r.across.perEventP99Ms.map((v) => v.toFixed(0)).join(', ')} ms${cpu(r.across)} on B) | p99 < ${SETTINGS.targets.redisFanOutP99Ms} ms | ${verdict(r.across.p99Ms < SETTINGS.targets.redisFanOutP99Ms)} |`,
    `| Webhook intake, signature checked, each published (${SETTINGS.intakeConnections} connections, ${SETTINGS.intakeSeconds} s after as long a warm-up, no subscriber) | **${Math.round(r.taken.perSecond)} webhooks/s** (${r.taken.ok} answered 200, ${r.taken.failed} not) | ≥ ${SETTINGS.targets.webhooksPerSecond}/s | ${verdict(r.taken.perSecond >= SETTINGS.targets.webhooksPerSecond && r.taken.failed === 0)} |`,
    `| Resident memory per idle subscriber (RSS with ${n} subscribers idle for 3 s, minus RSS before) | **${perSubscriberKiB.toFixed(1)} KiB** (${((r.memory.rssIdle - r.memory.rssBefore) / MiB).toFixed(1)} MiB for ${n}; JS heap ${heapPerSubscriberKiB.toFixed(1)} KiB each) | — | |`,
    '',
    WHERE_THE_TIME_GOES,
  ].join('\n');
}

// Run as a script; imported (to profile one part), nothing starts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
