import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  type ConfigFlags,
  configSecrets,
  describeConfig,
  type GatewayConfig,
  loadConfig,
} from '../config/index.ts';
import { DEMO_ACCOUNT, type RunningEmulator, startEmulator } from '../emulator/server.ts';
import { buildGatewaySchema } from '../graphql/schema.ts';
import { createTwilioClient, type TwilioCredentials } from '../twilio/client.ts';
import { createLogger, type Logger } from './logger.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { createSecretRedactor } from './redact.ts';
import { createGateway, EXAMPLE_QUERY, GRAPHQL_PATH } from './yoga.ts';

const USAGE = `Usage: twilio-conversations-graphql serve [options]

Runs the GraphQL gateway. With no Twilio credentials and no TWILIO_CONVERSATIONS_URL it starts the
embedded emulator with demo data, so it works offline. Configuration comes from the environment
(every variable is in the README's Configuration table); these flags override it:

  --port <n>             PORT (default 4000; 0 picks a free port)
  --host <addr>          HOST (default 127.0.0.1)
  --auth-mode <mode>     AUTH_MODE: auto, pass-through or server (default auto)
  --upstream-url <url>   TWILIO_CONVERSATIONS_URL (default https://conversations.twilio.com)
  --log-level <level>    LOG_LEVEL: debug, info, warn or error (default info)
  --cors-origins <list>  CORS_ORIGINS: comma-separated allowed origins (default none)
  --help                 show this help

Secrets (TWILIO_AUTH_TOKEN, TWILIO_API_SECRET, GATEWAY_TOKENS) are read from the environment only,
so they never show up in process listings.
`;

export interface RunningServer {
  url: string;
  config: GatewayConfig;
  /** Stops accepting, lets in-flight requests finish within the grace period, then releases everything. */
  close(): Promise<void>;
}

/** Entry of `serve`: returns once listening, or null when it only printed help or errors (exit code set). */
export async function runServer(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningServer | null> {
  const parsed = parseFlags(argv);
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return null;
  }
  const result = loadConfig(env, parsed.flags);
  // Flag mistakes and configuration mistakes are reported together, so one run shows them all.
  const errors = [...parsed.errors, ...(result.ok ? [] : result.errors)];
  if (!result.ok || errors.length > 0) {
    process.stderr.write(
      `Invalid configuration:\n${errors.map((error) => `  - ${error}`).join('\n')}\n${parsed.errors.length > 0 ? `\n${USAGE}` : ''}`,
    );
    process.exitCode = 2;
    return null;
  }
  let running: StartedGateway;
  try {
    running = await startGateway(result.config);
  } catch (error) {
    // Typically the port is taken or the host cannot be bound: one line, not a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `Could not start the gateway on ${result.config.host}:${result.config.port}: ${reason}\n`,
    );
    process.exitCode = 1;
    return null;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    running.logger.info('shutting down', { signal, graceMs: result.config.shutdownGraceMs });
    running
      .close()
      .then(() => {
        running.logger.info('stopped');
        process.exitCode = 0;
      })
      .catch((error: unknown) => {
        running.logger.error('shutdown failed', { error });
        process.exitCode = 1;
      })
      .finally(() => {
        // Whatever still holds the event loop (a stuck socket, a timer in a dependency) must not keep a
        // stopped gateway alive; unref'd so a clean exit is not delayed.
        setTimeout(() => process.exit(), 2_000).unref();
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return running;
}

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'auth-mode': { type: 'string' },
  'upstream-url': { type: 'string' },
  'log-level': { type: 'string' },
  'cors-origins': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Reads `serve`'s flags; unknown flags, missing values and stray arguments are errors, not exceptions. */
function parseFlags(argv: string[]): 'help' | { flags: ConfigFlags; errors: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: FLAGS,
  });
  if (values.help === true) return 'help';
  const errors: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = Object.hasOwn(FLAGS, token.name) ? FLAGS[token.name as keyof typeof FLAGS] : undefined;
    if (!known) errors.push(`unknown option ${token.rawName}`);
    else if (known.type === 'string' && token.value === undefined)
      errors.push(`${token.rawName} needs a value`);
    else if (known.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      // `--host --bogus`: without strict parsing the next option would silently become the value.
      errors.push(`${token.rawName} needs a value (got the option "${token.value}")`);
    }
  }
  for (const positional of positionals) errors.push(`unexpected argument "${positional}"`);
  const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
  return {
    flags: {
      port: text(values.port),
      host: text(values.host),
      authMode: text(values['auth-mode']),
      upstreamUrl: text(values['upstream-url']),
      logLevel: text(values['log-level']),
      corsOrigins: text(values['cors-origins']),
    },
    errors,
  };
}

interface StartedGateway extends RunningServer {
  logger: Logger;
}

/** Starts the gateway (and in demo mode the emulator) for a parsed configuration. */
export async function startGateway(config: GatewayConfig): Promise<StartedGateway> {
  const redactor = createSecretRedactor(configSecrets(config));
  const logger = createLogger({ level: config.logLevel, redactor });
  const metrics = createGatewayMetrics();

  let emulator: RunningEmulator | null = null;
  let emulatorCredentials: TwilioCredentials | undefined;
  if (config.authMode === 'demo') {
    emulator = await startEmulator({
      seed: 'demo',
      port: 0,
      onError: (error) => logger.error('emulator error', { error }),
    });
    emulatorCredentials = { username: DEMO_ACCOUNT.accountSid, password: DEMO_ACCOUNT.authToken };
  }
  const upstreamUrl = emulator?.url ?? config.upstream.baseUrl ?? undefined;
  if (!upstreamUrl) throw new Error('no upstream URL');
  const client = createTwilioClient({
    baseUrl: upstreamUrl,
    maxInFlightPerCredential: config.upstream.maxInFlight,
    attemptTimeoutMs: config.upstream.attemptTimeoutMs,
    deadlineMs: config.upstream.deadlineMs,
    circuitBreaker: {
      onStateChange: (state) => {
        metrics.setCircuitState(state);
        const fields = { upstream: emulator ? 'embedded emulator' : upstreamUrl, state };
        if (state === 'open')
          logger.warn('upstream circuit opened: Twilio calls fail at once for a while', fields);
        else logger.info('upstream circuit state changed', fields);
      },
    },
  });
  const yoga = createGateway({
    config,
    schema: buildGatewaySchema(),
    client,
    ...(emulatorCredentials ? { emulatorCredentials } : {}),
    logger,
    metrics,
    redactor,
  });
  const readiness = createReadinessCheck({
    upstreamUrl,
    credentials: config.authMode === 'server' ? config.credentials : (emulatorCredentials ?? null),
    timeoutMs: config.upstream.attemptTimeoutMs,
  });

  let stopping = false;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const startedAt = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (stopping) res.setHeader('Connection', 'close');
    const logOps = (status: number, reason?: string) =>
      logger.debug('request', {
        method: req.method,
        path,
        status,
        durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
        ...(reason ? { reason } : {}),
      });
    if (path === '/health') {
      sendJson(res, 200, { status: 'ok' });
      logOps(200);
      return;
    }
    if (path === '/readiness') {
      const check = stopping ? Promise.resolve({ ready: false, reason: 'shutting down' }) : readiness();
      check.then(
        (state) => {
          const status = state.ready ? 200 : 503;
          sendJson(res, status, { status: state.ready ? 'ready' : 'unavailable', ...state });
          logOps(status);
        },
        () => sendJson(res, 503, { status: 'unavailable', ready: false }),
      );
      return;
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'Content-Type': metrics.registry.contentType });
          res.end(text);
          logOps(200);
        },
        (error: unknown) => {
          logger.error('metrics failed', { error });
          res.writeHead(500).end();
        },
      );
      return;
    }
    readBody(req, config.limits.maxBodyBytes).then(
      (body) => {
        if (body === 'too-large') {
          rejectTooLarge(req, res, config.limits.maxBodyBytes, metrics);
          const durationMs = performance.now() - startedAt;
          metrics.observeRequest({ operationType: 'none', status: 413, durationMs });
          logger.info('request', {
            method: req.method,
            path,
            status: 413,
            durationMs: Math.round(durationMs * 10) / 10,
            upstreamCalls: 0,
            reason: 'body too large',
          });
          return;
        }
        // whatwg-node uses an already-read `body` instead of the consumed stream.
        if (body) Object.assign(req, { body });
        void yoga(req, res);
      },
      (error: unknown) => {
        // The client went away mid-body; nothing to answer.
        logger.debug('request body aborted', {
          path,
          error: error instanceof Error ? error.message : 'unknown',
        });
        res.destroy();
      },
    );
  };

  const server = createServer(listener);
  // Slow-loris bodies and headers are cut off well before the upstream deadline would be.
  server.requestTimeout = config.upstream.deadlineMs + 15_000;
  server.headersTimeout = 10_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // Nothing may keep a gateway that cannot listen alive: the upstream pool and the emulator go too.
    await client.close();
    await emulator?.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  // The banner goes out before the "listening" record, so whoever waits for that record (a
  // supervisor, a test) has already been handed the banner too.
  if (emulator) printDemoBanner(url, emulator.url);
  logger.info('listening', {
    url,
    graphql: `${url}${GRAPHQL_PATH}`,
    config: describeConfig(config),
    upstream: emulator ? 'embedded emulator' : upstreamUrl,
  });
  if (!emulator && isPlainHttpToRemote(upstreamUrl)) {
    logger.warn(
      'the upstream URL is plain http on a non-loopback host: Twilio credentials would cross the network unencrypted',
      {
        upstream: upstreamUrl,
      },
    );
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      stopping = true;
      await stopServer(server, config.shutdownGraceMs, logger);
      await client.close();
      if (emulator) await emulator.close();
    })();
    return closing;
  };
  return { url, config, logger, close };
}

function isPlainHttpToRemote(baseUrl: string): boolean {
  const url = new URL(baseUrl);
  return url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function printDemoBanner(url: string, emulatorUrl: string): void {
  const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ').trim() });
  process.stdout.write(
    [
      '',
      'Demo mode: no Twilio credentials are set, so the gateway runs against the embedded emulator with demo data.',
      `  GraphiQL:  ${url}${GRAPHQL_PATH}`,
      `  Emulator:  ${emulatorUrl}/v1 (Account SID ${DEMO_ACCOUNT.accountSid}, Auth Token ${DEMO_ACCOUNT.authToken})`,
      '  Try:',
      `    curl -s ${url}${GRAPHQL_PATH} -H 'content-type: application/json' -d '${body}'`,
      '',
      '',
    ].join('\n'),
  );
}

/**
 * Reads the whole body, refusing past `max` bytes whether or not Content-Length was sent (chunked
 * bodies have none), so yoga never parses an oversized body.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve('too-large');
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        cleanup();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onAborted = () => onError(new Error('request aborted'));
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** Bytes of an oversized body read and discarded, so the client can read the 413, before hanging up. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

function rejectTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  max: number,
  metrics: GatewayMetrics,
): void {
  metrics.countRejection('body-too-large');
  const body = JSON.stringify({
    errors: [
      {
        message: `Request body is larger than ${max} bytes.`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
  const answer = () => {
    if (res.headersSent) return;
    res.writeHead(413, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      Connection: 'close',
    });
    res.end(body);
  };
  // Read the rest of the body (discarding it) before answering: answering first and closing the
  // connection while the client is still sending makes the client fail with EPIPE or a reset and
  // never see the 413. A client that keeps sending past the drain limit is cut off instead.
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  // The body may already have ended while the size check was being answered.
  if (req.readableEnded) answer();
  else req.once('end', answer);
  req.resume();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * Readiness: can the gateway reach Twilio? With credentials of its own (server or demo mode) it asks
 * for the account's Conversations configuration; in pass-through mode it has none, so any HTTP answer
 * (a 401 included) proves the upstream is reachable. Answers are cached briefly so probes do not
 * spend the account's Twilio rate limit.
 */
function createReadinessCheck(options: {
  upstreamUrl: string;
  credentials: TwilioCredentials | null;
  timeoutMs: number;
}): () => Promise<{ ready: boolean; reason?: string }> {
  const CACHE_MS = 2_000;
  let cached: { at: number; value: Promise<{ ready: boolean; reason?: string }> } | null = null;
  const probe = async (): Promise<{ ready: boolean; reason?: string }> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.credentials) {
      const { username, password } = options.credentials;
      headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    try {
      const response = await fetch(`${options.upstreamUrl}/v1/Configuration`, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.arrayBuffer();
      if (options.credentials) {
        if (response.status === 200) return { ready: true };
        return { ready: false, reason: `upstream answered ${response.status}` };
      }
      if (response.status < 500) return { ready: true };
      return { ready: false, reason: `upstream answered ${response.status}` };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return { ready: false, reason: timedOut ? 'upstream timed out' : 'upstream unreachable' };
    }
  };
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > CACHE_MS) cached = { at: now, value: probe() };
    return cached.value;
  };
}

/**
 * Graceful stop: no new connections, idle keep-alive connections closed as soon as they are idle,
 * in-flight requests given `graceMs` to finish, then whatever is left is cut.
 */
async function stopServer(server: Server, graceMs: number, logger: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A keep-alive connection becomes idle when its last response is sent; sweep until all are gone.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  const outcome = await Promise.race([closed.then(() => 'closed' as const), graceOver]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    logger.warn('grace period over; closing remaining connections', { graceMs });
    server.closeAllConnections();
    await closed;
  }
}
