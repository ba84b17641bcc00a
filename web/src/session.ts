/**
 * Signing in. The app calls the gateway as an end user with a Twilio Access Token; in demo mode the
 * gateway mints one for a demo identity (`POST /demo/token`). A real app gets its token from its own
 * backend instead, which mints it with the Twilio SDK's AccessToken + ChatGrant: only this file
 * changes.
 */

export interface DemoIdentity {
  identity: string;
  friendlyName: string | null;
}

export interface AccessToken {
  token: string;
  identity: string;
  /** When it stops being valid (ISO 8601). */
  expiresAt: string;
}

/**
 * Renewed this long before it expires, so no request goes out with a token about to lapse; a
 * token that lives less than four times as long is renewed when three quarters of its life are over.
 */
const RENEW_BEFORE_MS = 60_000;

export async function fetchDemoIdentities(): Promise<DemoIdentity[]> {
  const body = await getJson('demo/identities', { method: 'GET' });
  const identities = isRecord(body) && Array.isArray(body.identities) ? body.identities : [];
  return identities.filter(isRecord).flatMap((entry) =>
    typeof entry.identity === 'string'
      ? [
          {
            identity: entry.identity,
            friendlyName: typeof entry.friendlyName === 'string' ? entry.friendlyName : null,
          },
        ]
      : [],
  );
}

async function fetchDemoToken(identity: string): Promise<AccessToken> {
  const body = await getJson('demo/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity }),
  });
  if (!isRecord(body) || typeof body.token !== 'string' || typeof body.expiresAt !== 'string') {
    throw new Error('The gateway answered /demo/token without a token.');
  }
  return { token: body.token, identity, expiresAt: body.expiresAt };
}

/** The identity's access token, renewed before it expires. */
export interface TokenSource {
  /** The Authorization header to send now. */
  authorization(): Promise<string>;
  /**
   * When the token in `authorization` will be replaced by a new one (ms since the epoch), or null
   * for a token this source did not hand out. A session opened with it (a subscription) moves to
   * the new token then: the gateway ends it once the old one has expired (docs/access-tokens.md,
   * "Tokens that expire while a session is open").
   */
  renewsAt(authorization: string): number | null;
}

export function createTokenSource(identity: string): TokenSource {
  let current: Promise<{ header: string; renewAt: number }> | null = null;
  /** When each token handed out lately is replaced, by its header (the last few only). */
  const renewals = new Map<string, number>();
  const fetchToken = async () => {
    const fetchedAt = Date.now();
    const token = await fetchDemoToken(identity);
    const expiresAt = Date.parse(token.expiresAt);
    const renewAt = Math.max(expiresAt - RENEW_BEFORE_MS, fetchedAt + ((expiresAt - fetchedAt) * 3) / 4);
    const header = `Bearer ${token.token}`;
    renewals.set(header, renewAt);
    for (const old of renewals.keys()) if (renewals.size > 4) renewals.delete(old);
    return { header, renewAt };
  };
  return {
    async authorization() {
      const held = current ? await current.catch(() => null) : null;
      if (!held || Date.now() >= held.renewAt) current = fetchToken();
      return (await current!).header;
    },
    renewsAt: (authorization) => renewals.get(authorization) ?? null,
  };
}

async function getJson(path: string, init: RequestInit): Promise<unknown> {
  // Relative to the page: the gateway serves the app and these endpoints from the same origin.
  const response = await fetch(new URL(path, document.baseURI), init);
  if (!response.ok) throw new Error(`${init.method} /${path} answered ${response.status}`);
  return response.json();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
