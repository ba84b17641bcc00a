import { decodeJwt, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from 'jose';

/**
 * Twilio Access Tokens (https://www.twilio.com/docs/iam/access-tokens; docs/access-tokens.md §1):
 * a JWT with the header `cty: twilio-fpa;v=1`, signed HS256/384/512 with the secret of the API key
 * named in `iss`, for the account in `sub`, carrying `grants.identity` and, for Conversations,
 * `grants.chat.service_sid`. Tokens have no `kid`: the secret is looked up by `iss`.
 *
 * Verification is local and complete before anything else happens: a refused token costs no
 * Twilio call, and the refusal names one reason a client (or its developer) can act on.
 */

/** The user a verified token names: who they are and which Conversations service they may use. */
export interface EndUser {
  identity: string;
  /** The Conversations service the token's chat grant names (IS…). */
  serviceSid: string;
  /** The account the token was issued for (AC…). */
  accountSid: string;
  /** The API key that signed it (SK…). */
  keySid: string;
  /** When the token expires, in seconds since the epoch. */
  expiresAt: number;
  /**
   * Until when the gateway accepts it: `expiresAt` plus the clock skew the verifier allows, in
   * seconds since the epoch. Sessions opened with the token end then (src/access/expiry.ts).
   */
  acceptedUntil: number;
}

/** Why a token was refused; sent to the client as `extensions.reason` with HTTP 401. */
export type AccessTokenRefusal =
  /** Not a JWT, or a JWT whose parts do not decode. */
  | 'malformed'
  /** A JWT, but not a Twilio Access Token (no `cty: twilio-fpa;v=1`). */
  | 'not-an-access-token'
  /** Signed with something other than HS256, HS384 or HS512. */
  | 'unsupported-algorithm'
  /** `iss` names no API key whose secret the gateway holds. */
  | 'unknown-key'
  /** The signature does not match: tampered, or signed with another secret. */
  | 'bad-signature'
  | 'expired'
  /** `nbf` lies in the future. */
  | 'not-yet-valid'
  /** No `exp`, or valid for longer than Twilio allows (24 hours). */
  | 'lifetime-too-long'
  /** `sub` is not the account the gateway acts for. */
  | 'wrong-account'
  /** No `grants.identity`, or one that could never name a user. */
  | 'no-identity'
  /** No `grants.chat.service_sid`: the token does not grant Conversations. */
  | 'no-chat-grant';

export type AccessTokenVerification =
  | { ok: true; endUser: EndUser }
  | { ok: false; reason: AccessTokenRefusal };

export interface ApiKey {
  /** The API key SID (SK…), the token's `iss`. */
  sid: string;
  secret: string;
}

export interface AccessTokenVerifier {
  verify(token: string): Promise<AccessTokenVerification>;
}

/** The header Twilio writes into every Access Token. */
export const ACCESS_TOKEN_CONTENT_TYPE = 'twilio-fpa;v=1';
/** Twilio refuses to mint tokens valid for longer (twilio-node's AccessToken `ttl`, at most 86400). */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/**
 * How far the gateway's clock may disagree with the minting server's, for `exp`, `nbf` and `iat`,
 * by default (ACCESS_TOKEN_CLOCK_SKEW_SECONDS).
 */
export const CLOCK_SKEW_SECONDS = 60;

const ALGORITHMS = ['HS256', 'HS384', 'HS512'];
const SERVICE_SID = /^IS[0-9a-fA-F]{32}$/;
const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
/** A lone surrogate can be written in JSON (`\ud800`) but never sent in a REST path. */
/**
 * An identity shaped like a SID (two letters, 32 hex digits) is refused: the gateway sends the
 * identity as a path segment (`/Users/{identity}`, `/Participants/{identity}`), where Twilio reads
 * such a segment as the SID of whatever user or participant has it, so the token would act as them.
 * Twilio creates no user with such an identity (error 50206, docs/twilio-rest-behaviour.md).
 */
const SID_SHAPED = /^[A-Za-z]{2}[0-9a-fA-F]{32}$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Twilio identities are at most 256 characters (https://www.twilio.com/docs/conversations/identity). */
const MAX_IDENTITY_LENGTH = 256;

/**
 * Tokens verified once and answered from memory until they expire. A browser sends the same token
 * with every request for up to its lifetime, and checking the HMAC (WebCrypto through jose, with
 * two decodings of the token) was about 190 µs of CPU a request, a sixth of a small query's
 * (docs/decisions/0030-end-user-cost.md). Keyed by the whole token, so a token differing in any
 * byte is verified afresh; only accepted tokens are kept, and each is refused again once expired.
 */
export const MAX_CACHED_TOKENS = 10_000;

/** Whether a bearer value has the shape of a JWT (three base64url parts); says nothing of its validity. */
export function isJwtShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value);
}

export function createAccessTokenVerifier(options: {
  keys: readonly ApiKey[];
  /**
   * The account the gateway acts for. Requests run with the gateway's own credentials, so a token
   * for any other account must not be served, even when signed with a key the gateway holds.
   * A function when the account has to be learned (an API key without TWILIO_ACCOUNT_SID).
   */
  accountSid: string | (() => Promise<string>);
  /** Seconds since the epoch; for tests. */
  now?: () => number;
  /** How far the minting server's clock may disagree with the gateway's; CLOCK_SKEW_SECONDS by default. */
  clockSkewSeconds?: number;
}): AccessTokenVerifier {
  const secrets = new Map(options.keys.map((key) => [key.sid, new TextEncoder().encode(key.secret)]));
  const now = options.now ?? (() => Date.now() / 1000);
  const skew = options.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
  const accountOf = typeof options.accountSid === 'string' ? () => options.accountSid : options.accountSid;

  const refuse = (reason: AccessTokenRefusal): AccessTokenVerification => ({ ok: false, reason });
  const verified = new Map<string, EndUser>();

  const remember = (token: string, endUser: EndUser) => {
    // The oldest entry goes first (a Map iterates in insertion order).
    if (verified.size >= MAX_CACHED_TOKENS) verified.delete(verified.keys().next().value as string);
    verified.set(token, Object.freeze({ ...endUser }));
  };

  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) {
        // jose's rule for `exp` with the clock skew, as when the token was first verified.
        if (known.acceptedUntil > now()) return { ok: true, endUser: known };
        verified.delete(token);
        return refuse('expired');
      }
      const result = await verifyAfresh(token);
      if (result.ok) remember(token, result.endUser);
      return result;
    },
  };

  async function verifyAfresh(token: string): Promise<AccessTokenVerification> {
    if (!isJwtShaped(token)) return refuse('malformed');
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      claims = decodeJwt(token);
    } catch {
      return refuse('malformed');
    }
    if (header.cty !== ACCESS_TOKEN_CONTENT_TYPE) return refuse('not-an-access-token');
    if (typeof header.alg !== 'string' || !ALGORITHMS.includes(header.alg)) {
      return refuse('unsupported-algorithm');
    }
    const secret = typeof claims.iss === 'string' ? secrets.get(claims.iss) : undefined;
    if (!secret || typeof claims.iss !== 'string') return refuse('unknown-key');

    const at = now();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, secret, {
        algorithms: ALGORITHMS,
        clockTolerance: skew,
        currentDate: new Date(at * 1000),
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      return refuse(refusalOf(error));
    }
    const exp = payload.exp as number;
    // Twilio writes `iat`; a token without it is held to 24 hours from now.
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : at;
    if (issuedAt > at + skew) return refuse('not-yet-valid');
    if (exp - issuedAt > MAX_TOKEN_LIFETIME_SECONDS) return refuse('lifetime-too-long');

    const grants = record(payload.grants);
    const identity = grants?.identity;
    if (
      typeof identity !== 'string' ||
      identity === '' ||
      identity.length > MAX_IDENTITY_LENGTH ||
      LONE_SURROGATE.test(identity) ||
      SID_SHAPED.test(identity)
    ) {
      return refuse('no-identity');
    }
    const serviceSid = record(grants?.chat)?.service_sid;
    if (typeof serviceSid !== 'string' || !SERVICE_SID.test(serviceSid)) return refuse('no-chat-grant');

    // Checked last: only a correctly signed token may make the gateway learn its own account.
    const accountSid = await accountOf();
    if (typeof payload.sub !== 'string' || !ACCOUNT_SID.test(payload.sub) || payload.sub !== accountSid) {
      return refuse('wrong-account');
    }
    return {
      ok: true,
      endUser: {
        identity,
        serviceSid,
        accountSid,
        keySid: claims.iss,
        expiresAt: exp,
        acceptedUntil: exp + skew,
      },
    };
  }
}

function refusalOf(error: unknown): AccessTokenRefusal {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'unsupported-algorithm';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'not-yet-valid';
    if (error.claim === 'exp') return 'lifetime-too-long';
  }
  return 'malformed';
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
