import { randomBytes } from 'node:crypto';

/** Every Twilio SID is a two-letter prefix and 32 lowercase hex characters. */
export type SidPrefix =
  | 'AC'
  | 'IS'
  | 'CH'
  | 'IM'
  | 'MB'
  | 'DY'
  | 'US'
  | 'RL'
  | 'CR'
  | 'BS'
  | 'WH'
  | 'IG'
  | 'SK'
  | 'MG';

export type SidFactory = (prefix: SidPrefix) => string;

/** Random SIDs, or a reproducible sequence when a seed is given (for tests and demo data). */
export function createSidFactory(seed?: number): SidFactory {
  if (seed === undefined) return (prefix) => prefix + randomBytes(16).toString('hex');
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    // xorshift32: small, fast and good enough to make distinct, stable identifiers.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state.toString(16).padStart(8, '0');
  };
  return (prefix) => prefix + next() + next() + next() + next();
}

export function isSid(value: string, prefix: SidPrefix): boolean {
  return value.length === 34 && value.startsWith(prefix) && /^[0-9a-fA-F]{32}$/.test(value.slice(2));
}

/**
 * Finds a record by its SID, or by the name Twilio also accepts in its place (a conversation's
 * unique name, a user's or participant's identity, an address).
 */
export function findBySidOrName<R>(
  records: Readonly<Record<string, R>>,
  prefix: SidPrefix,
  sidOrName: string,
  nameOf: (record: R) => string | null,
): R | undefined {
  if (looksLikeSid(sidOrName, prefix)) return records[sidOrName];
  return Object.values(records).find((record) => nameOf(record) === sidOrName);
}

/** Looks like any SID with this prefix, whatever the case of its hex (Twilio's own patterns allow both). */
export function looksLikeSid(value: string, prefix: SidPrefix): boolean {
  return new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(value);
}
