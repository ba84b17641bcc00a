import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ChildServer {
  /** Base URL, e.g. http://127.0.0.1:41234. */
  url: string;
  pid: number;
  /** Where its stdout and stderr go (a file, so the bench never spends CPU reading its logs). */
  logFile: string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

// A bench that fails half-way must not leave its servers behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/**
 * `npm run build`, which the children run from (`dist/`). tsc's build mode only recompiles what
 * changed since the last build, so a fresh `dist/` costs a couple of seconds, not a full compile.
 */
export function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const npm = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    npm.once('error', reject);
    npm.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`npm run build exited with ${code}`));
    });
  });
}

/** A free loopback port, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `node <script> <args>` from the repository root (`node --import tsx` for a `.ts` script; the
 * gateway and the emulator run from the compiled `dist/`, as `npm start` runs them) with only the
 * given variables (plus PATH and HOME), output to a log file, and waits until `GET <url>/health`
 * answers 200.
 */
export async function startChild(options: {
  name: string;
  script: string;
  args?: string[];
  /** Options for node itself, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  env?: Record<string, string>;
  port: number;
  logDir: string;
  timeoutMs?: number;
}): Promise<ChildServer> {
  const logFile = join(options.logDir, `${options.name}.log`);
  const fd = openSync(logFile, 'w');
  const loader = options.script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const argv = [...(options.nodeArgs ?? []), ...loader, options.script, ...(options.args ?? [])];
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  running.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${options.name} exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8')}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${options.name} did not start in time:\n${readFileSync(logFile, 'utf8')}`);
    }
    await sleep(100);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.name} has no pid`);
  return {
    url,
    pid,
    logFile,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The floor server's child (bench/floor-server.ts: bare graphql-yoga and one undici GET) in front of
 * an emulator: what the gateway is compared with, for CPU (bench/cpu.ts) and for a round's wall time
 * (bench/run.ts).
 */
export function floorServerChild(upstreamUrl: string, port: number, logDir: string) {
  return {
    name: 'floor',
    script: 'bench/floor-server.ts',
    env: { UPSTREAM_URL: upstreamUrl, PORT: String(port) },
    port,
    logDir,
  };
}

/**
 * Starts several children at once (start-up is mostly loading modules, which overlaps well), so a
 * phase waits for the slowest instead of the sum; if one fails, the others are stopped.
 */
export async function startChildren(
  all: ReadonlyArray<Parameters<typeof startChild>[0]>,
): Promise<ChildServer[]> {
  const settled = await Promise.allSettled(all.map((options) => startChild(options)));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed === undefined)
    return settled.map((result) => (result as PromiseFulfilledResult<ChildServer>).value);
  for (const result of settled) if (result.status === 'fulfilled') await result.value.stop();
  throw failed.reason;
}

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    ticksPerSecond = Number.isFinite(value) && value > 0 ? value : 100;
  }
  return ticksPerSecond;
}

/**
 * CPU seconds the live threads of a process have run, in nanoseconds from each thread's
 * /proc/<pid>/task/<tid>/schedstat (Linux): finer than the 10 ms ticks of /proc/<pid>/stat, which
 * matters for rounds of a fraction of a second. Null where it cannot be read.
 */
export function processCpuSecondsPrecise(pid: number): number | null {
  try {
    let nanoseconds = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        nanoseconds += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended meanwhile.
      }
    }
    return nanoseconds / 1e9;
  } catch {
    return null;
  }
}

/** User plus system CPU seconds a process has used, from /proc (Linux); null elsewhere. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return (utime + stime) / clockTicks();
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user plus system) this process has used, plus those of its children that have
 * ended and been waited for (cutime, cstime of /proc/self/stat, Linux); null elsewhere.
 */
export function ownAndEndedChildrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return Number.isFinite(ticks) ? ticks / clockTicks() : null;
  } catch {
    return null;
  }
}

/** Resident memory of a process in bytes, from /proc (Linux); null elsewhere. */
export function processRssBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
