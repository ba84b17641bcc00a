import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLSchema } from 'graphql';
import {
  createGraphQLError,
  createYoga,
  type YogaServerInstance,
  type YogaServerOptions,
} from 'graphql-yoga';
import { configSecrets, type GatewayConfig } from '../config/index.ts';
import { createGatewayContext, type GatewayContext } from '../graphql/context.ts';
import type { LoaderOptions } from '../loaders/index.ts';
import type { TwilioClient, TwilioCredentials, UpstreamCall } from '../twilio/client.ts';
import { createAuthenticator, createTokenMatcher } from './auth.ts';
import { useBrowserRequests } from './cors.ts';
import { GRAPHQL_PATH, HEALTH_PATH } from './endpoints.ts';
import { graphiqlSettings } from './graphiql.ts';
import { useDocumentLimits } from './limits.ts';
import { createLogger, type Logger } from './logger.ts';
import { createErrorMasking } from './mask-error.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { createRequestStates, useRequestState } from './plugins/request-state.ts';
import { useAuth } from './plugins/use-auth.ts';
import { DEBUG_UPSTREAM_CALLS_HEADER, useDebugUpstreamCalls } from './plugins/use-debug-upstream-calls.ts';
import { useDisableSubgraphSdl } from './plugins/use-disable-subgraph-sdl.ts';
import { useMetrics } from './plugins/use-metrics.ts';
import { useReadiness } from './plugins/use-readiness.ts';
import { useRequestLog } from './plugins/use-request-log.ts';
import { useUpstreamCost } from './plugins/use-upstream-cost.ts';
import { createSecretRedactor, type SecretRedactor } from './redact.ts';
import { createYogaLogger } from './yoga-logger.ts';

export { EXAMPLE_QUERY } from './graphiql.ts';
export { DEBUG_UPSTREAM_CALLS_HEADER, GRAPHQL_PATH };

/** Header carrying one of `INTROSPECTION_TOKENS`, which lets a request introspect in production mode. */
export const INTROSPECTION_TOKEN_HEADER = 'x-introspection-token';

export interface GatewayOptions {
  config: GatewayConfig;
  schema: GraphQLSchema;
  client: TwilioClient;
  /** Demo mode: the embedded emulator's account, used for every request. */
  emulatorCredentials?: TwilioCredentials;
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

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

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
  });
  const states = createRequestStates();

  const plugins: GatewayPlugin[] = [
    // Origin allowlist, CORS and CSRF prevention.
    ...useBrowserRequests(config.corsOrigins),
    ...useDocumentLimits(config.limits, { blockSuggestions: config.production }),
    useRequestState(states),
    useMetrics({ metrics, states, logger }),
    // Before useAuth: a pass-through secret stays redacted until its request has been logged.
    useRequestLog({ logger, states }),
    useAuth({ authenticator, redactor, states }),
    useUpstreamCost({ schema, maxUpstreamCalls: config.limits.maxUpstreamCalls, states }),
    useDebugUpstreamCalls({ states }),
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
    plugins.push(useDisableIntrospection({ isDisabled }), useDisableSubgraphSdl({ isDisabled }));
  }

  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    healthCheckEndpoint: HEALTH_PATH,
    ...graphiqlSettings(config),
    batching: false,
    // The body limit is applied once, before yoga, by body-limit.ts: yoga's own re-reads every body
    // through a stream pipeline that costs more than the rest of a small request's handling.
    maxRequestBodySize: false,
    // CORS is answered in useBrowserRequests, where a refused preflight gets 403 rather than yoga's 204.
    cors: false,
    logging: createYogaLogger(logger),
    maskedErrors: createErrorMasking(redactor),
    plugins,
    context: ({ request }) => {
      const state = states.of(request);
      if (!state.credentials) {
        // useAuth authenticates every GraphQL request first; reaching here without credentials is a bug.
        throw createGraphQLError('Authentication required.', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      const debugEnabled = logger.isLevelEnabled('debug');
      const context = createGatewayContext(client, state.credentials, {
        signal: request.signal,
        ...(options.loaders ? { loaders: options.loaders } : {}),
        onCall: (call: UpstreamCall) => {
          metrics.countUpstreamCall(call);
          // The call record holds the route template and operationId, never the concrete path or credentials.
          if (debugEnabled) {
            logger.debug({ ...call, durationMs: Math.round(call.durationMs * 10) / 10 }, 'upstream call');
          }
        },
      });
      state.context = context;
      return context;
    },
  });
}
