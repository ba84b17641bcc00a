import type { Redis } from 'ioredis';

/**
 * Drops a webhook Twilio sends again. Every attempt of one webhook carries the same
 * `I-Twilio-Idempotency-Token`, and Twilio signatures hold no timestamp, so the token is also
 * what stops a replayed request from being published twice within the window.
 */
export interface Deduplicator {
  /** True the first time a key is seen within the window, false for a repeat. */
  claim(key: string): Promise<boolean>;
  /** Forgets a claim, when the event it named could not be published and may come again. */
  release(key: string): Promise<void>;
}

/**
 * Twilio retries a webhook within its total time of at most 15 s
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides); a window of minutes
 * covers that with room for slow retries and manual replays.
 */
export const DEDUPLICATION_WINDOW_MS = 10 * 60_000;

/**
 * One process's memory of recent tokens: at most `maxEntries`, the oldest forgotten first. Entries
 * are added in time order with one window, so the oldest is always first in the map.
 */
export function createMemoryDeduplicator(
  options: { windowMs?: number; maxEntries?: number; now?: () => number } = {},
): Deduplicator {
  const windowMs = options.windowMs ?? DEDUPLICATION_WINDOW_MS;
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();
  const evict = (at: number) => {
    for (const [key, expiresAt] of seen) {
      if (expiresAt > at && seen.size < maxEntries) break;
      seen.delete(key);
    }
  };
  return {
    async claim(key) {
      const at = now();
      evict(at);
      const expiresAt = seen.get(key);
      if (expiresAt !== undefined && expiresAt > at) return false;
      seen.set(key, at + windowMs);
      return true;
    },
    async release(key) {
      seen.delete(key);
    },
  };
}

/**
 * Tokens kept in Redis, so a retry that a load balancer sends to another gateway instance is
 * still recognised: `SET key NX PX window` succeeds only for the first claimant.
 */
export function createRedisDeduplicator(
  redis: Pick<Redis, 'set' | 'del'>,
  options: { windowMs?: number; prefix?: string } = {},
): Deduplicator {
  const windowMs = options.windowMs ?? DEDUPLICATION_WINDOW_MS;
  const prefix = options.prefix ?? 'twilio-conversations-graphql:webhook:';
  return {
    async claim(key) {
      return (await redis.set(prefix + key, '1', 'PX', windowMs, 'NX')) === 'OK';
    },
    async release(key) {
      await redis.del(prefix + key);
    },
  };
}
