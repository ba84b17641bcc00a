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
 * - Coalescing: members of one parent collection become one list call of its first page when that
 *   is cheaper than one fetch each (participants of a conversation, roles and users of a service;
 *   see `createParentLists`), and a list the query will need can be started ahead of the lookups.
 */
export type Scope = string | undefined;

export function scopeKey(serviceSid: Scope): string {
  return serviceSid ? `svc:${keySegment(serviceSid, 'serviceSid')}` : 'default';
}

/** What encodeURIComponent leaves as it is: a SID, or most identities, is its own segment. */
const UNESCAPED = /^[A-Za-z0-9_.~-]*$/;

/**
 * One path segment of a key, percent-encoded (see keys in index.ts). Keys are built for every
 * lookup and every item a page primes, and nearly all are SIDs: those are checked with one
 * regular expression instead of being checked for lone surrogates and copied by the encoder.
 */
export function keySegment(value: string, name: string): string {
  return UNESCAPED.test(value) ? value : encodeURIComponent(wellFormed(value, name));
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
 * The lists of one kind of parent collection (a conversation's participants, a service's roles or
 * users) that one request's loader reads instead of fetching members one by one. Each parent's first
 * page (the largest page Twilio serves) is read at most once per request, and what it showed is
 * remembered:
 *
 * - a key on the page is answered from it (the read primed the loader with every item);
 * - a key missing from a page that was the whole collection (no next page) does not exist: null,
 *   without a call;
 * - a key missing from a page with more after it is fetched on its own: reading that first page
 *   again could only answer keys its first read already primed.
 *
 * A parent's page is read when `minKeys` of its members are asked in one tick (a batch), when a
 * member is asked while the page is being read (it waits for the page instead of paying a fetch),
 * or ahead of any lookup with `start`, when the query shows it will need members of that parent
 * (src/graphql/prefetch.ts).
 */
export interface ParentLists<K extends PathKey & { parent: string }, V> {
  /** Starts reading the parent of `sample` unless it was read already; what it reads primes the loader. */
  start(sample: K): void;
  /** A loader's batch function: the members of `keys`, in order. */
  resolve(keys: readonly K[]): Promise<Array<V | null | Error>>;
  /**
   * A loader's fetch, for collections read only when started ahead (large ones: messages,
   * conversations): a key whose parent was started is answered as in `resolve`, any other fetched.
   */
  one(key: K): Promise<V | null>;
}

export function createParentLists<K extends PathKey & { parent: string }, V>(options: {
  /** Reads the first page of the parent of `sample` and primes the loader with it. */
  listParent: (sample: K) => Promise<Page<V>>;
  matches: (key: K, item: V) => boolean;
  fetchOne: (key: K) => Promise<V>;
  /** The fewest members of one parent asked at once for which one page is cheaper than a fetch each. */
  minKeys: number;
}): ParentLists<K, V> {
  // Per request: the loader that owns this is made per request.
  const reads = new Map<string, Promise<Page<V>>>();
  const start = (sample: K): Promise<Page<V>> => {
    let read = reads.get(sample.parent);
    if (!read) {
      read = options.listParent(sample);
      // A page read ahead may fail before anyone asks for a member; the member asking gets the error.
      read.catch(() => {});
      reads.set(sample.parent, read);
    }
    return read;
  };
  const fetchOne = (key: K): Promise<V | null | Error> =>
    orNull(options.fetchOne(key)).catch((error: unknown) => toError(error));

  /** A member from its parent's page: on it, not in it (the page was all of it), or fetched. */
  const fromPage = (page: Page<V>, key: K): V | null | Promise<V | null | Error> => {
    const item = page.items.find((candidate) => options.matches(key, candidate));
    if (item !== undefined) return item;
    return page.next === null ? null : fetchOne(key);
  };

  const resolveGroup = async (group: readonly K[]): Promise<Array<V | null | Error>> => {
    const sample = group[0] as K;
    const known = reads.get(sample.parent);
    if (!known && group.length < options.minKeys) return Promise.all(group.map(fetchOne));
    let page: Page<V>;
    try {
      page = await (known ?? start(sample));
    } catch (error) {
      const parentMissing = error instanceof TwilioApiError && error.status === 404;
      return group.map(() => (parentMissing ? null : toError(error)));
    }
    return Promise.all(group.map((key) => fromPage(page, key)));
  };

  return {
    start(sample) {
      start(sample);
    },
    async one(key) {
      const read = reads.get(key.parent);
      if (!read) return options.fetchOne(key);
      let page: Page<V>;
      try {
        page = await read;
      } catch (error) {
        if (error instanceof TwilioApiError && error.status === 404) return null;
        throw error;
      }
      const value = await fromPage(page, key);
      if (value instanceof Error) throw value;
      return value;
    },
    async resolve(keys) {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = groups.get(key.parent);
        if (group) group.push(key);
        else groups.set(key.parent, [key]);
      }
      const resolved = new Map<string, V | null | Error>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const values = await resolveGroup(group);
          group.forEach((key, i) => {
            resolved.set(key.key, values[i] ?? null);
          });
        }),
      );
      return keys.map((key) => resolved.get(key.key) ?? null);
    },
  };
}
