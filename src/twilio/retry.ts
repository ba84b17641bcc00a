import { createRollingCounts } from './rolling.ts';

/**
 * Backoff and the retry budget. Full jitter spreads the retries of many callers that failed
 * together (twilio-node uses the same formula); the budget keeps retries to a fraction of recent
 * traffic, so an upstream outage does not triple the load it receives (the model Grafbase and
 * Finagle use: 20 % of requests over 10 s, plus 10 retries per second in reserve).
 */
export function fullJitterDelay(retry: number, baseMs: number, capMs: number, random = Math.random): number {
  return random() * Math.min(capMs, baseMs * 2 ** retry);
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const header = Array.isArray(value) ? value[0] : value;
  if (header === undefined) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

export interface RetryBudget {
  /** Counts a call's first attempt. */
  recordRequest(): void;
  /** Takes one retry from the budget, or says there is none left. */
  tryRetry(): boolean;
}

export function createRetryBudget(
  options: { windowMs?: number; ratio?: number; reservePerSecond?: number; now?: () => number } = {},
): RetryBudget {
  const windowMs = options.windowMs ?? 10_000;
  const ratio = options.ratio ?? 0.2;
  const reservePerSecond = options.reservePerSecond ?? 10;
  const now = options.now ?? Date.now;
  const slots = Math.max(1, Math.ceil(windowMs / 1000));
  const counts = createRollingCounts(['requests', 'retries'] as const, { slots, slotMs: 1000, now });

  return {
    recordRequest() {
      counts.add('requests');
    },
    tryRetry() {
      const { requests, retries } = counts.totals();
      if (retries >= ratio * requests + reservePerSecond * slots) return false;
      counts.add('retries');
      return true;
    },
  };
}
