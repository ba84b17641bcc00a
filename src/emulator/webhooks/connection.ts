/**
 * Twilio's connection overrides: `#ct=…&rt=…&tt=…&rc=…&rp=…` appended to a webhook URL as a
 * fragment (https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides,
 * docs/twilio-rest-behaviour.md §6.6). The fragment never goes on the wire, so it is neither
 * sent nor signed.
 */
export type RetryCondition = '4xx' | '5xx' | 'ct' | 'rt';

export interface ConnectionSettings {
  /** `ct`: time to establish the TCP (and TLS) connection. */
  connectTimeoutMs: number;
  /** `rt`: time to wait for the answer after sending the request. */
  readTimeoutMs: number;
  /** `tt`: time for every attempt together, retries included. */
  totalTimeMs: number;
  /** `rc`: attempts after the first one. */
  retryCount: number;
  /** `rp`: which failures are retried. */
  retryPolicy: ReadonlySet<RetryCondition>;
}

/**
 * Twilio's defaults, except the read timeout: Conversations waits at most 5 s for any of its
 * webhooks (https://www.twilio.com/docs/conversations/conversations-webhooks).
 */
export const CONVERSATIONS_READ_TIMEOUT_MS = 5_000;

export const DEFAULT_CONNECTION_SETTINGS: ConnectionSettings = {
  connectTimeoutMs: 5_000,
  readTimeoutMs: CONVERSATIONS_READ_TIMEOUT_MS,
  totalTimeMs: 15_000,
  retryCount: 1,
  retryPolicy: new Set<RetryCondition>(['ct']),
};

const LIMITS = {
  ct: { min: 100, max: 10_000 },
  rt: { min: 100, max: CONVERSATIONS_READ_TIMEOUT_MS },
  tt: { min: 100, max: 15_000 },
  rc: { min: 0, max: 5 },
} as const;

const CONDITIONS: readonly RetryCondition[] = ['4xx', '5xx', 'ct', 'rt'];

/** An integer override within Twilio's documented range; anything else keeps the default. */
function bounded(raw: string | null, limit: { min: number; max: number }, fallback: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= limit.min && value <= limit.max ? value : fallback;
}

function parseRetryPolicy(
  raw: string | null,
  fallback: ReadonlySet<RetryCondition>,
): ReadonlySet<RetryCondition> {
  if (raw === null) return fallback;
  const policy = new Set<RetryCondition>();
  for (const item of raw.split(',')) {
    const value = item.trim();
    if (value === 'all') return new Set(CONDITIONS);
    if ((CONDITIONS as readonly string[]).includes(value)) policy.add(value as RetryCondition);
    else return fallback;
  }
  return policy;
}

/** Splits a configured webhook URL into the URL Twilio calls and its connection settings. */
export function parseWebhookUrl(
  configured: string,
  defaults: ConnectionSettings = DEFAULT_CONNECTION_SETTINGS,
): { url: string; settings: ConnectionSettings } {
  const hash = configured.indexOf('#');
  if (hash < 0) return { url: configured, settings: defaults };
  const overrides = new URLSearchParams(configured.slice(hash + 1));
  return {
    url: configured.slice(0, hash),
    settings: {
      connectTimeoutMs: bounded(overrides.get('ct'), LIMITS.ct, defaults.connectTimeoutMs),
      readTimeoutMs: bounded(overrides.get('rt'), LIMITS.rt, defaults.readTimeoutMs),
      totalTimeMs: bounded(overrides.get('tt'), LIMITS.tt, defaults.totalTimeMs),
      retryCount: bounded(overrides.get('rc'), LIMITS.rc, defaults.retryCount),
      retryPolicy: parseRetryPolicy(overrides.get('rp'), defaults.retryPolicy),
    },
  };
}
