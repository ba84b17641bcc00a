import type { EndUser } from '../access/index.ts';
import type { EndUserLimits } from '../config/index.ts';
import {
  type AbortSource,
  createConcurrencyLimiter,
  LimiterRejectedError,
  OPERATIONS,
  TwilioApiError,
  type TwilioSession,
  watchAbort,
} from '../twilio/index.ts';

/**
 * Limits per end user. Every end user's request runs with the gateway's own credentials, so the
 * per-credential limit of the REST client (`UPSTREAM_MAX_IN_FLIGHT`) is shared by all of them:
 * without these, one browser looping on a query could hold every slot and the account's Twilio
 * rate. Two limits, keyed by account, service and identity (never by token, which a user renews):
 *
 * - requests: a token bucket of `burst` requests refilled at `requestsPerMinute`; a request that
 *   finds it empty is refused with `429` before anything runs (use-end-user-limits.ts);
 * - Twilio calls in flight: at most `maxInFlight` per end user over all their requests, in front
 *   of the credential's own limit; further calls wait in line (FIFO, at most `MAX_QUEUED`, for at
 *   most `QUEUE_TIMEOUT_MS`) and then fail `OVERLOADED`, as the credential's queue does.
 */
export interface EndUserLimiter {
  /** Takes one request from the user's bucket; when it is empty, how long until one is back. */
  admit(user: EndUser): { ok: true } | { ok: false; retryAfterSeconds: number };
  /** `session` with the user's in-flight limit in front of every call. */
  throttle(session: TwilioSession, user: EndUser, signal?: AbortSource): TwilioSession;
  usage(): EndUserUsage;
  readonly limits: EndUserLimits;
}

export interface EndUserUsage {
  /** End users with Twilio calls in flight now. */
  active: number;
  /** The most calls in flight for one end user now. */
  busiestInFlight: number;
}

/** Which limit refused: a request (`rate`) or a Twilio call that waited too long (`in_flight`). */
export type EndUserRefusal = 'rate' | 'in_flight';

/** Calls one end user may have waiting for a slot beyond those in flight. */
const MAX_QUEUED = 100;
/** How long such a call may wait, as the client's own per-credential queue. */
const QUEUE_TIMEOUT_MS = 2_000;
/** Buckets kept before full ones (users idle long enough to be back at `burst`) are forgotten. */
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export function keyOfEndUser(user: EndUser): string {
  return `${user.accountSid}/${user.serviceSid}/${user.identity}`;
}

export function createEndUserLimiter(
  limits: EndUserLimits,
  options: { now?: () => number; onRefused?: (limit: EndUserRefusal) => void } = {},
): EndUserLimiter {
  const now = options.now ?? (() => performance.now());
  const buckets = new Map<string, Bucket>();
  const lanes = createConcurrencyLimiter({ maxInFlight: limits.maxInFlight, maxQueued: MAX_QUEUED });
  const inFlight = new Map<string, number>();

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(
      limits.burst,
      bucket.tokens + ((at - bucket.at) / 60_000) * limits.requestsPerMinute,
    );
    bucket.at = at;
  };

  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= limits.burst) buckets.delete(key);
    }
  };

  const overloaded = (operationId: string, message: string) => {
    const spec = OPERATIONS[operationId as keyof typeof OPERATIONS];
    return new TwilioApiError({
      kind: 'overloaded',
      message,
      method: spec?.method ?? 'GET',
      route: spec?.route ?? '',
      operationId,
    });
  };

  return {
    limits,
    admit(user) {
      const at = now();
      const key = keyOfEndUser(user);
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= SWEEP_AT) sweep(at);
        bucket = { tokens: limits.burst, at };
        buckets.set(key, bucket);
      }
      refill(bucket, at);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      options.onRefused?.('rate');
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / limits.requestsPerMinute)),
      };
    },
    throttle(session, user, signal) {
      const key = keyOfEndUser(user);
      const abort = watchAbort(signal);
      return {
        async send(operationId, request, read) {
          let release: () => void;
          try {
            release = await lanes.acquire(key, { timeoutMs: QUEUE_TIMEOUT_MS, abort });
          } catch (error) {
            if (!(error instanceof LimiterRejectedError)) throw error;
            // A request whose client went away is not a refusal of this limit.
            if (error.reason !== 'aborted') options.onRefused?.('in_flight');
            throw overloaded(operationId, 'Too many Twilio calls are waiting for this end user');
          }
          inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
          try {
            return await session.send(operationId, request, read);
          } finally {
            const left = (inFlight.get(key) ?? 1) - 1;
            if (left === 0) inFlight.delete(key);
            else inFlight.set(key, left);
            release();
          }
        },
      };
    },
    usage() {
      let busiestInFlight = 0;
      for (const count of inFlight.values()) busiestInFlight = Math.max(busiestInFlight, count);
      return { active: inFlight.size, busiestInFlight };
    },
  };
}
