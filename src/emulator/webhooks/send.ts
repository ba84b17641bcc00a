import { type ClientRequest, Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import type { RetryCondition } from './connection.ts';

export interface OutgoingWebhook {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: string | undefined;
}

export interface SendLimits {
  connectTimeoutMs: number;
  readTimeoutMs: number;
  /** What is left of the total time of all attempts. */
  remainingMs: number;
}

export interface SendResult {
  /** The receiver's HTTP status, or null when there was no answer. */
  status: number | null;
  /** Why the attempt failed, in the terms of Twilio's retry policy; null on a 2xx. */
  failure: RetryCondition | 'other' | null;
  error: string | null;
}

/** Connections to receivers are kept alive between webhooks, as a busy Twilio account's would be. */
export function createAgents(): { http: HttpAgent; https: HttpsAgent } {
  return { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
}

class AttemptFailure extends Error {
  constructor(
    readonly failure: RetryCondition | 'other',
    message: string,
  ) {
    super(message);
  }
}

const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * One HTTP attempt with Twilio's two timeouts told apart (docs/twilio-rest-behaviour.md §6.6): the
 * connect timeout runs until the connection is up, the read timeout from then until the answer's
 * status line. node:http is used rather than fetch because it shows when the connection is up,
 * which is what decides whether a failure is `ct` or `rt`.
 */
export function sendWebhook(
  webhook: OutgoingWebhook,
  limits: SendLimits,
  agents: { http: HttpAgent; https: HttpsAgent },
  signal: AbortSignal,
): Promise<SendResult> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(webhook.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    } catch {
      // Configured URLs are checked when they are set; this only guards a hand-edited data file.
      resolve({ status: null, failure: 'other', error: `not an http(s) URL: ${webhook.url}` });
      return;
    }
    const secure = url.protocol === 'https:';
    const timers: NodeJS.Timeout[] = [];
    let connected = false;
    let settled = false;
    let req: ClientRequest;

    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const fail = (failure: RetryCondition | 'other', message: string) => {
      req.destroy(new AttemptFailure(failure, message));
    };
    const onAbort = () => fail('other', 'the emulator is closing');
    const onConnected = () => {
      connected = true;
      clearTimeout(timers[0]);
      timers.push(
        setTimeout(() => fail('rt', `no answer within ${limits.readTimeoutMs} ms`), limits.readTimeoutMs),
      );
    };

    req = (secure ? httpsRequest : httpRequest)(url, {
      method: webhook.method,
      headers: webhook.headers,
      agent: secure ? agents.https : agents.http,
    });
    timers.push(
      setTimeout(
        () => fail('ct', `not connected within ${limits.connectTimeoutMs} ms`),
        limits.connectTimeoutMs,
      ),
    );
    // The total time can end an attempt in either phase; the phase decides which failure it was.
    timers.push(
      setTimeout(
        () => fail(connected ? 'rt' : 'ct', 'the total time of the attempts ran out'),
        Math.max(0, limits.remainingMs),
      ),
    );
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) onConnected();
      else socket.once(secure ? 'secureConnect' : 'connect', onConnected);
    });
    req.on('response', (res) => {
      // The answer to a post-event webhook is ignored; reading it frees the connection.
      res.resume();
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) return finish({ status, failure: null, error: null });
      const failure = status >= 500 ? '5xx' : status >= 400 ? '4xx' : 'other';
      finish({ status, failure, error: `HTTP ${status}` });
    });
    req.on('error', (error: Error & { code?: string }) => {
      if (error instanceof AttemptFailure)
        return finish({ status: null, failure: error.failure, error: error.message });
      const failure =
        !connected || (error.code !== undefined && CONNECTION_FAILURES.has(error.code)) ? 'ct' : 'rt';
      finish({
        status: null,
        failure,
        error: error.code ? `${error.code}: ${error.message}` : error.message,
      });
    });
    req.end(webhook.body);
  });
}
