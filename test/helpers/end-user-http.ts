import { type GatewayConfig, loadConfig } from '../../src/config/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';
import {
  ACCOUNT_SID,
  API_KEY,
  GATEWAY_TOKEN,
  type MintOptions,
  mintAccessToken,
} from './end-user-gateway.ts';

/** The auth token of the account the emulator serves (for the official SDK as the app's backend). */
export const AUTH_TOKEN = 'end-user-http-auth-token-8a1';

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface EndUserHttpGateway {
  /** The GraphQL endpoint. */
  url: string;
  emulator: RunningEmulator;
  /** The account's default service, which the demo seed fills (IS…). */
  serviceSid: string;
  /** Another service of the account (the seed's "Sales team", with erin). */
  otherServiceSid: string;
  /** POSTs an operation as the end user a token minted with the official SDK names. */
  asUser<T = Record<string, unknown>>(
    identity: string,
    query: string,
    variables?: Record<string, unknown>,
    mint?: MintOptions,
  ): Promise<HttpResult<T>>;
  /** POSTs an operation with a gateway token: the whole account. */
  asServer<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  post<T = Record<string, unknown>>(
    authorization: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<HttpResult<T>>;
  /** Upstream requests the emulator received since `mark()`. */
  mark(): number;
  since(mark: number): RunningEmulator['requests'];
  close(): Promise<void>;
}

/** The emulator end-user gateways run against, and the configuration such a gateway runs with. */
export interface EndUserUpstream {
  emulator: RunningEmulator;
  config: GatewayConfig;
  /** The account's default service, which the demo seed fills (IS…). */
  serviceSid: string;
  /** Another service of the account (the seed's "Sales team", with erin). */
  otherServiceSid: string;
  /** Points the emulator's signed webhooks at a gateway listening on `gatewayUrl` (its origin). */
  sendWebhooksTo(gatewayUrl: string): void;
}

/**
 * An emulator filled with the demo data (alice, bob and dave share "Product launch"; alice alone has
 * "Returns via WhatsApp", bob alone "Q3 planning", carol the SMS support conversation) for an account
 * whose API key the gateway holds, and the configuration of a gateway in server mode in front of it
 * that accepts the emulator's signed webhooks; `env` adds to or overrides it.
 */
export async function startEndUserUpstream(env: Record<string, string> = {}): Promise<EndUserUpstream> {
  const emulator = await startEmulator({
    seed: 'demo',
    accounts: [{ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiKeys: [API_KEY] }],
  });
  const loaded = loadConfig({
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_API_KEY: API_KEY.sid,
    TWILIO_API_SECRET: API_KEY.secret,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    GATEWAY_TOKENS: GATEWAY_TOKEN,
    // The emulator's signed webhooks reach the gateway's subscribers.
    TWILIO_WEBHOOK_ACCOUNTS: `${ACCOUNT_SID}:${AUTH_TOKEN}`,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'error',
    MAX_ALIASES: '100',
    MAX_ROOT_FIELDS: '100',
    // Tests send an identity's requests far faster and wider than one browser may; the per-end-user
    // limits are tested on their own (test/access/end-user-limits.test.ts).
    END_USER_REQUEST_BURST: '100000',
    END_USER_MAX_IN_FLIGHT: '1000',
    ...env,
  });
  if (!loaded.ok) {
    await emulator.close();
    throw new Error(loaded.errors.join('\n'));
  }
  const state = emulator.store.state.accounts[ACCOUNT_SID];
  const serviceSid = state?.configuration.defaultChatServiceSid;
  const otherServiceSid = Object.keys(state?.services ?? {}).find((sid) => sid !== serviceSid);
  if (!serviceSid || !otherServiceSid) {
    await emulator.close();
    throw new Error('the demo seed made no default service and second service');
  }
  return {
    emulator,
    config: loaded.config,
    serviceSid,
    otherServiceSid,
    sendWebhooksTo: (gatewayUrl) =>
      emulator.webhooks.configureAccountWebhook({ url: `${new URL(gatewayUrl).origin}/webhooks/twilio` }),
  };
}

/** The gateway as `serve` runs it, on a loopback port, in front of `startEndUserUpstream`'s emulator. */
export async function startEndUserHttpGateway(env: Record<string, string> = {}): Promise<EndUserHttpGateway> {
  const { emulator, config, serviceSid, otherServiceSid, sendWebhooksTo } = await startEndUserUpstream(env);
  let gateway: RunningServer;
  try {
    gateway = await startGateway(config);
  } catch (error) {
    await emulator.close();
    throw error;
  }
  sendWebhooksTo(gateway.url);
  const url = `${gateway.url}/graphql`;
  const post = async <T>(authorization: string, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<HttpResult<T>, 'status'>) };
  };
  return {
    url,
    emulator,
    serviceSid,
    otherServiceSid,
    post,
    asUser: (identity, query, variables, mint = {}) =>
      post(
        `Bearer ${mintAccessToken(identity, 'serviceSid' in mint ? mint.serviceSid : serviceSid, mint)}`,
        query,
        variables,
      ),
    async asServer<T>(query: string, variables?: Record<string, unknown>) {
      const result = await post<T>(`Bearer ${GATEWAY_TOKEN}`, query, variables);
      if (!result.data || result.errors) throw new Error(JSON.stringify(result));
      return result.data;
    },
    mark: () => emulator.requests.length,
    since: (mark) => emulator.requests.slice(mark),
    async close() {
      await gateway.close();
      await emulator.close();
    },
  } as EndUserHttpGateway;
}
