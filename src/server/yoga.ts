import { randomUUID } from 'node:crypto';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import {
  createGraphQLError,
  createYoga,
  type YogaServerInstance,
  type YogaServerOptions,
} from 'graphql-yoga';
import { type ApiKey, createAccessTokenVerifier, type EndUser } from '../access/index.ts';
import { configSecrets, type GatewayConfig, type ServerCredentials } from '../config/index.ts';
import { createGatewayContext, type GatewayContext, type SubscriptionAccess } from '../graphql/context.ts';
import type { LoaderOptions } from '../loaders/index.ts';
import {
  createRealtime,
  createWebhookReceiver,
  type Realtime,
  type SubscriberKind,
} from '../realtime/index.ts';
import {
  type AbortSource,
  fetchConfiguration,
  type TwilioClient,
  type TwilioCredentials,
  type TwilioSession,
  type UpstreamCall,
} from '../twilio/index.ts';
import { type AuthOutcome, createAuthenticator, createTokenMatcher } from './auth.ts';
import { createEndUserLimiter } from './end-user-limits.ts';
import { createEndUserMetrics } from './end-user-metrics.ts';
import { GRAPHQL_PATH, HEALTH_PATH } from './endpoints.ts';
import { graphiqlSettings } from './graphiql.ts';
import { createLogger, type Logger } from './logger.ts';
import { createErrorMasking } from './mask-error.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { createAfterResponse } from './plugins/after-response.ts';
import { inOrder } from './plugins/in-order.ts';
import { createRequestStates, type RequestState, useRequestState } from './plugins/request-state.ts';
import { useAuth } from './plugins/use-auth.ts';
import { useBrowserRequests } from './plugins/use-browser-requests.ts';
import { useCompiledExecution } from './plugins/use-compiled-execution.ts';
import { DEBUG_UPSTREAM_CALLS_HEADER, useDebugUpstreamCalls } from './plugins/use-debug-upstream-calls.ts';
import { useDemoTokens } from './plugins/use-demo-tokens.ts';
import { useDisableIntrospection } from './plugins/use-disable-introspection.ts';
import { useDocumentLimits } from './plugins/use-document-limits.ts';
import { admitEndUser, useEndUserLimits } from './plugins/use-end-user-limits.ts';
import { useMetrics } from './plugins/use-metrics.ts';
import { useReadiness } from './plugins/use-readiness.ts';
import { useRequestLog } from './plugins/use-request-log.ts';
import { useSharedSseFrames } from './plugins/use-shared-sse-frames.ts';
import { useSharedSubscriptionEvents } from './plugins/use-shared-subscription-events.ts';
import { TWILIO_WEBHOOK_PATH, useTwilioWebhooks } from './plugins/use-twilio-webhooks.ts';
import { useUpstreamCost } from './plugins/use-upstream-cost.ts';
import { useValidationCache } from './plugins/use-validation-cache.ts';
import { createRealtimeMetrics } from './realtime-metrics.ts';
import { createSecretRedactor, type SecretRedactor } from './redact.ts';
import { watchResponse } from './response-watch.ts';
import { subscriberKey } from './subscriber-key.ts';
import { createYogaLogger } from './yoga-logger.ts';

export { EXAMPLE_QUERY } from './graphiql.ts';
export { DEBUG_UPSTREAM_CALLS_HEADER, GRAPHQL_PATH, TWILIO_WEBHOOK_PATH };

/** Header carrying one of `INTROSPECTION_TOKENS`, which lets a request introspect in production mode. */
export const INTROSPECTION_TOKEN_HEADER = 'x-introspection-token';

export interface GatewayOptions {
  config: GatewayConfig;
  schema: GraphQLSchema;
  client: TwilioClient;
  /** Demo mode: the embedded emulator's account, used for every request. */
  emulatorCredentials?: TwilioCredentials;
  /** Demo mode: the key the demo token endpoint signs end users' access tokens with. */
  demoTokenKey?: ApiKey;
  logger?: Logger;
  metrics?: GatewayMetrics;
  redactor?: SecretRedactor;
  /** How each request's loaders load; the default batches. `{ batching: false }` is for benchmarks only. */
  loaders?: LoaderOptions;
  /** The upstream `/readiness` probes, when the configuration does not say (the embedded emulator). */
  upstreamUrl?: string;
  /** True once shutdown began: `/readiness` answers 503. */
  isDraining?: () => boolean;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext> & {
  /** For transports other than HTTP (the WebSocket server): the same authentication and context. */
  readonly transport: GatewayTransport;
};

/**
 * How an operation that did not come as an HTTP request (one over a WebSocket) is authenticated
 * and given the context an HTTP request gets. The transport builds a fetch `Request` per operation
 * carrying the connection's `Authorization` (and introspection token): every plugin that reads the
 * request (the request state, the cost estimate, the introspection policy) reads it as for HTTP.
 */
export interface GatewayTransport {
  /** Decides who a connection acts for, exactly as an HTTP request's Authorization header is judged. */
  authenticate(authorization: string | null): AuthOutcome | Promise<AuthOutcome>;
  /**
   * Records who an operation acts for, before `getEnveloped` builds its context, and counts an end
   * user's operation against their rate: the error to answer it with when it is refused, else null.
   */
  admit(request: Request, outcome: Extract<AuthOutcome, { ok: true }>): GraphQLError | null;
  /** What the operation did, once it ended (for the log line and the error counts). */
  stateOf(request: Request): RequestState;
}

/**
 * What a transport other than HTTP (the WebSocket server) hands the context factory with each
 * operation: the connection it came over, for the per-connection subscription bound.
 */
export interface TransportContext {
  connectionKey?: string;
}

/** Whatever createYoga accepts as one of this gateway's plugins. */
type GatewayPlugin = NonNullable<
  YogaServerOptions<Record<string, unknown>, GatewayContext>['plugins']
>[number];

export function createGateway(options: GatewayOptions): Gateway {
  const { config, schema, client } = options;
  const redactor = options.redactor ?? createSecretRedactor(configSecrets(config));
  const logger = options.logger ?? createLogger({ level: config.logLevel, redactor });
  const metrics = options.metrics ?? createGatewayMetrics({ defaultMetrics: false });
  const authenticator = createAuthenticator({
    mode: config.authMode,
    credentials: config.authMode === 'demo' ? options.emulatorCredentials : config.credentials,
    gatewayTokens: config.gatewayTokens,
    accessTokens: accessTokenVerifier(options),
  });
  const states = createRequestStates();
  const realtime = startRealtime(options, logger, metrics);
  const endUserMetrics = createEndUserMetrics(metrics.registry);
  const endUserLimiter = createEndUserLimiter(config.endUsers, { onRefused: endUserMetrics.countRefusal });
  endUserMetrics.watch(() => endUserLimiter.usage(), config.endUsers);
  const endUserThrottle = (user: EndUser, signal: AbortSource) => (session: TwilioSession) =>
    endUserLimiter.throttle(session, user, signal);

  // One listener for every request's Twilio calls (nothing in it is the request's), not one made per request.
  const countUpstreamCall = (call: UpstreamCall) => {
    metrics.countUpstreamCall(call);
    // The call record holds the route template and operationId, never the concrete path or credentials.
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ ...call, durationMs: Math.round(call.durationMs * 10) / 10 }, 'upstream call');
    }
  };

  // The log line, the metrics and the release of a held secret wait until the response is written.
  const afterResponse = createAfterResponse((error) => logger.error({ error }, 'after-response work failed'));

  const plugins: GatewayPlugin[] = [
    useTwilioWebhooks(realtime.receive),
    // Origin allowlist, CORS and CSRF prevention.
    ...useBrowserRequests(config.corsOrigins),
    // Demo mode only: behind the origin policy, before anything GraphQL.
    ...(config.authMode === 'demo' && options.demoTokenKey && options.emulatorCredentials
      ? [
          useDemoTokens({
            client,
            credentials: options.emulatorCredentials,
            key: options.demoTokenKey,
            ttlSeconds: config.demoTokenTtlSeconds,
          }),
        ]
      : []),
    ...useDocumentLimits(config.limits, { blockSuggestions: config.production }),
    useRequestState(states),
    useMetrics({ metrics, states, logger, afterResponse }),
    // Before useAuth: a pass-through secret stays redacted until its request has been logged.
    useRequestLog({ logger, states, afterResponse }),
    useAuth({ authenticator, redactor, states, afterResponse }),
    useEndUserLimits({ limiter: endUserLimiter, states }),
    useUpstreamCost({ schema, maxUpstreamCalls: config.limits.maxUpstreamCalls, states }),
    useDebugUpstreamCalls({ states }),
    // Queries and mutations run as code compiled once per document and operation (graphql-jit).
    useCompiledExecution(),
    // Subscribers with the same credential and operation share each event's execution, and over
    // SSE its serialized frame.
    useSharedSubscriptionEvents(),
    useSharedSseFrames(),
    // yoga.dispose() ends the subscriptions (clients see them complete) and closes the pub/sub.
    { onDispose: () => realtime.instance.close() },
  ];
  const upstreamUrl = options.upstreamUrl ?? config.upstream.baseUrl;
  if (upstreamUrl) {
    plugins.push(
      useReadiness({
        upstreamUrl,
        credentials:
          config.authMode === 'server' ? config.credentials : (options.emulatorCredentials ?? null),
        timeoutMs: config.upstream.attemptTimeoutMs,
        isDraining: options.isDraining ?? (() => false),
      }),
    );
  }
  if (config.production) {
    const isIntrospectionToken = createTokenMatcher(config.introspectionTokens);
    const isDisabled = (request: Request) =>
      !isIntrospectionToken(request.headers.get(INTROSPECTION_TOKEN_HEADER));
    plugins.push(useDisableIntrospection({ isDisabled }));
  }
  // Last: it must see every validation rule the plugins before it add.
  plugins.push(useValidationCache());

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    healthCheckEndpoint: HEALTH_PATH,
    ...graphiqlSettings(config),
    batching: false,
    // The body limit is applied once, before yoga, by body-limit.ts: yoga's own re-reads every body
    // through a stream pipeline that costs more than the rest of a small request's handling.
    maxRequestBodySize: false,
    // Parsed documents are cached by yoga; their validation by useValidationCache.
    parserAndValidationCache: { validationCache: false },
    // CORS is answered in useBrowserRequests, where a refused preflight gets 403 rather than yoga's 204.
    cors: false,
    logging: createYogaLogger(logger),
    maskedErrors: createErrorMasking(redactor),
    // One hook per kind for the whole list: each of yoga's hook steps costs every request (in-order.ts).
    plugins: inOrder(plugins),
    context: (initial: { request: Request } & TransportContext) => {
      const { request, connectionKey } = initial;
      const state = states.of(request);
      if (!state.credentials) {
        // useAuth authenticates every GraphQL request first; reaching here without credentials is a bug.
        throw createGraphQLError('Authentication required.', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      // Over HTTP, node's response says when the caller went away (response-watch.ts); over a
      // WebSocket, the operation's own signal does.
      const signal = watchResponse(initial) ?? request.signal;
      const context = createGatewayContext(client, state.credentials, {
        signal,
        maxCalls: config.limits.maxUpstreamCalls,
        endUser: state.endUser,
        ...(state.endUser ? { throttle: endUserThrottle(state.endUser, signal) } : {}),
        ...(options.loaders ? { loaders: options.loaders } : {}),
        subscriptions: new RequestSubscriptionAccess(
          realtime.instance.bus,
          request,
          connectionKey,
          state.endUser,
        ),
        onCall: countUpstreamCall,
      });
      state.upstreamCalls = context.upstreamCalls;
      return context;
    },
  });
  const transport: GatewayTransport = {
    authenticate: (authorization) => authenticator.authenticate(authorization),
    admit(request, outcome) {
      const state = states.of(request);
      state.credentials = outcome.credentials;
      state.endUser = outcome.endUser;
      return outcome.endUser ? admitEndUser(endUserLimiter, outcome.endUser) : null;
    },
    stateOf: (request) => states.of(request),
  };
  return Object.assign(yoga, { transport });
}

/**
 * The pub/sub (in-process, or through Redis with `REDIS_URL`) and the webhook receiver. Webhooks
 * are accepted from the accounts configured for them and, in demo mode, from the emulator's.
 */
function startRealtime(
  options: GatewayOptions,
  logger: Logger,
  metrics: GatewayMetrics,
): { instance: Realtime; receive: ReturnType<typeof createWebhookReceiver> } {
  const settings = options.config.realtime;
  const realtimeMetrics = createRealtimeMetrics(metrics.registry);
  const limits = {
    perConnection: settings.maxSubscriptionsPerConnection,
    perCredential: settings.maxSubscriptionsPerCredential,
    bufferedEvents: settings.maxBufferedEvents,
  };
  const instance = createRealtime({
    redisUrl: settings.redisUrl,
    limits,
    observer: realtimeMetrics,
    onRedisStatus: (status, detail) => {
      if (status === 'connected') logger.info('redis connected: subscriptions are served');
      else
        logger.warn({ detail }, 'redis connection lost: subscriptions end and are refused until it is back');
    },
  });
  realtimeMetrics.watchSubscriptions(() => instance.bus.usage(), limits);
  const tokens = new Map(settings.webhookAccounts.map((account) => [account.accountSid, account.authToken]));
  if (options.config.authMode === 'demo' && options.emulatorCredentials) {
    tokens.set(options.emulatorCredentials.username, options.emulatorCredentials.password);
  }
  const receive = createWebhookReceiver({
    authTokenOf: (accountSid) => tokens.get(accountSid),
    publicUrl: settings.publicUrl,
    deduplicator: instance.deduplicator,
    bus: instance.bus,
    onWebhook: (outcome, detail) => {
      realtimeMetrics.countWebhook(outcome);
      const level =
        outcome === 'unavailable'
          ? 'warn'
          : outcome === 'forbidden' || outcome === 'malformed'
            ? 'info'
            : 'debug';
      if (!logger.isLevelEnabled(level)) return;
      logger[level]({ outcome, eventType: detail.event?.type, reason: detail.reason }, 'webhook');
    },
  });
  return { instance, receive };
}

/**
 * End users' access tokens are verified with the API keys the gateway holds: in server mode its own
 * and ACCESS_TOKEN_API_KEYS, in demo mode the demo token endpoint's. None: no end users.
 */
function accessTokenVerifier(options: GatewayOptions) {
  const { config, client } = options;
  if (config.authMode === 'demo' && options.demoTokenKey && options.emulatorCredentials) {
    return createAccessTokenVerifier({
      keys: [options.demoTokenKey],
      accountSid: options.emulatorCredentials.username,
      clockSkewSeconds: config.accessTokenClockSkewSeconds,
    });
  }
  if (config.authMode !== 'server' || !config.credentials || config.accessTokenKeys.length === 0) return null;
  return createAccessTokenVerifier({
    keys: config.accessTokenKeys,
    accountSid: config.credentials.accountSid ?? learnAccount(client, config.credentials),
    clockSkewSeconds: config.accessTokenClockSkewSeconds,
  });
}

/**
 * The account an API key acts for, when TWILIO_ACCOUNT_SID does not say: read once from Twilio with
 * the gateway's own credentials (`/v1/Configuration` names it), the first time a correctly signed
 * token needs it. A failed read is tried again by the next token.
 */
function learnAccount(client: TwilioClient, credentials: ServerCredentials): () => Promise<string> {
  let known: Promise<string> | null = null;
  return () => {
    if (!known) {
      const reading = fetchConfiguration(client.session(credentials)).then((c) => c.accountSid);
      reading.catch(() => {
        if (known === reading) known = null;
      });
      known = reading;
    }
    return known;
  };
}

/**
 * What a subscription needs to know of its caller. Only subscriptions read it, so the digest and
 * the connection key are made when first read: a query or a mutation never pays for them. A class,
 * not an object literal with getters: every request makes one, and a literal's accessors are
 * defined afresh on each (a slow path of V8, 0.35 % of the gateway's CPU in a profile), where a
 * class's sit once on its prototype.
 */
class RequestSubscriptionAccess implements SubscriptionAccess {
  readonly bus: Realtime['bus'];
  // Only a WebSocket hands its connection's key (src/server/websocket.ts closes it at expiry).
  readonly endsWithConnection: boolean;
  readonly #request: Request;
  readonly #endUser: EndUser | null;
  #credential: string | undefined;
  #connection: string | undefined;

  constructor(bus: Realtime['bus'], request: Request, connectionKey?: string, endUser?: EndUser | null) {
    this.bus = bus;
    this.#request = request;
    this.#endUser = endUser ?? null;
    this.#connection = connectionKey;
    this.endsWithConnection = connectionKey !== undefined;
  }

  get credentialKey(): string {
    this.#credential ??= subscriberKey({
      endUser: this.#endUser,
      authorization: this.#request.headers.get('authorization'),
    });
    return this.#credential;
  }

  get subscriberKind(): SubscriberKind {
    // As `subscriberKey` tells them apart.
    return this.#endUser ? 'end-user' : 'credential';
  }

  get connectionKey(): string {
    // Over HTTP each subscription holds its own connection (SSE).
    this.#connection ??= randomUUID();
    return this.#connection;
  }
}
