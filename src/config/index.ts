/**
 * The gateway's configuration: read once from the environment (and the `serve` flags) by the entry
 * point and passed down. Every problem is collected so an operator fixes them all in one go.
 * Secrets live only in `credentials`, `gatewayTokens` and `introspectionTokens`; `describeConfig` is the only view meant for logs.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export type AuthModeSetting = 'auto' | 'pass-through' | 'server';

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

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  nodeEnv: string;
  authMode: AuthMode;
  credentials: ServerCredentials | null;
  gatewayTokens: string[];
  /**
   * Production mode refuses introspection, except to requests carrying one of these in the
   * `x-introspection-token` header: schema registries, codegen and conformance audits.
   */
  introspectionTokens: string[];
  upstream: UpstreamSettings;
  corsOrigins: string[];
  logLevel: LogLevel;
  limits: GatewayLimits;
  shutdownGraceMs: number;
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

export const DEFAULT_UPSTREAM_URL = 'https://conversations.twilio.com';

/** Defaults, in one place; a test checks the README's Configuration table against them. */
export const DEFAULTS = {
  PORT: 4000,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info' as LogLevel,
  MAX_DEPTH: 10,
  MAX_ALIASES: 15,
  MAX_DIRECTIVES: 50,
  MAX_TOKENS: 2000,
  MAX_ROOT_FIELDS: 10,
  MAX_QUERY_CHARS: 15_000,
  MAX_UPSTREAM_CALLS: 100,
  MAX_BODY_BYTES: 1_000_000,
  UPSTREAM_ATTEMPT_TIMEOUT_MS: 5_000,
  UPSTREAM_DEADLINE_MS: 15_000,
  UPSTREAM_MAX_IN_FLIGHT: 20,
  SHUTDOWN_GRACE_MS: 10_000,
} as const;

/** Tokens shorter than this are guessable; the gateway refuses to start with one. */
export const MIN_GATEWAY_TOKEN_LENGTH = 16;

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env, flags: ConfigFlags = {}): ConfigResult {
  const errors: string[] = [];
  // An empty variable counts as unset: `FOO= npm start` is a common way to switch something off.
  const read = (name: string, flag?: string): string | undefined => {
    const value = flag ?? env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const integer = (name: string, fallback: number, min: number, max: number, flag?: string): number => {
    const raw = read(name, flag);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      errors.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const positive = (name: keyof typeof DEFAULTS, max = 1_000_000_000) =>
    integer(name, DEFAULTS[name] as number, 1, max);

  const port = integer('PORT', DEFAULTS.PORT, 0, 65_535, flags.port);
  const host = read('HOST', flags.host) ?? DEFAULTS.HOST;
  const nodeEnv = read('NODE_ENV') ?? 'development';

  const logLevelRaw = read('LOG_LEVEL', flags.logLevel) ?? DEFAULTS.LOG_LEVEL;
  const logLevel = LOG_LEVELS.find((level) => level === logLevelRaw.toLowerCase());
  if (!logLevel) errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);

  const credentials = readCredentials(read, errors);

  const gatewayTokens = readTokens('GATEWAY_TOKENS', read, errors);
  const introspectionTokens = readTokens('INTROSPECTION_TOKENS', read, errors);

  const upstreamRaw = read('TWILIO_CONVERSATIONS_URL', flags.upstreamUrl);
  const upstreamUrl = upstreamRaw === undefined ? undefined : parseBaseUrl(upstreamRaw, errors);

  const modeRaw = (read('AUTH_MODE', flags.authMode) ?? 'auto').toLowerCase();
  let authMode: AuthMode = 'pass-through';
  if (modeRaw === 'auto') {
    authMode = credentials ? 'server' : upstreamRaw === undefined ? 'demo' : 'pass-through';
  } else if (modeRaw === 'server' || modeRaw === 'pass-through') {
    authMode = modeRaw;
  } else {
    errors.push(`AUTH_MODE must be auto, pass-through or server (got "${modeRaw}")`);
  }
  if (authMode === 'server') {
    if (!credentials) {
      errors.push(
        'AUTH_MODE=server needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET',
      );
    }
    if (gatewayTokens.length === 0) {
      // Without tokens anyone who reaches the port would act with the server's Twilio account.
      errors.push('server credentials need GATEWAY_TOKENS: the bearer tokens clients must present');
    }
  }

  const corsOrigins = parseOrigins(read('CORS_ORIGINS', flags.corsOrigins), errors);

  const limits: GatewayLimits = {
    maxDepth: positive('MAX_DEPTH', 1000),
    maxAliases: positive('MAX_ALIASES', 10_000),
    maxDirectives: positive('MAX_DIRECTIVES', 10_000),
    maxTokens: positive('MAX_TOKENS', 1_000_000),
    maxRootFields: positive('MAX_ROOT_FIELDS', 10_000),
    maxQueryChars: positive('MAX_QUERY_CHARS', 10_000_000),
    maxUpstreamCalls: positive('MAX_UPSTREAM_CALLS', 1_000_000),
    maxBodyBytes: positive('MAX_BODY_BYTES', 100_000_000),
  };
  const upstream: UpstreamSettings = {
    baseUrl: authMode === 'demo' ? null : (upstreamUrl ?? DEFAULT_UPSTREAM_URL),
    attemptTimeoutMs: positive('UPSTREAM_ATTEMPT_TIMEOUT_MS', 600_000),
    deadlineMs: positive('UPSTREAM_DEADLINE_MS', 600_000),
    maxInFlight: positive('UPSTREAM_MAX_IN_FLIGHT', 10_000),
  };
  if (upstream.deadlineMs < upstream.attemptTimeoutMs) {
    errors.push(
      `UPSTREAM_DEADLINE_MS (${upstream.deadlineMs}) must not be below UPSTREAM_ATTEMPT_TIMEOUT_MS (${upstream.attemptTimeoutMs})`,
    );
  }
  const shutdownGraceMs = integer('SHUTDOWN_GRACE_MS', DEFAULTS.SHUTDOWN_GRACE_MS, 0, 600_000);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      production: nodeEnv === 'production',
      nodeEnv,
      authMode,
      credentials: authMode === 'server' ? credentials : null,
      gatewayTokens: authMode === 'server' ? gatewayTokens : [],
      introspectionTokens,
      upstream,
      corsOrigins,
      logLevel: logLevel ?? DEFAULTS.LOG_LEVEL,
      limits,
      shutdownGraceMs,
    },
  };
}

function readCredentials(
  read: (name: string) => string | undefined,
  errors: string[],
): ServerCredentials | null {
  const accountSid = read('TWILIO_ACCOUNT_SID');
  const authToken = read('TWILIO_AUTH_TOKEN');
  const apiKey = read('TWILIO_API_KEY');
  const apiSecret = read('TWILIO_API_SECRET');
  if (accountSid !== undefined && !ACCOUNT_SID.test(accountSid)) {
    // Values are not echoed: a secret pasted into the wrong variable would end up in the output.
    errors.push(
      `TWILIO_ACCOUNT_SID must be AC followed by 32 hex characters (got ${accountSid.length} characters)`,
    );
  }
  if (apiKey !== undefined && !API_KEY_SID.test(apiKey)) {
    errors.push(`TWILIO_API_KEY must be SK followed by 32 hex characters (got ${apiKey.length} characters)`);
  }
  if ((apiKey === undefined) !== (apiSecret === undefined)) {
    errors.push('TWILIO_API_KEY and TWILIO_API_SECRET must be set together');
  }
  if (apiKey !== undefined && apiSecret !== undefined) {
    // Twilio recommends API keys over the auth token; they can be revoked one by one.
    return { username: apiKey, password: apiSecret, accountSid: accountSid ?? null };
  }
  if (authToken !== undefined && accountSid === undefined) {
    errors.push('TWILIO_AUTH_TOKEN is set without TWILIO_ACCOUNT_SID');
  }
  if (accountSid !== undefined && authToken === undefined) {
    errors.push(
      'TWILIO_ACCOUNT_SID is set without TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET)',
    );
  }
  if (accountSid !== undefined && authToken !== undefined) {
    return { username: accountSid, password: authToken, accountSid };
  }
  return null;
}

function parseBaseUrl(raw: string, errors: string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not echoed: an unparseable URL may still hold credentials.
    errors.push('TWILIO_CONVERSATIONS_URL must be an http(s) URL such as https://conversations.twilio.com');
    return undefined;
  }
  const problems: string[] = [];
  if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('use http or https');
  // Credentials go in the Authorization header, never in a URL that might be logged.
  if (url.username || url.password) problems.push('do not put credentials in the URL');
  if (url.search || url.hash) problems.push('no query or fragment');
  if (url.pathname !== '/' && url.pathname !== '') problems.push('give the origin only, without /v1');
  if (problems.length > 0) {
    errors.push(`TWILIO_CONVERSATIONS_URL: ${problems.join('; ')} (got "${url.origin}${url.pathname}")`);
    return undefined;
  }
  return url.origin;
}

function parseOrigins(raw: string | undefined, errors: string[]): string[] {
  if (raw === undefined) return [];
  const origins: string[] = [];
  for (const item of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (item === '*') {
      errors.push('CORS_ORIGINS cannot be "*": list the origins allowed to call with credentials');
      continue;
    }
    try {
      const url = new URL(item);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== item.replace(/\/$/, '')) {
        throw new Error('not an origin');
      }
      origins.push(url.origin);
    } catch {
      errors.push(`CORS_ORIGINS: "${item}" is not an origin like https://app.example.com`);
    }
  }
  return origins;
}

/** A comma-separated list of secret tokens: long, printable, never echoed in an error. */
function readTokens(name: string, read: (name: string) => string | undefined, errors: string[]): string[] {
  const raw = read(name);
  const tokens = raw
    ? raw
        .split(',')
        .map((token) => token.trim())
        .filter((token) => token !== '')
    : [];
  const short = tokens.filter((token) => token.length < MIN_GATEWAY_TOKEN_LENGTH).length;
  if (short > 0) {
    // Never echo the token itself: this message is printed.
    errors.push(
      `${name}: ${short} token(s) shorter than ${MIN_GATEWAY_TOKEN_LENGTH} characters; use long random tokens`,
    );
  }
  if (tokens.some((token) => !/^[\x21-\x7e]+$/.test(token))) {
    errors.push(`${name}: tokens must be printable ASCII without spaces`);
  }
  return tokens;
}

/** Every secret the configuration holds, for log and error redaction. */
export function configSecrets(config: GatewayConfig): string[] {
  const secrets = [...config.gatewayTokens, ...config.introspectionTokens];
  if (config.credentials) secrets.push(config.credentials.password);
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
    upstream: { ...config.upstream, baseUrl: config.upstream.baseUrl ?? 'embedded emulator' },
    corsOrigins: config.corsOrigins,
    logLevel: config.logLevel,
    limits: config.limits,
    shutdownGraceMs: config.shutdownGraceMs,
  };
}
