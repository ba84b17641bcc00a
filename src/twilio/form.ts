import type { operations } from '../generated/conversations-v1.ts';
import { MALFORMED_TEXT } from './operations.ts';
import type { PageRef } from './paging.ts';
import type { JsonValue, OperationId } from './wire.ts';

/**
 * Twilio's request encoding (docs/twilio-rest-behaviour.md §3): form bodies with PascalCase keys,
 * dotted keys kept flat (`Timers.Inactive`), arrays as repeated keys, booleans as true/false,
 * dates as ISO 8601 UTC to the second, JSON params as JSON strings. Callers use camelCase names
 * derived from the spec's (`Timers.Inactive` → `timersInactive`, `Permission` → `permission`).
 */
type ParamTail<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}${ParamTail<Tail>}` : S;
export type ParamName<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Uncapitalize<Head>}${ParamTail<Tail>}`
  : Uncapitalize<S>;

/** What a caller gives for one participant of ConversationWithParticipants. */
export interface ParticipantInput {
  identity?: string | null;
  messagingBindingAddress?: string | null;
  messagingBindingProxyAddress?: string | null;
  messagingBindingProjectedAddress?: string | null;
  roleSid?: string | null;
  attributes?: JsonValue;
}

/**
 * Params the spec types as plain strings but describes as JSON: sent as JSON text of the value
 * given (`Participant`, repeated, as one JSON object per participant). Everything else is sent as
 * it comes, arrays as repeated keys.
 */
const ENCODINGS = { Attributes: 'json', ContentVariables: 'json', Participant: 'participants' } as const;
type Encoded<E> = {
  [K in keyof typeof ENCODINGS]: (typeof ENCODINGS)[K] extends E ? K : never;
}[keyof typeof ENCODINGS];

type ParamValue<K extends string, V> =
  K extends Encoded<'json'>
    ? JsonValue
    : K extends `Date${string}` | 'LastReadTimestamp' | 'StartDate' | 'EndDate'
      ? Date
      : K extends Encoded<'participants'>
        ? ParticipantInput[]
        : V;

/** Null is accepted wherever undefined is and means the same: the param is not sent (Twilio's form encoding cannot carry a null). */
export type CamelParams<W> = {
  [K in keyof W as ParamName<K & string>]: ParamValue<K & string, Exclude<W[K], undefined>> | null;
};

type BodyOf<Id extends OperationId> = operations[Id] extends {
  requestBody?: { content: { 'application/x-www-form-urlencoded': infer B } };
}
  ? B
  : never;

type QueryOf<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/** The camelCase body params of an operation, typed from the spec. */
export type BodyParams<Id extends OperationId> = CamelParams<BodyOf<Id>>;

/** The camelCase query filters of a list operation, plus paging. */
export type ListParams<Id extends OperationId> = CamelParams<
  Omit<QueryOf<Id>, 'PageSize' | 'Page' | 'PageToken'>
> & {
  pageSize?: number | null;
  /** The page to read: null or absent for the first one, else `next`/`previous` of a `Page`. */
  page?: PageRef | null;
};

/** A bad argument, found before any request; the client turns it into an `invalid-argument` error. */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
}

/** Returns `value` when it can be encoded for Twilio; throws an InvalidArgumentError naming `name` otherwise. */
export function wellFormed(value: string, name: string): string {
  if (!value.isWellFormed()) throw new InvalidArgumentError(`${name} ${MALFORMED_TEXT}`);
  return value;
}

export const paramName = (wire: string): string => {
  const [head = '', ...rest] = wire.split('.');
  return head.charAt(0).toLowerCase() + head.slice(1) + rest.join('');
};

/** ISO 8601 UTC to the second, the form Twilio uses and expects (`2015-12-16T22:18:37Z`). */
export function formatDate(value: Date, name: string): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new InvalidArgumentError(`${name} is not a valid date`);
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function scalar(value: unknown, name: string): string {
  if (typeof value === 'string') return wellFormed(value, name);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidArgumentError(`${name} is not a finite number`);
    return String(value);
  }
  if (value instanceof Date) return formatDate(value, name);
  throw new InvalidArgumentError(`${name} has an unsupported type`);
}

function jsonText(value: unknown, name: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    throw new InvalidArgumentError(`${name} is not serialisable as JSON`);
  }
  if (text === undefined) throw new InvalidArgumentError(`${name} is not serialisable as JSON`);
  return text;
}

/**
 * Twilio does not document the key spelling inside `Participant`; its own examples use the
 * snake_case names of the Participant resource's JSON, nested like its `messaging_binding`.
 */
function participantText(value: unknown, name: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidArgumentError(`${name} is not an object`);
  const input = value as ParticipantInput;
  const out: Record<string, JsonValue> = {};
  if (input.identity != null) out.identity = scalar(input.identity, `${name}.identity`);
  const binding: Record<string, JsonValue> = {};
  if (input.messagingBindingAddress != null)
    binding.address = scalar(input.messagingBindingAddress, `${name}.messagingBindingAddress`);
  if (input.messagingBindingProxyAddress != null)
    binding.proxy_address = scalar(
      input.messagingBindingProxyAddress,
      `${name}.messagingBindingProxyAddress`,
    );
  if (input.messagingBindingProjectedAddress != null)
    binding.projected_address = scalar(
      input.messagingBindingProjectedAddress,
      `${name}.messagingBindingProjectedAddress`,
    );
  if (Object.keys(binding).length > 0) out.messaging_binding = binding;
  if (input.roleSid != null) out.role_sid = scalar(input.roleSid, `${name}.roleSid`);
  if (input.attributes !== undefined && input.attributes !== null)
    out.attributes = jsonText(input.attributes, `${name}.attributes`);
  return JSON.stringify(out);
}

/**
 * Appends the params named in `fields` (wire names, as the generated catalogue lists them for the
 * operation) to `target`, in the order of `fields`; absent or null ones are left out.
 */
export function encodeParams(target: URLSearchParams, fields: readonly string[], params: object): void {
  const values = params as Readonly<Record<string, unknown>>;
  const encodings: Readonly<Record<string, 'json' | 'participants'>> = ENCODINGS;
  for (const wire of fields) {
    const name = paramName(wire);
    const encoding = encodings[wire];
    const value = values[name];
    if (value === undefined || value === null) continue;
    if (encoding === 'json') {
      target.append(wire, jsonText(value, name));
      continue;
    }
    if (encoding === 'participants') {
      if (!Array.isArray(value)) throw new InvalidArgumentError(`${name} is not a list`);
      value.forEach((item, index) => {
        target.append(wire, participantText(item, `${name}[${index}]`));
      });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        target.append(wire, scalar(item, `${name}[${index}]`));
      });
      continue;
    }
    target.append(wire, scalar(value, name));
  }
}
