import * as z from 'zod';
import { CLIENT_DEFAULTS } from '../twilio/client.ts';

/**
 * The environment variables the gateway reads, as zod schemas, one group per concern. Each group is
 * parsed on its own (see `loadConfig`), so a mistake in one does not hide the mistakes in another.
 * Error messages follow the variable's name and never contain a secret's value.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const AUTH_MODE_SETTINGS = ['auto', 'pass-through', 'server'] as const;
export type AuthModeSetting = (typeof AUTH_MODE_SETTINGS)[number];

export const WEB_APP_SETTINGS = ['auto', 'on', 'off'] as const;
export type WebAppSetting = (typeof WEB_APP_SETTINGS)[number];

/**
 * Defaults, in one place; a test checks the README's Configuration table against them. The upstream
 * client's own are taken from the client (the lower layer), so the two cannot drift apart.
 */
export const DEFAULTS = {
  PORT: 4000,
  HOST: '127.0.0.1',
  NODE_ENV: 'development',
  AUTH_MODE: 'auto' as AuthModeSetting,
  TWILIO_CONVERSATIONS_URL: CLIENT_DEFAULTS.baseUrl,
  LOG_LEVEL: 'info' as LogLevel,
  MAX_DEPTH: 15,
  MAX_INTROSPECTION_DEPTH: 20,
  MAX_ALIASES: 15,
  MAX_DIRECTIVES: 50,
  MAX_TOKENS: 2000,
  MAX_ROOT_FIELDS: 10,
  MAX_QUERY_CHARS: 15_000,
  MAX_UPSTREAM_CALLS: 250,
  MAX_BODY_BYTES: 1_000_000,
  UPSTREAM_ATTEMPT_TIMEOUT_MS: CLIENT_DEFAULTS.attemptTimeoutMs,
  UPSTREAM_DEADLINE_MS: CLIENT_DEFAULTS.deadlineMs,
  /** Twilio does not disclose its ceiling; why 50: docs/decisions/0029-in-flight-default-and-twilio-concurrency.md. */
  UPSTREAM_MAX_IN_FLIGHT: CLIENT_DEFAULTS.maxInFlightPerCredential,
  SHUTDOWN_GRACE_MS: 10_000,
  MAX_SUBSCRIPTIONS_PER_CONNECTION: 50,
  MAX_SUBSCRIPTIONS_PER_CREDENTIAL: 500,
  MAX_BUFFERED_EVENTS: 100,
  ACCESS_TOKEN_CLOCK_SKEW_SECONDS: 60,
  END_USER_MAX_IN_FLIGHT: 5,
  END_USER_REQUESTS_PER_MINUTE: 600,
  END_USER_REQUEST_BURST: 30,
  WEB_APP: 'auto' as WebAppSetting,
  DEMO_UPSTREAM_LATENCY_MS: 0,
  DEMO_TOKEN_TTL_SECONDS: 3600,
} as const;

/** Tokens shorter than this are guessable; the gateway refuses to start with one. */
export const MIN_GATEWAY_TOKEN_LENGTH = 16;

/**
 * A variable as the environment gives it: trimmed, and empty counts as unset, since `FOO= npm start`
 * is a common way to switch something off.
 */
function variable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }, schema);
}

function integer(min: number, max: number, fallback: number) {
  const error = (issue: { input?: unknown }) =>
    `must be an integer from ${min} to ${max} (got "${String(issue.input)}")`;
  return variable(
    z
      .string()
      .regex(/^\d+$/, { error, abort: true })
      .transform(Number)
      .pipe(z.number().min(min, { error }).max(max, { error }))
      .default(fallback),
  );
}

type NumericDefault = {
  [K in keyof typeof DEFAULTS]: (typeof DEFAULTS)[K] extends number ? K : never;
}[keyof typeof DEFAULTS];

function positive(name: NumericDefault, max: number) {
  return integer(1, max, DEFAULTS[name]);
}

/** One of a few words, in any case. */
function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
  wording: string,
) {
  return variable(
    z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(values, { error: (issue) => `must be ${wording} (got "${String(issue.input)}")` }))
      .default(fallback),
  );
}

/** A comma-separated list; blank items are dropped. */
function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return variable(
    z
      .string()
      .transform((raw) =>
        raw
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      )
      .pipe(z.array(item))
      .default([]),
  );
}

/** A SID of a known prefix. The value is not echoed: a secret pasted into the wrong variable would end up in the output. */
function sid(prefix: string) {
  return variable(
    z
      .string()
      .regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), {
        error: (issue) =>
          `must be ${prefix} followed by 32 hex characters (got ${String(issue.input).length} characters)`,
      })
      .optional(),
  );
}

const secret = variable(z.string().optional());

/**
 * Extra API keys whose secrets sign end users' Access Tokens, as `SK…:secret` pairs. Neither part
 * is echoed: a SID next to its secret is the half of a credential an error message would print.
 */
const apiKeys = commaList(
  z
    .string()
    .regex(/^SK[0-9a-fA-F]{32}:[\x21-\x7e]+$/, {
      error:
        'must be API key SIDs and secrets as SK…:secret (SK followed by 32 hex characters, a colon, the secret)',
    })
    .transform((pair) => {
      const colon = pair.indexOf(':');
      return { sid: pair.slice(0, colon), secret: pair.slice(colon + 1) };
    }),
);

/** Bearer tokens: long, printable secrets, never echoed. */
const tokens = commaList(
  z
    .string()
    .min(MIN_GATEWAY_TOKEN_LENGTH, {
      error: `has tokens shorter than ${MIN_GATEWAY_TOKEN_LENGTH} characters; use long random tokens`,
    })
    .regex(/^[\x21-\x7e]+$/, { error: 'must be printable ASCII without spaces' }),
);

const origin = z
  .string()
  .refine((value) => value !== '*', {
    error: 'cannot be "*": list the origins allowed to call with credentials',
    abort: true,
  })
  .refine(
    (value) => {
      const url = URL.parse(value);
      return (
        url !== null &&
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        url.origin === value.replace(/\/$/, '')
      );
    },
    { error: (issue) => `entry "${String(issue.input)}" is not an origin like https://app.example.com` },
  )
  .transform((value) => new URL(value).origin);

/**
 * The Twilio origin. Credentials go in the Authorization header, never in a URL that might be
 * logged; an unparseable value is not echoed, since it may still hold some.
 */
const upstreamUrl = variable(
  z
    .string()
    .refine((value) => /^https?:$/.test(URL.parse(value)?.protocol ?? ''), {
      error: 'must be an http(s) URL such as https://conversations.twilio.com',
      abort: true,
    })
    .transform((value, ctx) => {
      const url = new URL(value);
      const problems: string[] = [];
      if (url.username || url.password) problems.push('do not put credentials in the URL');
      if (url.search || url.hash) problems.push('no query or fragment');
      if (url.pathname !== '/' && url.pathname !== '') problems.push('give the origin only, without /v1');
      if (problems.length > 0) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `must be an origin: ${problems.join('; ')} (got "${url.origin}${url.pathname}")`,
        });
      }
      return url.origin;
    })
    .optional(),
);

/**
 * Where the gateway is reached from outside, e.g. `https://gw.example.com` (a path prefix is kept:
 * `https://example.com/chat-gateway`). Twilio signs the URL it calls, which proxies rewrite.
 */
const publicUrl = variable(
  z
    .string()
    .refine((value) => /^https?:$/.test(URL.parse(value)?.protocol ?? ''), {
      error: 'must be an http(s) URL such as https://gw.example.com',
      abort: true,
    })
    .refine(
      (value) => {
        const url = new URL(value);
        return !url.username && !url.password && !url.search && !url.hash;
      },
      { error: 'must be an origin, optionally with a path: no credentials, query or fragment' },
    )
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
);

/** A Redis URL; its password is never echoed. */
const redisUrl = variable(
  z
    .string()
    .refine((value) => /^rediss?:$/.test(URL.parse(value)?.protocol ?? ''), {
      error: 'must be a redis:// or rediss:// URL',
    })
    .optional(),
);

/** `AccountSid:AuthToken` pairs; the tokens are secrets, never echoed. */
const webhookAccounts = commaList(
  z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}:[\x21-\x7e]+$/, {
      error: 'must list AccountSid:AuthToken pairs (AC followed by 32 hex characters, a colon, the token)',
    })
    .transform((pair) => {
      const colon = pair.indexOf(':');
      return { accountSid: pair.slice(0, colon), authToken: pair.slice(colon + 1) };
    }),
);

/**
 * Every variable the gateway reads, each parsed on its own so that one run reports every mistake;
 * rules between variables are checked by `loadConfig`.
 */
export const VARIABLES = {
  PORT: integer(0, 65_535, DEFAULTS.PORT),
  HOST: variable(z.string().default(DEFAULTS.HOST)),
  NODE_ENV: variable(z.string().default(DEFAULTS.NODE_ENV)),
  AUTH_MODE: oneOf(AUTH_MODE_SETTINGS, DEFAULTS.AUTH_MODE, 'auto, pass-through or server'),
  TWILIO_ACCOUNT_SID: sid('AC'),
  TWILIO_AUTH_TOKEN: secret,
  TWILIO_API_KEY: sid('SK'),
  TWILIO_API_SECRET: secret,
  GATEWAY_TOKENS: tokens,
  ACCESS_TOKEN_API_KEYS: apiKeys,
  ACCESS_TOKEN_CLOCK_SKEW_SECONDS: integer(0, 300, DEFAULTS.ACCESS_TOKEN_CLOCK_SKEW_SECONDS),
  INTROSPECTION_TOKENS: tokens,
  TWILIO_CONVERSATIONS_URL: upstreamUrl,
  CORS_ORIGINS: commaList(origin),
  LOG_LEVEL: oneOf(LOG_LEVELS, DEFAULTS.LOG_LEVEL, `one of ${LOG_LEVELS.join(', ')}`),
  MAX_DEPTH: positive('MAX_DEPTH', 1000),
  MAX_INTROSPECTION_DEPTH: positive('MAX_INTROSPECTION_DEPTH', 1000),
  MAX_ALIASES: positive('MAX_ALIASES', 10_000),
  MAX_DIRECTIVES: positive('MAX_DIRECTIVES', 10_000),
  MAX_TOKENS: positive('MAX_TOKENS', 1_000_000),
  MAX_ROOT_FIELDS: positive('MAX_ROOT_FIELDS', 10_000),
  MAX_QUERY_CHARS: positive('MAX_QUERY_CHARS', 10_000_000),
  MAX_UPSTREAM_CALLS: positive('MAX_UPSTREAM_CALLS', 1_000_000),
  MAX_BODY_BYTES: positive('MAX_BODY_BYTES', 100_000_000),
  UPSTREAM_ATTEMPT_TIMEOUT_MS: positive('UPSTREAM_ATTEMPT_TIMEOUT_MS', 600_000),
  UPSTREAM_DEADLINE_MS: positive('UPSTREAM_DEADLINE_MS', 600_000),
  UPSTREAM_MAX_IN_FLIGHT: positive('UPSTREAM_MAX_IN_FLIGHT', 10_000),
  SHUTDOWN_GRACE_MS: integer(0, 600_000, DEFAULTS.SHUTDOWN_GRACE_MS),
  PUBLIC_URL: publicUrl,
  REDIS_URL: redisUrl,
  TWILIO_WEBHOOK_ACCOUNTS: webhookAccounts,
  MAX_SUBSCRIPTIONS_PER_CONNECTION: positive('MAX_SUBSCRIPTIONS_PER_CONNECTION', 10_000),
  MAX_SUBSCRIPTIONS_PER_CREDENTIAL: positive('MAX_SUBSCRIPTIONS_PER_CREDENTIAL', 1_000_000),
  MAX_BUFFERED_EVENTS: positive('MAX_BUFFERED_EVENTS', 100_000),
  END_USER_MAX_IN_FLIGHT: positive('END_USER_MAX_IN_FLIGHT', 10_000),
  END_USER_REQUESTS_PER_MINUTE: positive('END_USER_REQUESTS_PER_MINUTE', 6_000_000),
  END_USER_REQUEST_BURST: positive('END_USER_REQUEST_BURST', 1_000_000),
  WEB_APP: oneOf(WEB_APP_SETTINGS, DEFAULTS.WEB_APP, 'auto, on or off'),
  DEMO_UPSTREAM_LATENCY_MS: integer(0, 60_000, DEFAULTS.DEMO_UPSTREAM_LATENCY_MS),
  DEMO_TOKEN_TTL_SECONDS: integer(5, 86_400, DEFAULTS.DEMO_TOKEN_TTL_SECONDS),
};

export type VariableName = keyof typeof VARIABLES;
export type Variables = { [K in VariableName]: z.output<(typeof VARIABLES)[K]> };

/**
 * Parses each variable; a wrong one is left out of `values` and named in `errors` (once per
 * message), followed by what is wrong with it.
 */
export function parseVariables(read: (name: VariableName) => string | undefined): {
  values: Partial<Variables>;
  invalid: ReadonlySet<VariableName>;
  errors: string[];
} {
  const values: Partial<Record<VariableName, unknown>> = {};
  const invalid = new Set<VariableName>();
  const errors: string[] = [];
  for (const name of Object.keys(VARIABLES) as VariableName[]) {
    const result = VARIABLES[name].safeParse(read(name));
    if (result.success) {
      values[name] = result.data;
    } else {
      invalid.add(name);
      errors.push(...new Set(result.error.issues.map((issue) => `${name} ${issue.message}`)));
    }
  }
  return { values: values as Partial<Variables>, invalid, errors };
}
