import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface GatewayProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 (GraphQL at /graphql). */
  url: string;
  child: ChildProcess;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** stdout lines that are JSON log records. */
  logs(): Array<Record<string, unknown>>;
  /**
   * Resolves with the first log record that matches, waiting for it if need be: the gateway writes
   * its log through an asynchronous destination, so a request's line may follow its response.
   */
  waitForLog(
    match: (record: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** POSTs a GraphQL request as JSON; returns status, headers and the parsed (or raw) body. */
  graphql(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody; text: string }>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /**
   * Sends a signal to the whole process group, as a terminal's Ctrl-C, systemd or `kill -- -PGID`
   * do (needs `processGroup`): with `npm start`, node gets it from the terminal and again from npm.
   */
  signalGroup(signal: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export interface GatewayProcessOptions {
  args?: string[];
  timeoutMs?: number;
  /**
   * Runs `npm start` itself (the compiled build in dist/, see `buildForNpmStart`), so signals go to
   * npm as a supervisor would send them.
   */
  viaNpmStart?: boolean;
  /** A compiled CLI entry (e.g. an unpacked package's bin) run with plain node, with no TypeScript loader. */
  entry?: string;
  /** Working directory; the repository root unless given. */
  cwd?: string;
  /** Starts it in a process group of its own, for `signalGroup`. */
  processGroup?: boolean;
}

/**
 * Starts the gateway from source (`node --import tsx src/cli.ts serve`) on a free port and waits for
 * its "listening" log line. Only the given variables reach it (plus PATH/HOME), so the developer's
 * own Twilio variables cannot leak into a test.
 */
export async function startGatewayProcess(
  env: Record<string, string> = {},
  options: GatewayProcessOptions = {},
): Promise<GatewayProcess> {
  const args = ['serve', ...(options.args ?? [])];
  const [command, commandArgs] = options.viaNpmStart
    ? ['npm', ['start', '--silent', '--', ...(options.args ?? [])]]
    : options.entry
      ? [process.execPath, [options.entry, ...args]]
      : [process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args]];
  const child = spawn(command, commandArgs, {
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a signal can reach every process of it at once.
    detached: options.processGroup === true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const logs = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start in time\nstdout:\n${stdout}\nstderr:\n${stderr}`)),
      options.timeoutMs ?? 60_000,
    );
    const check = () => {
      const listening = logs().find((record) => record.msg === 'listening');
      if (listening && typeof listening.url === 'string') {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve(listening.url);
      }
    };
    child.stdout?.on('data', check);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    });
  });

  return {
    url,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    logs,
    async waitForLog(match, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = logs().find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching log record in ${timeoutMs} ms\nstdout:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async graphql(body, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: GraphQLBody = {};
      try {
        parsed = JSON.parse(text) as GraphQLBody;
      } catch {
        // Left empty; callers that expect a non-JSON answer read `text`.
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    signalGroup(signal) {
      if (!options.processGroup || child.pid === undefined) throw new Error('started without processGroup');
      process.kill(-child.pid, signal);
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    exited,
  };
}

/**
 * `npm start` runs the compiled build: brings dist/ up to date first (`npm run build`, incremental,
 * about a second when nothing changed) so a test of `npm start` never runs stale code. Call it from
 * `beforeAll`: a build from scratch takes longer than one test may.
 */
export async function buildForNpmStart(): Promise<void> {
  const child = spawn('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm run build failed with ${code}:\n${output}`);
}

/** Runs the CLI to completion (for configuration errors and --help). */
export async function runGatewayCommand(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}
