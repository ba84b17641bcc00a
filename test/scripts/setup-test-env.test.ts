import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * scripts/setup-test-env.sh, run by `npm test`, installs Debian's redis-server and chromium when
 * they are missing. It is run here with a PATH holding only stand-ins: `apt-get` and `sudo` that
 * record their calls (and "install" by creating the programs), and `id` that answers a chosen uid.
 */
const SCRIPT = new URL('../../scripts/setup-test-env.sh', import.meta.url).pathname;

interface Sandbox {
  dir: string;
  bin: string;
  log: string;
}

let sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const sandbox of sandboxes) rmSync(sandbox.dir, { recursive: true, force: true });
  sandboxes = [];
});

function executable(path: string, body: string): void {
  writeFileSync(path, `#!/bin/bash\n${body}\n`);
  chmodSync(path, 0o755);
}

function sandbox(options: { present?: string[]; uid?: number; sudo?: 'password-less' | 'asks' | 'none' }) {
  const dir = mkdtempSync(join(tmpdir(), 'setup-test-env-'));
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  spawnSync('/bin/mkdir', [bin]);
  writeFileSync(log, '');
  for (const program of options.present ?? []) executable(join(bin, program), 'exit 0');
  executable(join(bin, 'id'), `[[ "$1" == -u ]] && echo ${options.uid ?? 0}`);
  // Records each call with the environment apt would see; `install` creates the programs asked for.
  executable(
    join(bin, 'apt-get'),
    [
      `echo "apt-get $* DEBIAN_FRONTEND=\${DEBIAN_FRONTEND:-}" >> '${log}'`,
      'if [[ " $* " == *" install "* ]]; then',
      '  for arg in "$@"; do',
      '    if [[ "$arg" == redis-server || "$arg" == chromium ]] && [[ -z "$APT_INSTALLS_NOTHING" ]]; then',
      `      printf '#!/bin/bash\\n' > '${bin}'/"$arg"; /bin/chmod +x '${bin}'/"$arg"`,
      '    fi',
      '  done',
      'fi',
    ].join('\n'),
  );
  if (options.sudo && options.sudo !== 'none') {
    executable(
      join(bin, 'sudo'),
      [
        `echo "sudo $*" >> '${log}'`,
        options.sudo === 'asks'
          ? 'exit 1'
          : '[[ "$1" == -n ]] && shift; [[ "$1" == true ]] && exit 0; exec "$@"',
      ].join('\n'),
    );
  }
  const created = { dir, bin, log };
  sandboxes.push(created);
  return created;
}

function run(box: Sandbox, env: Record<string, string> = {}, tools: string[] = []) {
  const result = spawnSync('/bin/bash', [SCRIPT, ...tools], {
    env: { PATH: box.bin, ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  const calls = readFileSync(box.log, 'utf8').split('\n').filter(Boolean);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

const APT = 'apt-get -o DPkg::Lock::Timeout=300 -q';

describe('setup-test-env.sh', () => {
  it('does nothing and prints nothing when redis-server and chromium are there', () => {
    const box = sandbox({ present: ['redis-server', 'chromium'] });
    const result = run(box);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '', calls: [] });
  });

  it('as root, installs both non-interactively after an update, and succeeds once they are there', () => {
    const box = sandbox({});
    const result = run(box);
    expect(result.calls).toEqual([
      `${APT} update DEBIAN_FRONTEND=noninteractive`,
      `${APT} install -y --no-install-recommends redis-server chromium DEBIAN_FRONTEND=noninteractive`,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(existsSync(join(box.bin, 'redis-server'))).toBe(true);
  });

  it('installs only what is missing', () => {
    const box = sandbox({ present: ['redis-server'] });
    const result = run(box);
    expect(result.calls.at(-1)).toBe(
      `${APT} install -y --no-install-recommends chromium DEBIAN_FRONTEND=noninteractive`,
    );
    expect(result.status).toBe(0);
  });

  it('checks and installs only the tools it is named, as the benchmark needs redis-server alone', () => {
    const box = sandbox({});
    const result = run(box, {}, ['redis-server']);
    expect(result.calls).toEqual([
      `${APT} update DEBIAN_FRONTEND=noninteractive`,
      `${APT} install -y --no-install-recommends redis-server DEBIAN_FRONTEND=noninteractive`,
    ]);
    expect(result.status).toBe(0);
    expect(existsSync(join(box.bin, 'chromium'))).toBe(false);

    const present = sandbox({ present: ['redis-server'] });
    expect(run(present, {}, ['redis-server'])).toMatchObject({ status: 0, stderr: '', calls: [] });
  });

  it('refuses a tool it does not know, installing nothing', () => {
    const box = sandbox({});
    const result = run(box, {}, ['redis-server', 'postgres']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown tool postgres (known: redis-server chromium)');
    expect(result.calls).toEqual([]);
    // A name is one argument, word for word.
    const joined = run(box, {}, ['redis-server chromium']);
    expect(joined.status).toBe(1);
    expect(joined.stderr).toContain('unknown tool redis-server chromium');
  });

  it('asked for redis-server alone, leaves a CHROMIUM_PATH it does not need alone', () => {
    const box = sandbox({ present: ['redis-server'] });
    const result = run(box, { CHROMIUM_PATH: join(box.dir, 'nowhere') }, ['redis-server']);
    expect(result).toMatchObject({ status: 0, stderr: '', calls: [] });
  });

  it('goes through password-less sudo when not root', () => {
    const box = sandbox({ present: ['chromium'], uid: 1000, sudo: 'password-less' });
    const result = run(box);
    expect(result.calls).toEqual([
      'sudo -n true',
      `sudo -n ${APT} update`,
      `apt-get -o DPkg::Lock::Timeout=300 -q update DEBIAN_FRONTEND=noninteractive`,
      `sudo -n ${APT} install -y --no-install-recommends redis-server`,
      `apt-get -o DPkg::Lock::Timeout=300 -q install -y --no-install-recommends redis-server DEBIAN_FRONTEND=noninteractive`,
    ]);
    expect(result.status).toBe(0);
  });

  it.each([
    ['sudo asks for a password', 'asks' as const],
    ['there is no sudo', 'none' as const],
  ])('fails with the command to run as root when not root and %s', (_case, sudo) => {
    const box = sandbox({ uid: 1000, sudo });
    const result = run(box);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'as root, run: apt-get update && apt-get install -y redis-server chromium',
    );
    expect(result.calls.filter((call) => call.startsWith('apt-get'))).toEqual([]);
  });

  it('fails when apt-get reports success but a program is still missing', () => {
    const box = sandbox({});
    const result = run(box, { APT_INSTALLS_NOTHING: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('redis-server chromium still missing after apt-get install');
  });

  it('takes a CHROMIUM_PATH as the browser, and refuses one that is not executable', () => {
    const box = sandbox({ present: ['redis-server'] });
    const own = join(box.dir, 'own-chromium');
    executable(own, 'exit 0');
    expect(run(box, { CHROMIUM_PATH: own })).toMatchObject({ status: 0, calls: [] });

    const result = run(box, { CHROMIUM_PATH: join(box.dir, 'nowhere') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not an executable file');
    expect(result.calls).toEqual([]);
  });

  it('on this machine, where npm test has just run it, returns at once', () => {
    const started = performance.now();
    const result = spawnSync(SCRIPT, { encoding: 'utf8' });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
