import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import {
  ACCOUNT_SID,
  API_KEY,
  type EndUserGateway,
  EXTRA_KEY,
  mintAccessToken,
  startEndUserGateway,
} from '../helpers/end-user-gateway.ts';

const QUERY = '{ conversations(first: 5) { edges { node { sid } } } }';

/**
 * An Access Token of a shape the official SDK refuses to make (it needs an identity and signs
 * only HS256/384/512), signed with jose: Twilio's header and claims, with `grants` as given.
 */
async function signWithJose(
  grants: Record<string, unknown>,
  alg: string,
  key: CryptoKey | Uint8Array,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ grants })
    .setProtectedHeader({ alg, typ: 'JWT', cty: 'twilio-fpa;v=1' })
    .setJti(`${API_KEY.sid}-${now}`)
    .setIssuer(API_KEY.sid)
    .setSubject(ACCOUNT_SID)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(key);
}

/** Server mode with the account's auth token instead of an API key. */
const WITH_AUTH_TOKEN = {
  TWILIO_API_KEY: '',
  TWILIO_API_SECRET: '',
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: 'end-user-auth-token-5d2',
};

describe('end users in server mode', () => {
  let gateway: EndUserGateway;
  beforeAll(async () => {
    gateway = await startEndUserGateway({
      env: { ACCESS_TOKEN_API_KEYS: `${EXTRA_KEY.sid}:${EXTRA_KEY.secret}` },
    });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('accepts an Access Token minted by the official SDK, with no setting beyond the API key', async () => {
    const answer = await gateway.asUser('alice', QUERY);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    // An empty account: alice is a participant of nothing yet.
    expect(answer.data).toEqual({ conversations: { edges: [] } });
  });

  it('accepts tokens signed with an extra key from ACCESS_TOKEN_API_KEYS', async () => {
    const answer = await gateway.asUser('alice', QUERY, {}, { key: EXTRA_KEY });
    expect(answer.status).not.toBe(401);
  });

  it('still serves its gateway tokens with the whole account', async () => {
    const data = await gateway.asServer<{ conversations: { edges: unknown[] } }>(QUERY);
    expect(data.conversations.edges).toEqual([]);
  });

  it('answers 401 with a reason for every bad token, before any Twilio call', async () => {
    const service = gateway.defaultServiceSid;
    const good = mintAccessToken('alice', service);
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.grants.identity = 'mallory';
    const secret = new TextEncoder().encode(API_KEY.secret);
    const chat = { service_sid: service };
    const cases: Array<[string, string]> = [
      [
        `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`,
        'bad-signature',
      ],
      [mintAccessToken('alice', service, { ttl: -120 }), 'expired'],
      [
        mintAccessToken('alice', service, { key: { sid: API_KEY.sid, secret: 'wrong-secret' } }),
        'bad-signature',
      ],
      [
        mintAccessToken('alice', service, { key: { sid: `SK${'7'.repeat(32)}`, secret: 'x' } }),
        'unknown-key',
      ],
      [mintAccessToken('alice', service, { accountSid: `AC${'1'.repeat(32)}` }), 'wrong-account'],
      [mintAccessToken('alice', undefined), 'no-chat-grant'],
      [mintAccessToken('alice', service, { ttl: 2 * 86_400 }), 'lifetime-too-long'],
      ['eyJhbGciOiJIUzI1NiJ9.e30.c2ln', 'not-an-access-token'],
      // Valid ten minutes from now: beyond the 60 seconds of clock skew.
      [mintAccessToken('alice', service, { nbf: Math.floor(Date.now() / 1000) + 600 }), 'not-yet-valid'],
      // Shaped like a JWT, but its header is not JSON.
      ['eyJub3QganNvbg.e30.c2ln', 'malformed'],
      [
        await signWithJose({ identity: 'alice', chat }, 'RS256', (await generateKeyPair('RS256')).privateKey),
        'unsupported-algorithm',
      ],
      [await signWithJose({ chat }, 'HS256', secret), 'no-identity'],
      [await signWithJose({ identity: '', chat }, 'HS256', secret), 'no-identity'],
      // An identity shaped like a User SID would be read by Twilio's routes as that user.
      [mintAccessToken(`US${'8'.repeat(32)}`, service), 'no-identity'],
    ];
    const mark = gateway.mark();
    for (const [token, reason] of cases) {
      const answer = await gateway.send(`Bearer ${token}`, QUERY);
      expect(answer.status, reason).toBe(401);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
      expect(answer.headers.get('www-authenticate')).toBe(
        `Bearer realm="twilio-conversations-graphql", error="invalid_token", error_description="${reason}"`,
      );
      expect(answer.data ?? null).toBeNull();
    }
    expect(gateway.since(mark)).toEqual([]);
  });

  it('tells a caller without a token that both kinds of bearer token are taken', async () => {
    const answer = await gateway.send(null, QUERY);
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.message).toMatch(/gateway token or Twilio Access Token/);
  });
});

describe('learning the account an API key belongs to', () => {
  let gateway: EndUserGateway;
  beforeAll(async () => {
    gateway = await startEndUserGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('reads it once from Twilio, only for a correctly signed token, then checks every token against it', async () => {
    const mark = gateway.mark();
    const stranger = mintAccessToken('alice', gateway.defaultServiceSid, {
      key: { sid: API_KEY.sid, secret: 'nope' },
    });
    expect((await gateway.send(`Bearer ${stranger}`, QUERY)).status).toBe(401);
    expect(gateway.since(mark)).toEqual([]);

    const other = await gateway.asUser('alice', QUERY, {}, { accountSid: `AC${'2'.repeat(32)}` });
    expect(other.errors?.[0]?.extensions?.reason).toBe('wrong-account');
    expect(gateway.since(mark).map((entry) => entry.operationId)).toEqual(['FetchConfiguration']);

    const next = gateway.mark();
    expect((await gateway.asUser('alice', QUERY)).status).not.toBe(401);
    expect(gateway.since(next).map((entry) => entry.operationId)).not.toContain('FetchConfiguration');
  });
});

describe('server mode with an auth token', () => {
  it('serves end users whose tokens are signed with a key of ACCESS_TOKEN_API_KEYS, and only those', async () => {
    // The auth token runs the requests and names the account; it cannot sign Access Tokens, so
    // the extra keys are the only ones a token may be signed with.
    const gateway = await startEndUserGateway({
      env: { ...WITH_AUTH_TOKEN, ACCESS_TOKEN_API_KEYS: `${EXTRA_KEY.sid}:${EXTRA_KEY.secret}` },
    });
    try {
      const mark = gateway.mark();
      const answer = await gateway.asUser('alice', QUERY, {}, { key: EXTRA_KEY });
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ conversations: { edges: [] } });
      // The account is the auth token's: nothing is read to learn it.
      expect(gateway.since(mark).map((entry) => entry.operationId)).toEqual(['ListServiceUserConversation']);

      const unheld = await gateway.asUser('alice', QUERY);
      expect(unheld.status).toBe(401);
      expect(unheld.errors?.[0]?.extensions?.reason).toBe('unknown-key');
      expect(await gateway.asServer(QUERY)).toBeTruthy();
    } finally {
      await gateway.close();
    }
  });
});

describe('gateways that hold no API key', () => {
  it('refuse access tokens with the reason access-tokens-off', async () => {
    const gateway = await startEndUserGateway({
      env: WITH_AUTH_TOKEN,
    });
    try {
      const answer = await gateway.asUser('alice', QUERY);
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0]?.extensions?.reason).toBe('access-tokens-off');
      expect(await gateway.asServer(QUERY)).toBeTruthy();
    } finally {
      await gateway.close();
    }
  });

  it('refuse extra keys outside server mode at start-up', () => {
    const result = loadConfig({
      TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:1',
      ACCESS_TOKEN_API_KEYS: `${EXTRA_KEY.sid}:${EXTRA_KEY.secret}`,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'ACCESS_TOKEN_API_KEYS needs server credentials (TWILIO_API_KEY or TWILIO_ACCOUNT_SID)',
    ]);
  });

  it('refuse malformed extra keys without echoing them', () => {
    const result = loadConfig({ ACCESS_TOKEN_API_KEYS: 'SK123:top-secret-value' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('top-secret-value');
  });
});
