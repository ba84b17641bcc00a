import type { AbortWatch } from './abort.ts';

/**
 * At most `maxInFlight` calls at a time per key, the rest waiting in FIFO order, up to
 * `maxQueued` of them and `timeoutMs` each. Keys are credential fingerprints: one tenant's burst
 * waits in its own line and cannot take another tenant's turn. A key with nothing running or
 * waiting is forgotten, so the map never grows with the number of tenants seen.
 */
export type LimiterRejection = 'queue-full' | 'queue-timeout' | 'aborted';

export class LimiterRejectedError extends Error {
  override readonly name = 'LimiterRejectedError';
  readonly reason: LimiterRejection;

  constructor(reason: LimiterRejection) {
    super(`call not started: ${reason}`);
    this.reason = reason;
  }
}

interface Waiter {
  grant: () => void;
  reject: (error: LimiterRejectedError) => void;
}

interface Lane {
  running: number;
  waiting: Waiter[];
}

export interface ConcurrencyLimiter {
  /** Resolves with a release function once a slot is free; call it exactly once. */
  acquire(key: string, options: { timeoutMs: number; abort?: AbortWatch | undefined }): Promise<() => void>;
  /** Calls running and waiting for a key (for tests and metrics). */
  load(key: string): { running: number; waiting: number };
}

const noop = () => {};

export function createConcurrencyLimiter(limits: {
  maxInFlight: number;
  maxQueued: number;
}): ConcurrencyLimiter {
  const lanes = new Map<string, Lane>();

  const releaser = (key: string, lane: Lane) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = lane.waiting.shift();
      if (next) {
        next.grant();
        return;
      }
      lane.running -= 1;
      if (lane.running === 0 && lanes.get(key) === lane) lanes.delete(key);
    };
  };

  return {
    acquire(key, { timeoutMs, abort }) {
      if (abort?.aborted) return Promise.reject(new LimiterRejectedError('aborted'));
      let lane = lanes.get(key);
      if (!lane) {
        lane = { running: 0, waiting: [] };
        lanes.set(key, lane);
      }
      const current = lane;
      if (current.running < limits.maxInFlight) {
        current.running += 1;
        return Promise.resolve(releaser(key, current));
      }
      if (current.waiting.length >= limits.maxQueued || timeoutMs <= 0)
        return Promise.reject(new LimiterRejectedError(timeoutMs <= 0 ? 'queue-timeout' : 'queue-full'));
      return new Promise((resolve, reject) => {
        const leave = () => {
          clearTimeout(timer);
          unsubscribe();
          const index = current.waiting.indexOf(waiter);
          if (index >= 0) current.waiting.splice(index, 1);
        };
        const waiter: Waiter = {
          // The slot passes straight from the releasing call to this one; `running` is unchanged.
          grant: () => {
            leave();
            resolve(releaser(key, current));
          },
          reject: (error) => {
            leave();
            reject(error);
          },
        };
        const timer = setTimeout(() => waiter.reject(new LimiterRejectedError('queue-timeout')), timeoutMs);
        // Through the session's one listener on its signal, not a listener per waiting call.
        const unsubscribe =
          abort?.subscribe(() => waiter.reject(new LimiterRejectedError('aborted'))) ?? noop;
        current.waiting.push(waiter);
      });
    },
    load(key) {
      const lane = lanes.get(key);
      return { running: lane?.running ?? 0, waiting: lane?.waiting.length ?? 0 };
    },
  };
}
