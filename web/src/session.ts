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

/** Renewed this long before it expires, so no request goes out with a token about to lapse. */
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

/** The Authorization header for one identity, renewing the token shortly before it expires. */
export function createTokenSource(identity: string): () => Promise<string> {
  let current: Promise<AccessToken> | null = null;
  return async () => {
    const held = current ? await current.catch(() => null) : null;
    if (!held || Date.parse(held.expiresAt) - Date.now() < RENEW_BEFORE_MS) {
      current = fetchDemoToken(identity);
    }
    return `Bearer ${(await current!).token}`;
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
