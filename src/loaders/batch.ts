import DataLoader from 'dataloader';
import { TwilioApiError } from '../twilio/errors.ts';
import { wellFormed } from '../twilio/form.ts';
import type { Page } from '../twilio/paging.ts';

/**
 * Per-request loading. Twilio has no batch endpoint, so batching here means: never ask twice,
 * ask in parallel, and ask for a list when that is cheaper than many single fetches.
 *
 * - Loaders are created per GraphQL request (createLoaders) and never shared: no cache outlives
 *   the request or crosses tenants.
 * - Keys are full REST paths in the route form used (`svc:IS…/CH…`, or `default/CH…` for the
 *   account's default service through the short routes), so the same object is fetched once.
 * - Lookups by unique name or identity prime the SID key with the result, and vice versa.
 * - Every list page primes the by-SID loaders of its items (see `primeFromPage`).
 * - Coalescing: several members of one parent collection asked in the same tick become one list
 *   call when the collection is small enough to be read in one page (participants of a
 *   conversation, roles of a service).
 */
export type Scope = string | undefined;

export function scopeKey(serviceSid: Scope): string {
  return serviceSid ? `svc:${encodeURIComponent(wellFormed(serviceSid, 'serviceSid'))}` : 'default';
}

/** A 404 becomes null (the object does not exist); every other failure stays an error. */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TwilioApiError && error.status === 404) return null;
    throw error;
  }
}

export interface PathKey {
  /** The cache key: the REST path in the route form used. */
  key: string;
}

/**
 * A by-path loader that turns 404s into null. Without a `batch` function each key resolves on its
 * own as soon as its fetch answers (DataLoader's `batch: false`, the cache kept): a batch would hold
 * every answer of a tick until the slowest arrives, and the children of the early ones would wait
 * for nothing, since Twilio has no batch endpoint to gain from. With `batch`, keys of one tick are
 * handed over together so it can coalesce them.
 * `aliases` gives the other keys an object is known by (SID, unique name, identity), which are
 * primed with the result so a later lookup by any of them costs nothing.
 */
export function createPathLoader<K extends PathKey, V>(
  fetchOne: (key: K) => Promise<V>,
  aliases: (key: K, value: V) => K[] = () => [],
  batch?: (keys: readonly K[]) => Promise<Array<V | null | Error>>,
): DataLoader<K, V | null, string> {
  const loader: DataLoader<K, V | null, string> = new DataLoader<K, V | null, string>(
    async (keys) => {
      const results = batch
        ? await batch(keys)
        : await Promise.all(
            keys.map((key) => orNull(fetchOne(key)).catch((error: unknown) => toError(error))),
          );
      keys.forEach((key, i) => {
        const value = results[i];
        if (value !== null && value !== undefined && !(value instanceof Error)) {
          for (const alias of aliases(key, value)) if (alias.key !== key.key) loader.prime(alias, value);
        }
      });
      return results.map((value) => (value === undefined ? null : value));
    },
    { cacheKeyFn: (key) => key.key, batch: batch !== undefined },
  );
  return loader;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Primes a by-path loader with every item of a list page under each of its keys. */
export function primeFromPage<K extends PathKey, V>(
  loader: DataLoader<K, V | null, string>,
  page: Page<V>,
  keysOf: (item: V) => K[],
): Page<V> {
  for (const item of page.items) for (const key of keysOf(item)) loader.prime(key, item);
  return page;
}

/**
 * Resolves many member keys of one collection with one list call when that is cheaper: groups of
 * at least two keys under the same parent read the parent's first page (the largest page Twilio
 * serves) and take their members from it; members not on that page are fetched one by one.
 * `inFlight` (one map per loader, so per request) remembers the list reads still under way: keys
 * asked for in a later tick, while their parent's list is being read, wait for it instead of
 * paying a fetch of their own. `overflowing` (also per loader) remembers parents whose list did not
 * fit in one page: their members are fetched one by one from then on, since reading that first
 * page again could only answer keys that its first read already primed.
 */
export async function coalesce<K extends PathKey & { parent: string }, V>(
  keys: readonly K[],
  options: {
    listParent: (sample: K) => Promise<Page<V>>;
    matches: (key: K, item: V) => boolean;
    fetchOne: (key: K) => Promise<V>;
    inFlight?: Map<string, Promise<Page<V>>>;
    overflowing?: Set<string>;
  },
): Promise<Array<V | null | Error>> {
  const startParent = (sample: K): Promise<Page<V>> => {
    const promise = options.listParent(sample);
    if (options.inFlight) {
      const inFlight = options.inFlight;
      inFlight.set(sample.parent, promise);
      const forget = () => inFlight.delete(sample.parent);
      promise.then(forget, forget);
    }
    return promise;
  };
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const group = groups.get(key.parent);
    if (group) group.push(key);
    else groups.set(key.parent, [key]);
  }
  const resolved = new Map<string, V | null | Error>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      let remaining = group;
      const sample = group[0] as K;
      const pending = options.inFlight?.get(sample.parent);
      const overflows = options.overflowing?.has(sample.parent) ?? false;
      if (pending || (group.length >= 2 && !overflows)) {
        try {
          const page = await (pending ?? startParent(sample));
          if (page.next !== null) options.overflowing?.add(sample.parent);
          remaining = [];
          for (const key of group) {
            const item = page.items.find((candidate) => options.matches(key, candidate));
            if (item !== undefined) resolved.set(key.key, item);
            else if (page.next === null) resolved.set(key.key, null);
            else remaining.push(key);
          }
        } catch (error) {
          if (error instanceof TwilioApiError && error.status === 404) {
            for (const key of group) resolved.set(key.key, null);
            remaining = [];
          } else {
            for (const key of group) resolved.set(key.key, toError(error));
            remaining = [];
          }
        }
      }
      await Promise.all(
        remaining.map(async (key) => {
          try {
            resolved.set(key.key, await orNull(options.fetchOne(key)));
          } catch (error) {
            resolved.set(key.key, toError(error));
          }
        }),
      );
    }),
  );
  return keys.map((key) => resolved.get(key.key) ?? null);
}
