import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { type ApiKey, mintAccessToken } from '../../access/index.ts';
import type { GatewayContext } from '../../graphql/context.ts';
import {
  fetchConfiguration,
  fetchUser,
  listUsers,
  TwilioApiError,
  type TwilioClient,
  type TwilioCredentials,
} from '../../twilio/index.ts';
import { DEMO_IDENTITIES_PATH, DEMO_TOKEN_PATH } from '../endpoints.ts';

/** The most identities listed; the demo seed has four. */
const MAX_IDENTITIES = 200;

const TokenRequest = z.object({ identity: z.string().min(1).max(256) });

/**
 * Demo mode's stand-in for a chat app's token backend (docs/access-tokens.md, "Demo mode"): anyone who can
 * reach it becomes any demo user, which is why it exists only in demo mode, in front of the
 * embedded emulator and its made-up data. The token is a real Access Token, signed with an API key
 * of the demo account that the gateway's verifier holds, so it goes through the same checks as one
 * from a real backend.
 *
 * It sits behind the origin policy (src/server/plugins/use-browser-requests.ts): a page on an origin outside
 * `CORS_ORIGINS` gets 403 before anything runs. A POST must be JSON, which a cross-site form or a
 * "simple" fetch without a preflight cannot send.
 */
export function useDemoTokens(options: {
  client: TwilioClient;
  /** The demo account's credentials: the users are read with them. */
  credentials: TwilioCredentials;
  /** The API key tokens are signed with; the verifier accepts it. */
  key: ApiKey;
  /** How long a token lives (DEMO_TOKEN_TTL_SECONDS: an hour by default, like a chat app's usual token). */
  ttlSeconds: number;
}): Plugin<GatewayContext> {
  const { client, credentials, key } = options;
  let serviceSid: Promise<string> | null = null;
  /** The demo account's default service: the one the seed's users live in. Read once. */
  const demoService = (): Promise<string> => {
    if (!serviceSid) {
      const reading = fetchConfiguration(client.session(credentials)).then((configuration) => {
        if (!configuration.defaultChatServiceSid) throw new Error('the demo account has no default service');
        return configuration.defaultChatServiceSid;
      });
      reading.catch(() => {
        if (serviceSid === reading) serviceSid = null;
      });
      serviceSid = reading;
    }
    return serviceSid;
  };

  const identities = async (): Promise<Response> => {
    const service = await demoService();
    const session = client.session(credentials);
    const found: Array<{ identity: string; friendlyName: string | null }> = [];
    let page = await listUsers(session, { serviceSid: service, pageSize: 50 });
    for (;;) {
      for (const user of page.items) found.push({ identity: user.identity, friendlyName: user.friendlyName });
      if (!page.next || found.length >= MAX_IDENTITIES) break;
      page = await listUsers(session, { serviceSid: service, pageSize: 50, page: page.next });
    }
    return json(200, { identities: found.slice(0, MAX_IDENTITIES) });
  };

  const token = async (request: Request): Promise<Response> => {
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return refusal(415, 'unsupported-media-type', 'Send the identity as JSON: {"identity":"alice"}.');
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return refusal(400, 'malformed', 'The body is not JSON.');
    }
    const parsed = TokenRequest.safeParse(body);
    if (!parsed.success) {
      return refusal(400, 'malformed', 'Send {"identity":"<identity of a demo user>"}.');
    }
    const service = await demoService();
    let identity: string;
    try {
      // The returned identity, not the input: Twilio also finds a user by its SID (US…).
      ({ identity } = await fetchUser(client.session(credentials), {
        serviceSid: service,
        sid: parsed.data.identity,
      }));
    } catch (error) {
      if (error instanceof TwilioApiError && error.status === 404) {
        return refusal(
          400,
          'unknown-identity',
          `No demo user has the identity ${JSON.stringify(parsed.data.identity.slice(0, 256))}; GET ${DEMO_IDENTITIES_PATH} lists them.`,
        );
      }
      throw error;
    }
    const minted = await mintAccessToken({
      key,
      accountSid: credentials.username,
      identity,
      serviceSid: service,
      ttlSeconds: options.ttlSeconds,
    });
    return json(200, {
      token: minted.token,
      identity,
      serviceSid: service,
      expiresAt: new Date(minted.expiresAt * 1000).toISOString(),
    });
  };

  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === DEMO_IDENTITIES_PATH) {
        endResponse(request.method === 'GET' ? await identities() : notAllowed('GET'));
      } else if (url.pathname === DEMO_TOKEN_PATH) {
        endResponse(request.method === 'POST' ? await token(request) : notAllowed('POST'));
      }
    },
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function refusal(status: number, reason: string, message: string): Response {
  return json(status, { error: { reason, message } });
}

function notAllowed(allow: string): Response {
  return json(405, { error: { reason: 'method-not-allowed', message: `Use ${allow}.` } }, { allow });
}
