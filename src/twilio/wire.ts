import type { components, operations } from '../generated/conversations-v1.ts';

/**
 * The one place where Twilio's JSON becomes typed domain objects. Every resource declares, for
 * each property of its generated wire type, how that property is read; the declaration is
 * checked against the generated types (a property added to the spec fails the typecheck until it
 * is handled) and the domain type is the wire type with camelCased keys, `Date`s for dates,
 * parsed `attributes`, and real shapes for the objects the spec leaves untyped.
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
export type Camelized<
  W,
  Required extends keyof W = never,
  Shapes extends { [K in keyof W]?: unknown } = Record<never, never>,
> = {
  [K in keyof W as CamelCase<K & string>]-?: K extends keyof Shapes
    ? Shapes[K]
    : K extends Required
      ? NonNullable<Converted<K & string, W[K]>>
      : Converted<K & string, W[K]>;
};

/** Reads one wire property; `at` names it (never its value) for error messages. */
export type Field<T> = (value: unknown, at: string) => T;

/** How to read every property of wire type `W` into domain type `D`. */
export type ShapeOf<W, D> = {
  [K in keyof W & string]-?: Field<D[CamelCase<K> & keyof D]>;
};

/** A Twilio answer that does not have the documented shape. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

const camelCase = (key: string): string =>
  key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the converter of a resource (or nested object) from its shape. */
export function shape<W, D>(name: string, fields: ShapeOf<W, D>): Field<D> {
  const entries = Object.entries(fields as Record<string, Field<unknown>>).map(
    ([wire, field]) => [wire, camelCase(wire), field] as const,
  );
  return (value, at = name) => {
    if (!isRecord(value)) throw new WireFormatError(`${at} is not an object`);
    const out: Record<string, unknown> = {};
    for (const [wire, camel, field] of entries) out[camel] = field(value[wire], `${at}.${wire}`);
    // The shape has just read and checked every property of D.
    return out as D;
  };
}

/** Like `shape`, but null or absent reads as null. */
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

export const links: Field<Record<string, string> | null> = (value, at) => {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new WireFormatError(`${at} is not an object`);
  const out: Record<string, string> = {};
  for (const [key, link] of Object.entries(value)) {
    if (typeof link !== 'string') throw new WireFormatError(`${at}.${key} is not a string`);
    out[key] = link;
  }
  return out;
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
    return value.map((item, index) => field(item, `${at}[${index}]`));
  };
}

/** An object Twilio renders as `{}` when empty: absent or null read as the empty shape. */
export function orEmpty<T>(field: Field<T>): Field<T> {
  return (value, at) => field(value === null || value === undefined ? {} : value, at);
}
