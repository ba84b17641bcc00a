import twilio from 'twilio';
import { loadConfig } from '../../src/config/index.ts';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/server.ts';
import { startEmulator } from '../../src/emulator/server.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createGatewayMetrics, type GatewayMetrics } from '../../src/server/metrics.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { createGateway } from '../../src/server/yoga.ts';
import { createTwilioClient, type TwilioClient, type UpstreamCall } from '../../src/twilio/index.ts';
import type { GraphQLResult } from './gateway.ts';

const schema = buildGatewaySchema();

/** The account the end-user tests run against, with the API key the gateway holds. */
export const ACCOUNT_SID = `AC${'e'.repeat(32)}`;
export const API_KEY = { sid: `SK${'5'.repeat(32)}`, secret: 'end-user-api-key-secret-31f0a' };
/** A second key of the same account, given to the gateway through ACCESS_TOKEN_API_KEYS. */
export const EXTRA_KEY = { sid: `SK${'6'.repeat(32)}`, secret: 'end-user-extra-key-secret-9b2' };
export const GATEWAY_TOKEN = 'end-user-tests-gateway-token-77c1';

export interface MintOptions {
  serviceSid?: string | undefined;
  ttl?: number;
  algorithm?: 'HS256' | 'HS384' | 'HS512';
  key?: { sid: string; secret: string };
  accountSid?: string;
  nbf?: number;
}

/** An Access Token exactly as a chat app's backend mints one, with the official `twilio` SDK. */
export function mintAccessToken(identity: string, serviceSid: string | undefined, options: MintOptions = {}) {
  const key = options.key ?? API_KEY;
  const token = new twilio.jwt.AccessToken(options.accountSid ?? ACCOUNT_SID, key.sid, key.secret, {
    identity,
    ttl: options.ttl ?? 3600,
    ...(options.nbf === undefined ? {} : { nbf: options.nbf }),
  });
  token.addGrant(
    new twilio.jwt.AccessToken.ChatGrant(serviceSid === undefined ? {} : { serviceSid: serviceSid }),
  );
  return token.toJwt(options.algorithm);
}

export interface HttpAnswer<T = Record<string, unknown>> extends GraphQLResult<T> {
  status: number;
  headers: Headers;
}

export interface EndUserGateway {
  emulator: RunningEmulator;
  client: TwilioClient;
  /** The default Conversations service of the account (IS…). */
  defaultServiceSid: string;
  /** Runs an operation with any Authorization header (or none). */
  send<T = Record<string, unknown>>(
    authorization: string | null,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<HttpAnswer<T>>;
  /** Runs an operation as the end user a freshly minted token names (the account's default service unless told). */
  asUser<T = Record<string, unknown>>(
    identity: string,
    document: string,
    variables?: Record<string, unknown>,
    options?: MintOptions,
  ): Promise<HttpAnswer<T>>;
  /** Runs an operation with the gateway token: the whole account, for setting data up. */
  asServer<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<T>;
  /** Upstream calls made by the last request, from the gateway's own accounting. */
  lastCalls(): UpstreamCall[];
  mark(): number;
  since(mark: number): RunningEmulator['requests'];
  close(): Promise<void>;
}

/**
 * An emulator and, in front of it, the gateway in server mode holding an API key of the account:
 * the set-up in which browsers call the gateway with their users' Twilio Access Tokens.
 */
export async function startEndUserGateway(
  options: { emulator?: EmulatorOptions; env?: Record<string, string> } = {},
): Promise<EndUserGateway> {
  const emulator = await startEmulator({
    ...options.emulator,
    accounts: [
      { accountSid: ACCOUNT_SID, authToken: 'end-user-auth-token-5d2', apiKeys: [API_KEY, EXTRA_KEY] },
    ],
  });
  const loaded = loadConfig({
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_API_KEY: API_KEY.sid,
    TWILIO_API_SECRET: API_KEY.secret,
    GATEWAY_TOKENS: GATEWAY_TOKEN,
    LOG_LEVEL: 'error',
    MAX_ALIASES: '100',
    MAX_ROOT_FIELDS: '100',
    MAX_DEPTH: '30',
    MAX_UPSTREAM_CALLS: '100000',
    // Tests send an identity's requests far faster and wider than one browser may; the per-end-user
    // limits are tested on their own (test/access/end-user-limits.test.ts).
    END_USER_REQUEST_BURST: '100000',
    END_USER_MAX_IN_FLIGHT: '1000',
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const client = createTwilioClient({ baseUrl: emulator.url, circuitBreaker: false });
  let calls: UpstreamCall[] = [];
  const metrics = createGatewayMetrics({ defaultMetrics: false });
  const recording: GatewayMetrics = {
    ...metrics,
    countUpstreamCall(call) {
      calls.push(call);
      metrics.countUpstreamCall(call);
    },
  };
  const redactor = createSecretRedactor([API_KEY.secret, EXTRA_KEY.secret, GATEWAY_TOKEN]);
  const yoga = createGateway({
    config: loaded.config,
    schema,
    client,
    metrics: recording,
    redactor,
    logger: createLogger({ level: 'error', redactor, write: (line) => process.stderr.write(line) }),
  });
  const send = async (
    authorization: string | null,
    document: string,
    variables?: Record<string, unknown>,
  ) => {
    calls = [];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== null) headers.authorization = authorization;
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as GraphQLResult<never>;
    return { ...body, status: response.status, headers: response.headers };
  };
  const account = emulator.store.state.accounts[ACCOUNT_SID];
  const defaultServiceSid = account?.configuration.defaultChatServiceSid;
  if (!defaultServiceSid) throw new Error('the emulator account has no default service');
  return {
    emulator,
    client,
    defaultServiceSid,
    send,
    asUser: (identity, document, variables, mint = {}) =>
      send(
        `Bearer ${mintAccessToken(identity, 'serviceSid' in mint ? mint.serviceSid : defaultServiceSid, mint)}`,
        document,
        variables,
      ),
    async asServer<T>(document: string, variables?: Record<string, unknown>) {
      const result = await send(`Bearer ${GATEWAY_TOKEN}`, document, variables);
      if (!result.data || result.errors) throw new Error(JSON.stringify(result));
      return result.data as T;
    },
    lastCalls: () => calls,
    mark: () => emulator.requests.length,
    since: (mark) => emulator.requests.slice(mark),
    async close() {
      await client.close();
      await emulator.close();
    },
  } as EndUserGateway;
}
