import { GraphQLError } from 'graphql';
import type { Page, PageRef } from '../twilio/paging.ts';
import { type CursorData, decodeCursor, encodeCursor, type Order } from './cursors.ts';

/**
 * Relay connections over Twilio's token paging. Twilio has no offsets and no totals, only "the page
 * after/before this item", so a cursor remembers the page token its edge was read from, its place
 * there and its item's name (src/graphql/cursors.ts). Reading on from a cursor:
 *
 * - from a page's last edge when Twilio gave a next page (first edge: previous page), follows that
 *   token: one call per page, as a plain walk;
 * - otherwise reads the cursor's page again from the same token and finds the item on it. This is
 *   what makes `after: endCursor` see what was added at the end of the list since, where Twilio
 *   had no next page to give, and what keeps a cursor valid when items are added before it or it
 *   is deleted.
 *
 * Cursors are opaque to clients and never contain a Twilio URL.
 */
export type { Order } from './cursors.ts';

export interface PageRequest {
  order: Order;
  pageSize: number;
  ref: PageRef | null;
}

export interface ConnectionSource<T> {
  maxPageSize: number;
  /** Whether the list can be read newest first (Twilio's `Order=desc`), which `last` without `before` needs. */
  descending: boolean;
  /** What names an item in this list (its SID), so a cursor can find its item again on a page that moved. */
  key(item: NoInfer<T>): string;
  /**
   * A number that increases strictly along the list when read in `order`, for lists that have one
   * (messages: their index). It places a cursor whose item was deleted, and one whose item moved
   * beyond the page it was read on because items were added in front of it.
   */
  sortKey?(item: NoInfer<T>, order: Order): number;
  fetchPage(request: PageRequest): Promise<Page<T>>;
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 1000;

interface Located<T> {
  node: T;
  cursor: CursorData;
}

interface ReadPage<T> {
  items: Array<Located<T>>;
  next: PageRequest | null;
  previous: PageRequest | null;
}

async function readPage<T>(source: ConnectionSource<T>, request: PageRequest): Promise<ReadPage<T>> {
  const page = await source.fetchPage(request);
  const last = page.items.length - 1;
  const items = page.items.map((node, i): Located<T> => {
    // Built field by field rather than by spreads: this runs once per item of every page.
    const cursor: CursorData = { o: request.order, r: request.ref, i, k: source.key(node) };
    const v = source.sortKey?.(node, request.order);
    if (v !== undefined) cursor.v = v;
    if (i === last) cursor.n = page.next;
    if (i === 0) cursor.p = page.previous;
    return { node, cursor };
  });
  const link = (ref: PageRef | null) => (ref ? { ...request, ref } : null);
  return { items, next: link(page.next), previous: link(page.previous) };
}

interface Walk<T> {
  items: Array<Located<T>>;
  /** Whether the list goes on beyond the items returned, in the direction walked. */
  more: boolean;
}

/** Adds pages following `next` to `items` until there are `count`; items in the order read. */
async function walkNext<T>(
  source: ConnectionSource<T>,
  next: PageRequest | null,
  items: Array<Located<T>>,
  count: number,
): Promise<Walk<T>> {
  let request = next;
  const read = [...items];
  while (read.length < count && request) {
    const page = await readPage(source, request);
    read.push(...page.items);
    request = page.next;
  }
  return { items: read.slice(0, count), more: read.length > count || request !== null };
}

/** Adds pages preceding `previous` in front of `items` until there are `count`; the `count` nearest the start point. */
async function walkPrevious<T>(
  source: ConnectionSource<T>,
  previous: PageRequest | null,
  items: Array<Located<T>>,
  count: number,
): Promise<Walk<T>> {
  let request = previous;
  let read = items;
  while (read.length < count && request) {
    const page = await readPage(source, request);
    read = [...page.items, ...read];
    request = page.previous;
  }
  return {
    items: read.slice(Math.max(0, read.length - count)),
    more: read.length > count || request !== null,
  };
}

/** Where a cursor's item stands on a page: the items before it end at `before`, those after start at `after`. */
interface Place {
  before: number;
  after: number;
}

/** Places a cursor's item on a page; null when it lies beyond the page (its sort value is past the last item's). */
function placeOn<T>(source: ConnectionSource<T>, items: Array<Located<T>>, from: CursorData): Place | null {
  if (from.k !== undefined) {
    const at = items.findIndex((item) => item.cursor.k === from.k);
    if (at >= 0) return { before: at, after: at + 1 };
  }
  const anchor = from.v;
  if (anchor !== undefined && source.sortKey) {
    // The item is gone, or further on: its place is before the first item that sorts after it.
    const at = items.findIndex((item) => (item.cursor.v ?? Number.NEGATIVE_INFINITY) > anchor);
    return at >= 0 ? { before: at, after: at } : null;
  }
  // Without a sort value, a deleted item's successors have moved up into its position.
  const at = Math.min(from.i, items.length);
  return { before: at, after: at };
}

/**
 * Finds a cursor's item again by reading its page from the same token (the list's start for the
 * first page), as large a page as Twilio serves so that items added in front of it since are most
 * likely on it too. A list with a sort value reads on while the item lies beyond the page.
 */
async function find<T>(
  source: ConnectionSource<T>,
  from: CursorData,
): Promise<{
  before: Walk<T>['items'];
  after: Walk<T>['items'];
  previous: PageRequest | null;
  next: PageRequest | null;
}> {
  const first = await readPage(source, { order: from.o, pageSize: source.maxPageSize, ref: from.r });
  const before: Array<Located<T>> = [];
  let page = first;
  for (;;) {
    const place = placeOn(source, page.items, from);
    if (place || !page.next) {
      // Past the end of the list: everything read is before the item.
      const at = place ?? { before: page.items.length, after: page.items.length };
      before.push(...page.items.slice(0, at.before));
      return { before, after: page.items.slice(at.after), previous: first.previous, next: page.next };
    }
    before.push(...page.items);
    page = await readPage(source, page.next);
  }
}

/** Reads `count` items following a cursor's item, in the order it was read in. */
async function readAfter<T>(
  source: ConnectionSource<T>,
  from: CursorData,
  pageSize: number,
  count: number,
): Promise<Walk<T>> {
  if (from.n) return walkNext(source, { order: from.o, pageSize, ref: from.n }, [], count);
  const found = await find(source, from);
  return walkNext(source, found.next, found.after, count);
}

/** Reads `count` items preceding a cursor's item, in the order it was read in. */
async function readBefore<T>(
  source: ConnectionSource<T>,
  from: CursorData,
  pageSize: number,
  count: number,
): Promise<Walk<T>> {
  if (from.p) return walkPrevious(source, { order: from.o, pageSize, ref: from.p }, [], count);
  const found = await find(source, from);
  return walkPrevious(source, found.previous, found.before, count);
}

function checkCount(value: number | null | undefined, name: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE) {
    throw new GraphQLError(`\`${name}\` must be between 0 and ${MAX_PAGE}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * Resolves a connection. Edges always come in the list's natural order (oldest first for
 * messages), whichever direction the client walks.
 */
export async function resolveConnection<T>(
  source: ConnectionSource<T>,
  args: ConnectionArgs,
): Promise<ConnectionShape<T>> {
  const first = checkCount(args.first, 'first');
  const last = checkCount(args.last, 'last');
  if (first !== undefined && last !== undefined) {
    throw new GraphQLError('Give `first` or `last`, not both.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  if (after && before) {
    throw new GraphQLError('Give `after` or `before`, not both.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const backwards = last !== undefined || before !== null;
  const count = (backwards ? last : first) ?? DEFAULT_PAGE;
  const pageSize = Math.max(1, Math.min(count, source.maxPageSize));
  if (count === 0) return shape([], false, false, false);

  if (!backwards) {
    if (after === null) {
      const walk = await walkNext(source, { order: 'asc', pageSize, ref: null }, [], count);
      return shape(walk.items, walk.more, false, false);
    }
    // After a cursor read newest first (`last`), the items after it are those before it in that order.
    const walk =
      after.o === 'asc'
        ? await readAfter(source, after, pageSize, count)
        : await readBefore(source, after, pageSize, count);
    return shape(after.o === 'asc' ? walk.items : walk.items.reverse(), walk.more, true, false);
  }
  if (before === null) {
    if (!source.descending) {
      throw new GraphQLError(
        '`last` without `before` needs a list Twilio can read newest first; use `first`.',
        {
          extensions: { code: 'BAD_USER_INPUT' },
        },
      );
    }
    const walk = await walkNext(source, { order: 'desc', pageSize, ref: null }, [], count);
    return shape(walk.items.reverse(), false, false, walk.more);
  }
  const walk =
    before.o === 'asc'
      ? await readBefore(source, before, pageSize, count)
      : await readAfter(source, before, pageSize, count);
  return shape(before.o === 'asc' ? walk.items : walk.items.reverse(), true, false, walk.more);
}

/**
 * An edge whose cursor is encoded only when a field reads it (execution reads `cursor` as a
 * property): most queries select a page's nodes and at most one cursor of `pageInfo`, and encoding
 * every edge's cursor (JSON and base64 of its page token) was the largest part of turning a page
 * into edges (docs/decisions/0042).
 */
class Edge<T> {
  readonly node: T;
  readonly #data: CursorData;
  #cursor: string | undefined;
  constructor(located: Located<T>) {
    this.node = located.node;
    this.#data = located.cursor;
  }
  get cursor(): string {
    this.#cursor ??= encodeCursor(this.#data);
    return this.#cursor;
  }
}

/** `pageInfo`, whose start and end cursors are its first and last edges' (encoded when read). */
class PageInfo<T> {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly #edges: ReadonlyArray<Edge<T>>;
  constructor(edges: ReadonlyArray<Edge<T>>, hasNextPage: boolean, hasPreviousPage: boolean) {
    this.#edges = edges;
    this.hasNextPage = hasNextPage;
    this.hasPreviousPage = hasPreviousPage;
  }
  get startCursor(): string | null {
    return this.#edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.#edges[this.#edges.length - 1]?.cursor ?? null;
  }
}

function shape<T>(
  located: Array<Located<T>>,
  hasNextPage: boolean,
  hasPreviousForward: boolean,
  hasPreviousBackward: boolean,
): ConnectionShape<T> {
  const edges = located.map((item) => new Edge(item));
  return { edges, pageInfo: new PageInfo(edges, hasNextPage, hasPreviousForward || hasPreviousBackward) };
}

/**
 * Resolves a connection over a list Twilio reads oldest first only (no `Order=desc`), the shape of
 * all but the message list: one page per `fetchPage`, each item named by its SID unless `key`
 * names it otherwise.
 */
export function resolveForwardConnection<T extends { sid: string }>(
  args: ConnectionArgs,
  maxPageSize: number,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): Promise<ConnectionShape<T>>;
export function resolveForwardConnection<T>(
  args: ConnectionArgs,
  maxPageSize: number,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  key: (item: NoInfer<T>) => string,
): Promise<ConnectionShape<T>>;
export function resolveForwardConnection<T>(
  args: ConnectionArgs,
  maxPageSize: number,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  // The first signature only lets an item without `key` through when it has a `sid`.
  key: (item: T) => string = (item) => (item as T & { sid: string }).sid,
): Promise<ConnectionShape<T>> {
  return resolveConnection({ maxPageSize, descending: false, fetchPage, key }, args);
}
