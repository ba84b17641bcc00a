/**
 * The gateway's configuration: read once from the environment (and the `serve` flags) by the entry
 * point and passed down. Every problem is collected so an operator fixes them all in one go.
 * Secrets live only in `credentials`, `gatewayTokens`, `introspectionTokens` and `accessTokenKeys`; `describeConfig` is the only view meant for logs.
 */

import type { ApiKey } from '../access/index.ts';

import {
  type AuthModeSetting,
  DEFAULTS,
  LOG_LEVELS,
  type LogLevel,
  MIN_GATEWAY_TOKEN_LENGTH,
  parseVariables,
  type VariableName,
  type Variables,
} from './variables.ts';

export { type AuthModeSetting, DEFAULTS, LOG_LEVELS, type LogLevel, MIN_GATEWAY_TOKEN_LENGTH };

/**
 * - `pass-through`: each request carries the caller's Twilio Basic credentials, used for that request only;
 * - `server`: the gateway holds Twilio credentials and callers present one of `gatewayTokens`;
 * - `demo`: the gateway starts the embedded emulator and uses its demo account; callers need nothing.
 */
export type AuthMode = 'pass-through' | 'server' | 'demo';

export interface ServerCredentials {
  /** Account SID, or API key SID (`SK…`). */
  username: string;
  password: string;
  /** The account the credentials act for, when known (always with an auth token, optional with an API key). */
  accountSid: string | null;
}

export interface GatewayLimits {
  maxDepth: number;
  /** Depth of `__schema` and `__type` subtrees, measured apart from `maxDepth`. */
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxRootFields: number;
  maxQueryChars: number;
  /** Static estimate of Twilio calls one operation may make. */
  maxUpstreamCalls: number;
  maxBodyBytes: number;
}

export interface UpstreamSettings {
  /** null: the embedded emulator, whose URL is known only once it listens. */
  baseUrl: string | null;
  attemptTimeoutMs: number;
  deadlineMs: number;
  maxInFlight: number;
}

/** An account whose webhooks the gateway accepts: their signatures are checked with its auth token. */
export interface WebhookAccount {
  accountSid: string;
  authToken: string;
}

export interface RealtimeSettings {
  /** The URL the gateway is reached at from outside; null: each request's own URL. */
  publicUrl: string | null;
  /** Events travel between instances through this Redis; null: within the process only. */
  redisUrl: string | null;
  /** Accounts whose signed webhooks are published to their subscribers. */
  webhookAccounts: WebhookAccount[];
  maxSubscriptionsPerConnection: number;
  maxSubscriptionsPerCredential: number;
  /** Unread events kept per subscriber before the oldest are dropped. */
  maxBufferedEvents: number;
}

/**
 * What one end user (one identity of one service, with a Twilio Access Token) may use of the
 * gateway's credentials, so that one browser cannot take the account's Twilio capacity.
 */
export interface EndUserLimits {
  /** Twilio calls in flight for one end user, over all their requests; more wait their turn. */
  maxInFlight: number;
  /** GraphQL requests per minute one end user may send, on average… */
  requestsPerMinute: number;
  /** …and at once after a quiet spell (the token bucket's size). */
  burst: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  nodeEnv: string;
  authMode: AuthMode;
  credentials: ServerCredentials | null;
  gatewayTokens: string[];
  /**
   * Server mode: the API keys whose secrets sign the Access Tokens of end users the gateway serves,
   * its own TWILIO_API_KEY first, then ACCESS_TOKEN_API_KEYS. Empty: end users are not served.
   */
  accessTokenKeys: ApiKey[];
  /**
   * How far a token's minting server's clock may disagree with the gateway's: `exp`, `nbf` and
   * `iat` are judged with this much leeway, and sessions opened with a token end this long after its `exp`.
   */
  accessTokenClockSkewSeconds: number;
  /**
   * Production mode refuses introspection, except to requests carrying one of these in the
   * `x-introspection-token` header: schema registries, codegen and conformance audits.
   */
  introspectionTokens: string[];
  upstream: UpstreamSettings;
  corsOrigins: string[];
  logLevel: LogLevel;
  limits: GatewayLimits;
  realtime: RealtimeSettings;
  endUsers: EndUserLimits;
  shutdownGraceMs: number;
  /** Whether the chat web app is served at `/` (WEB_APP; by default in demo mode only). */
  webApp: boolean;
  /** Demo mode: a fixed delay the embedded emulator adds to each answer, as a far-away Twilio would. */
  demoUpstreamLatencyMs: number;
  /** Demo mode: how long the tokens of `POST /demo/token` live (the app renews them before they expire). */
  demoTokenTtlSeconds: number;
}

/** What `serve` accepts on the command line; each overrides its environment variable. */
export interface ConfigFlags {
  port?: string | undefined;
  host?: string | undefined;
  authMode?: string | undefined;
  upstreamUrl?: string | undefined;
  logLevel?: string | undefined;
  corsOrigins?: string | undefined;
}

export type ConfigResult = { ok: true; config: GatewayConfig } | { ok: false; errors: string[] };

/** The `serve` flag that overrides each variable. */
const FLAG_VARIABLES: Record<keyof ConfigFlags, VariableName> = {
  port: 'PORT',
  host: 'HOST',
  authMode: 'AUTH_MODE',
  upstreamUrl: 'TWILIO_CONVERSATIONS_URL',
  logLevel: 'LOG_LEVEL',
  corsOrigins: 'CORS_ORIGINS',
};

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env, flags: ConfigFlags = {}): ConfigResult {
  const overrides = new Map<string, string | undefined>(
    Object.entries(FLAG_VARIABLES).map(([flag, name]) => [name, flags[flag as keyof ConfigFlags]]),
  );
  // Each variable is read by its name, the flag first; nothing else in the environment is looked at.
  const { values, invalid, errors } = parseVariables((name) => overrides.get(name) ?? env[name]);
  const isSet = (name: VariableName) => values[name] !== undefined || invalid.has(name);

  const credentials = readCredentials(values, isSet, errors);
  const gatewayTokens = values.GATEWAY_TOKENS;
  let authMode: AuthMode = 'pass-through';
  if (values.AUTH_MODE === 'auto') {
    authMode = credentials ? 'server' : isSet('TWILIO_CONVERSATIONS_URL') ? 'pass-through' : 'demo';
  } else if (values.AUTH_MODE !== undefined) {
    authMode = values.AUTH_MODE;
  }
  if (authMode === 'server') {
    if (!credentials) {
      errors.push(
        'AUTH_MODE=server needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET',
      );
    }
    if (gatewayTokens?.length === 0) {
      // Without tokens anyone who reaches the port would act with the server's Twilio account.
      errors.push('server credentials need GATEWAY_TOKENS: the bearer tokens clients must present');
    }
  }
  if (authMode !== 'server' && (values.ACCESS_TOKEN_API_KEYS?.length ?? 0) > 0) {
    // Requests of end users run with the gateway's own credentials, which only server mode has.
    errors.push('ACCESS_TOKEN_API_KEYS needs server credentials (TWILIO_API_KEY or TWILIO_ACCOUNT_SID)');
  }
  const { UPSTREAM_DEADLINE_MS: deadline, UPSTREAM_ATTEMPT_TIMEOUT_MS: attempt } = values;
  if (deadline !== undefined && attempt !== undefined && deadline < attempt) {
    errors.push(
      `UPSTREAM_DEADLINE_MS (${deadline}) must not be below UPSTREAM_ATTEMPT_TIMEOUT_MS (${attempt})`,
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every variable parsed (those not set got their defaults).
  const v = values as Variables;
  return {
    ok: true,
    config: {
      port: v.PORT,
      host: v.HOST,
      production: v.NODE_ENV === 'production',
      nodeEnv: v.NODE_ENV,
      authMode,
      credentials: authMode === 'server' ? credentials : null,
      gatewayTokens: authMode === 'server' ? v.GATEWAY_TOKENS : [],
      accessTokenKeys:
        authMode === 'server' && credentials ? accessTokenKeys(credentials, v.ACCESS_TOKEN_API_KEYS) : [],
      accessTokenClockSkewSeconds: v.ACCESS_TOKEN_CLOCK_SKEW_SECONDS,
      introspectionTokens: v.INTROSPECTION_TOKENS,
      upstream: {
        baseUrl:
          authMode === 'demo' ? null : (v.TWILIO_CONVERSATIONS_URL ?? DEFAULTS.TWILIO_CONVERSATIONS_URL),
        attemptTimeoutMs: v.UPSTREAM_ATTEMPT_TIMEOUT_MS,
        deadlineMs: v.UPSTREAM_DEADLINE_MS,
        maxInFlight: v.UPSTREAM_MAX_IN_FLIGHT,
      },
      corsOrigins: v.CORS_ORIGINS,
      logLevel: v.LOG_LEVEL,
      limits: {
        maxDepth: v.MAX_DEPTH,
        maxIntrospectionDepth: v.MAX_INTROSPECTION_DEPTH,
        maxAliases: v.MAX_ALIASES,
        maxDirectives: v.MAX_DIRECTIVES,
        maxTokens: v.MAX_TOKENS,
        maxRootFields: v.MAX_ROOT_FIELDS,
        maxQueryChars: v.MAX_QUERY_CHARS,
        maxUpstreamCalls: v.MAX_UPSTREAM_CALLS,
        maxBodyBytes: v.MAX_BODY_BYTES,
      },
      realtime: {
        publicUrl: v.PUBLIC_URL ?? null,
        redisUrl: v.REDIS_URL ?? null,
        webhookAccounts: webhookAccountsOf(v),
        maxSubscriptionsPerConnection: v.MAX_SUBSCRIPTIONS_PER_CONNECTION,
        maxSubscriptionsPerCredential: v.MAX_SUBSCRIPTIONS_PER_CREDENTIAL,
        maxBufferedEvents: v.MAX_BUFFERED_EVENTS,
      },
      endUsers: {
        maxInFlight: v.END_USER_MAX_IN_FLIGHT,
        requestsPerMinute: v.END_USER_REQUESTS_PER_MINUTE,
        burst: v.END_USER_REQUEST_BURST,
      },
      shutdownGraceMs: v.SHUTDOWN_GRACE_MS,
      webApp: v.WEB_APP === 'auto' ? authMode === 'demo' : v.WEB_APP === 'on',
      demoUpstreamLatencyMs: v.DEMO_UPSTREAM_LATENCY_MS,
      demoTokenTtlSeconds: v.DEMO_TOKEN_TTL_SECONDS,
    },
  };
}

/**
 * The accounts whose webhooks are verified: `TWILIO_WEBHOOK_ACCOUNTS`, and the account of
 * `TWILIO_ACCOUNT_SID` with `TWILIO_AUTH_TOKEN`, even when the gateway calls Twilio with an API
 * key, since Twilio signs webhooks with the account's auth token only.
 */
function webhookAccountsOf(v: Variables): WebhookAccount[] {
  const accounts = new Map(v.TWILIO_WEBHOOK_ACCOUNTS.map((account) => [account.accountSid, account]));
  if (v.TWILIO_ACCOUNT_SID !== undefined && v.TWILIO_AUTH_TOKEN !== undefined) {
    accounts.set(v.TWILIO_ACCOUNT_SID, { accountSid: v.TWILIO_ACCOUNT_SID, authToken: v.TWILIO_AUTH_TOKEN });
  }
  return [...accounts.values()];
}

/**
 * Server credentials: an API key and its secret (preferred by Twilio: revocable one by one), else
 * the account's auth token. A variable set to a wrong value still counts as set for the pairing rules.
 */
function readCredentials(
  values: Partial<Variables>,
  isSet: (name: VariableName) => boolean,
  errors: string[],
): ServerCredentials | null {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken } = values;
  const { TWILIO_API_KEY: apiKey, TWILIO_API_SECRET: apiSecret } = values;
  if (isSet('TWILIO_API_KEY') !== isSet('TWILIO_API_SECRET')) {
    errors.push('TWILIO_API_KEY and TWILIO_API_SECRET must be set together');
  }
  if (apiKey !== undefined && apiSecret !== undefined) {
    return { username: apiKey, password: apiSecret, accountSid: accountSid ?? null };
  }
  if (isSet('TWILIO_AUTH_TOKEN') && !isSet('TWILIO_ACCOUNT_SID')) {
    errors.push('TWILIO_AUTH_TOKEN is set without TWILIO_ACCOUNT_SID');
  }
  if (isSet('TWILIO_ACCOUNT_SID') && !isSet('TWILIO_AUTH_TOKEN')) {
    errors.push(
      'TWILIO_ACCOUNT_SID is set without TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET)',
    );
  }
  if (accountSid !== undefined && authToken !== undefined) {
    return { username: accountSid, password: authToken, accountSid };
  }
  return null;
}

/** The gateway's own API key, when it holds one, then the extra keys, each SID once. */
function accessTokenKeys(credentials: ServerCredentials, extra: readonly ApiKey[]): ApiKey[] {
  const keys: ApiKey[] = credentials.username.startsWith('SK')
    ? [{ sid: credentials.username, secret: credentials.password }]
    : [];
  for (const key of extra) if (!keys.some((known) => known.sid === key.sid)) keys.push(key);
  return keys;
}

/** Every secret the configuration holds, for log and error redaction. */
export function configSecrets(config: GatewayConfig): string[] {
  const secrets = [
    ...config.gatewayTokens,
    ...config.introspectionTokens,
    ...config.accessTokenKeys.map((key) => key.secret),
  ];
  if (config.credentials) secrets.push(config.credentials.password);
  for (const account of config.realtime.webhookAccounts) secrets.push(account.authToken);
  const redisPassword = config.realtime.redisUrl ? URL.parse(config.realtime.redisUrl)?.password : '';
  if (redisPassword) secrets.push(redisPassword, decodeURIComponent(redisPassword));
  return secrets;
}

/** A printable summary of the configuration; secrets are reduced to whether they are set. */
export function describeConfig(config: GatewayConfig): Record<string, unknown> {
  return {
    port: config.port,
    host: config.host,
    production: config.production,
    authMode: config.authMode,
    credentials: config.credentials
      ? {
          username: config.credentials.username,
          password: '[set]',
          accountSid: config.credentials.accountSid,
        }
      : null,
    gatewayTokens: config.gatewayTokens.length,
    introspectionTokens: config.introspectionTokens.length,
    // API key SIDs are not secret (Twilio shows them in its console and in every token's `iss`).
    accessTokenKeys: config.accessTokenKeys.map((key) => key.sid),
    accessTokenClockSkewSeconds: config.accessTokenClockSkewSeconds,
    upstream: { ...config.upstream, baseUrl: config.upstream.baseUrl ?? 'embedded emulator' },
    corsOrigins: config.corsOrigins,
    logLevel: config.logLevel,
    limits: config.limits,
    realtime: {
      ...config.realtime,
      redisUrl: config.realtime.redisUrl ? withoutPassword(config.realtime.redisUrl) : null,
      webhookAccounts: config.realtime.webhookAccounts.map((account) => account.accountSid),
    },
    shutdownGraceMs: config.shutdownGraceMs,
    webApp: config.webApp,
    demoUpstreamLatencyMs: config.demoUpstreamLatencyMs,
    demoTokenTtlSeconds: config.demoTokenTtlSeconds,
  };
}

function withoutPassword(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed) return '[set]';
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
