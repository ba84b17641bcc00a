import { type ListOperationId, OPERATIONS } from './operations.ts';
import { type Field, isRecord, readItems, WireFormatError } from './wire.ts';

/** A position in a Twilio list, as Twilio's paging links give it. */
export interface PageRef {
  page: number;
  pageToken: string;
}

/** One page of a Twilio list. Twilio has no totals, only links to the pages either side. */
export interface Page<T> {
  items: T[];
  pageSize: number;
  page: number;
  next: PageRef | null;
  previous: PageRef | null;
}

/** The largest page each list serves (the spec's `PageSize` maximum), keyed by list function. */
export const MAX_PAGE_SIZE = {
  listServices: OPERATIONS.ListService.list.maxPageSize,
  listConversations: OPERATIONS.ListConversation.list.maxPageSize,
  listMessages: OPERATIONS.ListConversationMessage.list.maxPageSize,
  listDeliveryReceipts: OPERATIONS.ListConversationMessageReceipt.list.maxPageSize,
  listParticipants: OPERATIONS.ListConversationParticipant.list.maxPageSize,
  listConversationWebhooks: OPERATIONS.ListConversationScopedWebhook.list.maxPageSize,
  listUsers: OPERATIONS.ListUser.list.maxPageSize,
  listUserConversations: OPERATIONS.ListUserConversation.list.maxPageSize,
  listParticipantConversations: OPERATIONS.ListParticipantConversation.list.maxPageSize,
  listRoles: OPERATIONS.ListRole.list.maxPageSize,
  listCredentials: OPERATIONS.ListCredential.list.maxPageSize,
  listPushBindings: OPERATIONS.ListServiceBinding.list.maxPageSize,
  listAddressConfigurations: OPERATIONS.ListConfigurationAddress.list.maxPageSize,
} as const;

/** Where a list answer came from; its paging links must point back at exactly this. */
export interface PageSource {
  origin: string;
  path: string;
}

/**
 * Reads a paging link into a `PageRef`. The link is never requested as such: only its `Page`
 * and `PageToken` are kept, and only when it points at the origin and list path the page was
 * read from, so an answer cannot send the caller's credentials elsewhere (OWASP SSRF: no
 * user- or upstream-supplied URLs).
 */
export function parsePageLink(link: unknown, source: PageSource, at: string): PageRef | null {
  if (link === null || link === undefined || link === '') return null;
  if (typeof link !== 'string') throw new WireFormatError(`${at} is not a URL`);
  // Twilio's links are the list's own URL with a plain query: the origin and path are compared as
  // text and only the query is parsed. Anything else takes the full URL parse below, which decides.
  const prefix = `${source.origin}${source.path}?`;
  if (link.startsWith(prefix) && PLAIN_QUERY.test(link.slice(prefix.length)))
    return pageRefOf(new URLSearchParams(link.slice(prefix.length)), at);
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new WireFormatError(`${at} is not a URL`);
  }
  if (url.origin !== source.origin || url.username !== '' || url.password !== '')
    throw new WireFormatError(`${at} points at another host`);
  if (!samePath(url.pathname, source.path)) throw new WireFormatError(`${at} points at another list`);
  return pageRefOf(url.searchParams, at);
}

/**
 * A query the URL parser would keep as it is (no fragment, no tab or newline it would drop, nothing
 * it would escape), so that URLSearchParams reads it as `new URL(link).searchParams` would.
 */
const PLAIN_QUERY = /^[A-Za-z0-9%&=+._~-]*$/;

function pageRefOf(params: URLSearchParams, at: string): PageRef {
  const pageToken = params.get('PageToken');
  const page = Number(params.get('Page'));
  if (!pageToken || !Number.isSafeInteger(page) || page < 0)
    throw new WireFormatError(`${at} has no page token`);
  return { page, pageToken };
}

/** Compares paths segment by segment after decoding, since Twilio may escape names differently. */
function samePath(a: string, b: string): boolean {
  const decode = (path: string) => {
    try {
      return path.split('/').map((segment) => decodeURIComponent(segment));
    } catch {
      return null;
    }
  };
  const left = decode(a);
  const right = decode(b);
  return (
    left !== null && right !== null && left.length === right.length && left.every((s, i) => s === right[i])
  );
}

/** Reads a list answer: the items under the operation's key, and the paging links. */
export function readPage<T>(
  operationId: ListOperationId,
  body: unknown,
  source: PageSource,
  item: Field<T>,
): Page<T> {
  const { key } = OPERATIONS[operationId].list;
  if (!isRecord(body)) throw new WireFormatError('the list is not an object');
  const meta = body.meta;
  if (!isRecord(meta)) throw new WireFormatError('meta is missing');
  const raw = body[key];
  if (!Array.isArray(raw)) throw new WireFormatError(`${key} is not a list`);
  const page = meta.page;
  const pageSize = meta.page_size;
  if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 0)
    throw new WireFormatError('meta.page is not a page number');
  if (typeof pageSize !== 'number' || !Number.isSafeInteger(pageSize) || pageSize < 0)
    throw new WireFormatError('meta.page_size is not a page size');
  return {
    items: readItems(raw, item, key),
    page,
    pageSize,
    next: parsePageLink(meta.next_page_url, source, 'meta.next_page_url'),
    previous: parsePageLink(meta.previous_page_url, source, 'meta.previous_page_url'),
  };
}

/**
 * Walks a list lazily, one page at a time, from the first page on. Stops when Twilio gives no
 * next page; a next page that repeats the current token would loop forever, so it ends the walk.
 */
export async function* iterate<T>(fetchPage: (ref: PageRef | null) => Promise<Page<T>>): AsyncGenerator<T> {
  let ref: PageRef | null = null;
  const seen = new Set<string>();
  for (;;) {
    const page: Page<T> = await fetchPage(ref);
    yield* page.items;
    if (!page.next || seen.has(page.next.pageToken)) return;
    seen.add(page.next.pageToken);
    ref = page.next;
  }
}
