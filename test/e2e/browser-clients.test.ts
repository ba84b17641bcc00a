import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOfflineBrowser, type OfflineBrowser } from '../helpers/browser.ts';
import {
  type BrowserClients,
  type CallOutcome,
  type ClientName,
  INBOX_QUERY,
} from '../helpers/browser-clients-page.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * Browser apps calling the gateway (demo mode, one origin in CORS_ORIGINS): the exact requests
 * urql, Apollo Client and graphql-request send with their defaults, first over HTTP with each
 * client's own headers, then from real pages in chromium on an allowed and on another origin.
 */
let gateway: GatewayProcess;
let browser: OfflineBrowser;
let allowedApp: App;
let otherApp: App;
let graphqlUrl: string;

/** urql's Accept header on queries, which it sends as GET when the URL fits. */
const URQL_ACCEPT =
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

beforeAll(async () => {
  const script = await bundleClients();
  [allowedApp, otherApp] = await Promise.all([serveApp(script), serveApp(script)]);
  [gateway, browser] = await Promise.all([
    startGatewayProcess({ CORS_ORIGINS: allowedApp.origin }),
    // Not routed: Playwright would answer the preflights itself, and they are what is tested here.
    launchOfflineBrowser({ routeOffLoopback: false }),
  ]);
  graphqlUrl = `${gateway.url}/graphql`;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await allowedApp?.close();
  await otherApp?.close();
});

const urqlGet = (origin: string | null, headers: Record<string, string> = {}) =>
  fetch(`${graphqlUrl}?query=${encodeURIComponent(INBOX_QUERY)}&operationName=Inbox`, {
    headers: { accept: URQL_ACCEPT, ...(origin ? { origin } : {}), ...headers },
  });

const preflight = (origin: string, method: string, requestHeaders: string) =>
  fetch(graphqlUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': requestHeaders,
    },
  });

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  data?: { conversations: { edges: unknown[] } };
}

describe('over HTTP', () => {
  it('refuses a preflight from an origin not in CORS_ORIGINS with a 403 that says so', async () => {
    const response = await preflight(otherApp.origin, 'POST', 'content-type');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as ErrorBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(body.errors?.[0]?.message).toContain(`"${otherApp.origin}"`);
    expect(body.errors?.[0]?.message).toContain('CORS_ORIGINS');
    expect(body.errors?.[0]?.message).not.toMatch(/CSRF/);
  });

  it('refuses a simple GET from that origin the same way, before running it', async () => {
    const mark = await quietMark();
    const response = await urqlGet(otherApp.origin);
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as ErrorBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(body.data).toBeUndefined();
    const [line] = await requestLines(mark, 1);
    expect(line).toMatchObject({ method: 'GET', status: 403, upstreamCalls: 0 });
  });

  it('refuses an opaque origin ("null", from sandboxed frames and file pages)', async () => {
    expect((await urqlGet('null')).status).toBe(403);
    expect((await preflight('null', 'POST', 'content-type')).status).toBe(403);
  });

  it('answers an allowed preflight with whatever headers the page asks for, never with credentials', async () => {
    const response = await preflight(allowedApp.origin, 'POST', 'authorization,content-type,traceparent');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowedApp.origin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,content-type,traceparent',
    );
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it("runs urql's GET query from an allowed origin without a CSRF header", async () => {
    const response = await urqlGet(allowedApp.origin);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowedApp.origin);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors).toBeUndefined();
    expect(body.data?.conversations.edges.length).toBeGreaterThan(0);
  });

  it('keeps requiring the CSRF header on a GET without Origin (a link, an <img>, a <script>)', async () => {
    const bare = await urqlGet(null);
    expect(bare.status).toBe(403);
    expect(((await bare.json()) as ErrorBody).errors?.[0]?.message).toMatch(/CSRF/);
    expect((await urqlGet(null, { 'x-graphql-yoga-csrf': '1' })).status).toBe(200);
  });

  it("lets the gateway's own pages (GraphiQL) post with their origin", async () => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { origin: gateway.url, 'content-type': 'application/json' },
      body: JSON.stringify({ query: INBOX_QUERY }),
    });
    expect(response.status).toBe(200);
  });
});

const CLIENTS: ClientName[] = ['urql', 'apollo', 'graphql-request'];
/** What a browser app adds, if anything: none (demo mode), or its credentials (server mode). */
const HEADER_SETS: Array<[string, Record<string, string>]> = [
  ['its defaults', {}],
  ['an Authorization header', { authorization: 'Bearer a-gateway-token-of-the-app' }],
];

describe('in a browser', () => {
  let allowedPage: Page;
  let otherPage: Page;

  beforeAll(async () => {
    allowedPage = browser.page;
    otherPage = await browser.context.newPage();
    await Promise.all([allowedPage.goto(allowedApp.origin), otherPage.goto(otherApp.origin)]);
  });

  for (const client of CLIENTS) {
    for (const [what, headers] of HEADER_SETS) {
      it(`${client} with ${what} queries from an allowed origin`, async () => {
        const mark = await quietMark();
        const outcome = await call(allowedPage, client, headers);
        expect(outcome.error).toBeNull();
        expect(outcome.names).toContain('Product launch');
        const lines = await requestLines(mark, 1, (line) => line.method !== 'OPTIONS');
        // urql sends queries as GET and, with no header of the app's own, as a "simple" request
        // with no preflight; a JSON body or an Authorization header is preflighted first.
        const simple = client === 'urql' && what === 'its defaults';
        const method = client === 'urql' ? 'GET' : 'POST';
        expect(lines.map((line) => [line.method, line.status])).toEqual(
          simple
            ? [[method, 200]]
            : [
                ['OPTIONS', 204],
                [method, 200],
              ],
        );
      });

      it(`${client} with ${what} is refused from another origin, with nothing run`, async () => {
        const mark = await quietMark();
        const outcome = await call(otherPage, client, headers);
        // The page cannot read a refusal (no CORS headers), so every client sees a network error.
        expect(outcome.names).toBeNull();
        expect(outcome.error).toMatch(/fetch/i);
        const lines = await requestLines(mark, 1);
        const simple = client === 'urql' && what === 'its defaults';
        // A simple GET is sent and refused; anything else stops at its refused preflight.
        expect(lines).toEqual([
          expect.objectContaining({ method: simple ? 'GET' : 'OPTIONS', status: 403, upstreamCalls: 0 }),
        ]);
      });
    }
  }

  it('threw nothing in the pages and asked for nothing beyond 127.0.0.1', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.offLoopback).toEqual([]);
  });
});

let calls = 0;

/**
 * Runs one client in a page. Each call gets its own URL (an ignored query parameter), so no
 * preflight the browser cached for an earlier call stands in for this one's.
 */
function call(page: Page, client: ClientName, headers: Record<string, string>): Promise<CallOutcome> {
  calls += 1;
  return page.evaluate(
    ([name, endpoint, extra]) =>
      (globalThis as unknown as { browserClients: BrowserClients }).browserClients[name](endpoint, extra),
    [client, `${graphqlUrl}?call=${calls}`, headers] as const,
  );
}

type RequestLine = Record<string, unknown>;

/** The number of log lines once the gateway has stopped writing, so earlier requests stay out. */
async function quietMark(): Promise<number> {
  let count = gateway.logs().length;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = gateway.logs().length;
    if (now === count) return now;
    count = now;
  }
}

/**
 * The gateway's `request` log lines since `mark`, once at least `count` of them (matching `until`)
 * have been written; then a short pause so a line that should not exist would show up too.
 */
async function requestLines(
  mark: number,
  count: number,
  until: (line: RequestLine) => boolean = () => true,
): Promise<RequestLine[]> {
  const lines = () =>
    gateway
      .logs()
      .slice(mark)
      .filter((line) => line.msg === 'request');
  await expect
    .poll(() => lines().filter(until).length, { timeout: 5_000, interval: 50 })
    .toBeGreaterThanOrEqual(count);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return lines();
}

interface App {
  origin: string;
  close(): Promise<void>;
}

/** The three clients bundled for the browser, as an app's build would ship them. */
async function bundleClients(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../helpers/browser-clients-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}

/** A web app on its own loopback origin: a page that loads the bundled clients. */
async function serveApp(script: string): Promise<App> {
  const server = createServer((req, res) => {
    if (req.url === '/clients.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><script src="/clients.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
