import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { createWebApp } from '../../src/server/web-app.ts';
import { startGatewayProcess } from '../helpers/gateway-process.ts';

/** The chat app's files served over real HTTP from a built directory; anything else falls through. */
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'web-app-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Chat</title>');
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'console.log("chat");'.repeat(50));
  await writeFile(join(dir, 'secret.txt'), 'not part of the app');
  const app = await createWebApp(dir);
  server = createServer((req, res) => {
    if (app.serve(req, res)) return;
    res.writeHead(404).end('gateway');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('the web app files', () => {
  it('serves the page at / with no caching and a same-origin content policy', async () => {
    const response = await fetch(`${base}/`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe('<!doctype html><title>Chat</title>');
  });

  it('serves hashed assets gzipped to clients that accept it, cached for good', async () => {
    const response = await fetch(`${base}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes gzip itself: node:http shows the bytes as sent.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      get(`${base}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      }).on('error', reject);
    });
    expect(raw.length).toBeLessThan(200);
    expect(gunzipSync(raw).toString()).toBe('console.log("chat");'.repeat(50));
  });

  it('leaves every other path and method to the gateway: no file outside the build list is reachable', async () => {
    for (const path of [
      '/secret.txt',
      '/assets/../secret.txt',
      '/assets/%2e%2e/secret.txt',
      '/graphql',
      '/assets/',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect([path, await response.text()]).toEqual([path, 'gateway']);
    }
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(await post.text()).toBe('gateway');
    const head = await fetch(`${base}/index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});

describe('WEB_APP', () => {
  const config = (env: Record<string, string>) => {
    const result = loadConfig(env);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.config;
  };
  const passThrough = { TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:9' };

  it('is on in demo mode and off otherwise unless set', () => {
    expect(config({}).webApp).toBe(true);
    expect(config({ WEB_APP: 'off' }).webApp).toBe(false);
    expect(config(passThrough).webApp).toBe(false);
    expect(config({ ...passThrough, WEB_APP: 'on' }).webApp).toBe(true);
    expect(loadConfig({ WEB_APP: 'yes' })).toEqual({
      ok: false,
      errors: ['WEB_APP must be auto, on or off (got "yes")'],
    });
  });

  it('serves the app at / outside demo mode only when enabled', async () => {
    const [off, on] = await Promise.all([
      startGatewayProcess(passThrough),
      startGatewayProcess({ ...passThrough, WEB_APP: 'on' }),
    ]);
    try {
      expect((await fetch(`${off.url}/`)).status).toBe(404);
      const page = await fetch(`${on.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      await Promise.all([off.stop(), on.stop()]);
    }
  }, 120_000);
});
