import { SignJWT } from 'jose';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { createAccessTokenVerifier } from '../../src/access/index.ts';
import { ACCOUNT_SID, API_KEY, EXTRA_KEY, mintAccessToken } from '../helpers/end-user-gateway.ts';

const SERVICE = `IS${'1'.repeat(32)}`;
const verifier = createAccessTokenVerifier({ keys: [API_KEY, EXTRA_KEY], accountSid: ACCOUNT_SID });
const reason = async (token: string) => {
  const result = await verifier.verify(token);
  return result.ok ? 'ok' : result.reason;
};

/** Re-encodes one part of a JWT, leaving the signature as it was. */
function rewrite(token: string, part: 0 | 1, change: (json: Record<string, unknown>) => void): string {
  const parts = token.split('.');
  const json = JSON.parse(Buffer.from(parts[part] ?? '', 'base64url').toString('utf8'));
  change(json);
  parts[part] = Buffer.from(JSON.stringify(json)).toString('base64url');
  return parts.join('.');
}

const secret = new TextEncoder().encode(API_KEY.secret);
/** A token built by hand, for the claims the official SDK cannot get wrong. */
function handMade(payload: Record<string, unknown>, header: Record<string, unknown> = {}) {
  return new SignJWT({ grants: { identity: 'alice', chat: { service_sid: SERVICE } }, ...payload })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1', ...header })
    .sign(secret);
}

describe('Access Token verification', () => {
  it('accepts tokens minted by the official SDK with every algorithm Twilio allows', async () => {
    for (const algorithm of ['HS256', 'HS384', 'HS512'] as const) {
      const result = await verifier.verify(mintAccessToken('alice', SERVICE, { algorithm }));
      expect(result).toEqual({
        ok: true,
        endUser: {
          identity: 'alice',
          serviceSid: SERVICE,
          accountSid: ACCOUNT_SID,
          keySid: API_KEY.sid,
          expiresAt: expect.any(Number),
          acceptedUntil: expect.any(Number),
        },
      });
    }
  });

  it('accepts tokens signed with any key it holds, named by their iss', async () => {
    const result = await verifier.verify(mintAccessToken('bob', SERVICE, { key: EXTRA_KEY }));
    expect(result.ok && result.endUser.keySid).toBe(EXTRA_KEY.sid);
  });

  it('refuses a tampered payload, header or signature', async () => {
    const token = mintAccessToken('alice', SERVICE);
    expect(
      await reason(
        rewrite(token, 1, (claims) => {
          (claims.grants as { identity: string }).identity = 'mallory';
        }),
      ),
    ).toBe('bad-signature');
    expect(
      await reason(
        rewrite(token, 1, (claims) => {
          claims.exp = Number(claims.exp) + 86_400;
        }),
      ),
    ).toBe('bad-signature');
    expect(await reason(rewrite(token, 0, (header) => Object.assign(header, { alg: 'HS512' })))).toBe(
      'bad-signature',
    );
    const [header, payload] = token.split('.');
    expect(await reason(`${header}.${payload}.${'A'.repeat(43)}`)).toBe('bad-signature');
    expect(await reason(`${header}.${payload}.`)).toBe('bad-signature');
  });

  it('refuses a token signed with a secret it does not hold, or by a key it does not know', async () => {
    expect(
      await reason(mintAccessToken('alice', SERVICE, { key: { sid: API_KEY.sid, secret: 'not-it' } })),
    ).toBe('bad-signature');
    const stranger = { sid: `SK${'9'.repeat(32)}`, secret: 'a-key-of-someone-else' };
    expect(await reason(mintAccessToken('alice', SERVICE, { key: stranger }))).toBe('unknown-key');
  });

  it('remembers a verified token only until it expires, and never one that differs in any byte', async () => {
    let clock = Date.now() / 1000;
    const remembering = createAccessTokenVerifier({
      keys: [API_KEY],
      accountSid: ACCOUNT_SID,
      now: () => clock,
    });
    const token = mintAccessToken('alice', SERVICE, { ttl: 600 });
    const first = await remembering.verify(token);
    expect(first.ok).toBe(true);
    expect(await remembering.verify(token)).toEqual(first);
    const tampered = rewrite(token, 1, (claims) => {
      (claims.grants as { identity: string }).identity = 'mallory';
    });
    expect(await remembering.verify(tampered)).toEqual({ ok: false, reason: 'bad-signature' });
    // Within the minute of skew it still holds, past it the remembered token is expired.
    clock += 600 + 30;
    expect((await remembering.verify(token)).ok).toBe(true);
    clock += 90;
    expect(await remembering.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('allows the clock skew it is configured with, and says until when it accepts a token', async () => {
    const now = Date.now() / 1000;
    const at = (seconds: number, clockSkewSeconds: number) =>
      createAccessTokenVerifier({
        keys: [API_KEY],
        accountSid: ACCOUNT_SID,
        now: () => now + seconds,
        clockSkewSeconds,
      });
    const token = mintAccessToken('alice', SERVICE, { ttl: 600 });
    const accepted = await at(600 + 5, 10).verify(token);
    expect(accepted.ok && accepted.endUser.acceptedUntil - accepted.endUser.expiresAt).toBe(10);
    expect(await at(600 + 5, 0).verify(token)).toEqual({ ok: false, reason: 'expired' });
    const later = mintAccessToken('alice', SERVICE, { nbf: Math.floor(now) + 5 });
    expect((await at(0, 10).verify(later)).ok).toBe(true);
    expect(await at(0, 0).verify(later)).toEqual({ ok: false, reason: 'not-yet-valid' });
  });

  it('refuses an expired token, and one not valid yet, beyond a minute of clock skew', async () => {
    const now = Date.now() / 1000;
    const at = (seconds: number) =>
      createAccessTokenVerifier({ keys: [API_KEY], accountSid: ACCOUNT_SID, now: () => now + seconds });
    const token = mintAccessToken('alice', SERVICE, { ttl: 600 });
    expect((await at(600 + 30).verify(token)).ok).toBe(true);
    expect(await at(600 + 120).verify(token)).toEqual({ ok: false, reason: 'expired' });
    const later = mintAccessToken('alice', SERVICE, { nbf: Math.floor(now) + 600 });
    expect(await reason(later)).toBe('not-yet-valid');
    expect((await at(600).verify(later)).ok).toBe(true);
    const future = {
      iss: API_KEY.sid,
      sub: ACCOUNT_SID,
      iat: Math.floor(now) + 3600,
      exp: Math.floor(now) + 4000,
    };
    expect(await reason(await handMade(future))).toBe('not-yet-valid');
  });

  it('refuses tokens valid for longer than 24 hours or without expiry', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await verifier.verify(mintAccessToken('alice', SERVICE, { ttl: 86_400 }))).ok).toBe(true);
    expect(await reason(mintAccessToken('alice', SERVICE, { ttl: 86_401 }))).toBe('lifetime-too-long');
    expect(await reason(await handMade({ iss: API_KEY.sid, sub: ACCOUNT_SID, iat: now }))).toBe(
      'lifetime-too-long',
    );
    expect(await reason(await handMade({ iss: API_KEY.sid, sub: ACCOUNT_SID, exp: now + 90_000 }))).toBe(
      'lifetime-too-long',
    );
  });

  it('refuses a token of another account, even signed with a key it holds', async () => {
    expect(await reason(mintAccessToken('alice', SERVICE, { accountSid: `AC${'f'.repeat(32)}` }))).toBe(
      'wrong-account',
    );
  });

  it('refuses tokens without a usable identity or Conversations grant', async () => {
    expect(await reason(mintAccessToken('alice', undefined))).toBe('no-chat-grant');
    expect(await reason(mintAccessToken('alice', 'not-a-service'))).toBe('no-chat-grant');
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: API_KEY.sid, sub: ACCOUNT_SID, iat: now, exp: now + 60 };
    expect(await reason(await handMade({ ...claims, grants: { chat: { service_sid: SERVICE } } }))).toBe(
      'no-identity',
    );
    expect(
      await reason(
        await handMade({ ...claims, grants: { identity: '\ud800', chat: { service_sid: SERVICE } } }),
      ),
    ).toBe('no-identity');
    // Shaped like a SID: Twilio's routes read such a path segment as the SID of another user or
    // participant, and Twilio creates no user with such an identity (error 50206).
    expect(await reason(mintAccessToken(`US${'8'.repeat(32)}`, SERVICE))).toBe('no-identity');
    expect(await reason(mintAccessToken(`MB${'a'.repeat(32)}`, SERVICE))).toBe('no-identity');
    expect((await verifier.verify(mintAccessToken(`US${'8'.repeat(31)}`, SERVICE))).ok).toBe(true);
    const voice = new twilio.jwt.AccessToken(ACCOUNT_SID, API_KEY.sid, API_KEY.secret, { identity: 'alice' });
    voice.addGrant(new twilio.jwt.AccessToken.VoiceGrant({ incomingAllow: true }));
    expect(await reason(voice.toJwt())).toBe('no-chat-grant');
  });

  it('refuses what is not a Twilio Access Token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: API_KEY.sid, sub: ACCOUNT_SID, iat: now, exp: now + 60 };
    expect(await reason(await handMade(claims, { cty: undefined }))).toBe('not-an-access-token');
    expect(await reason('not.a.jwt!')).toBe('malformed');
    expect(await reason('abc.def.ghi')).toBe('malformed');
    expect(await reason('e30.e30.')).toBe('not-an-access-token');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', cty: 'twilio-fpa;v=1' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect(await reason(none)).toBe('unsupported-algorithm');
  });
});
