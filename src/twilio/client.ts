import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { type AbortSource, type AbortWatch, watchAbort } from './abort.ts';
import { createAdaptiveLimits } from './adaptive-limit.ts';
import { errorDetails, parseJson } from './answer-text.ts';
import { type Outcome, sendAttempt } from './attempt.ts';
import {
  type AttemptVerdict,
  type BreakerPermit,
  type CircuitBreaker,
  createCircuitBreaker,
} from './breaker.ts';
import { clientSettings, type TwilioClientOptions } from './client-settings.ts';
import { createCredentialCache, type TwilioCredentials } from './credentials.ts';
import { TwilioApiError, type TwilioErrorKind } from './errors.ts';
import { InvalidArgumentError } from './form.ts';
import { createConcurrencyLimiter, LimiterRejectedError, type Release } from './limiter.ts';
import { OPERATIONS, type OperationSpec } from './operations.ts';
import type { PageSource } from './paging.ts';
import { type OperationRequest, type Prepared, prepare } from './prepare.ts';
import { createRetryBudget, fullJitterDelay, parseRetryAfter } from './retry.ts';
import { type OperationId, WireFormatError } from './wire.ts';

/**
 * The Twilio client: sessions (one per GraphQL request) that send operations through one
 * connection pool, in turn per credential (limiter.ts, adaptive-limit.ts), behind the circuit
 * breaker (breaker.ts), with retries from a shared budget (retry.ts). What it is built from lives
 * beside it: its options and their defaults in client-settings.ts, what a session derives from
 * its credentials in credentials.ts, an operation's HTTP request in prepare.ts, one attempt on
 * the wire in attempt.ts, the reading of Twilio's answer text in answer-text.ts.
 */
export { CLIENT_DEFAULTS, type TwilioClientOptions } from './client-settings.ts';
export type { TwilioCredentials } from './credentials.ts';
export type { OperationRequest } from './prepare.ts';

/** One finished call, as reported to a session's `onCall`. */
export interface UpstreamCall {
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** The spec's path template, never the concrete path. */
  route: string;
  /** The last HTTP status received, or null when no answer arrived. */
  status: number | null;
  /** Requests actually sent (0 when the call was refused before sending). */
  attempts: number;
  durationMs: number;
  /** The kind of error the call ended with; never a message, so never a secret. */
  error?: string;
}

export interface TwilioClient {
  /** The calls of one GraphQL request, made with one caller's credentials. */
  session(
    credentials: TwilioCredentials,
    options?: { signal?: AbortSource; onCall?: (call: UpstreamCall) => void },
  ): TwilioSession;
  close(): Promise<void>;
}

export interface WireResponse {
  status: number;
  /** The parsed JSON answer; undefined for an empty one (204). */
  body: unknown;
  source: PageSource;
}

/**
 * One caller's credentials and deadline. The credentials live in a private field: they are not
 * enumerable, not serialised and not shown by `util.inspect`.
 */
export interface TwilioSession {
  /**
   * Sends one operation of the spec and reads its answer with `read`. The resource functions are
   * the typed way in; this is what they share.
   */
  send<T>(
    operationId: OperationId,
    request: OperationRequest,
    read: (response: WireResponse) => T,
  ): Promise<T>;
}

/** Twilio pages hold at most 100 resources of a few KB; anything far larger is not Twilio. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
const USER_AGENT = 'twilio-conversations-graphql';
/**
 * How often one call may wait for a slot again after a 429 lowered its credential's limit, before
 * further 429s cost it a retry: it is lowered below the calls in flight each time, so this is a
 * bound for a ceiling that keeps falling (other programs taking the account's share), not a budget.
 */
const MAX_REQUEUES = 10;
/** A permit for when there is no breaker. */
const NO_BREAKER: BreakerPermit = { settle: () => {} };

/** What an attempt says about the origin's health (see breaker.ts). */
function verdictOf(outcome: Outcome): AttemptVerdict {
  if (outcome.type === 'response') {
    if (outcome.status >= 500) return 'failure';
    return outcome.status >= 400 ? 'client-error' : 'success';
  }
  switch (outcome.failure) {
    case 'timeout':
    case 'connect':
    case 'network':
      return 'failure';
    default:
      // The caller went away or its own deadline cut the attempt short; or the answer was refused.
      return 'none';
  }
}

function sleep(ms: number, abort: AbortWatch | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (abort?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      unsubscribe?.();
      resolve(true);
    }, ms);
    const unsubscribe = abort?.subscribe(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

export function createTwilioClient(options: TwilioClientOptions = {}): TwilioClient {
  const {
    origin,
    maxInFlight,
    maxQueued,
    queueTimeoutMs,
    attemptTimeoutMs,
    deadlineMs,
    maxRetries,
    retryBaseMs,
    retryCapMs,
    retryAfterCapMs,
    connections,
  } = clientSettings(options);

  // One pool per client, bound to one origin: a request to any other host cannot be expressed,
  // and undici's `request` never follows redirects.
  const pool = new Pool(origin, {
    connections,
    pipelining: 1,
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 60_000,
    // Backstops only: each attempt is bounded by its own abort timer.
    headersTimeout: attemptTimeoutMs * 2,
    bodyTimeout: attemptTimeoutMs * 2,
    connect: { timeout: attemptTimeoutMs },
  });
  const adaptive = createAdaptiveLimits({ max: maxInFlight });
  const limiter = createConcurrencyLimiter({ maxInFlight: adaptive.limitOf, maxQueued });
  const budget = createRetryBudget();
  // One breaker per client, so per origin: the client cannot reach any other.
  const breaker: CircuitBreaker | null =
    options.circuitBreaker === false ? null : createCircuitBreaker(options.circuitBreaker ?? {});
  const partsOf = createCredentialCache();
  let closed = false;

  class Session implements TwilioSession {
    readonly #authorization: string;
    readonly #secrets: string[];
    readonly #credentialProblem: string | null;
    readonly #fingerprint: string;
    readonly #deadlineAt: number;
    /** The caller's signal, watched through one listener however many calls are in flight. */
    readonly #abort: AbortWatch | undefined;
    readonly #onCall: ((call: UpstreamCall) => void) | undefined;

    constructor(
      credentials: TwilioCredentials,
      sessionOptions: { signal?: AbortSource; onCall?: (call: UpstreamCall) => void },
    ) {
      const username = String(credentials?.username ?? '');
      const password = String(credentials?.password ?? '');
      const parts = partsOf(username, password);
      this.#authorization = parts.authorization;
      this.#secrets = parts.secrets;
      this.#credentialProblem = parts.credentialProblem;
      this.#fingerprint = parts.fingerprint;
      this.#deadlineAt = performance.now() + deadlineMs;
      this.#abort = watchAbort(sessionOptions.signal);
      this.#onCall = sessionOptions.onCall;
    }

    async send<T>(
      operationId: OperationId,
      request: OperationRequest,
      read: (response: WireResponse) => T,
    ): Promise<T> {
      const spec: OperationSpec | undefined = OPERATIONS[operationId];
      if (!spec) throw new TypeError('unknown operation');
      const started = performance.now();
      const call = { attempts: 0, status: null as number | null };
      const report = (error?: TwilioApiError) => {
        if (!this.#onCall) return;
        const entry: UpstreamCall = {
          operationId,
          method: spec.method,
          route: spec.route,
          status: call.status,
          attempts: call.attempts,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        };
        if (error) entry.error = error.kind;
        try {
          this.#onCall(entry);
        } catch {
          // A failing listener must not turn a finished call into a failed one.
        }
      };
      const fail = (kind: TwilioErrorKind, message: string, extra: Partial<TwilioApiError> = {}) =>
        new TwilioApiError({
          kind,
          message,
          method: spec.method,
          route: spec.route,
          operationId,
          status: extra.status ?? null,
          code: extra.code ?? null,
          moreInfo: extra.moreInfo ?? null,
        });

      try {
        if (closed) throw fail('network', 'The Twilio client is closed');
        if (this.#credentialProblem) throw fail('invalid-argument', this.#credentialProblem);
        let prepared: Prepared;
        try {
          prepared = prepare(operationId, spec, request);
        } catch (error) {
          if (error instanceof InvalidArgumentError) throw fail('invalid-argument', error.message);
          throw error;
        }
        const response = await this.#execute(prepared, call, fail);
        let body: unknown;
        try {
          body = parseJson(response.text);
          const value = read({ status: response.status, body, source: { origin, path: prepared.path } });
          report();
          return value;
        } catch (error) {
          if (error instanceof SyntaxError || error instanceof WireFormatError) {
            const detail = error instanceof WireFormatError ? error.message : 'the answer is not JSON';
            throw fail('refused', `Refused Twilio's answer: ${detail}`, { status: response.status });
          }
          throw error;
        }
      } catch (error) {
        if (error instanceof TwilioApiError) {
          report(error);
          throw error;
        }
        const wrapped = fail('refused', 'Unexpected failure while calling Twilio');
        report(wrapped);
        throw wrapped;
      }
    }

    async #execute(
      prepared: Prepared,
      call: { attempts: number; status: number | null },
      fail: (kind: TwilioErrorKind, message: string, extra?: Partial<TwilioApiError>) => TwilioApiError,
    ): Promise<{ status: number; text: string }> {
      const { spec } = prepared;
      const isGet = spec.method === 'GET';
      const cancelled = () => fail('deadline', 'The request was cancelled before Twilio answered');
      const deadline = () => fail('deadline', 'The request deadline passed before Twilio answered');
      const circuitOpen = () =>
        fail('circuit-open', 'Calls to Twilio are paused after too many recent failures; try again later');
      let retries = 0;
      /** Times this call waited for a slot again after a 429 lowered its credential's limit. */
      let requeues = 0;

      /** Waits before the next attempt, if the retry, time and breaker budgets allow it. */
      const retryAfter = async (delayMs: number): Promise<boolean> => {
        if (retries >= maxRetries) return false;
        if (performance.now() + delayMs >= this.#deadlineAt) return false;
        // A retry the breaker would refuse is not worth waiting for, nor a share of the budget.
        if (breaker && !breaker.wouldPass()) return false;
        if (!budget.tryRetry()) return false;
        retries += 1;
        if (!(await sleep(delayMs, this.#abort))) throw cancelled();
        return true;
      };
      const backoff = () => fullJitterDelay(retries, retryBaseMs, retryCapMs);

      // While the breaker is open, fail at once: no queueing, no request.
      if (breaker && !breaker.wouldPass()) throw circuitOpen();

      for (;;) {
        if (this.#abort?.aborted) throw cancelled();
        const remaining = this.#deadlineAt - performance.now();
        if (remaining <= 0) throw deadline();

        let release: Release;
        try {
          release = await limiter.acquire(this.#fingerprint, {
            timeoutMs: Math.min(queueTimeoutMs, remaining),
            abort: this.#abort,
            // The session is one GraphQL request: requests of one credential take turns.
            party: this,
          });
        } catch (error) {
          if (!(error instanceof LimiterRejectedError)) throw error;
          if (error.reason === 'aborted') throw cancelled();
          if (error.reason === 'queue-timeout' && remaining < queueTimeoutMs) throw deadline();
          throw fail('overloaded', 'Too many Twilio calls are waiting for these credentials');
        }

        let outcome: Outcome;
        try {
          if (this.#abort?.aborted) throw cancelled();
          const left = this.#deadlineAt - performance.now();
          if (left <= 0) throw deadline();
          // Asked again once a slot is held: the breaker may have opened while this call waited, and
          // when half-open only one attempt, the probe, gets through.
          const permit = breaker ? breaker.tryPass() : NO_BREAKER;
          if (!permit) throw circuitOpen();
          // Only calls that reach Twilio earn retries: calls refused before sending do not count.
          if (call.attempts === 0) budget.recordRequest();
          call.attempts += 1;
          let verdict: AttemptVerdict = 'none';
          try {
            outcome = await this.#attempt(
              prepared,
              Math.min(attemptTimeoutMs, left),
              left < attemptTimeoutMs,
            );
            verdict = verdictOf(outcome);
          } finally {
            // Every attempt is judged as it ends, retries included.
            permit.settle(verdict);
          }
        } finally {
          release();
        }

        if (outcome.type === 'failure') {
          switch (outcome.failure) {
            case 'cancelled':
              throw cancelled();
            case 'deadline':
              throw deadline();
            case 'too-large':
              throw fail('refused', "Refused Twilio's answer: it is too large");
            case 'connect':
              // Nothing was sent, so even a write can be tried again.
              if (await retryAfter(backoff())) continue;
              throw fail('network', 'Could not connect to Twilio');
            case 'timeout':
              if (isGet && (await retryAfter(backoff()))) continue;
              throw fail('timeout', `Twilio did not answer within ${attemptTimeoutMs} ms`);
            default:
              if (isGet && (await retryAfter(backoff()))) continue;
              throw fail('network', 'The connection to Twilio failed');
          }
        }

        const { status, headers, text } = outcome;
        call.status = status;
        if (status >= 200 && status < 300) {
          if (adaptive.succeeded(this.#fingerprint)) limiter.wake(this.#fingerprint);
          return { status, text };
        }
        if (status >= 300 && status < 400)
          throw fail('refused', `Refused Twilio's answer: a redirect (HTTP ${status})`, { status });

        const details = errorDetails(text, this.#secrets);
        if (status === 429) {
          // Twilio never processed a request it answered 429 (error 20429), so any method may be retried.
          // Too many concurrent requests for the account: fewer at once from now on (adaptive-limit.ts).
          const lowered = adaptive.rateLimited(this.#fingerprint, release.inFlight);
          const delay = parseRetryAfter(headers['retry-after']);
          if (delay !== null) {
            if (delay <= retryAfterCapMs && (await retryAfter(delay))) continue;
          } else if (lowered && requeues < MAX_REQUEUES) {
            // Sent under a higher limit than now: the lower limit paces it; no backoff, no retry spent.
            requeues += 1;
            continue;
          } else if (await retryAfter(backoff())) {
            continue;
          }
          throw fail('rate-limited', details.message ?? 'Twilio is rate limiting these credentials', {
            status,
            code: details.code,
            moreInfo: details.moreInfo,
          });
        }
        if (isGet && (status === 502 || status === 503 || status === 504) && (await retryAfter(backoff())))
          continue;
        throw fail('http', details.message ?? `Twilio answered HTTP ${status}`, {
          status,
          code: details.code,
          moreInfo: details.moreInfo,
        });
      }
    }

    #attempt(prepared: Prepared, timeoutMs: number, boundByDeadline: boolean): Promise<Outcome> {
      const headers: Record<string, string> = {
        authorization: this.#authorization,
        accept: 'application/json',
        'user-agent': USER_AGENT,
      };
      if (prepared.spec.method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
      if (prepared.webhookEnabled !== undefined)
        headers['x-twilio-webhook-enabled'] = prepared.webhookEnabled ? 'true' : 'false';
      return sendAttempt(
        pool,
        { method: prepared.spec.method, path: prepared.pathAndQuery, headers, body: prepared.body },
        {
          timeoutMs,
          timeoutCause: boundByDeadline ? 'deadline' : 'timeout',
          abort: this.#abort,
          maxBytes: MAX_RESPONSE_BYTES,
        },
      );
    }
  }

  return {
    session(credentials, sessionOptions = {}) {
      return new Session(credentials, sessionOptions);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.close();
    },
  };
}
