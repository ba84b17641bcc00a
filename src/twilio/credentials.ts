import { createHmac, randomBytes } from 'node:crypto';
import { hasControlCharacter } from './operations.ts';

/** HTTP Basic credentials: an Account SID and Auth Token, or an API key SID and secret. */
export interface TwilioCredentials {
  username: string;
  password: string;
}

/** How many callers' derived credentials a client keeps (see createCredentialCache). */
const DERIVED_CREDENTIALS = 1000;

export interface CredentialParts {
  authorization: string;
  /** Anything Twilio echoes back is scrubbed of these before it reaches an error, longest first. */
  secrets: string[];
  credentialProblem: string | null;
  /** Keys the caller's queue in the in-flight limiter. */
  fingerprint: string;
}

function deriveParts(username: string, password: string, fingerprint: string): CredentialParts {
  const pair = `${username}:${password}`;
  const encoded = Buffer.from(pair, 'utf8').toString('base64');
  const secrets = [encoded, pair, encodeURIComponent(pair)];
  if (password.length >= 6) secrets.push(password, encodeURIComponent(password));
  return {
    authorization: `Basic ${encoded}`,
    secrets: [...new Set(secrets)].sort((a, b) => b.length - a.length),
    credentialProblem:
      username === ''
        ? 'the credentials have no username'
        : username.includes(':') || hasControlCharacter(username)
          ? 'the credentials username is malformed'
          : null,
    fingerprint,
  };
}

/**
 * One client's cache of what its callers' credentials give: the function it returns is what each
 * new session calls with its caller's username and password. Per client, so the fingerprint key and
 * the cache end with the client.
 */
export function createCredentialCache(): (username: string, password: string) => CredentialParts {
  // Fingerprints key the per-credential queues; a per-client random key means they cannot be
  // reversed or compared across processes, and the raw secret is never a map key.
  const fingerprintKey = randomBytes(32);

  const fingerprint = (credentials: TwilioCredentials) =>
    createHmac('sha256', fingerprintKey)
      .update(`${credentials.username.length}:${credentials.username}`)
      .update(credentials.password)
      .digest('base64url');

  /**
   * What a session derives from its credentials (the header, the forms to scrub, the HMAC
   * fingerprint) is the same for every request of one caller: derived once and kept, per username
   * (never keyed by the secret), for as long as the same secret comes with it.
   */
  const derived = new Map<string, { password: string; parts: CredentialParts }>();
  const partsOf = (username: string, password: string): CredentialParts => {
    const known = derived.get(username);
    if (known && known.password === password) return known.parts;
    const parts = deriveParts(username, password, fingerprint({ username, password }));
    if (known) derived.delete(username);
    else if (derived.size >= DERIVED_CREDENTIALS) {
      // The oldest entry goes first (Map keeps insertion order).
      const oldest = derived.keys().next();
      if (!oldest.done) derived.delete(oldest.value);
    }
    derived.set(username, { password, parts });
    return parts;
  };
  return partsOf;
}
