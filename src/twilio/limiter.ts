import type { AbortWatch } from './abort.ts';

/**
 * At most `maxInFlight` calls at a time per key, the rest waiting, up to `maxQueued` of them and
 * `timeoutMs` each. Keys are credential fingerprints: one tenant's burst waits in its own line and
 * cannot take another tenant's turn. A key with nothing running or waiting is forgotten, so the map
 * never grows with the number of tenants seen.
 *
 * Within a key, waiting calls are grouped by `party` (the client passes its session: one GraphQL
 * request) and a free slot goes to the parties in turn, round-robin, each party's own calls in the
 * order they came. A request with 200 calls waiting then delays a request with 2 by at most one call
 * of its own per turn, not by all 200; calls without a party are each their own, which is FIFO.
 *
 * `maxInFlight` may be a function of the key (the client lowers a credential's limit after Twilio
 * answers 429, see adaptive-limit.ts); after raising it, `wake(key)` starts the calls it now allows.
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
  /** Calls waiting, over all parties. */
  waiting: number;
  /** Parties with calls waiting, in their turn order (a Map keeps insertion order). */
  parties: Map<unknown, Waiter[]>;
}

export interface AcquireOptions {
  timeoutMs: number;
  abort?: AbortWatch | undefined;
  /** Whose call this is; calls of one party share a turn. Default: a party of its own. */
  party?: unknown;
}

/** Gives a slot back; call it exactly once. */
export type Release = (() => void) & {
  /** Calls of the key in flight when this one got its slot, itself included. */
  readonly inFlight: number;
};

export interface ConcurrencyLimiter {
  /** Resolves with the release function once a slot is free. */
  acquire(key: string, options: AcquireOptions): Promise<Release>;
  /** Calls running and waiting for a key (for tests and metrics). */
  load(key: string): { running: number; waiting: number };
  /** Starts waiting calls of `key` while its limit allows (after the limit was raised). */
  wake(key: string): void;
}

const noop = () => {};

export function createConcurrencyLimiter(limits: {
  maxInFlight: number | ((key: string) => number);
  maxQueued: number;
}): ConcurrencyLimiter {
  const lanes = new Map<string, Lane>();
  const { maxInFlight } = limits;
  const limitOf = typeof maxInFlight === 'number' ? () => maxInFlight : maxInFlight;

  /** The next waiter in turn: the first party's oldest call; that party then goes to the back. */
  const nextWaiter = (lane: Lane): Waiter | undefined => {
    for (const [party, queue] of lane.parties) {
      const waiter = queue.shift();
      lane.parties.delete(party);
      if (queue.length > 0) lane.parties.set(party, queue);
      if (waiter) return waiter;
    }
    return undefined;
  };

  const pump = (key: string, lane: Lane) => {
    const limit = Math.max(1, limitOf(key));
    while (lane.running < limit) {
      const waiter = nextWaiter(lane);
      if (!waiter) break;
      lane.running += 1;
      waiter.grant();
    }
    if (lane.running === 0 && lane.waiting === 0 && lanes.get(key) === lane) lanes.delete(key);
  };

  const releaser = (key: string, lane: Lane): Release => {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      lane.running -= 1;
      pump(key, lane);
    };
    return Object.assign(release, { inFlight: lane.running });
  };

  return {
    acquire(key, { timeoutMs, abort, party }) {
      if (abort?.aborted) return Promise.reject(new LimiterRejectedError('aborted'));
      let lane = lanes.get(key);
      if (!lane) {
        lane = { running: 0, waiting: 0, parties: new Map() };
        lanes.set(key, lane);
      }
      const current = lane;
      if (current.waiting === 0 && current.running < Math.max(1, limitOf(key))) {
        current.running += 1;
        return Promise.resolve(releaser(key, current));
      }
      if (current.waiting >= limits.maxQueued || timeoutMs <= 0) {
        if (current.running === 0 && current.waiting === 0) lanes.delete(key);
        return Promise.reject(new LimiterRejectedError(timeoutMs <= 0 ? 'queue-timeout' : 'queue-full'));
      }
      const owner = party ?? Symbol('call');
      return new Promise((resolve, reject) => {
        let waiting = true;
        const leave = () => {
          clearTimeout(timer);
          unsubscribe();
          if (!waiting) return;
          waiting = false;
          current.waiting -= 1;
          const queue = current.parties.get(owner);
          const index = queue?.indexOf(waiter) ?? -1;
          if (queue && index >= 0) {
            queue.splice(index, 1);
            if (queue.length === 0) current.parties.delete(owner);
          }
        };
        const waiter: Waiter = {
          // `pump` counted the slot as running before granting it.
          grant: () => {
            leave();
            resolve(releaser(key, current));
          },
          reject: (error) => {
            leave();
            reject(error);
            if (current.running === 0 && current.waiting === 0 && lanes.get(key) === current)
              lanes.delete(key);
          },
        };
        const timer = setTimeout(() => waiter.reject(new LimiterRejectedError('queue-timeout')), timeoutMs);
        // Through the session's one listener on its signal, not a listener per waiting call.
        const unsubscribe =
          abort?.subscribe(() => waiter.reject(new LimiterRejectedError('aborted'))) ?? noop;
        current.waiting += 1;
        const queue = current.parties.get(owner);
        if (queue) queue.push(waiter);
        else current.parties.set(owner, [waiter]);
        // A raised limit with no `wake` yet: the slot is free now.
        if (current.running < Math.max(1, limitOf(key))) pump(key, current);
      });
    },
    load(key) {
      const lane = lanes.get(key);
      return { running: lane?.running ?? 0, waiting: lane?.waiting ?? 0 };
    },
    wake(key) {
      const lane = lanes.get(key);
      if (lane) pump(key, lane);
    },
  };
}
