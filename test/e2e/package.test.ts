import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The package as npm publishes it. A copy of the working tree is packed (so `npm pack`'s clean and
 * build steps never touch the dist/ other tests run), then the tarball is unpacked and run from its
 * own files: no TypeScript source and no TypeScript loader are involved.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NAME = 'twilio-conversations-graphql';
/** Never copied: installed or generated, and not what a fresh clone has. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.tmp', 'coverage', '.scratch']);
const run = promisify(execFile);

let work: string;
let packed: string[];
let unpacked: string;

/** `npm pack --json` prints lifecycle scripts' output first, then the JSON array. */
function packResult(stdout: string): { filename: string; files: Array<{ path: string }> } {
  const [result] = JSON.parse(stdout.slice(stdout.search(/^\[/m))) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  if (!result) throw new Error(`no pack result in:\n${stdout}`);
  return result;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gateway-package-'));
  const clone = join(work, 'clone');
  cpSync(ROOT, clone, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(ROOT, source).split(sep)[0] ?? ''),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  // The dry run goes through the same lifecycle as a publish: clean, then build.
  const dryRun = await run('npm', ['pack', '--dry-run', '--json'], { cwd: clone, env, maxBuffer: 1 << 26 });
  packed = packResult(dryRun.stdout).files.map((file) => file.path);

  const tarball = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: clone,
    env,
    maxBuffer: 1 << 26,
  });
  mkdirSync(join(work, 'unpacked'));
  await run('tar', ['-xzf', join(work, packResult(tarball.stdout).filename), '-C', join(work, 'unpacked')]);
  unpacked = join(work, 'unpacked', 'package');
  // The dependencies a registry install would bring; the unpacked package resolves them from here.
  symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('ships the compiled build, the built chat app, its bin, the schema and the README, and nothing else', () => {
    const allowed = (path: string) =>
      /^dist\/.+\.(js|d\.ts)$/.test(path) ||
      /^dist\/web\/(index\.html|assets\/[^/]+\.(js|css))$/.test(path) ||
      /^bin\/[^/]+\.js$/.test(path) ||
      ['package.json', 'README.md', 'LICENSE', 'schema.graphql', 'subgraph.graphql'].includes(path);
    expect(packed.filter((path) => !allowed(path))).toEqual([]);
    expect(packed.filter((path) => /^(src|test|bench|scripts|docs|\.ci|\.github)\//.test(path))).toEqual([]);
  });

  it('ships every source file compiled, with its declarations', () => {
    const sources = filesUnder(join(ROOT, 'src')).filter((path) => path.endsWith('.ts'));
    const expected = sources.flatMap((path) => {
      const base = `dist/${path.slice(0, -'.ts'.length)}`;
      return [`${base}.js`, `${base}.d.ts`];
    });
    // dist/web is the chat app's Vite build (web/), served with WEB_APP; the rest is src compiled.
    const compiled = packed.filter((path) => path.startsWith('dist/') && !path.startsWith('dist/web/'));
    expect(compiled.sort()).toEqual(expected.sort());
    expect(packed).toContain('dist/web/index.html');
  });

  it('ships what main, types, exports and bin point at', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const targets: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([manifest.main, manifest.types, manifest.exports, manifest.bin]);
    expect(targets).toContain('dist/index.js');
    expect(targets).toContain('dist/index.d.ts');
    expect(targets.filter((target) => !packed.includes(target))).toEqual([]);
  });

  it('runs without TypeScript: no .ts import, no loader, and neither among its dependencies', () => {
    const javascript = filesUnder(join(unpacked, 'dist')).filter((path) => path.endsWith('.js'));
    expect(javascript).toContain('cli.js');
    const offenders = javascript.filter((path) => {
      const text = readFileSync(join(unpacked, 'dist', path), 'utf8');
      return (
        /(\bfrom\s*|\bimport\s*\(\s*)['"][^'"]+\.[cm]?ts['"]/.test(text) ||
        /['"]tsx(\/[^'"]*)?['"]/.test(text)
      );
    });
    expect(offenders).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('tsx');
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('typescript');
  });

  it('serves the demo through its bin, from the unpacked files alone', async () => {
    const gateway = await startGatewayProcess({}, { entry: join(unpacked, 'bin', `${NAME}.js`), cwd: work });
    try {
      const response = await gateway.graphql({
        query: '{ conversation(sid: "support-1042") { friendlyName } }',
      });
      expect(response.body).toEqual({
        data: { conversation: { friendlyName: 'Order #1042 delivery question' } },
      });
    } finally {
      expect(await gateway.stop()).toBe(0);
    }
  });

  it('loads as a library through its exports: the gateway entry and the emulator entry', async () => {
    const consumer = join(work, 'consumer');
    mkdirSync(join(consumer, 'node_modules'), { recursive: true });
    symlinkSync(unpacked, join(consumer, 'node_modules', NAME), 'dir');
    writeFileSync(
      join(consumer, 'consumer.mjs'),
      `import * as gateway from '${NAME}';
import { DEMO_ACCOUNT, startEmulator } from '${NAME}/emulator';
const emulator = await startEmulator({ seed: 'demo', port: 0 });
const auth = Buffer.from(DEMO_ACCOUNT.accountSid + ':' + DEMO_ACCOUNT.authToken).toString('base64');
const response = await fetch(emulator.url + '/v1/Users', { headers: { authorization: 'Basic ' + auth } });
await emulator.close();
console.log(JSON.stringify({
  gateway: Object.keys(gateway).sort(),
  entry: import.meta.resolve('${NAME}'),
  emulatorStatus: response.status,
  schema: import.meta.resolve('${NAME}/schema.graphql'),
  subgraph: import.meta.resolve('${NAME}/subgraph.graphql'),
}));
`,
    );
    const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: consumer });
    const result = JSON.parse(stdout) as {
      gateway: string[];
      entry: string;
      emulatorStatus: number;
      schema: string;
      subgraph: string;
    };
    expect(result.gateway).toEqual(
      expect.arrayContaining([
        'buildGatewaySchema',
        'createGateway',
        'createTwilioClient',
        'loadConfig',
        'startGateway',
      ]),
    );
    expect(result.entry).toMatch(/\/package\/dist\/index\.js$/);
    expect(result.emulatorStatus).toBe(200);
    expect(readFileSync(fileURLToPath(result.schema), 'utf8')).toContain('type Conversation');
    expect(readFileSync(fileURLToPath(result.subgraph), 'utf8')).toContain('@key(fields: "sid")');
  });
});
