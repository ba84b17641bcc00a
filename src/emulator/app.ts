import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError } from './errors.ts';
import { Params } from './params.ts';
import { RouteContext, type RouteRequest, type RouteResponse, type Router } from './router.ts';
import type { Store } from './store.ts';
import type { WebhookDispatcher } from './webhooks/dispatcher.ts';

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  /** The spec's operationId, or null when no route matched. */
  operationId: string | null;
  status: number;
  /** The Basic username (Account SID or API key SID) the request carried; never the secret. */
  username: string | null;
  accountSid: string | null;
  /**
   * When the request arrived, in milliseconds since the epoch with a fraction
   * (`performance.timeOrigin + performance.now()`): Date.now()'s clock, finer than its whole
   * milliseconds, which blur calls of a few milliseconds.
   */
  startedAt: number;
  /** From arrival until the answer was written, the injected latency included. */
  durationMs: number;
}

export interface FaultOptions {
  /**
   * How long after its arrival every request is answered: the emulator works on the request
   * meanwhile and writes its answer once the time is up, as a remote API's response time includes
   * its own work. Calls that arrive together are then each answered after this long, not one after
   * another as the emulator's single thread gets to them (docs/decisions/0033), and calls read
   * together are all stamped before any is handled (docs/decisions/0050).
   */
  latencyMs?: number;
  /** Fraction (0..1) of `/v1` requests answered 503/20503 without being processed. */
  failRate?: number;
  /** Requests per second per account; past it, 429/20429 with `Retry-After: 1`, not processed. */
  rateLimit?: number;
  /**
   * Requests in flight at once per account (the injected latency included); past it, 429/20429
   * without `Retry-After`, as Twilio answers too many concurrent requests (twilio-rest-behaviour.md
   * §7), not processed. The refused request does not hold a place.
   */
  maxConcurrent?: number;
  random?: () => number;
}

export interface AppOptions {
  store: Store;
  router: Router;
  adminRouter: Router;
  /** The base URL advertised in `url`, `links` and paging URLs; resolved per request when absent. */
  baseUrl?: string | undefined;
  faults?: FaultOptions;
  log: RequestLogEntry[];
  maxLogEntries?: number;
  /** Sends the post-event webhooks that successful requests raise. */
  webhooks?: WebhookDispatcher;
  onError?: (error: unknown) => void;
}

const MAX_BODY_BYTES = 1_000_000;

/** Builds the node:http request listener of the emulator. */
export function createEmulatorApp(options: AppOptions) {
  const { store, router, adminRouter, log } = options;
  const faults = options.faults ?? {};
  const random = faults.random ?? Math.random;
  const windows = new Map<string, { second: number; count: number }>();
  const inFlight = new Map<string, number>();

  /** Takes a place among the account's requests in flight; null when they are all taken. */
  const holdConcurrency = (accountSid: string, limit: number): (() => void) | null => {
    const running = inFlight.get(accountSid) ?? 0;
    if (running >= limit) return null;
    inFlight.set(accountSid, running + 1);
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const left = (inFlight.get(accountSid) ?? 1) - 1;
      if (left === 0) inFlight.delete(accountSid);
      else inFlight.set(accountSid, left);
    };
  };

  const withinRateLimit = (accountSid: string): boolean => {
    if (!faults.rateLimit) return true;
    const second = Math.floor(Date.now() / 1000);
    const window = windows.get(accountSid);
    if (!window || window.second !== second) {
      windows.set(accountSid, { second, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= faults.rateLimit;
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    // With a latency, the rest waits for the end of the event loop's poll phase, so that every
    // request node read in this turn is stamped before any is handled: the 50th call of a fan-out
    // would otherwise arrive, as the emulator counts, after the handling of the 49 before it, which
    // Twilio's many machines do at once (docs/decisions/0050).
    if (faults.latencyMs) await new Promise((resolve) => setImmediate(resolve));
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: url.search.slice(1),
      operationId: null,
      status: 0,
      username: null,
      accountSid: null,
      startedAt: performance.timeOrigin + arrivedAt,
      durationMs: 0,
    };
    let leaveConcurrency: (() => void) | null = null;
    // Set once the body is in: answers to what could not be read go at once, as before.
    let answerAt = arrivedAt;
    const finish = async (response: RouteResponse, headers: Record<string, string> = {}) => {
      // The answer is serialised before the wait, as a remote API's work is done within its
      // latency: answers due together are then written one after another without each waiting
      // for the serialisation of those before it.
      const text = response.body === undefined ? undefined : JSON.stringify(response.body);
      // A timer counts from the event loop's clock, whole milliseconds read at the start of the
      // loop's turn, so it may fire up to a millisecond early: wait again until the time is up.
      for (let wait = answerAt - performance.now(); wait > 0; wait = answerAt - performance.now()) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      leaveConcurrency?.();
      entry.status = response.status;
      entry.durationMs = performance.now() - arrivedAt;
      log.push(entry);
      if (options.maxLogEntries && log.length > options.maxLogEntries)
        log.splice(0, log.length - options.maxLogEntries);
      if (text === undefined) {
        res.writeHead(response.status, headers);
        res.end();
        return;
      }
      res.writeHead(response.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(text)),
        ...headers,
      });
      res.end(text);
    };
    const fail = (error: EmulatorError, headers: Record<string, string> = {}) =>
      finish({ status: error.status, body: error.toBody() }, headers);

    let ctx: RouteContext | undefined;
    try {
      if (url.pathname === '/health') return finish({ status: 200, body: { status: 'ok' } });

      let bodyText: string;
      try {
        bodyText = await readBody(req);
      } catch (error) {
        if (error instanceof EmulatorError) return fail(error, { Connection: 'close' });
        throw error;
      }

      const credentials = parseBasic(req.headers.authorization);
      // Counted from arrival, so the injected latency is time in flight, as Twilio's would be.
      let overConcurrency = false;
      let concurrentAtArrival = 0;
      if (faults.maxConcurrent && !url.pathname.startsWith('/_emulator/') && credentials) {
        const holder = store.authenticate(credentials.username, credentials.password);
        if (holder) {
          concurrentAtArrival = inFlight.get(holder.sid) ?? 0;
          leaveConcurrency = holdConcurrency(holder.sid, faults.maxConcurrent);
          overConcurrency = leaveConcurrency === null;
        }
      }

      if (faults.latencyMs) answerAt = arrivedAt + faults.latencyMs;

      entry.username = credentials?.username ?? null;
      const account = credentials
        ? store.authenticate(credentials.username, credentials.password)
        : undefined;
      if (!account) {
        return fail(new EmulatorError(20003), { 'WWW-Authenticate': 'Basic realm="Twilio API"' });
      }
      entry.accountSid = account.sid;

      const isAdmin = url.pathname.startsWith('/_emulator/');
      if (!isAdmin) {
        if (!withinRateLimit(account.sid)) return fail(new EmulatorError(20429), { 'Retry-After': '1' });
        if (overConcurrency) {
          return fail(new EmulatorError(20429), {
            'Twilio-Concurrent-Requests': String(concurrentAtArrival),
          });
        }
        if (faults.failRate && random() < faults.failRate) return fail(new EmulatorError(20503));
      }

      const match = (isAdmin ? adminRouter : router).match(method, url.pathname);
      if (match === undefined)
        return fail(new EmulatorError(20404, `The requested resource ${url.pathname} was not found`));
      if (match === 'method-not-allowed') return fail(new EmulatorError(20004));
      entry.operationId = match.route.operationId;

      const request: RouteRequest = {
        method,
        path: url.pathname,
        query: new Params(url.searchParams),
        body: method === 'GET' ? new Params(new URLSearchParams()) : Params.fromString(bodyText),
        headers: req.headers,
      };
      ctx = new RouteContext({
        request,
        operationId: match.route.operationId,
        pathParams: match.pathParams,
        account,
        store,
        baseUrl: options.baseUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`,
      });
      const response = match.route.handler(ctx);
      if (method !== 'GET' && response.status < 300) store.persist();
      await finish(response);
      sendWebhooks(ctx, options.webhooks, response.status < 300);
      return;
    } catch (error) {
      if (error instanceof EmulatorError) {
        await fail(error);
        if (ctx) sendWebhooks(ctx, options.webhooks, false);
        return;
      }
      options.onError?.(error);
      return fail(new EmulatorError(20500));
    }
  };
}

/**
 * Hands the request's webhooks to the dispatcher once the answer is written. The REST-made ones
 * go only for a request that succeeded with `X-Twilio-Webhook-Enabled: true` (§6.1); the ones
 * Twilio makes itself (a timer that ran out while the request looked) go whatever happened.
 */
function sendWebhooks(
  ctx: RouteContext,
  dispatcher: WebhookDispatcher | undefined,
  succeeded: boolean,
): void {
  if (!dispatcher || ctx.webhooks.length === 0) return;
  const restMade = succeeded && ctx.webhookEnabled();
  for (const { event, targets, always } of ctx.webhooks) {
    if (always || restMade) dispatcher.send(ctx.account, event, targets);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new EmulatorError(20413));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
