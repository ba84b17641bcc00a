import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_CONTENT_TYPE, type ApiKey, MAX_TOKEN_LIFETIME_SECONDS } from './access-token.ts';

/**
 * Mints a Twilio Access Token with a Conversations (chat) grant, as twilio-node's `AccessToken` and
 * `ChatGrant` write it (header `cty: twilio-fpa;v=1`, `jti` = key SID and issue time, `iss` = key,
 * `sub` = account): the gateway needs it only for demo mode's token endpoint, where no app backend
 * exists to mint one. The `twilio` package stays a test dependency.
 */
export async function mintAccessToken(options: {
  key: ApiKey;
  accountSid: string;
  identity: string;
  serviceSid: string;
  ttlSeconds: number;
  /** Seconds since the epoch; for tests. */
  now?: number;
}): Promise<{ token: string; expiresAt: number }> {
  if (options.ttlSeconds <= 0 || options.ttlSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(`an access token lives between 1 and ${MAX_TOKEN_LIFETIME_SECONDS} seconds`);
  }
  const issuedAt = Math.floor(options.now ?? Date.now() / 1000);
  const expiresAt = issuedAt + options.ttlSeconds;
  const token = await new SignJWT({
    // twilio-node's jti is `${keySid}-${iat}`; a random suffix keeps two tokens of one second apart.
    jti: `${options.key.sid}-${issuedAt}-${randomBytes(4).toString('hex')}`,
    grants: { identity: options.identity, chat: { service_sid: options.serviceSid } },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', cty: ACCESS_TOKEN_CONTENT_TYPE })
    .setIssuer(options.key.sid)
    .setSubject(options.accountSid)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(options.key.secret));
  return { token, expiresAt };
}
