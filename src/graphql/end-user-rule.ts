import type { EndUserAccess } from './end-user.ts';

/**
 * The field extension the end-user guard (src/graphql/end-user-guard.ts) sets on every field whose
 * reading by an end user a rule decides: the look-ahead leaves such a field for its resolver, so
 * a refused field is never read from Twilio ahead of its refusal.
 */
export const END_USER_RULE = 'endUserRule';

/**
 * The extension holding a field's `ReadAhead`, for the few ruled fields whose rule the key of a
 * root lookup settles in advance (src/graphql/end-user-reads.ts, READ_AHEAD).
 */
export const END_USER_READ_AHEAD = 'endUserReadAhead';

/**
 * Whether the look-ahead may start a ruled field for an end user from the key its root lookup
 * starts children with (`{ sid, scope }` of `user(sid:)`, …): true only when the field's rule is
 * sure to allow it for that key, with no Twilio read. The rule still runs when the field resolves,
 * and only then is what was read handed out; this decides only whether Twilio is asked early.
 */
export type ReadAhead = (key: Readonly<Record<string, unknown>>, access: EndUserAccess) => boolean;

/** For the look-ahead: whether a field, as the guard marked it, may be started ahead for this caller. */
export function mayReadAhead(
  extensions: Readonly<Record<string, unknown>>,
  key: object,
  access: EndUserAccess | null,
): boolean {
  if (!access || extensions[END_USER_RULE] === undefined) return true;
  const ahead = extensions[END_USER_READ_AHEAD];
  return typeof ahead === 'function' && (ahead as ReadAhead)(key as Record<string, unknown>, access) === true;
}
