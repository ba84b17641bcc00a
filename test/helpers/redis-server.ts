import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from './ports.ts';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Stops it (SIGKILL: as abrupt as a crashed or unreachable Redis); the data was never saved. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

/**
 * A real `redis-server` (the Debian package `scripts/setup-test-env.sh` installs) on a free loopback
 * port, keeping nothing on disk. Resolves once it accepts connections.
 */
export async function startRedisServer(
  options: {
    port?: number;
    timeoutMs?: number;
    /** The program to run: `redis-server` from the PATH unless given. */
    command?: string;
  } = {},
): Promise<RedisServer> {
  const command = options.command ?? 'redis-server';
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 10_000;
  let child: ChildProcess | null = null;

  const launch = async () => {
    const process = spawn(
      command,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'yes',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = process;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        process.kill('SIGKILL');
        reject(new Error(`redis-server did not start within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          process.stdout?.off('data', onData);
          // Keep reading, so a full pipe never blocks the server.
          process.stdout?.resume();
          resolve();
        }
      };
      process.stdout?.on('data', onData);
      process.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
      });
      process.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
      // A program that cannot be started is reported as an 'error' event, which would otherwise end
      // the whole process.
      process.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          error.code === 'ENOENT'
            ? new Error(`${command} is not installed: run scripts/setup-test-env.sh redis-server`)
            : error,
        );
      });
    });
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
  };

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    async restart() {
      await stop();
      await launch();
    },
  };
}
