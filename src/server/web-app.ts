import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/**
 * The chat web app (web/, built by `npm run build` into dist/web) served at `/`: `index.html` and
 * the hashed files under `/assets/`, nothing else. Only the files found at start are served, so no
 * request path ever reaches the file system. Each file is read and gzipped on its first request and
 * kept: the gateway that never serves the app never holds it.
 */
export interface WebApp {
  /** The directory served. */
  dir: string;
  /** Answers a request for the app and returns true; false leaves the request to the gateway. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/**
 * The app talks to this origin only (its GraphQL, SSE and demo token endpoints); the policy makes
 * the browser hold it to that, so a page of the app can load nothing from a CDN or anywhere else.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** dist/web beside the compiled gateway (dist/server/..), or the build's when run from src/. */
export function defaultWebAppDir(): string | null {
  const candidates = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)];
  for (const candidate of candidates) {
    const dir = fileURLToPath(candidate);
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}

export async function createWebApp(dir: string): Promise<WebApp> {
  const files = new Map<string, string>([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
  ]);
  const assets = await readdir(join(dir, 'assets')).catch(() => [] as string[]);
  for (const name of assets) files.set(`/assets/${name}`, join('assets', name));

  const cache = new Map<string, Promise<{ plain: Buffer; gzipped: Buffer }>>();
  const load = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      entry = readFile(join(dir, file)).then(async (plain) => ({
        plain,
        gzipped: await promisify(gzip)(plain, { level: 9 }),
      }));
      // A failed read is tried again by the next request.
      entry.catch(() => cache.delete(file));
      cache.set(file, entry);
    }
    return entry;
  };

  return {
    dir,
    serve(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const pathname = (req.url ?? '/').split('?')[0] ?? '/';
      const file = files.get(pathname);
      if (!file) return false;
      load(file).then(
        ({ plain, gzipped }) => {
          const useGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
          const body = useGzip ? gzipped : plain;
          res.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-length': body.length,
            // Asset names carry a hash of their content; the page itself is checked every time.
            'cache-control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
            vary: 'Accept-Encoding',
            ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
            ...SECURITY_HEADERS,
          });
          res.end(req.method === 'HEAD' ? undefined : body);
        },
        () => {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('The web app’s files could not be read.\n');
        },
      );
      return true;
    },
  };
}
