import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthMode } from '../config/index.ts';
import type { TwilioCredentials } from '../twilio/client.ts';

/**
 * Decides, from the Authorization header alone, which Twilio credentials a request acts with.
 * Runs before any document is executed, so an unauthenticated request never reaches Twilio.
 */
export type AuthOutcome =
  | { ok: true; credentials: TwilioCredentials; passThrough: boolean }
  | { ok: false; message: string; challenge: string };

export interface Authenticator {
  mode: AuthMode;
  authenticate(authorization: string | null): AuthOutcome;
}

/** What Twilio accepts as a Basic username: an Account SID or an API key SID. */
const TWILIO_USERNAME = /^(AC|SK)[0-9a-fA-F]{32}$/;
const BEARER_CHALLENGE = 'Bearer realm="twilio-conversations-graphql"';
const BASIC_CHALLENGE = 'Basic realm="Twilio Account SID and Auth Token, or API key SID and secret"';

export function createAuthenticator(options: {
  mode: AuthMode;
  /** Server mode: the gateway's own Twilio credentials. Demo mode: the emulator's demo account. */
  credentials?: TwilioCredentials | null;
  gatewayTokens?: readonly string[];
}): Authenticator {
  const { mode } = options;
  const serverCredentials = options.credentials ?? null;
  if ((mode === 'server' || mode === 'demo') && !serverCredentials) {
    throw new Error(`auth mode ${mode} needs credentials`);
  }
  const isGatewayToken = createTokenMatcher(options.gatewayTokens ?? []);

  const authenticate = (authorization: string | null): AuthOutcome => {
    if (mode === 'demo' && serverCredentials) {
      return { ok: true, credentials: serverCredentials, passThrough: false };
    }
    if (mode === 'server' && serverCredentials) {
      const token = parseScheme(authorization, 'bearer');
      if (isGatewayToken(token)) {
        return { ok: true, credentials: serverCredentials, passThrough: false };
      }
      return {
        ok: false,
        message:
          token === null
            ? 'Authentication required: send Authorization: Bearer <gateway token>.'
            : 'The gateway token is not valid.',
        challenge: BEARER_CHALLENGE,
      };
    }
    const basic = parseScheme(authorization, 'basic');
    const credentials = basic === null ? null : decodeBasic(basic);
    if (credentials) return { ok: true, credentials, passThrough: true };
    return {
      ok: false,
      message:
        basic === null
          ? 'Authentication required: send your Twilio credentials as Authorization: Basic (Account SID or API key SID, and secret).'
          : 'The Basic credentials are malformed: expected an Account SID or API key SID, a colon and a secret.',
      challenge: BASIC_CHALLENGE,
    };
  };
  return { mode, authenticate };
}

function parseScheme(authorization: string | null, scheme: 'basic' | 'bearer'): string | null {
  if (!authorization) return null;
  const match = /^([A-Za-z]+) +([^\s]+) *$/.exec(authorization);
  if (!match || match[1]?.toLowerCase() !== scheme) return null;
  return match[2] ?? null;
}

function decodeBasic(encoded: string): TwilioCredentials | null {
  if (!/^[A-Za-z0-9+/]+=*$/.test(encoded)) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  // Checked here so malformed credentials cost no Twilio call.
  if (!TWILIO_USERNAME.test(username) || password === '' || !/^[\x21-\x7e]+$/.test(password)) return null;
  return { username, password };
}

/**
 * Whether a presented token is one of `tokens`. Comparing fixed-length digests in constant time,
 * with no early exit, hides the tokens' content and length and which one matched.
 */
export function createTokenMatcher(tokens: readonly string[]): (candidate: string | null) => boolean {
  const digests = tokens.map(digest);
  return (candidate) => candidate !== null && digests.length > 0 && matchesAny(digest(candidate), digests);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function matchesAny(candidate: Buffer, digests: readonly Buffer[]): boolean {
  let matched = false;
  // No early exit: the time taken does not reveal which token matched.
  for (const known of digests) matched = timingSafeEqual(candidate, known) || matched;
  return matched;
}
