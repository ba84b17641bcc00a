import { DEFAULT_PAGE_SIZES, OPERATIONS } from '../generated/operations.ts';
import { createInvalidParameter } from './errors.ts';
import type { RouteContext, RouteResponse } from './router.ts';

/**
 * Twilio's paging (docs/twilio-rest-behaviour.md §4): `PageSize` clamped to the endpoint's
 * maximum, `Page` echoed, and an opaque `PageToken` that anchors on the sort key of the last (PA)
 * or first (PB) item of the page it came from. Anchoring on a key rather than an offset means a
 * list that grows or shrinks while a client walks it never skips nor repeats an item. The key the
 * items go under and the page sizes are the spec's for the operation answered, from the catalogue
 * generated from it.
 */
export interface PageOptions<T> {
  /** Items already in list order. */
  items: readonly T[];
  /** A tuple that increases strictly along list order. */
  sortKey: (item: T) => number[];
  render: (item: T) => unknown;
}

const PAGING_PARAMS = new Set(['PageSize', 'Page', 'PageToken']);
const LISTS: Readonly<Record<string, { method: string; list?: { key: string; maxPageSize: number } }>> =
  OPERATIONS;
const DEFAULTS: Readonly<Record<string, number>> = DEFAULT_PAGE_SIZES;

function listOf(operationId: string): { key: string; maxPageSize: number; defaultPageSize: number } {
  const list = LISTS[operationId]?.list;
  const defaultPageSize = DEFAULTS[operationId];
  if (!list || defaultPageSize === undefined) throw new Error(`${operationId} is not a list of the spec`);
  return { ...list, defaultPageSize };
}

export function paginate<T>(ctx: RouteContext, options: PageOptions<T>): RouteResponse {
  const { key, maxPageSize, defaultPageSize } = listOf(ctx.operationId);
  const query = ctx.query;
  const requested = query.int('PageSize', { min: 1 });
  const pageSize = Math.min(requested ?? defaultPageSize, maxPageSize);
  const pageNumber = query.int('Page', { min: 0 }) ?? 0;
  const token = query.string('PageToken');

  let start: number;
  let end: number;
  const items = options.items;
  if (token) {
    const anchor = decodeToken(token);
    if (anchor.direction === 'after') {
      start = items.findIndex((item) => compareKeys(options.sortKey(item), anchor.key) > 0);
      if (start === -1) start = items.length;
      end = Math.min(start + pageSize, items.length);
    } else {
      let before = items.findIndex((item) => compareKeys(options.sortKey(item), anchor.key) >= 0);
      if (before === -1) before = items.length;
      end = before;
      start = Math.max(0, end - pageSize);
    }
  } else {
    start = Math.min(pageNumber * pageSize, items.length);
    end = Math.min(start + pageSize, items.length);
  }
  const page = items.slice(start, end);

  const filters = query.entries().filter(([name]) => !PAGING_PARAMS.has(name));
  const url = (page: number, pageToken?: string) => {
    const search = new URLSearchParams(filters);
    search.set('PageSize', String(pageSize));
    search.set('Page', String(page));
    if (pageToken) search.set('PageToken', pageToken);
    return `${ctx.baseUrl}${ctx.request.path}?${search.toString()}`;
  };

  const first = page[0];
  const last = page[page.length - 1];
  const hasNext = end < items.length && last !== undefined;
  const hasPrevious = start > 0 && first !== undefined;
  return {
    status: 200,
    body: {
      [key]: page.map(options.render),
      meta: {
        page: pageNumber,
        page_size: pageSize,
        first_page_url: url(0),
        previous_page_url: hasPrevious
          ? url(Math.max(0, pageNumber - 1), encodeToken('before', options.sortKey(first)))
          : null,
        url: url(pageNumber, token),
        next_page_url: hasNext ? url(pageNumber + 1, encodeToken('after', options.sortKey(last))) : null,
        key,
      },
    },
  };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function encodeToken(direction: 'after' | 'before', key: number[]): string {
  return (direction === 'after' ? 'PA' : 'PB') + Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeToken(token: string): { direction: 'after' | 'before'; key: number[] } {
  const prefix = token.slice(0, 2);
  if (prefix === 'PA' || prefix === 'PB') {
    try {
      const key: unknown = JSON.parse(Buffer.from(token.slice(2), 'base64url').toString('utf8'));
      if (
        Array.isArray(key) &&
        key.length > 0 &&
        key.every((part) => typeof part === 'number' && Number.isFinite(part))
      ) {
        return { direction: prefix === 'PA' ? 'after' : 'before', key };
      }
    } catch {
      // Falls through to the error below.
    }
  }
  throw createInvalidParameter('PageToken', 'not a page token issued by this API');
}
