import { createHash, timingSafeEqual } from 'node:crypto';
import {
  type AccessTokenRefusal,
  type AccessTokenVerifier,
  type EndUser,
  isJwtShaped,
  TOKEN_EXPIRED_MESSAGE,
} from '../access/index.ts';
import type { AuthMode } from '../config/index.ts';
import type { TwilioCredentials } from '../twilio/client.ts';

/**
 * Decides, from the Authorization header alone, which Twilio credentials a request acts with, and
 * for an end user (a Twilio Access Token) who they are. Runs before any document is executed, so
 * an unauthenticated request never reaches Twilio.
 */
export type AuthOutcome =
  | {
      ok: true;
      credentials: TwilioCredentials;
      passThrough: boolean;
      /** Set when the caller is an end user: the request is limited to what their roles allow. */
      endUser: EndUser | null;
    }
  | {
      ok: false;
      message: string;
      challenge: string;
      /** Why an access token was refused, or that the gateway takes none. */
      reason?: AccessTokenRefusal | 'access-tokens-off';
    };

export interface Authenticator {
  mode: AuthMode;
  authenticate(authorization: string | null): AuthOutcome | Promise<AuthOutcome>;
}

/** What Twilio accepts as a Basic username: an Account SID or an API key SID. */
const TWILIO_USERNAME = /^(AC|SK)[0-9a-fA-F]{32}$/;
const BEARER_CHALLENGE = 'Bearer realm="twilio-conversations-graphql"';
const BASIC_CHALLENGE = 'Basic realm="Twilio Account SID and Auth Token, or API key SID and secret"';

/** What a refused access token is told, reason by reason. */
const REFUSALS: Record<AccessTokenRefusal | 'access-tokens-off', string> = {
  malformed: 'The access token is not a well-formed JWT.',
  'not-an-access-token': 'The bearer token is not a Twilio Access Token (no `cty: twilio-fpa;v=1` header).',
  'unsupported-algorithm': 'The access token is not signed with HS256, HS384 or HS512.',
  'unknown-key': 'The access token is signed with an API key this gateway does not hold.',
  'bad-signature': 'The access token’s signature does not match.',
  expired: TOKEN_EXPIRED_MESSAGE,
  'not-yet-valid': 'The access token is not valid yet.',
  'lifetime-too-long': 'The access token must expire, at most 24 hours after it was issued.',
  'wrong-account': 'The access token is for another Twilio account.',
  'no-identity': 'The access token names no usable identity.',
  'no-chat-grant': 'The access token carries no Conversations (chat) grant with a service SID.',
  'access-tokens-off':
    'This gateway holds no API key, so it takes no Twilio Access Tokens; send the credentials its mode asks for.',
};

export function createAuthenticator(options: {
  mode: AuthMode;
  /** Server mode: the gateway's own Twilio credentials. Demo mode: the emulator's demo account. */
  credentials?: TwilioCredentials | null;
  gatewayTokens?: readonly string[];
  /** Verifies end users' Access Tokens; absent when the gateway holds no API key to verify them with. */
  accessTokens?: AccessTokenVerifier | null;
}): Authenticator {
  const { mode } = options;
  const serverCredentials = options.credentials ?? null;
  if ((mode === 'server' || mode === 'demo') && !serverCredentials) {
    throw new Error(`auth mode ${mode} needs credentials`);
  }
  const isGatewayToken = createTokenMatcher(options.gatewayTokens ?? []);
  const verifier = options.accessTokens ?? null;

  const refuse = (reason: AccessTokenRefusal | 'access-tokens-off'): AuthOutcome => ({
    ok: false,
    message: REFUSALS[reason],
    reason,
    challenge: `${BEARER_CHALLENGE}, error="invalid_token", error_description="${reason}"`,
  });

  /** An end user's request runs with the server's credentials, limited to what the token's identity may do. */
  const asEndUser = async (token: string, credentials: TwilioCredentials): Promise<AuthOutcome> => {
    if (!verifier) return refuse('access-tokens-off');
    const verified = await verifier.verify(token);
    if (!verified.ok) return refuse(verified.reason);
    return { ok: true, credentials, passThrough: false, endUser: verified.endUser };
  };

  const authenticate = (authorization: string | null): AuthOutcome | Promise<AuthOutcome> => {
    if (mode === 'demo' && serverCredentials) {
      // Demo callers need nothing; one who sends an access token asked to be that end user.
      const token = parseScheme(authorization, 'bearer');
      if (token !== null && isJwtShaped(token)) return asEndUser(token, serverCredentials);
      return { ok: true, credentials: serverCredentials, passThrough: false, endUser: null };
    }
    if (mode === 'server' && serverCredentials) {
      const token = parseScheme(authorization, 'bearer');
      if (isGatewayToken(token)) {
        return { ok: true, credentials: serverCredentials, passThrough: false, endUser: null };
      }
      if (token !== null && isJwtShaped(token)) return asEndUser(token, serverCredentials);
      return {
        ok: false,
        message:
          token === null
            ? 'Authentication required: send Authorization: Bearer <gateway token or Twilio Access Token>.'
            : 'The gateway token is not valid.',
        challenge: BEARER_CHALLENGE,
      };
    }
    const bearer = parseScheme(authorization, 'bearer');
    if (bearer !== null && isJwtShaped(bearer)) return refuse('access-tokens-off');
    const basic = parseScheme(authorization, 'basic');
    const credentials = basic === null ? null : decodeBasic(basic);
    if (credentials) return { ok: true, credentials, passThrough: true, endUser: null };
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
