import { performance } from 'node:perf_hooks';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type ExecutionResult, GraphQLError, type GraphQLSchema, getOperationAST } from 'graphql';
import {
  type CORSOptions,
  createGraphQLError,
  createYoga,
  type Plugin,
  type YogaLogger,
  type YogaServerInstance,
} from 'graphql-yoga';
import { configSecrets, type GatewayConfig } from '../config/index.ts';
import { createGatewayContext, type GatewayContext } from '../graphql/context.ts';
import { toGraphQLError } from '../graphql/errors.ts';
import { DEFAULT_PAGE } from '../graphql/pagination.ts';
import type { LoaderOptions } from '../loaders/index.ts';
import type { TwilioClient, TwilioCredentials, UpstreamCall } from '../twilio/client.ts';
import { TwilioApiError } from '../twilio/errors.ts';
import { type AuthOutcome, createAuthenticator, createTokenMatcher } from './auth.ts';
import { costTooHighError, estimateUpstreamCalls } from './cost.ts';
import { useDocumentLimits } from './limits.ts';
import { createLogger, type Logger } from './logger.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { createSecretRedactor, type SecretRedactor } from './redact.ts';

export const GRAPHQL_PATH = '/graphql';

/** Header carrying one of `INTROSPECTION_TOKENS`, which lets a request introspect in production mode. */
export const INTROSPECTION_TOKEN_HEADER = 'x-introspection-token';

/** Header a client sends (value `1`) to receive `extensions.upstreamCalls`; used by tests and benchmarks. */
export const DEBUG_UPSTREAM_CALLS_HEADER = 'x-debug-upstream-calls';

export const EXAMPLE_QUERY = `{
  conversations(first: 5) {
    edges {
      node {
        sid
        friendlyName
      }
    }
  }
}
`;

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
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

/** What one request carries between yoga's hooks; keyed by the fetch Request, gone with it. */
interface RequestState {
  startedAt: number;
  operationName: string | null;
  operationType: string;
  credentials: TwilioCredentials | null;
  context: GatewayContext | null;
  estimatedCalls: number | null;
  errorCodes: string[];
  release: () => void;
}

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
  const states = new WeakMap<Request, RequestState>();
  const stateOf = (request: Request): RequestState => {
    let state = states.get(request);
    if (!state) {
      state = {
        startedAt: performance.now(),
        operationName: null,
        operationType: 'none',
        credentials: null,
        context: null,
        estimatedCalls: null,
        errorCodes: [],
        release: () => {},
      };
      states.set(request, state);
    }
    return state;
  };

  const useGatewayRequests: Plugin<GatewayContext> = {
    onRequest({ request }) {
      stateOf(request);
    },
    onParams({ request, params, setResult }) {
      const state = stateOf(request);
      state.operationName = safeOperationName(params.operationName);
      const outcome: AuthOutcome = authenticator.authenticate(request.headers.get('authorization'));
      if (!outcome.ok) {
        // Refused before parsing: an unauthenticated caller learns nothing about the schema and costs no call.
        setResult({
          errors: [
            createGraphQLError(outcome.message, {
              extensions: {
                code: 'UNAUTHENTICATED',
                http: { status: 401, headers: { 'WWW-Authenticate': outcome.challenge } },
              },
            }),
          ],
        });
        return;
      }
      state.credentials = outcome.credentials;
      if (outcome.passThrough) {
        // Held until the request's log line is written, so nothing printed meanwhile can show it.
        state.release = redactor.hold(outcome.credentials.password, outcome.credentials.username);
        request.signal?.addEventListener('abort', () => state.release(), { once: true });
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const request = requestOf(args.contextValue);
      const state = request ? stateOf(request) : null;
      const operation = getOperationAST(args.document, args.operationName);
      if (state && operation) state.operationType = operation.operation;
      if (!operation) return;
      const estimated = estimateUpstreamCalls(
        schema,
        args.document,
        operation,
        variablesOf(args.variableValues),
        {
          defaultListSize: DEFAULT_PAGE,
        },
      );
      if (state) state.estimatedCalls = estimated;
      if (estimated > config.limits.maxUpstreamCalls) {
        setResultAndStopExecution({ errors: [costTooHighError(estimated, config.limits.maxUpstreamCalls)] });
      }
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const estimated = estimateUpstreamCalls(
        schema,
        args.document,
        operation,
        variablesOf(args.variableValues),
        {
          defaultListSize: DEFAULT_PAGE,
        },
      );
      if (estimated > config.limits.maxUpstreamCalls) {
        setResultAndStopExecution({ errors: [costTooHighError(estimated, config.limits.maxUpstreamCalls)] });
      }
    },
    onResultProcess({ request, result, setResult }) {
      const state = stateOf(request);
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!isExecutionResult(single)) continue;
        for (const error of single.errors ?? []) {
          const code = error.extensions?.code;
          state.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
        }
      }
      if (request.headers.get(DEBUG_UPSTREAM_CALLS_HEADER) === '1' && isExecutionResult(result)) {
        setResult({
          ...result,
          extensions: {
            ...result.extensions,
            upstreamCalls: summarizeCalls(state.context?.upstreamCalls ?? [], state.estimatedCalls),
          },
        });
      }
    },
    onResponse({ request, response }) {
      const state = stateOf(request);
      const durationMs = performance.now() - state.startedAt;
      const upstreamCalls = state.context?.upstreamCalls.length ?? 0;
      for (const code of state.errorCodes) metrics.countError(code);
      metrics.observeRequest({ operationType: state.operationType, status: response.status, durationMs });
      if (config.corsOrigins.length > 0) response.headers.append('Vary', 'Origin');
      logger.info('request', {
        method: request.method,
        path: new URL(request.url).pathname,
        operationName: state.operationName,
        operationType: state.operationType,
        status: response.status,
        durationMs: Math.round(durationMs * 10) / 10,
        upstreamCalls,
        estimatedCalls: state.estimatedCalls,
        errors: state.errorCodes.length > 0 ? state.errorCodes : undefined,
      });
      state.release();
      states.delete(request);
    },
  };

  const plugins: Plugin[] = [
    // Browsers resend cached credentials; a custom header or a non-simple content type proves the
    // request passed a CORS preflight (https://the-guild.dev/graphql/yoga-server/docs/features/csrf-prevention).
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    ...useDocumentLimits(config.limits, { blockSuggestions: config.production }),
    useGatewayRequests as Plugin,
  ];
  if (config.production) {
    const isIntrospectionToken = createTokenMatcher(config.introspectionTokens);
    plugins.push(
      useDisableIntrospection({
        isDisabled: (request) => !isIntrospectionToken(request.headers.get(INTROSPECTION_TOKEN_HEADER)),
      }),
    );
  }

  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    // main.ts answers /health itself; this keeps the same path when yoga is mounted elsewhere.
    healthCheckEndpoint: '/health',
    graphiql: config.production
      ? false
      : {
          title: 'Twilio Conversations GraphQL',
          defaultQuery: EXAMPLE_QUERY,
          headers: graphiqlHeaders(config),
        },
    batching: false,
    maxRequestBodySize: config.limits.maxBodyBytes,
    cors: corsFor(config.corsOrigins),
    logging: yogaLogger(logger),
    maskedErrors: {
      errorMessage: 'Unexpected error.',
      isDev: false,
      maskError: (error, message) => maskError(error, message, redactor),
    },
    plugins,
    context: ({ request }) => {
      const state = stateOf(request);
      if (!state.credentials) {
        // onParams authenticates every GraphQL request first; reaching here without credentials is a bug.
        throw createGraphQLError('Authentication required.', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      const context = createGatewayContext(client, state.credentials, {
        signal: request.signal,
        ...(options.loaders ? { loaders: options.loaders } : {}),
        onCall: (call: UpstreamCall) => {
          metrics.countUpstreamCall(call);
          // The call record holds the route template and operationId, never the concrete path or credentials.
          logger.debug('upstream call', { ...call, durationMs: Math.round(call.durationMs * 10) / 10 });
        },
      });
      state.context = context;
      return context;
    },
  });
}

/**
 * Keeps GraphQL errors that resolvers meant to show (Twilio failures mapped by `toGraphQLError`
 * included), turns a Twilio failure that escaped mapping into its typed error, and replaces
 * anything else with "Unexpected error." — its details go to the log (redacted), never to the client.
 */
function maskError(error: unknown, message: string, redactor: SecretRedactor): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof TwilioApiError) {
    const mapped = toGraphQLError(original);
    if (mapped instanceof GraphQLError) {
      return createGraphQLError(mapped.message, {
        ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
        extensions: mapped.extensions,
      });
    }
  }
  if (error instanceof GraphQLError && isIntentional(error)) {
    const redacted = redactor.redact(error.message);
    if (redacted === error.message) return error;
    return createGraphQLError(redacted, {
      nodes: error.nodes,
      path: error.path,
      extensions: error.extensions,
    });
  }
  return createGraphQLError(message, {
    ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(error instanceof GraphQLError && error.extensions?.http ? { http: error.extensions.http } : {}),
    },
  });
}

/** A GraphQL error created on purpose (not a wrapped exception) all the way down. */
function isIntentional(error: GraphQLError): boolean {
  const original = error.originalError;
  if (original === undefined || original === null) return true;
  return original instanceof GraphQLError && isIntentional(original);
}

function corsFor(
  origins: readonly string[],
): CORSOptions | false | ((request: Request) => CORSOptions | false) {
  // No allowlist, no CORS headers at all: yoga's default would reflect any Origin.
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-graphql-yoga-csrf', DEBUG_UPSTREAM_CALLS_HEADER],
      // Callers send Authorization explicitly; allowing browser credentials would only let cached
      // Basic credentials ride along.
      credentials: false,
      maxAge: 600,
    };
  };
}

function graphiqlHeaders(config: GatewayConfig): string | undefined {
  if (config.authMode === 'server')
    return JSON.stringify({ Authorization: 'Bearer <gateway token>' }, null, 2);
  if (config.authMode === 'pass-through') {
    return JSON.stringify({ Authorization: 'Basic <base64 of AccountSid:AuthToken>' }, null, 2);
  }
  return undefined;
}

function yogaLogger(logger: Logger): YogaLogger {
  const text = (args: unknown[]) =>
    args
      .filter((arg) => !(arg instanceof Error))
      .map(String)
      .join(' ');
  const errorOf = (args: unknown[]) => args.find((arg): arg is Error => arg instanceof Error);
  return {
    debug: (...args: unknown[]) => logger.debug(text(args) || 'yoga'),
    info: (...args: unknown[]) => logger.info(text(args) || 'yoga'),
    warn: (...args: unknown[]) => logger.warn(text(args) || 'yoga', { error: errorOf(args) }),
    error: (...args: unknown[]) => {
      const error = errorOf(args);
      const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
      logger.error(text(args) || 'unexpected error', { error: cause, path: graphQLPath(error) });
    },
  };
}

function graphQLPath(error: Error | undefined): string | undefined {
  return error instanceof GraphQLError && error.path ? error.path.join('.') : undefined;
}

function summarizeCalls(calls: readonly UpstreamCall[], estimated: number | null) {
  const byOperation: Record<string, number> = {};
  for (const call of calls) byOperation[call.operationId] = (byOperation[call.operationId] ?? 0) + 1;
  return { count: calls.length, byOperation, estimated };
}

/** GraphQL names are `[_A-Za-z][_0-9A-Za-z]*`; anything else is not a name and is not logged. */
function safeOperationName(name: unknown): string | null {
  return typeof name === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : null;
}

function requestOf(context: unknown): Request | null {
  if (typeof context !== 'object' || context === null || !('request' in context)) return null;
  const { request } = context;
  // Not `instanceof Request`: yoga's fetch implementation may be a ponyfill.
  return typeof request === 'object' && request !== null && 'headers' in request
    ? (request as Request)
    : null;
}

function variablesOf(variables: unknown): Record<string, unknown> {
  return typeof variables === 'object' && variables !== null && !Array.isArray(variables)
    ? (variables as Record<string, unknown>)
    : {};
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(Symbol.asyncIterator in value)
  );
}
