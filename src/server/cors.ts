/**
 * The origin rules browsers are held to (docs/decisions/0014-browser-origins-and-csrf.md), shared by
 * HTTP requests (plugins/use-browser-requests.ts) and WebSocket upgrades (websocket.ts).
 */

/** The header yoga's CSRF prevention looks for on requests that carry no Origin. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Longest part of a refused Origin header repeated in the answer; the rest is cut. */
const MAX_ECHOED_ORIGIN = 200;

/**
 * Whether a browser page of `origin` may call the gateway reached at `host` (the request's Host):
 * one of `CORS_ORIGINS`, or the gateway's own pages (GraphiQL), which are the same host as the
 * request, whatever scheme a proxy in front terminates. HTTP requests and WebSocket upgrades alike.
 */
export function isAllowedOrigin(origin: string, host: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.has(origin)) return true;
  const parsed = URL.parse(origin);
  return parsed !== null && parsed.host === host;
}

/** The body of the `403` a refused origin gets, naming it (cut short). */
export function originRefusalBody(origin: string): string {
  const shown = origin.length > MAX_ECHOED_ORIGIN ? `${origin.slice(0, MAX_ECHOED_ORIGIN)}…` : origin;
  return JSON.stringify({
    errors: [
      {
        message: `Origin ${JSON.stringify(shown)} is not allowed: browsers may call this gateway only from the origins listed in CORS_ORIGINS.`,
        extensions: { code: 'ORIGIN_NOT_ALLOWED' },
      },
    ],
  });
}
