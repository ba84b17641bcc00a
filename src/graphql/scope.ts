import type { Scope } from '../loaders/index.ts';

/**
 * Every object carries the route scope it was read through: the `serviceSid` a query gave, or
 * undefined for the account's default service (Twilio's short routes). Children are read through
 * the same route form, so `conversation(sid:)` without a service uses `/v1/Conversations/…` all
 * the way down and with one uses `/v1/Services/{IS}/…`.
 */
export type InScope<T> = T & { readonly scope: Scope };

export function inScope<T extends object>(value: T, scope: Scope): InScope<T> {
  return { ...value, scope };
}

export function inScopeOrNull<T extends object>(value: T | null, scope: Scope): InScope<T> | null {
  return value === null ? null : inScope(value, scope);
}

/** A global ID whose path does not have the shape its type's IDs have; `node(id:)` reports it. */
export class MalformedPathError extends Error {}

/**
 * Splits a global-ID local key (`IS…/CH…`) into its parts, refusing anything malformed: an ID of
 * that shape was never issued, so it names no object rather than a missing one.
 */
export function splitPath(id: string, parts: number): string[] {
  const segments = id.split('/');
  if (segments.length !== parts || segments.some((segment) => segment === '')) {
    throw new MalformedPathError(`expected ${parts} path segments`);
  }
  return segments;
}
