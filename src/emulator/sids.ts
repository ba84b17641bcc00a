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

/** Looks like any SID with this prefix, whatever the case of its hex (Twilio's own patterns allow both). */
export function looksLikeSid(value: string, prefix: SidPrefix): boolean {
  return new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(value);
}
