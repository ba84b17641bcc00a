import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { configSecrets, describeConfig, type GatewayConfig, loadConfig } from '../config/index.ts';
import { buildGatewaySchema } from '../graphql/schema.ts';
import { createTwilioClient } from '../twilio/client.ts';
import { limitRequestBodies } from './body-limit.ts';
import { type DemoUpstream, startDemoUpstream } from './demo.ts';
import { GRAPHQL_PATH } from './endpoints.ts';
import { parseServeFlags, SERVE_USAGE } from './flags.ts';
import { createLogger, type Logger } from './logger.ts';
import { createGatewayMetrics } from './metrics.ts';
import { TWILIO_WEBHOOK_PATH } from './plugins/use-twilio-webhooks.ts';
import { createSecretRedactor } from './redact.ts';
import { drainServer, stopOnSignals } from './shutdown.ts';
import { createWebApp, defaultWebAppDir, type WebApp } from './web-app.ts';
import { serveWebSockets } from './websocket.ts';
import { createGateway } from './yoga.ts';

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
  const parsed = parseServeFlags(argv);
  if (parsed === 'help') {
    process.stdout.write(SERVE_USAGE);
    return null;
  }
  const result = loadConfig(env, parsed.flags);
  // Flag mistakes and configuration mistakes are reported together, so one run shows them all.
  const errors = [...parsed.errors, ...(result.ok ? [] : result.errors)];
  if (!result.ok || errors.length > 0) {
    process.stderr.write(
      `Invalid configuration:\n${errors.map((error) => `  - ${error}`).join('\n')}\n${parsed.errors.length > 0 ? `\n${SERVE_USAGE}` : ''}`,
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
  stopOnSignals({ stop: running.close, graceMs: result.config.shutdownGraceMs, logger: running.logger });
  return running;
}

interface StartedGateway extends RunningServer {
  logger: Logger;
}

/** Starts the gateway (and in demo mode the embedded emulator) for a parsed configuration. */
export async function startGateway(config: GatewayConfig): Promise<StartedGateway> {
  const redactor = createSecretRedactor(configSecrets(config));
  const logger = createLogger({ level: config.logLevel, redactor });
  const metrics = createGatewayMetrics();
  const demo: DemoUpstream | null =
    config.authMode === 'demo'
      ? await startDemoUpstream(logger, { latencyMs: config.demoUpstreamLatencyMs })
      : null;
  const upstreamUrl = demo?.url ?? config.upstream.baseUrl;
  if (!upstreamUrl) throw new Error('no upstream URL');
  const upstreamName = demo ? 'embedded emulator' : upstreamUrl;

  const client = createTwilioClient({
    baseUrl: upstreamUrl,
    maxInFlightPerCredential: config.upstream.maxInFlight,
    attemptTimeoutMs: config.upstream.attemptTimeoutMs,
    deadlineMs: config.upstream.deadlineMs,
    circuitBreaker: {
      onStateChange: (state) => {
        metrics.setCircuitState(state);
        if (state === 'open') {
          logger.warn(
            { upstream: upstreamName, state },
            'upstream circuit opened: Twilio calls fail at once for a while',
          );
        } else logger.info({ upstream: upstreamName, state }, 'upstream circuit state changed');
      },
    },
  });
  let draining = false;
  const yoga = createGateway({
    config,
    schema: buildGatewaySchema(),
    client,
    ...(demo ? { emulatorCredentials: demo.credentials, demoTokenKey: demo.tokenKey } : {}),
    logger,
    metrics,
    redactor,
    upstreamUrl,
    isDraining: () => draining,
  });
  const listeners = limitRequestBodies((req, res) => void yoga(req, res), {
    maxBytes: config.limits.maxBodyBytes,
    onRefused: (req, durationMs) => {
      metrics.countRejection('body-too-large');
      metrics.observeRequest({ operationType: 'none', status: 413, durationMs });
      logger.info(
        {
          method: req.method,
          path: (req.url ?? '/').split('?')[0],
          status: 413,
          durationMs: Math.round(durationMs * 10) / 10,
          upstreamCalls: 0,
          reason: 'body too large',
        },
        'request',
      );
    },
  });
  const webApp = config.webApp ? await loadWebApp(logger) : null;
  const server = createServer((req, res) => {
    // While draining, clients are told not to reuse their connection.
    if (draining) res.setHeader('Connection', 'close');
    if (webApp?.serve(req, res)) return;
    listeners.request(req, res);
  });
  server.on('checkContinue', listeners.checkContinue);
  const websockets = serveWebSockets({
    server,
    gateway: yoga,
    client,
    passThrough: config.authMode === 'pass-through',
    corsOrigins: config.corsOrigins,
    maxMessageBytes: config.limits.maxBodyBytes,
    logger,
    metrics,
    redactor,
    isDraining: () => draining,
  });
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
    // Nothing may keep a gateway that cannot listen alive: the upstream pool, the pub/sub and the
    // emulator go too.
    await yoga.dispose();
    await client.close();
    await demo?.close();
    throw error;
  }
  const url = listeningUrl(config.host, (server.address() as AddressInfo).port);
  // The receiver verifies signatures against PUBLIC_URL when it is set, so the emulator must call
  // (and sign) that URL; otherwise the address the gateway just bound.
  demo?.sendWebhooksTo(`${config.realtime.publicUrl?.replace(/\/+$/, '') ?? url}${TWILIO_WEBHOOK_PATH}`);
  // The banner goes out before the "listening" record, so whoever waits for that record (a
  // supervisor, a test) has already been handed the banner too.
  demo?.printBanner(url, webApp ? `${url}/` : null);
  logger.info(
    { url, graphql: `${url}${GRAPHQL_PATH}`, config: describeConfig(config), upstream: upstreamName },
    'listening',
  );
  if (!demo && isPlainHttpToRemote(upstreamUrl)) {
    logger.warn(
      { upstream: upstreamUrl },
      'the upstream URL is plain http on a non-loopback host: Twilio credentials would cross the network unencrypted',
    );
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      draining = true;
      const drained = drainServer(server, config.shutdownGraceMs, logger);
      // Ending the subscriptions lets their streaming responses finish, so the server can drain;
      // WebSocket clients see them complete, then their sockets close once nothing else runs.
      await yoga.dispose();
      await websockets.close(config.shutdownGraceMs);
      await drained;
      await client.close();
      await demo?.close();
    })();
    return closing;
  };
  return { url, config, logger, close };
}

/** The built chat app, or null (with a warning) when `npm run build` has not built it. */
async function loadWebApp(logger: Logger): Promise<WebApp | null> {
  const dir = defaultWebAppDir();
  if (dir) return createWebApp(dir);
  logger.warn({}, 'WEB_APP is on but the chat app is not built (npm run build makes dist/web)');
  return null;
}

function listeningUrl(configuredHost: string, port: number): string {
  const host = configuredHost.includes(':') ? `[${configuredHost}]` : configuredHost;
  return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;
}

function isPlainHttpToRemote(baseUrl: string): boolean {
  const url = new URL(baseUrl);
  return url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
