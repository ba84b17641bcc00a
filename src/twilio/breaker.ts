/**
 * The circuit breaker in front of the client's one upstream origin. It watches every attempt
 * (retries included, as they happen) over a rolling window; when at least `minimumCalls` attempts
 * were judged and at least `failureRatio` of them failed, it opens: calls then fail at once, without
 * a request, for `openMs`. After that a single probe is let through; its answer closes the breaker,
 * its failure opens it for another `openMs`.
 *
 * Only what says the origin is unhealthy is a failure: a 5xx answer, an attempt timeout, a reset or
 * refused connection. A 4xx answer is about the caller (bad credentials, a missing resource, its own
 * rate limit), so it is not counted at all: one tenant's bad requests can neither open the breaker
 * for the others nor hold it closed while the origin is failing. It does prove the origin answers,
 * so it closes the breaker when it is the probe's answer.
 */
import { performance } from 'node:perf_hooks';
import { createRollingCounts } from './rolling.ts';

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * How one attempt went, as far as the origin's health is concerned:
 * - `success`: an answer below 400;
 * - `client-error`: a 4xx answer (not counted; closes a half-open breaker);
 * - `failure`: a 5xx answer, an attempt timeout, a reset or refused connection;
 * - `none`: no verdict (the caller went away, its deadline passed, the answer was refused).
 */
export type AttemptVerdict = 'success' | 'client-error' | 'failure' | 'none';

export interface CircuitBreakerOptions {
  /** Share of failed attempts in the window that opens the breaker; default 0.5. */
  failureRatio?: number;
  /** Attempts judged in the window before the ratio is looked at; default 20. */
  minimumCalls?: number;
  /** The rolling window; default 10000 ms. */
  windowMs?: number;
  /** How long the breaker stays open before its probe; default 30000 ms. */
  openMs?: number;
  /** Told of every change of state (for logs and metrics); must not throw. */
  onStateChange?: (state: CircuitState) => void;
  /** A monotonic clock in milliseconds, for tests; default `performance.now`. */
  now?: () => number;
}

/** The right to send one attempt; settle it exactly once with how the attempt went. */
export interface BreakerPermit {
  settle(verdict: AttemptVerdict): void;
}

export interface CircuitBreaker {
  /** Whether an attempt would be let through now; takes nothing (the probe stays free). */
  wouldPass(): boolean;
  /** Lets one attempt through, or says no. When half-open, only the first caller gets through. */
  tryPass(): BreakerPermit | null;
  state(): CircuitState;
}

export const CIRCUIT_BREAKER_DEFAULTS = {
  failureRatio: 0.5,
  minimumCalls: 20,
  windowMs: 10_000,
  openMs: 30_000,
} as const;

/** The window is kept as this many buckets, each a tenth of it. */
const BUCKETS = 10;

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const failureRatio = options.failureRatio ?? CIRCUIT_BREAKER_DEFAULTS.failureRatio;
  const minimumCalls = options.minimumCalls ?? CIRCUIT_BREAKER_DEFAULTS.minimumCalls;
  const windowMs = options.windowMs ?? CIRCUIT_BREAKER_DEFAULTS.windowMs;
  const openMs = options.openMs ?? CIRCUIT_BREAKER_DEFAULTS.openMs;
  if (!(failureRatio > 0 && failureRatio <= 1)) throw new RangeError('failureRatio must be in (0, 1]');
  if (!Number.isInteger(minimumCalls) || minimumCalls < 1)
    throw new RangeError('minimumCalls must be a positive integer');
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new RangeError('windowMs must be a positive number');
  if (!Number.isFinite(openMs) || openMs < 0) throw new RangeError('openMs must be a non-negative number');
  const now = options.now ?? (() => performance.now());
  const onStateChange = options.onStateChange;

  const attempts = createRollingCounts(['successes', 'failures'] as const, {
    slots: BUCKETS,
    slotMs: windowMs / BUCKETS,
    now,
  });
  let current: CircuitState = 'closed';
  let openUntil = 0;
  let probeOut = false;
  // Bumped on every change of state: a permit handed out before it says nothing about the new state.
  let generation = 0;

  const move = (next: CircuitState) => {
    current = next;
    generation += 1;
    probeOut = false;
    attempts.clear();
    try {
      onStateChange?.(next);
    } catch {
      // A failing observer must not stop the breaker from working.
    }
  };
  /** Moves an open breaker whose time is up to half-open. */
  const refresh = () => {
    if (current === 'open' && now() >= openUntil) move('half-open');
  };
  const record = (failed: boolean) => {
    attempts.add(failed ? 'failures' : 'successes');
    if (!failed) return;
    const { successes, failures } = attempts.totals();
    const total = successes + failures;
    if (total >= minimumCalls && failures >= failureRatio * total) {
      openUntil = now() + openMs;
      move('open');
    }
  };

  const permit = (probe: boolean): BreakerPermit => {
    const issued = generation;
    let settled = false;
    return {
      settle(verdict) {
        if (settled) return;
        settled = true;
        // Attempts let through before the last change of state are history: ignored.
        if (issued !== generation) return;
        if (!probe) {
          if (verdict === 'success') record(false);
          else if (verdict === 'failure') record(true);
          return;
        }
        if (verdict === 'success' || verdict === 'client-error') move('closed');
        else if (verdict === 'failure') {
          openUntil = now() + openMs;
          move('open');
        } else probeOut = false;
      },
    };
  };

  return {
    wouldPass() {
      refresh();
      return current === 'closed' || (current === 'half-open' && !probeOut);
    },
    tryPass() {
      refresh();
      if (current === 'closed') return permit(false);
      if (current === 'open' || probeOut) return null;
      probeOut = true;
      return permit(true);
    },
    state() {
      refresh();
      return current;
    },
  };
}
