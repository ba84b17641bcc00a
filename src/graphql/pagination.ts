import { GraphQLError } from 'graphql';
import type { Page, PageRef } from '../twilio/paging.ts';

/**
 * Relay connections over Twilio's token paging. Twilio has no offsets and no totals, only
 * "the page after/before this one", so a cursor remembers where its edge was found: the order it
 * was walked in, the page request that returned it (page size and token) and its position there.
 * The cursor of the last edge of a page also carries that page's next token, so the common
 * `after: endCursor` costs exactly one call; any other cursor costs one extra call to re-read its page.
 * Cursors are opaque to clients and never contain a Twilio URL.
 */
export type Order = 'asc' | 'desc';

export interface PageRequest {
  order: Order;
  pageSize: number;
  ref: PageRef | null;
}

export interface ConnectionSource<T> {
  maxPageSize: number;
  /** Whether the list can be read newest first (Twilio's `Order=desc`), which `last` without `before` needs. */
  descending: boolean;
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

interface CursorData {
  o: Order;
  s: number;
  r: PageRef | null;
  i: number;
  n?: PageRef | null;
  p?: PageRef | null;
}

function encodeCursor(data: CursorData): string {
  return Buffer.from(JSON.stringify(data)).toString('base64url');
}

function decodeCursor(cursor: string, name: string): CursorData {
  try {
    const data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorData>;
    const validRef = (ref: unknown) =>
      ref === null ||
      ref === undefined ||
      (typeof ref === 'object' &&
        typeof (ref as PageRef).page === 'number' &&
        typeof (ref as PageRef).pageToken === 'string');
    if (
      (data.o === 'asc' || data.o === 'desc') &&
      typeof data.s === 'number' &&
      Number.isInteger(data.i) &&
      validRef(data.r) &&
      validRef(data.n) &&
      validRef(data.p)
    ) {
      return data as CursorData;
    }
  } catch {
    // Reported below as a user error.
  }
  throw new GraphQLError(`\`${name}\` is not a cursor issued by this connection.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

interface Located<T> {
  node: T;
  cursor: CursorData;
}

function locate<T>(page: Page<T>, request: PageRequest): Array<Located<T>> {
  const last = page.items.length - 1;
  return page.items.map((node, i) => ({
    node,
    cursor: {
      o: request.order,
      s: request.pageSize,
      r: request.ref,
      i,
      ...(i === last ? { n: page.next } : {}),
      ...(i === 0 ? { p: page.previous } : {}),
    },
  }));
}

/** Reads `count` items following a position (exclusive) in one order; position null = from the start. */
async function walkForward<T>(
  source: ConnectionSource<T>,
  order: Order,
  pageSize: number,
  from: CursorData | null,
  count: number,
): Promise<{ items: Array<Located<T>>; more: boolean }> {
  const items: Array<Located<T>> = [];
  let next: PageRequest | null;
  if (from === null) {
    next = { order, pageSize, ref: null };
  } else if (from.n !== undefined) {
    // The last edge of a page knows the next page; no need to read its own page again.
    next = from.n ? { order, pageSize: from.s, ref: from.n } : null;
  } else {
    const request = { order, pageSize: from.s, ref: from.r };
    const page = await source.fetchPage(request);
    items.push(...locate(page, request).slice(from.i + 1));
    next = page.next ? { order, pageSize: from.s, ref: page.next } : null;
  }
  while (items.length < count && next) {
    const page = await source.fetchPage(next);
    items.push(...locate(page, next));
    next = page.next ? { order: next.order, pageSize: next.pageSize, ref: page.next } : null;
  }
  return { items: items.slice(0, count), more: items.length > count || next !== null };
}

/** Reads `count` items preceding a position (exclusive) in one order, returned in that order. */
async function walkBackward<T>(
  source: ConnectionSource<T>,
  from: CursorData,
  count: number,
): Promise<{ items: Array<Located<T>>; more: boolean }> {
  const order = from.o;
  let items: Array<Located<T>> = [];
  let previous: PageRequest | null;
  if (from.p !== undefined && from.i === 0) {
    previous = from.p ? { order, pageSize: from.s, ref: from.p } : null;
  } else {
    const request = { order, pageSize: from.s, ref: from.r };
    const page = await source.fetchPage(request);
    items = locate(page, request).slice(0, from.i);
    previous = page.previous ? { order, pageSize: from.s, ref: page.previous } : null;
  }
  while (items.length < count && previous) {
    const page = await source.fetchPage(previous);
    items = [...locate(page, previous), ...items];
    previous = page.previous ? { order, pageSize: previous.pageSize, ref: page.previous } : null;
  }
  return {
    items: items.slice(Math.max(0, items.length - count)),
    more: items.length > count || previous !== null,
  };
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

  let located: Array<Located<T>>;
  let more: boolean;
  if (!backwards) {
    // Forward from the start, or after a cursor: forward in its order when it was walked oldest
    // first, backward when it came from a newest-first walk.
    const result =
      after?.o === 'desc'
        ? await walkBackward(source, after, count)
        : await walkForward(source, 'asc', pageSize, after, count);
    located = after?.o === 'desc' ? result.items.reverse() : result.items;
    more = result.more;
    return shape(located, more, after !== null, false);
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
    const result = await walkForward(source, 'desc', pageSize, null, count);
    return shape(result.items.reverse(), false, false, result.more);
  }
  const result =
    before.o === 'desc'
      ? await walkForward(source, 'desc', pageSize, before, count)
      : await walkBackward(source, before, count);
  located = before.o === 'desc' ? result.items.reverse() : result.items;
  return shape(located, true, false, result.more);
}

function shape<T>(
  located: Array<Located<T>>,
  hasNextForward: boolean,
  hasPreviousForward: boolean,
  hasPreviousBackward: boolean,
): ConnectionShape<T> {
  const edges = located.map((item) => ({ cursor: encodeCursor(item.cursor), node: item.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: hasNextForward,
      hasPreviousPage: hasPreviousForward || hasPreviousBackward,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
