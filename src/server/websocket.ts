import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import { Gauge } from 'prom-client';
import { WebSocket, WebSocketServer } from 'ws';
import { hasExpired, TOKEN_EXPIRED_MESSAGE, whenExpired } from '../access/index.ts';
import { graphQLErrorFor, tokenExpiredError } from '../graphql/errors.ts';
import { fetchConfiguration, type TwilioClient } from '../twilio/index.ts';
import type { AuthOutcome } from './auth.ts';
import { isAllowedOrigin, originRefusalBody } from './cors.ts';
import { GRAPHQL_PATH } from './endpoints.ts';
import type { Logger } from './logger.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { SecretRedactor } from './redact.ts';
import { type Gateway, INTROSPECTION_TOKEN_HEADER, type TransportContext } from './yoga.ts';

/**
 * GraphQL over WebSocket (the `graphql-transport-ws` protocol of `graphql-ws`) on `/graphql`, beside
 * HTTP and SSE, following yoga's documented integration: each operation runs through yoga's own
 * `getEnveloped`, so the document limits, the cost estimate, the introspection policy, error
 * masking and the context (with its subscription bounds) are the ones HTTP requests get.
 * docs/decisions/0020-websocket-transport-and-auth.md says why it is shaped so.
 */
export interface WebSocketOptions {
  server: Server;
  gateway: Gateway;
  client: TwilioClient;
  /** Checks a pass-through caller's credentials with Twilio when the connection opens. */
  passThrough: boolean;
  corsOrigins: readonly string[];
  /** The largest message accepted, as MAX_BODY_BYTES bounds an HTTP body. */
  maxMessageBytes: number;
  logger: Logger;
  metrics: GatewayMetrics;
  redactor: SecretRedactor;
  /** True once shutdown began: new connections are refused with 503. */
  isDraining: () => boolean;
}

export interface WebSocketEndpoint {
  /** Lets running operations finish within `graceMs`, then closes every socket with 1001. */
  close(graceMs: number): Promise<void>;
  /**
   * Connections accepted and not yet closed: each holds what its close releases (a pass-through
   * caller's secret under redaction, an end user's expiry timer). For tests and diagnostics.
   */
  sessions(): number;
}

/** Close codes a client can act on; 4401 and 4403 mirror HTTP 401 and 403. */
export const WS_CLOSE = {
  unauthenticated: CloseCode.Unauthorized,
  forbidden: CloseCode.Forbidden,
  /** RFC 6455 "Try Again Later": Twilio could not be asked about the credentials. */
  tryAgainLater: 1013,
  goingAway: 1001,
  /**
   * The end user's access token expired while the socket was open. Not 4401, which graphql-ws's
   * client takes as final: with 4403 it reconnects by itself, calling a `connectionParams` function
   * that hands it a fresh token (docs/access-tokens.md, "Tokens that expire").
   */
  tokenExpired: CloseCode.Forbidden,
} as const;

/** What one connection carries from its `connection_init` to its close. */
interface Connection {
  /** For the per-connection subscription bound: every operation of this socket shares it. */
  key: string;
  authorization: string | null;
  introspectionToken: string | null;
  outcome: Extract<AuthOutcome, { ok: true }>;
  /** Ends the redaction of a pass-through caller's secret (held while the socket is open), and an end user's expiry timer. */
  release: () => void;
  operations: Map<string, Operation>;
  /** graphql-ws's state of the connection: its running operations. */
  context: ConnectionContext;
}

interface Operation {
  request: Request;
  abort: AbortController;
  startedAt: number;
  errorCodes: string[];
}

type ConnectionContext = Context<Record<string, unknown> | undefined, Extra & { connection?: Connection }>;

/** The enveloped execute/subscribe an operation was prepared with. */
type Enveloped = ReturnType<Gateway['getEnveloped']>;

/**
 * The property of an operation's context value that holds its `Enveloped`. Not a WeakMap keyed by
 * the context: the enveloped functions hold the context they were made for, and V8's minor GC
 * treats a WeakMap's values as strong, so every finished operation and all it reached were
 * promoted to the old generation and kept until a full collection (docs/decisions/0046).
 */
const ENVELOPED = Symbol('enveloped operation');
type Prepared = { [ENVELOPED]?: Enveloped };

export function serveWebSockets(options: WebSocketOptions): WebSocketEndpoint {
  const { server, gateway, logger, metrics } = options;
  const allowedOrigins = new Set(options.corsOrigins);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  new Gauge({
    name: 'gateway_websocket_connections',
    help: 'WebSocket connections open on this instance.',
    registers: [metrics.registry],
    collect() {
      this.set(wss.clients.size);
    },
  });
  const connections = new Set<Connection>();

  const finish = (connection: Connection | undefined, id: string) => {
    const operation = connection?.operations.get(id);
    if (!connection || !operation) return;
    connection.operations.delete(id);
    // Cancels whatever Twilio calls the operation still has running (a client that completed early).
    operation.abort.abort();
    for (const code of operation.errorCodes) metrics.countError(code);
    if (!logger.isLevelEnabled('info')) return;
    const state = gateway.transport.stateOf(operation.request);
    logger.info(
      {
        transport: 'websocket',
        operationName: state.operationName,
        operationType: state.operationType,
        durationMs: Math.round((performance.now() - operation.startedAt) * 10) / 10,
        upstreamCalls: state.upstreamCalls?.length ?? 0,
        estimatedCalls: state.estimatedCalls,
        errors: operation.errorCodes.length > 0 ? operation.errorCodes : undefined,
      },
      'operation',
    );
  };

  const disposable = useServer<Record<string, unknown> | undefined, { connection?: Connection }>(
    {
      // Operations only, not connections, are errors clients see; graphql-ws would otherwise put
      // internal messages in close reasons outside production.
      isProd: true,
      execute: (args) => envelopedOf(args).execute(args),
      subscribe: (args) => envelopedOf(args).subscribe(args),
      onConnect: async (ctx) => {
        const connection = await authenticate(ctx, options);
        if (!connection) return false;
        // The socket closed while Twilio was being asked: graphql-ws already ran onClose, with no
        // connection stored to release, so what authenticating took is released here.
        if (ctx.extra.socket.readyState !== WebSocket.OPEN) {
          connection.release();
          return false;
        }
        const endUser = connection.outcome.endUser;
        if (endUser) {
          // An end user's socket lasts as long as their token is accepted, whatever it is doing.
          const stopTimer = whenExpired(endUser, () =>
            ctx.extra.socket.close(WS_CLOSE.tokenExpired, TOKEN_EXPIRED_MESSAGE),
          );
          const release = connection.release;
          connection.release = () => {
            stopTimer();
            release();
          };
        }
        ctx.extra.connection = connection;
        connections.add(connection);
        logger.debug({ transport: 'websocket' }, 'websocket connected');
        return true;
      },
      onSubscribe: async (ctx, id, params) => {
        const connection = ctx.extra.connection;
        // graphql-ws refuses a subscribe before the connection is acknowledged; this is only a type guard.
        if (!connection) return [new GraphQLError('Not connected.')];
        const endUser = connection.outcome.endUser;
        // The moment between the token's expiry and its timer closing the socket.
        if (endUser && hasExpired(endUser)) {
          return [tokenExpiredError()];
        }
        const operation = startOperation(gateway.fetchAPI, ctx, connection);
        connection.operations.set(id, operation);
        const refused = gateway.transport.admit(operation.request, connection.outcome);
        if (refused) return [refused];
        const transportContext: TransportContext = { connectionKey: connection.key };
        const enveloped = gateway.getEnveloped({ request: operation.request, params, ...transportContext });
        let document: ExecutionArgs['document'];
        try {
          document = enveloped.parse(params.query);
        } catch (error) {
          // The token and character limits refuse while parsing, as does a syntax error.
          return [
            error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed.'),
          ];
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return errors;
        let contextValue: object & Prepared;
        try {
          contextValue = await enveloped.contextFactory();
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        contextValue[ENVELOPED] = enveloped;
        return {
          schema: enveloped.schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue,
        };
      },
      onNext: (ctx, id, _payload, _args, result) => {
        const operation = ctx.extra.connection?.operations.get(id);
        for (const error of result.errors ?? []) operation?.errorCodes.push(codeOf(error));
      },
      onError: (ctx, id, _payload, errors) => {
        const operation = ctx.extra.connection?.operations.get(id);
        for (const error of errors) operation?.errorCodes.push(codeOf(error));
        finish(ctx.extra.connection, id);
      },
      onComplete: (ctx, id) => finish(ctx.extra.connection, id),
      onClose: (ctx: ConnectionContext, code, reason) => {
        const connection = ctx.extra.connection;
        if (!connection) return;
        for (const id of [...connection.operations.keys()]) finish(connection, id);
        connection.release();
        connections.delete(connection);
        logger.debug({ transport: 'websocket', code, reason }, 'websocket closed');
      },
    },
    wss,
  );

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A refused upgrade may see its client reset the connection; nothing is listening for that.
    socket.on('error', () => {});
    const path = (request.url ?? '/').split('?')[0];
    if (path !== GRAPHQL_PATH) {
      refuseUpgrade(socket, 404, errorBody(`WebSockets are served on ${GRAPHQL_PATH} only.`, 'NOT_FOUND'));
      return;
    }
    if (options.isDraining()) {
      refuseUpgrade(socket, 503, errorBody('The gateway is shutting down.', 'SHUTTING_DOWN'));
      return;
    }
    // Browsers send Origin with every WebSocket upgrade and let any page open one: the same origin
    // policy as HTTP, or a page elsewhere could use credentials the browser holds for the gateway.
    const origin = request.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, request.headers.host ?? '', allowedOrigins)) {
      metrics.countRejection('origin-not-allowed');
      refuseUpgrade(socket, 403, originRefusalBody(origin));
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  return {
    async close(graceMs) {
      server.off('upgrade', onUpgrade);
      const deadline = performance.now() + graceMs;
      // graphql-ws forgets an operation only once its last message (`complete`) is sent.
      const running = () =>
        [...connections].reduce((sum, c) => sum + Object.keys(c.context.subscriptions).length, 0);
      while (running() > 0 && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const socket of wss.clients) socket.close(WS_CLOSE.goingAway, 'The gateway is shutting down.');
      await disposable.dispose();
    },
    sessions: () => connections.size,
  };
}

/**
 * Who a connection acts for: `connectionParams.authorization` (what browsers can send), else the
 * upgrade request's `Authorization` header, judged as an HTTP request's header is. A refusal
 * closes the socket with 4401 (or 4403 when Twilio forbids) and the reason, before anything runs.
 */
async function authenticate(ctx: ConnectionContext, options: WebSocketOptions): Promise<Connection | null> {
  const socket = ctx.extra.socket;
  const params = ctx.connectionParams ?? {};
  const fromParams = paramOf(params, 'authorization');
  if (fromParams === undefined) {
    socket.close(WS_CLOSE.unauthenticated, 'connectionParams.authorization must be a string.');
    return null;
  }
  const authorization = fromParams ?? ctx.extra.request.headers.authorization ?? null;
  let outcome: AuthOutcome;
  try {
    outcome = await options.gateway.transport.authenticate(authorization);
  } catch {
    // Only a correctly signed access token gets this far: the gateway could not learn its own account.
    socket.close(WS_CLOSE.tryAgainLater, 'Twilio is unavailable; try again later.');
    return null;
  }
  if (!outcome.ok) {
    socket.close(WS_CLOSE.unauthenticated, closeReason(outcome.message));
    return null;
  }
  if (options.passThrough) {
    const refusal = await checkWithTwilio(options, outcome);
    if (refusal) {
      socket.close(refusal.code, refusal.reason);
      return null;
    }
  }
  const introspectionToken =
    paramOf(params, INTROSPECTION_TOKEN_HEADER) ??
    headerOf(ctx.extra.request.headers[INTROSPECTION_TOKEN_HEADER]) ??
    null;
  return {
    key: randomUUID(),
    authorization,
    introspectionToken: typeof introspectionToken === 'string' ? introspectionToken : null,
    outcome,
    release: outcome.passThrough
      ? options.redactor.hold(outcome.credentials.password, outcome.credentials.username)
      : () => {},
    operations: new Map(),
    context: ctx,
  };
}

/**
 * A pass-through caller's credentials are Twilio's to judge. Over HTTP a wrong secret shows as
 * `UNAUTHENTICATED` on the operation; a connection is long-lived and multiplexed, so it is checked
 * once, with one call, when it opens, and refused with a close code rather than failing each operation.
 */
async function checkWithTwilio(
  options: WebSocketOptions,
  outcome: Extract<AuthOutcome, { ok: true }>,
): Promise<{ code: number; reason: string } | null> {
  try {
    await fetchConfiguration(
      options.client.session(outcome.credentials, {
        onCall: (call) => options.metrics.countUpstreamCall(call),
      }),
    );
    return null;
  } catch (error) {
    const known = graphQLErrorFor(error);
    const code = known?.extensions.code;
    if (code === 'UNAUTHENTICATED') {
      return { code: WS_CLOSE.unauthenticated, reason: 'Twilio refused these credentials.' };
    }
    if (code === 'FORBIDDEN') {
      return { code: WS_CLOSE.forbidden, reason: 'Twilio does not allow these credentials here.' };
    }
    return { code: WS_CLOSE.tryAgainLater, reason: 'Twilio is unavailable; try again later.' };
  }
}

/**
 * One operation's fetch Request: what yoga's plugins and the context factory read for HTTP (the
 * Authorization value, for the per-credential bound; the introspection token), and a signal that
 * ends its Twilio calls when the operation or its socket ends. Made with the fetch classes yoga
 * makes an HTTP request's with: node's own Request ties itself to its signal through a weak
 * reference and a finalization registry, which V8's minor GC keeps alive, so every operation's
 * request and all it reached were promoted to the old generation (docs/decisions/0046).
 */
function startOperation(
  fetchAPI: Gateway['fetchAPI'],
  ctx: ConnectionContext,
  connection: Connection,
): Operation {
  const abort = new AbortController();
  const headers = new fetchAPI.Headers();
  if (connection.authorization !== null) headers.set('authorization', connection.authorization);
  if (connection.introspectionToken !== null)
    headers.set(INTROSPECTION_TOKEN_HEADER, connection.introspectionToken);
  const host = ctx.extra.request.headers.host ?? 'localhost';
  const request = new fetchAPI.Request(`http://${host}${GRAPHQL_PATH}`, {
    method: 'POST',
    headers,
    signal: abort.signal,
  });
  return { request, abort, startedAt: performance.now(), errorCodes: [] };
}

function envelopedOf(args: ExecutionArgs): Enveloped {
  const enveloped =
    typeof args.contextValue === 'object' && args.contextValue !== null
      ? (args.contextValue as Prepared)[ENVELOPED]
      : undefined;
  // onSubscribe prepares every operation; graphql-ws runs none it did not prepare.
  if (!enveloped) throw new Error('operation was not prepared');
  return enveloped;
}

/** A string parameter, case-insensitively by name: null when absent, undefined when not a string. */
function paramOf(params: Record<string, unknown>, name: string): string | null | undefined {
  const key = Object.keys(params).find((candidate) => candidate.toLowerCase() === name);
  if (key === undefined) return null;
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
}

function headerOf(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function codeOf(error: { extensions?: Record<string, unknown> | undefined }): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

function refuseUpgrade(socket: Duplex, status: number, body: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** A WebSocket close reason is at most 123 bytes of UTF-8; longer ones are cut at a character. */
export function closeReason(text: string): string {
  if (Buffer.byteLength(text) <= 123) return text;
  let cut = text;
  while (Buffer.byteLength(`${cut}…`) > 123) cut = cut.slice(0, -1);
  return `${cut}…`;
}
