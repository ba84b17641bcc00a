import type { CircuitBreakerOptions } from './breaker.ts';

export interface TwilioClientOptions {
  /** Default https://conversations.twilio.com; the only origin credentials are ever sent to. */
  baseUrl?: string;
  /**
   * Requests in flight per credential at most; default 50 (a full page of per-item calls in one
   * wave). Lowered per credential while Twilio answers 429 (see adaptive-limit.ts and decision 0029).
   */
  maxInFlightPerCredential?: number;
  /** Calls waiting per credential beyond those in flight; default 1000. */
  maxQueuedPerCredential?: number;
  /** How long a call may wait for a slot; default 2000 ms. */
  queueTimeoutMs?: number;
  /** Per attempt, from sending to the last byte of the answer; default 5000 ms. */
  attemptTimeoutMs?: number;
  /** Per session (one GraphQL request), over all its calls, queueing and retries; default 15000 ms. */
  deadlineMs?: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  /** Full-jitter backoff base; default 100 ms. */
  retryBaseMs?: number;
  /** Full-jitter backoff cap; default 2000 ms. */
  retryCapMs?: number;
  /**
   * The longest `Retry-After` waited for on a 429; longer ones fail at once. Default 5000 ms. A 429
   * without one (Twilio's 20429) lowers the credential's concurrency and waits for a slot again, or
   * when there is nothing left to lower, is retried with the backoff.
   */
  retryAfterCapMs?: number;
  /** Connections kept to the origin; default 100. */
  connections?: number;
  /**
   * The circuit breaker in front of the origin: by default it opens when at least 50 % of at least
   * 20 attempts in a rolling 10 s failed (5xx, attempt timeout, reset or refused connection; 4xx
   * never count), stays open 30 s, then lets one probe through. `false` turns it off (for tests).
   */
  circuitBreaker?: CircuitBreakerOptions | false;
}

/** What a client gets for an option it is not given; the gateway's configuration defaults to these too. */
const DEFAULTS = {
  baseUrl: 'https://conversations.twilio.com',
  maxInFlightPerCredential: 50,
  maxQueuedPerCredential: 1000,
  queueTimeoutMs: 2000,
  attemptTimeoutMs: 5000,
  deadlineMs: 15_000,
  maxRetries: 2,
  retryBaseMs: 100,
  retryCapMs: 2000,
  retryAfterCapMs: 5000,
  connections: 100,
} satisfies Required<Omit<TwilioClientOptions, 'circuitBreaker'>>;

export { DEFAULTS as CLIENT_DEFAULTS };

function positive(name: string, value: number | undefined, fallback: number, allowZero = false): number {
  const result = value ?? fallback;
  if (!Number.isFinite(result) || result < 0 || (!allowZero && result === 0))
    throw new RangeError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number`);
  return result;
}

function parseOrigin(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError('baseUrl is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('baseUrl must be http(s)');
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new TypeError('baseUrl must be an origin only (scheme, host and port)');
  return url.origin;
}

/**
 * A client's options, checked and with defaults filled in: a setting out of range throws here, when
 * the client is made, never on a call.
 */
export function clientSettings(options: TwilioClientOptions) {
  return {
    origin: parseOrigin(options.baseUrl ?? DEFAULTS.baseUrl),
    maxInFlight: Math.floor(
      positive(
        'maxInFlightPerCredential',
        options.maxInFlightPerCredential,
        DEFAULTS.maxInFlightPerCredential,
      ),
    ),
    maxQueued: Math.floor(
      positive(
        'maxQueuedPerCredential',
        options.maxQueuedPerCredential,
        DEFAULTS.maxQueuedPerCredential,
        true,
      ),
    ),
    queueTimeoutMs: positive('queueTimeoutMs', options.queueTimeoutMs, DEFAULTS.queueTimeoutMs, true),
    attemptTimeoutMs: positive('attemptTimeoutMs', options.attemptTimeoutMs, DEFAULTS.attemptTimeoutMs),
    deadlineMs: positive('deadlineMs', options.deadlineMs, DEFAULTS.deadlineMs),
    maxRetries: Math.floor(positive('maxRetries', options.maxRetries, DEFAULTS.maxRetries, true)),
    retryBaseMs: positive('retryBaseMs', options.retryBaseMs, DEFAULTS.retryBaseMs, true),
    retryCapMs: positive('retryCapMs', options.retryCapMs, DEFAULTS.retryCapMs, true),
    retryAfterCapMs: positive('retryAfterCapMs', options.retryAfterCapMs, DEFAULTS.retryAfterCapMs, true),
    connections: Math.floor(positive('connections', options.connections, DEFAULTS.connections)),
  };
}
