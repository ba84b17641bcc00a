import { GraphQLError } from 'graphql';
import type { PageRef } from '../twilio/paging.ts';

/** The order a list was read in from Twilio (`Order=asc|desc` for messages; other lists only read `asc`). */
export type Order = 'asc' | 'desc';

/**
 * What a connection cursor remembers about its edge. Twilio has no offsets, only page tokens that
 * anchor on an item (docs/decisions/0007-cursors-that-survive-a-growing-list.md), so a cursor keeps
 * the token of the page its item was read on and the item's name, which lets a later request read
 * that page again and find the item on it even after the list grew or shrank.
 *
 * Short field names keep cursors short; they are base64url JSON and carry no URL.
 */
export interface CursorData {
  /** The order the page was read in. */
  o: Order;
  /** The Twilio page token the page was read from; null for the list's first page. */
  r: PageRef | null;
  /** The item's position on that page when it was read. */
  i: number;
  /** The item's name (its SID, or what names it in its list). Absent in cursors issued before it was kept. */
  k?: string;
  /** The item's sort value in order `o`, for lists that have one (messages: their index). */
  v?: number;
  /** On a page's last edge: Twilio's token for the page after it, or null when there was none. */
  n?: PageRef | null;
  /** On a page's first edge: Twilio's token for the page before it, or null when there was none. */
  p?: PageRef | null;
}

export function encodeCursor(data: CursorData): string {
  return Buffer.from(JSON.stringify(data)).toString('base64url');
}

const isRef = (value: unknown): value is PageRef | null | undefined =>
  value === null ||
  value === undefined ||
  (typeof value === 'object' &&
    Number.isSafeInteger((value as Partial<PageRef>).page) &&
    typeof (value as Partial<PageRef>).pageToken === 'string' &&
    (value as PageRef).pageToken !== '');

/** Reads a cursor a client sent back; anything this gateway did not issue is a BAD_USER_INPUT. */
export function decodeCursor(cursor: string, name: string): CursorData {
  try {
    const data: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof data === 'object' && data !== null) {
      const { o, r, i, k, v, n, p } = data as Record<string, unknown>;
      if (
        (o === 'asc' || o === 'desc') &&
        r !== undefined &&
        isRef(r) &&
        Number.isSafeInteger(i) &&
        (i as number) >= 0 &&
        (k === undefined || typeof k === 'string') &&
        (v === undefined || (typeof v === 'number' && Number.isFinite(v))) &&
        isRef(n) &&
        isRef(p)
      ) {
        return {
          o,
          r,
          i: i as number,
          ...(k === undefined ? {} : { k }),
          ...(v === undefined ? {} : { v: v as number }),
          ...(n === undefined ? {} : { n }),
          ...(p === undefined ? {} : { p }),
        };
      }
    }
  } catch {
    // Reported below as a user error.
  }
  throw new GraphQLError(`\`${name}\` is not a cursor issued by this connection.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
