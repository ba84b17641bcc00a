import { createInvalidParameter, EmulatorError, type ErrorCode } from './errors.ts';

/**
 * Twilio's form encoding: flat PascalCase keys, dotted names as literal keys
 * (`Timers.Inactive`), arrays as repeated keys (`Permission=a&Permission=b`).
 * Every getter returns `undefined` when the key is absent, and throws a Twilio
 * error when the value has the wrong type, enum or format.
 */
export class Params {
  readonly #values = new Map<string, string[]>();

  constructor(source: URLSearchParams) {
    for (const [key, value] of source) {
      const list = this.#values.get(key);
      if (list) list.push(value);
      else this.#values.set(key, [value]);
    }
  }

  static fromString(text: string): Params {
    return new Params(new URLSearchParams(text));
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }

  keys(): string[] {
    return [...this.#values.keys()];
  }

  /** The ordered `key=value` pairs, for echoing filters into paging URLs. */
  entries(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [key, values] of this.#values) for (const value of values) out.push([key, value]);
    return out;
  }

  string(key: string, options: { max?: number; tooLong?: ErrorCode } = {}): string | undefined {
    const values = this.#values.get(key);
    if (!values) return undefined;
    const value = values[values.length - 1] ?? '';
    if (options.max !== undefined && [...value].length > options.max) {
      if (options.tooLong) throw new EmulatorError(options.tooLong);
      throw createInvalidParameter(key, `must be at most ${options.max} characters`);
    }
    return value;
  }

  requiredString(
    key: string,
    missing: ErrorCode,
    options: { max?: number; tooLong?: ErrorCode } = {},
  ): string {
    const value = this.string(key, options);
    if (value === undefined || value === '') throw new EmulatorError(missing);
    return value;
  }

  list(key: string): string[] | undefined {
    return this.#values.get(key)?.slice();
  }

  bool(key: string): boolean | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    throw createInvalidParameter(key, `expected true or false, got "${value}"`);
  }

  int(key: string, options: { min?: number; max?: number; code?: ErrorCode } = {}): number | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    const fail = () =>
      options.code
        ? new EmulatorError(options.code)
        : createInvalidParameter(key, `expected an integer, got "${value}"`);
    if (!/^-?\d+$/.test(value.trim())) throw fail();
    const parsed = Number.parseInt(value, 10);
    if (!Number.isSafeInteger(parsed)) throw fail();
    if (options.min !== undefined && parsed < options.min) throw fail();
    if (options.max !== undefined && parsed > options.max) throw fail();
    return parsed;
  }

  enumValue<T extends string>(key: string, allowed: readonly T[], code?: ErrorCode): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (code)
      throw new EmulatorError(code, `Invalid ${key} "${value}": expected one of ${allowed.join(', ')}`);
    throw createInvalidParameter(key, `expected one of ${allowed.join(', ')}, got "${value}"`);
  }

  enumList<T extends string>(key: string, allowed: readonly T[], code?: ErrorCode): T[] | undefined {
    const values = this.list(key);
    if (values === undefined) return undefined;
    for (const value of values) {
      if (!(allowed as readonly string[]).includes(value)) {
        if (code) throw new EmulatorError(code, `Invalid ${key} "${value}"`);
        throw createInvalidParameter(key, `expected one of ${allowed.join(', ')}, got "${value}"`);
      }
    }
    return values as T[];
  }

  /** ISO 8601 date-time; returned normalised to Twilio's `YYYY-MM-DDTHH:MM:SSZ`. */
  dateTime(key: string, code?: ErrorCode): string | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    const parsed = parseIsoDateTime(value);
    if (parsed === undefined) {
      if (code) throw new EmulatorError(code, `Invalid ${key} "${value}": expected an ISO 8601 date-time`);
      throw createInvalidParameter(key, `expected an ISO 8601 date-time, got "${value}"`);
    }
    return formatDate(parsed);
  }

  /**
   * The `DateCreated` and `DateUpdated` a create may give (to import history): `now` when no
   * creation date is given, the creation date when no update date is.
   */
  recordDates(now: number): [created: number, updated: number] {
    const dateCreated = this.dateTime('DateCreated', 50308);
    const dateUpdated = this.dateTime('DateUpdated', 50309);
    const created = dateCreated ? Date.parse(dateCreated) : now;
    return [created, dateUpdated ? Date.parse(dateUpdated) : created];
  }

  /** ISO 8601 duration (`PT10M`, `P1D`), returned as milliseconds and the original text. */
  duration(key: string, code: ErrorCode): { ms: number; text: string } | undefined {
    const value = this.string(key);
    if (value === undefined || value === '') return undefined;
    const ms = parseIsoDuration(value);
    if (ms === undefined)
      throw new EmulatorError(code, `Invalid ${key} "${value}": expected an ISO 8601 duration`);
    return { ms, text: value };
  }

  /** A JSON string parameter such as `Attributes`, stored verbatim after validation. */
  jsonString(
    key: string,
    options: { invalid: ErrorCode; maxBytes?: number; tooLong?: ErrorCode },
  ): string | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (options.maxBytes !== undefined && Buffer.byteLength(value, 'utf8') > options.maxBytes) {
      throw new EmulatorError(
        options.tooLong ?? options.invalid,
        `${key} must be at most ${options.maxBytes} bytes`,
      );
    }
    try {
      JSON.parse(value);
    } catch {
      throw new EmulatorError(options.invalid);
    }
    return value;
  }
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseIsoDateTime(value: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const hasZone = match[7] !== undefined;
  const text =
    match[4] === undefined ? `${value.trim()}T00:00:00Z` : hasZone ? value.trim() : `${value.trim()}Z`;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Twilio's REST date format: ISO 8601, UTC, to the second. */
export function formatDate(date: Date | number): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseIsoDuration(value: string): number | undefined {
  const match = ISO_DURATION.exec(value.trim());
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part ? Number(part) : 0));
  return (
    ((((weeks ?? 0) * 7 + (days ?? 0)) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60_000 +
    (seconds ?? 0) * 1000
  );
}

/** An update's rule: a param that was not given (undefined) leaves its field as it is. */
export function applyGiven<T extends object>(
  record: T,
  changes: { [K in keyof T]?: T[K] | undefined },
): void {
  for (const [key, value] of Object.entries(changes)) {
    // The keys are T's own (the parameter's type says so).
    if (value !== undefined) (record as Record<string, unknown>)[key] = value;
  }
}
