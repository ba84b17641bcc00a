import type { components, operations } from '../generated/conversations-v1.ts';
import { WIRE_FIELDS } from '../generated/operations.ts';

/**
 * The one place where Twilio's JSON becomes typed domain objects. How each property of a resource
 * is read comes from the spec (the generated `WIRE_FIELDS`); a resource adds only what the spec
 * does not say: which properties Twilio always sets, and real shapes for the objects the spec
 * leaves untyped. The domain type is the wire type with camelCased keys, `Date`s for dates, parsed
 * `attributes`, and those shapes.
 */
export type Schemas = components['schemas'];
export type OperationId = keyof operations;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

type Converted<K extends string, V> = K extends 'attributes' | `${string}_attributes`
  ? JsonValue
  : K extends `date_${string}` | `${string}_date_${string}`
    ? Date | null
    : K extends 'links'
      ? Record<string, string> | null
      : Exclude<V, undefined>;

/**
 * A wire type with camelCased keys. `Required` names the properties Twilio always sets although
 * the spec marks them nullable; `Shapes` gives the real type of properties the spec types as
 * `unknown` (or gets wrong).
 */
export type Camelized<W, Required extends keyof W = never, Shapes extends object = Record<never, never>> = {
  [K in keyof W as CamelCase<K & string>]-?: K extends keyof Shapes
    ? Shapes[K & keyof Shapes]
    : K extends Required
      ? NonNullable<Converted<K & string, W[K]>>
      : Converted<K & string, W[K]>;
};

/**
 * Reads one wire property; `at` names it (never its value) for error messages. Containers pass
 * only the name of the position they read (a property's wire name, or '' for a list item) and put
 * their own path in front of a failure's message as it passes through (`within`), so no path
 * string is built for a value that reads fine.
 */
export type Field<T> = (value: unknown, at: string) => T;

/** A Twilio answer that does not have the documented shape. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

/**
 * The same failure one level up: `prefix` (the container's path) goes in front of the message,
 * which starts with the path inside the container. Anything else passes unchanged.
 */
export function within(error: unknown, prefix: string): unknown {
  return error instanceof WireFormatError ? new WireFormatError(`${prefix}${error.message}`) : error;
}

const camelCase = (key: string): string =>
  key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a record of readers reads: their results under the camelCased keys. */
export type Read<F> = {
  -readonly [K in keyof F & string as CamelCase<K>]: F[K] extends Field<infer T> ? T : never;
};

/** Reads an object property by property; `name` names it when it is read at the top. */
export function object<const F extends Readonly<Record<string, Field<unknown>>>>(
  name: string,
  fields: F,
): Field<Read<F>> {
  const entries = Object.entries(fields).map(([wire, field]) => [wire, camelCase(wire), field] as const);
  return (value, at = name) => {
    if (!isRecord(value)) throw new WireFormatError(`${at} is not an object`);
    const out: Record<string, unknown> = {};
    try {
      for (const [wire, camel, field] of entries) out[camel] = field(value[wire], wire);
    } catch (error) {
      throw within(error, `${at}.`);
    }
    // Every reader of F has just read its property.
    return out as Read<F>;
  };
}

/** Like the field, but null or absent reads as null. */
export function nullable<T>(field: Field<T>): Field<T | null> {
  return (value, at) => (value === null || value === undefined ? null : field(value, at));
}

export const string: Field<string | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new WireFormatError(`${at} is not a string`);
  return value;
};

export const requiredString: Field<string> = (value, at) => {
  if (typeof value !== 'string') throw new WireFormatError(`${at} is missing`);
  return value;
};

export const integer: Field<number | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new WireFormatError(`${at} is not an integer`);
  return value;
};

export const requiredInteger: Field<number> = (value, at) => {
  const number = integer(value, at);
  if (number === null) throw new WireFormatError(`${at} is missing`);
  return number;
};

export const boolean: Field<boolean | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'boolean') throw new WireFormatError(`${at} is not a boolean`);
  return value;
};

/** Twilio sends some booleans as strings, capitalised (`"False"` for a credential's sandbox). */
export const looseBoolean: Field<boolean | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  throw new WireFormatError(`${at} is not a boolean`);
};

export const strings: Field<string[] | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new WireFormatError(`${at} is not a list of strings`);
  return value;
};

export const date: Field<Date | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new WireFormatError(`${at} is not a date`);
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new WireFormatError(`${at} is not a date`);
  return parsed;
};

export const requiredDate: Field<Date> = (value, at) => {
  const parsed = date(value, at);
  if (parsed === null) throw new WireFormatError(`${at} is missing`);
  return parsed;
};

/**
 * Twilio stores `attributes` as a JSON string ("{}" by default). It validates JSON on write,
 * but resources written before that check may hold any text, which is kept as a JSON string
 * rather than failing the whole answer.
 */
export const json: Field<JsonValue> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new WireFormatError(`${at} is not a JSON string`);
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
};

/**
 * Checked in place and kept, not copied: the object is the parsed answer's own, which nothing else
 * holds, and every item of a list carries one (docs/decisions/0041).
 */
export const links: Field<Record<string, string> | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new WireFormatError(`${at} is not an object`);
  for (const key in value) {
    if (Object.hasOwn(value, key) && typeof value[key] !== 'string')
      throw new WireFormatError(`${at}.${key} is not a string`);
  }
  return value as Record<string, string>;
};

/** An enum of the spec; the record makes the typecheck fail if the spec adds or drops a value. */
export function oneOf<E extends string>(values: Record<E, true>): Field<E> {
  const allowed = new Set<string>(Object.keys(values));
  return (value, at) => {
    if (typeof value !== 'string' || !allowed.has(value))
      throw new WireFormatError(`${at} is not a known value`);
    return value as E;
  };
}

export function listOf<T>(field: Field<T>): Field<T[] | null> {
  return (value, at) => {
    if (value === null || value === undefined) return null;
    if (!Array.isArray(value)) throw new WireFormatError(`${at} is not a list`);
    return readItems(value, field, at);
  };
}

/** An object Twilio renders as `{}` when empty: absent or null read as the empty shape. */
export function orEmpty<T>(field: Field<T>): Field<T> {
  return (value, at) => field(value === null || value === undefined ? {} : value, at);
}

type ResourceName = keyof typeof WIRE_FIELDS & keyof Schemas;
/** A kind of `WIRE_FIELDS`, or an enum's values. */
type WireKind = string | readonly string[];

/** A resource's reader, with the name its answers are given in error messages. */
export type Reader<T> = Field<T> & { readonly resourceName: string };

const KINDS: Record<string, readonly [optional: Field<unknown>, required?: Field<unknown>]> = {
  string: [string, requiredString],
  integer: [integer, requiredInteger],
  boolean: [boolean],
  date: [date, requiredDate],
  strings: [strings],
  links: [links],
};

/** How the spec's kind of one property is read; `attributes` are JSON text, as `Converted` types them. */
function fieldOf(wire: string, kind: WireKind, required: boolean): Field<unknown> {
  if (typeof kind !== 'string') return oneOf(Object.fromEntries(kind.map((value) => [value, true])));
  const readers = wire === 'attributes' || wire.endsWith('_attributes') ? [json] : KINDS[kind];
  const reader = readers?.[required ? 1 : 0];
  if (!reader) throw new Error(`${wire}: no reader for a${required ? ' required' : 'n'} ${kind}`);
  return reader;
}

/**
 * What Twilio sets on every resource that has it, although the spec marks it nullable: its SID,
 * account, URL and dates.
 */
const ALWAYS_SET = ['sid', 'account_sid', 'url', 'date_created', 'date_updated'] as const;
type AlwaysSet = (typeof ALWAYS_SET)[number];

/** The properties of resource `N` read as required: those always set, plus `R`, minus `X`. */
type RequiredOf<N extends ResourceName, R, X> = Exclude<(AlwaysSet & keyof Schemas[N]) | R, X>;

/**
 * The reader of one resource of the spec (`conversations.v1.service.service_role`): every
 * property read by its kind in the spec. Its SID, account, URL and dates are read as always set;
 * `required` names what else Twilio always sets, `optional` what of those it may leave out (a
 * message's `date_updated`); `fields` reads the properties the spec leaves untyped (or types
 * wrongly). `name` names the resource in error messages.
 */
export function resource<
  const N extends ResourceName,
  const R extends keyof Schemas[N] & string = never,
  const X extends keyof Schemas[N] & AlwaysSet = never,
  const O extends { readonly [K in keyof Schemas[N]]?: Field<unknown> } = Record<never, never>,
>(
  schema: N,
  name: string,
  options: { required?: readonly R[]; optional?: readonly X[]; fields?: O } = {},
): Reader<
  Camelized<Schemas[N], RequiredOf<N, R, X>, { [K in keyof O]: O[K] extends Field<infer T> ? T : never }>
> {
  const kinds: Readonly<Record<string, WireKind>> = WIRE_FIELDS[schema];
  const optional = new Set<string>(options.optional ?? []);
  const required = new Set<string>([
    ...ALWAYS_SET.filter((wire) => wire in kinds && !optional.has(wire)),
    ...(options.required ?? []),
  ]);
  const overrides: Readonly<Record<string, Field<unknown> | undefined>> = options.fields ?? {};
  const fields = Object.fromEntries(
    Object.entries(kinds).map(([wire, kind]) => [
      wire,
      overrides[wire] ?? fieldOf(wire, kind, required.has(wire)),
    ]),
  );
  // The domain type is read from the same spec the kinds were generated from.
  return Object.assign(object(name, fields), { resourceName: name }) as unknown as Reader<
    Camelized<Schemas[N], RequiredOf<N, R, X>, { [K in keyof O]: O[K] extends Field<infer T> ? T : never }>
  >;
}

/** Reads every item of a list; a failure names the item as `at[index]`. */
export function readItems<T>(items: readonly unknown[], field: Field<T>, at: string): T[] {
  const out: T[] = new Array(items.length);
  for (let index = 0; index < items.length; index += 1) {
    try {
      out[index] = field(items[index], '');
    } catch (error) {
      throw within(error, `${at}[${index}]`);
    }
  }
  return out;
}
