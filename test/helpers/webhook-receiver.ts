import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorOptions } from '../../src/emulator/server.ts';
import type { WebhookAttempt } from '../../src/emulator/webhooks/dispatcher.ts';
import { type RestClient, startTestEmulator } from './emulator.ts';

export interface ReceivedWebhook {
  method: string;
  /** The full URL as the receiver saw it: its own origin, the path and the query string. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The form fields: the body's for a POST, the query string's for a GET. */
  params: Record<string, string>;
  receivedAt: number;
}

/** What the receiver does with a request: answer with a status, or never answer. */
export type ReceiverBehaviour = { status: number } | 'hang';

export interface WebhookReceiver {
  /** The receiver's origin, such as http://127.0.0.1:40123. */
  origin: string;
  received: ReceivedWebhook[];
  /** Decides how each request is answered; by default every one gets 204. */
  behave: (decide: (request: ReceivedWebhook, index: number) => ReceiverBehaviour) => void;
  /** Resolves once `count` requests have arrived, or rejects after `timeoutMs`. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedWebhook[]>;
  close: () => Promise<void>;
}

/** A real HTTP server on a free loopback port that records every request sent to it. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const hanging: ServerResponse[] = [];
  let decide: (request: ReceivedWebhook, index: number) => ReceiverBehaviour = () => ({ status: 204 });
  let waiters: Array<() => boolean> = [];
  let origin = '';

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = `${origin}${req.url ?? '/'}`;
      const form = req.method === 'GET' ? new URL(url).searchParams : new URLSearchParams(body);
      const request: ReceivedWebhook = {
        method: req.method ?? 'GET',
        url,
        headers: req.headers,
        body,
        params: Object.fromEntries(form),
        receivedAt: Date.now(),
      };
      const index = received.push(request) - 1;
      const behaviour = decide(request, index);
      if (behaviour === 'hang') hanging.push(res);
      else res.writeHead(behaviour.status).end();
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    received,
    behave: (next) => {
      decide = next;
    },
    waitFor: (count, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return false;
          waiters = waiters.filter((w) => w !== check);
          clearTimeout(timer);
          resolve(received.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== check);
          reject(new Error(`expected ${count} webhooks within ${timeoutMs} ms, got ${received.length}`));
        }, timeoutMs);
        if (!check()) waiters.push(check);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging.splice(0)) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The header a REST call needs for its changes to fire webhooks. */
export const WEBHOOKS_ENABLED = { 'X-Twilio-Webhook-Enabled': 'true' };

export interface WebhookHarness {
  rest: RestClient;
  receiver: WebhookReceiver;
  accountSid: string;
  authToken: string;
  /** Webhooks the emulator gave up on, as its onWebhookDropped hook reported them. */
  dropped: WebhookAttempt[];
  close: () => Promise<void>;
}

/**
 * An emulator whose account-level post-event webhook (every event type) points at a fresh
 * receiver, at `hookPath` (which may carry a query string or connection overrides).
 */
export async function startEmulatorWithReceiver(
  options: EmulatorOptions = {},
  hookPath = '/hooks/twilio',
): Promise<WebhookHarness> {
  const receiver = await startWebhookReceiver();
  const dropped: WebhookAttempt[] = [];
  const rest = await startTestEmulator({
    accountWebhook: { url: `${receiver.origin}${hookPath}` },
    onWebhookDropped: (attempt) => dropped.push(attempt),
    ...options,
  });
  const account = rest.emulator.accounts[0];
  if (!account) throw new Error('the emulator started without an account');
  return {
    rest,
    receiver,
    accountSid: account.accountSid,
    authToken: account.authToken,
    dropped,
    close: async () => {
      await rest.emulator.close();
      await receiver.close();
    },
  };
}
