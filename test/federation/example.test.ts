import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../src/emulator/server.ts';
import { basicAuthorization } from '../helpers/listening-gateway.ts';

/**
 * The README's example supergraph, started with the README's command: it must come up and answer
 * the README's cross-subgraph query exactly as printed there.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first fenced block of `language` after `heading`. */
function block(heading: string, language: string): string {
  const start = README.indexOf(heading);
  if (start < 0) throw new Error(`no ${heading} in the README`);
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(README.slice(start));
  if (!match?.[1]) throw new Error(`no ${language} block under ${heading}`);
  return match[1];
}

let child: ChildProcess;
let exited: Promise<number | null>;
let output = '';
let routerUrl: string;

beforeAll(async () => {
  expect(README).toContain('`npm run example:supergraph`');
  // Its own process group, so that stopping it reaches npm and the node process it runs.
  child = spawn('npm', ['run', '--silent', 'example:supergraph', '--', '--port', '0'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  exited = once(child, 'exit').then(([code]) => code as number | null);
  routerUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the example did not start:\n${output}`)), 50_000);
    const check = () => {
      const url = /Hive Gateway: +(http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve(url);
    };
    child.stdout?.on('data', check);
    void exited.then(() => reject(new Error(`the example exited:\n${output}`)));
  });
});
afterAll(async () => {
  // Only when a test failed before stopping it: the last test stops it itself.
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
  await exited;
});

describe('the example supergraph', () => {
  it("answers the README's cross-subgraph query exactly as printed", async () => {
    const response = await fetch(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basicAuthorization(DEMO_ACCOUNT) },
      body: JSON.stringify({ query: block('### A supergraph to try', 'graphql') }),
    });
    expect(await response.json()).toEqual(JSON.parse(block('### A supergraph to try', 'json')));
  });

  it('stops on Ctrl-C, closing every server it started', async () => {
    if (!child.pid) throw new Error('no example process');
    process.kill(-child.pid, 'SIGINT');
    await exited;
    await expect(fetch(routerUrl)).rejects.toThrow();
    expect(output).not.toMatch(/error/i);
  });
});
