import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Start time and resident memory of the gateway run from source through tsx against the compiled
 * build: the time from spawning node to the "listening" log line, the CPU time the process used by
 * then (less sensitive than wall time to other work on the machine), and its resident set (VmRSS),
 * both read from /proc (Linux) at that moment. Runs alternate between the variants so that a change in the
 * machine's load hits both alike; the table shows medians over the runs.
 *
 *   node --import tsx scripts/measure-start.ts [--runs 15]
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

const variants = [
  { name: 'source through tsx', args: ['--import', 'tsx', 'src/cli.ts', 'serve'] },
  { name: 'compiled (dist/)', args: ['dist/cli.js', 'serve'] },
] as const;
const modes = [
  { name: 'demo (embedded emulator)', env: {} },
  // An upstream URL and no credentials: pass-through mode, which starts no emulator and calls nothing at start.
  { name: 'pass-through', env: { TWILIO_CONVERSATIONS_URL: 'https://conversations.twilio.com' } },
] as const;

interface Sample {
  startMs: number;
  cpuMs: number;
  rssMb: number;
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** User plus system CPU time so far (fields 14 and 15 of /proc/<pid>/stat, after the command name). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
}

function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  const kb = Number(/(\d+)/.exec(line ?? '')?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for ${pid}`);
  return kb / 1024;
}

async function measureOnce(args: readonly string[], env: Record<string, string>): Promise<Sample> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const sample = await new Promise<Sample>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (!/"msg":"listening"/.test(output)) return;
      const startMs = performance.now() - startedAt;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      if (child.pid === undefined) reject(new Error('no pid'));
      else resolve({ startMs, cpuMs: cpuMs(child.pid), rssMb: residentMb(child.pid) });
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
  child.kill('SIGTERM');
  await exited;
  return sample;
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

// The compiled variant must be the current source.
execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });

/** The 1, 5 and 15 minute load averages: on a shared machine they say how much the times wait for a core. */
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
const loadAtStart = load();

const rows: string[] = [];
for (const mode of modes) {
  const samples = new Map<string, Sample[]>(variants.map((variant) => [variant.name, []]));
  // One warm-up run each fills the file system cache; it is not counted.
  for (const variant of variants) await measureOnce(variant.args, mode.env);
  for (let run = 0; run < runs; run += 1) {
    for (const variant of variants)
      samples.get(variant.name)?.push(await measureOnce(variant.args, mode.env));
  }
  for (const variant of variants) {
    const list = samples.get(variant.name) ?? [];
    const start = list.map((sample) => sample.startMs);
    const cpu = median(list.map((sample) => sample.cpuMs));
    const rss = median(list.map((sample) => sample.rssMb));
    rows.push(
      `| ${mode.name} | ${variant.name} | ${median(start).toFixed(0)} ms (${Math.min(...start).toFixed(0)}–${Math.max(...start).toFixed(0)}) | ${cpu.toFixed(0)} ms | ${rss.toFixed(1)} MB |`,
    );
  }
}
process.stdout.write(
  [
    `Node ${process.version}, ${runs} runs per row, medians (start time: min–max); ${new Date().toISOString()}, load average (1 / 5 / 15 min) at start ${loadAtStart}, at end ${load()}`,
    '',
    '| Mode | Run from | Start → listening | CPU to listening | Resident at listening |',
    '| ---- | -------- | ----------------- | ---------------- | --------------------- |',
    ...rows,
    '',
  ].join('\n'),
);
