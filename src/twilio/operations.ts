import type { operations, paths } from '../generated/conversations-v1.ts';
import {
  OPERATIONS as GENERATED,
  FORM_FIELDS as GENERATED_FORM_FIELDS,
  QUERY_FIELDS as GENERATED_QUERY_FIELDS,
} from '../generated/operations.ts';
import type { HttpMethod } from './errors.ts';
import type { OperationId } from './wire.ts';

/**
 * The 103 operations of the official spec: method, path template, the rule for each path
 * parameter, and for lists the envelope key and the largest page Twilio serves, read from the table
 * scripts/generate-operations.ts writes from spec/. Paths are only ever built from these
 * templates. A path parameter is either a SID of a given prefix (the spec's pattern
 * `^XX[0-9a-fA-F]{32}$`) or, where Twilio also accepts a unique name, an identity or an address
 * (`name`), any text that is percent-encoded as one segment.
 */
export type Route = keyof paths;
type Generated = typeof GENERATED;
/** `name`, or one of the SID prefixes the spec's path parameters use. */
export type PathParamRule = {
  [Id in keyof Generated]: Generated[Id]['params'][keyof Generated[Id]['params']];
}[keyof Generated];
export type SidPrefix = Exclude<PathParamRule, 'name'>;

type Placeholders<R extends string> = R extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type MethodsOf<R extends Route> = {
  [M in HttpMethod]: paths[R][Lowercase<M>] extends undefined ? never : M;
}[HttpMethod];

export interface OperationSpec {
  method: HttpMethod;
  route: Route;
  params: Readonly<Record<string, PathParamRule>>;
  list?: { key: string; maxPageSize: number };
  /** The operation takes the `X-Twilio-Webhook-Enabled` header. */
  webhookEnabled?: true;
}

/** An entry whose method exists on its route and whose params are exactly the route's placeholders. */
type SpecFor<R extends Route> = OperationSpec & {
  method: MethodsOf<R>;
  route: R;
  params: Record<Placeholders<R>, PathParamRule>;
};

type Matches<Id extends OperationId, R extends Route, M extends HttpMethod> =
  M extends MethodsOf<R>
    ? [paths[R][Lowercase<M>], operations[Id]] extends [operations[Id], paths[R][Lowercase<M>]]
      ? SpecFor<R>
      : { operationId: 'is not the operation of this method and route' }
    : SpecFor<R>;

type Checked<T> = {
  [Id in keyof T]: T[Id] extends {
    route: infer R extends Route;
    method: infer M extends HttpMethod;
    params: infer P;
  }
    ? [keyof P] extends [Placeholders<R>]
      ? Matches<Id & OperationId, R, M>
      : { params: 'name a parameter that is not in the route' }
    : never;
};

/**
 * The generated table, checked against the wire types openapi-typescript generates from the same
 * file: every operation of the spec is there, on its own method and route, with exactly the
 * route's placeholders. Two generators that disagree fail the typecheck.
 */
function defineOperations<const T extends Record<OperationId, OperationSpec>>(table: T & Checked<T>): T {
  return table;
}

export const OPERATIONS = defineOperations(GENERATED);

/** The wire names of each operation's form fields and query filters (paging aside), in the spec's order. */
export const FORM_FIELDS: Readonly<Partial<Record<OperationId, readonly string[]>>> = GENERATED_FORM_FIELDS;
export const QUERY_FIELDS: Readonly<Partial<Record<OperationId, readonly string[]>>> = GENERATED_QUERY_FIELDS;

export type OperationTable = typeof OPERATIONS;
export type ListOperationId = {
  [Id in OperationId]: OperationTable[Id] extends { list: object } ? Id : never;
}[OperationId];

const SID_PATTERN = /^[0-9a-fA-F]{32}$/;
/** C0 and C1 control characters and DEL: never part of a name, and a classic header or log injection vector. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Why a string cannot be sent to Twilio at all. A JSON string may hold a lone UTF-16 surrogate
 * (`"\ud800"`), which has no UTF-8 form: `encodeURIComponent` throws on it, and URLSearchParams
 * quietly turns it into U+FFFD, which would address or store something other than what was asked.
 */
export const MALFORMED_TEXT = 'is not well-formed Unicode text (it holds a lone surrogate)';

/**
 * Percent-encodes one path segment. Beyond encodeURIComponent, `!'()*` are encoded too, so a
 * segment only ever holds unreserved characters and escapes. Callers check `isWellFormed` first:
 * encodeURIComponent throws on a lone surrogate.
 */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Checks and encodes one path parameter; returns the reason when it is refused. */
export function encodePathParam(rule: PathParamRule, value: unknown): string | { refused: string } {
  if (typeof value !== 'string') return { refused: 'is missing' };
  if (rule !== 'name') {
    if (value.length !== 34 || !value.startsWith(rule) || !SID_PATTERN.test(value.slice(2)))
      return { refused: `must be a ${rule} SID (${rule} followed by 32 hexadecimal digits)` };
    return value;
  }
  // Dot segments would be resolved away by any URL parser on the way, changing the resource addressed.
  if (value === '' || value === '.' || value === '..') return { refused: 'must not be empty, "." or ".."' };
  if (hasControlCharacter(value)) return { refused: 'must not contain control characters' };
  if (!value.isWellFormed()) return { refused: MALFORMED_TEXT };
  return encodeSegment(value);
}

/** The concrete path of an operation; only the template's literal segments and encoded params. */
export function buildPath(
  spec: OperationSpec,
  values: Readonly<Record<string, unknown>>,
): string | { param: string; refused: string } {
  const rules = spec.params as Readonly<Record<string, PathParamRule>>;
  let path = '';
  for (const segment of spec.route.split('/').slice(1)) {
    if (!segment.startsWith('{')) {
      path += `/${segment}`;
      continue;
    }
    const param = segment.slice(1, -1);
    const rule = rules[param];
    if (rule === undefined) return { param, refused: 'is not a parameter of this operation' };
    const encoded = encodePathParam(rule, values[param]);
    if (typeof encoded !== 'string') return { param, refused: encoded.refused };
    path += `/${encoded}`;
  }
  return path;
}
