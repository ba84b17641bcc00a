import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type CORSOptions, useCORS } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';
import { CSRF_HEADER, isAllowedOrigin, originRefusalBody } from '../cors.ts';

/**
 * Who may call from a browser, in two plugins that work as one
 * (docs/decisions/0014-browser-origins-and-csrf.md):
 *
 * - A request with an `Origin` header (every cross-origin fetch, every POST) is judged by it:
 *   the gateway's own origin or one of `CORS_ORIGINS` goes on, with CORS headers; any other gets
 *   `403` naming the origin, preflights included, before anything runs.
 * - A request without one (a navigation, an `<img>` or `<script>`, a non-browser client) keeps
 *   yoga's CSRF rule: a GET or a simple content type must carry `x-graphql-yoga-csrf`.
 *
 * So a browser app on an allowed origin may use its client's defaults (urql's GET queries
 * included), while a page elsewhere can neither read answers nor have anything run for it.
 */
export function useBrowserRequests(allowedOrigins: readonly string[]): Plugin[] {
  return [useOriginPolicy(allowedOrigins), useCsrfWithoutOrigin()];
}

function useOriginPolicy(allowedOrigins: readonly string[]): Plugin {
  const allowed = new Set(allowedOrigins);
  // Only origins that passed `refusal` below reach here.
  const cors = useCORS((request: Request): CORSOptions | false => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      // Whatever headers an allowed page asks for (Authorization, tracing headers, its client's
      // own): they are not credentials a browser adds by itself, and the page is trusted.
      allowedHeaders: [],
      // Callers send Authorization explicitly; allowing browser credentials would only let cached
      // Basic credentials ride along.
      credentials: false,
      maxAge: 600,
    };
  });
  return {
    onRequest(payload) {
      const origin = payload.request.headers.get('origin');
      if (origin !== null && !isAllowedOrigin(origin, new URL(payload.request.url).host, allowed)) {
        payload.endResponse(refusal(origin, payload.fetchAPI.Response));
        return;
      }
      return cors.onRequest?.(payload);
    },
    // Synchronous while the CORS headers are (our options are decided synchronously): a promise
    // here would cost every response a wait.
    onResponse(payload) {
      // Without an Origin header useCORS adds nothing (our options answer false, and it adds no
      // header to a request without one), so most requests (non-browser clients) skip its steps.
      if (!payload.request.headers.has('origin')) {
        varyOnOrigin(payload.response);
        return;
      }
      const corsDone = cors.onResponse?.(payload);
      if (corsDone) return corsDone.then(() => varyOnOrigin(payload.response));
      varyOnOrigin(payload.response);
    },
  };
}

/** Answers differ by Origin (CORS headers, refusals), so shared caches must key on it. */
function varyOnOrigin(response: Response): void {
  const vary = response.headers.get('vary') ?? '';
  if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.append('Vary', 'Origin');
}

function refusal(origin: string, Response: typeof globalThis.Response): Response {
  return new Response(originRefusalBody(origin), {
    status: 403,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** yoga's CSRF prevention, for requests that no Origin header vouches for. */
function useCsrfWithoutOrigin(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      // Browsers send Origin on every cross-origin fetch and every POST; useOriginPolicy has
      // already refused any origin that is not allowed.
      if (payload.request.headers.has('origin')) return;
      return csrf.onRequestParse?.(payload);
    },
  };
}
