import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { TwilioCredentials } from '../../twilio/client.ts';
import { READINESS_PATH } from '../endpoints.ts';

export interface ReadinessOptions {
  /** The Twilio origin (or the embedded emulator) to probe. */
  upstreamUrl: string;
  /** The gateway's own credentials (server or demo mode); null in pass-through mode. */
  credentials: TwilioCredentials | null;
  /** How long one probe may take. */
  timeoutMs: number;
  /** True once shutdown began. */
  isDraining: () => boolean;
  /** @default 2000 — how long one probe's answer is reused, so probes do not spend the account's rate limit. */
  cacheMs?: number;
}

interface Readiness {
  ready: boolean;
  reason?: string;
}

/**
 * `/readiness` through yoga's readiness check: 200 when Twilio is reachable, 503 when it is not or
 * when the gateway is shutting down, with a JSON body saying which.
 */
export function useReadiness(options: ReadinessOptions): Plugin {
  const probe = createUpstreamProbe(options);
  const readiness = useReadinessCheck({
    endpoint: READINESS_PATH,
    async check({ fetchAPI }) {
      const state: Readiness = options.isDraining()
        ? { ready: false, reason: 'shutting down' }
        : await probe();
      return new fetchAPI.Response(
        JSON.stringify({ status: state.ready ? 'ready' : 'unavailable', ...state }),
        {
          status: state.ready ? 200 : 503,
          headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
        },
      );
    },
  });
  // yoga's check matches every request's URL against a URLPattern (about 1 % of a small request's
  // CPU); only a request for this path can be a readiness probe, so the others skip it.
  return {
    ...readiness,
    onRequest(payload) {
      if (payload.url.pathname !== READINESS_PATH) return;
      return readiness.onRequest?.(payload);
    },
  };
}

/**
 * Can the gateway reach Twilio? With credentials of its own it asks for the account's Conversations
 * configuration, which must answer 200; in pass-through mode it has none, so any HTTP answer below
 * 500 (a 401 included) proves the upstream is reachable. Answers are cached for `cacheMs`.
 */
function createUpstreamProbe(options: ReadinessOptions): () => Promise<Readiness> {
  const cacheMs = options.cacheMs ?? 2_000;
  let cached: { at: number; value: Promise<Readiness> } | null = null;
  const probe = async (): Promise<Readiness> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.credentials) {
      const { username, password } = options.credentials;
      headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    try {
      const response = await fetch(`${options.upstreamUrl}/v1/Configuration`, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.arrayBuffer();
      const ok = options.credentials ? response.status === 200 : response.status < 500;
      return ok ? { ready: true } : { ready: false, reason: `upstream answered ${response.status}` };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return { ready: false, reason: timedOut ? 'upstream timed out' : 'upstream unreachable' };
    }
  };
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > cacheMs) cached = { at: now, value: probe() };
    return cached.value;
  };
}
