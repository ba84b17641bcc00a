import type { Server } from 'node:http';
import type { Logger } from './logger.ts';

/**
 * How long after the grace period a shutdown that still has not finished (a dependency holding on
 * to a socket or a timer) is given before the process exits anyway.
 */
const STUCK_SHUTDOWN_MARGIN_MS = 5_000;

/**
 * Stops the gateway on SIGTERM or SIGINT. The first signal starts the drain; later ones (npm and a
 * terminal's Ctrl-C each deliver one, an impatient operator sends more) are logged and change
 * nothing, so in-flight requests still get the whole grace period. Only a shutdown still stuck
 * after the grace period ends the process by force.
 */
export function stopOnSignals(options: { stop: () => Promise<void>; graceMs: number; logger: Logger }): void {
  const { stop, graceMs, logger } = options;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, 'shutdown already under way');
      return;
    }
    stopping = true;
    logger.info({ signal, graceMs }, 'shutting down');
    setTimeout(() => {
      logger.error({ graceMs }, 'shutdown did not finish after the grace period; exiting');
      process.exit(1);
    }, graceMs + STUCK_SHUTDOWN_MARGIN_MS).unref();
    stop()
      .then(() => {
        logger.info('stopped');
        process.exitCode = 0;
      })
      .catch((error: unknown) => {
        logger.error({ error }, 'shutdown failed');
        process.exitCode = 1;
      })
      .finally(() => {
        // Whatever still holds the event loop (a stuck socket, a timer in a dependency) must not keep
        // a stopped gateway alive; unref'd so a clean exit is not delayed.
        setTimeout(() => process.exit(), 2_000).unref();
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * Graceful stop: no new connections, idle keep-alive connections closed as soon as they are idle,
 * in-flight requests given `graceMs` to finish, then whatever is left is cut.
 */
export async function drainServer(server: Server, graceMs: number, logger: Logger): Promise<void> {
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
    logger.warn({ graceMs }, 'grace period over; closing remaining connections');
    server.closeAllConnections();
    await closed;
  }
}
