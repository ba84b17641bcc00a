import type { Scope } from '../loaders/index.ts';

/**
 * Every object carries the route scope it was read through: the `serviceSid` a query gave, or
 * undefined for the account's default service (Twilio's short routes). Children are read through
 * the same route form, so `conversation(sid:)` without a service uses `/v1/Conversations/…` all
 * the way down and with one uses `/v1/Services/{IS}/…`.
 */
export type InScope<T> = T & { readonly scope: Scope };

export function inScope<T extends object>(value: T, scope: Scope): InScope<T> {
  // Not `{ ...value, scope }`: V8 (Node 20) copies an object and adds a property in one literal
  // through a slow generic path, about 10 µs for a Twilio object of 16 fields against 1 µs this
  // way, and every item of every page and every loaded object passes here (docs/decisions/0042).
  const copy: T & { scope?: Scope } = Object.assign({}, value);
  copy.scope = scope;
  return copy as InScope<T>;
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
