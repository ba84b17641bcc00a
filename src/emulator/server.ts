import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorApp, type FaultOptions, type RequestLogEntry } from './app.ts';
import { createAdminRouter, createRouter } from './routes/index.ts';
import { seedDemo } from './seed.ts';
import { createSidFactory } from './sids.ts';
import { type AccountState, Store } from './store.ts';
import { type WebhookAttempt, WebhookDispatcher } from './webhooks/dispatcher.ts';
import { POST_EVENT_TYPES, type PostEventType } from './webhooks/events.ts';
import { sweepTimers } from './webhooks/timers.ts';

export interface EmulatorAccount {
  accountSid: string;
  authToken: string;
  /** API keys (`SK…` and secret) that act as this account. */
  apiKeys?: Array<{ sid: string; secret: string }>;
}

/** The account-level post-event webhook (`/v1/Configuration/Webhooks`), set without a REST call. */
export interface AccountWebhookOptions {
  /** Where post-event webhooks go (`PostWebhookUrl`). */
  url: string;
  /** Default `POST`. */
  method?: 'GET' | 'POST';
  /** Default: every post-event type. */
  filters?: readonly PostEventType[];
}

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** What `url`, `links` and paging URLs advertise; defaults to the address the emulator listens on. */
  baseUrl?: string;
  accounts?: EmulatorAccount[];
  seed?: 'demo';
  dataFile?: string;
  faults?: FaultOptions;
  /** Fixed clock for reproducible tests. */
  now?: () => number;
  /** Seed for reproducible SIDs. */
  sidSeed?: number;
  maxLogEntries?: number;
  onError?: (error: unknown) => void;
  /**
   * Points the account-level post-event webhook of every account at a URL once the emulator is up
   * (after any demo seeding), as `npm start` does to reach the gateway.
   */
  accountWebhook?: AccountWebhookOptions;
  /** Webhook deliveries in flight at once; the rest wait in order (default 32). */
  maxWebhooksInFlight?: number;
  /** Webhooks waiting for a free slot; past it new ones are dropped and reported (default 10,000). */
  maxWebhooksQueued?: number;
  /** Told of every webhook given up on after its last attempt; by default a line on stderr. */
  onWebhookDropped?: (attempt: WebhookAttempt) => void;
  /**
   * How often conversation timers are checked, so a conversation that goes inactive or closed on
   * its own fires onConversationStateUpdated then (default 1000 ms; 0 leaves it to the next read).
   */
  timerSweepMs?: number;
}

export interface EmulatorWebhooks {
  /** Every delivery attempt, in order of completion. */
  attempts: WebhookAttempt[];
  /** Resolves once no webhook is queued or being delivered. */
  idle: () => Promise<void>;
  /** Sets the account-level post-event webhook of one account (default: every account). */
  configureAccountWebhook: (options: AccountWebhookOptions, accountSid?: string) => void;
}

export interface RunningEmulator {
  url: string;
  /** Every request answered, in order. Tests read call counts from it. */
  requests: RequestLogEntry[];
  store: Store;
  accounts: EmulatorAccount[];
  webhooks: EmulatorWebhooks;
  close: () => Promise<void>;
}

/** The account used when none is configured; printed at start-up. */
export const DEMO_ACCOUNT: EmulatorAccount = {
  accountSid: `AC${'a'.repeat(32)}`,
  authToken: 'demo-auth-token',
};

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = new Store({
    createSid: createSidFactory(options.sidSeed),
    now: options.now ?? Date.now,
    dataFile: options.dataFile,
  });
  const accounts = options.accounts?.length ? options.accounts : [DEMO_ACCOUNT];
  const fresh = Object.keys(store.state.accounts).length === 0;
  for (const account of accounts) {
    const state = store.ensureAccount(account.accountSid, account.authToken);
    for (const key of account.apiKeys ?? []) store.addApiKey(state, key.sid, key.secret);
  }
  store.persist();

  const requests: RequestLogEntry[] = [];
  const attempts: WebhookAttempt[] = [];
  const dispatcher = new WebhookDispatcher({
    log: attempts,
    maxLogEntries: options.maxLogEntries,
    maxConcurrent: options.maxWebhooksInFlight,
    maxQueued: options.maxWebhooksQueued,
    onDropped: options.onWebhookDropped ?? reportDroppedWebhook,
  });
  let handler: ReturnType<typeof createEmulatorApp> | undefined;
  const server: Server = createServer((req, res) => {
    if (!handler) {
      res.writeHead(503).end();
      return;
    }
    handler(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  // Bound to every interface: advertise loopback, an address that works from this machine at least;
  // --base-url says what other machines should use.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const url = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${address.port}`;
  const createHandler = (faults: FaultOptions) =>
    createEmulatorApp({
      store,
      router: createRouter(),
      adminRouter: createAdminRouter(),
      // Advertise the address we listen on unless told otherwise, so paging links work verbatim.
      baseUrl: (options.baseUrl ?? url).replace(/\/+$/, ''),
      faults,
      log: requests,
      maxLogEntries: options.maxLogEntries,
      onError: options.onError,
      webhooks: dispatcher,
    });
  if (options.seed === 'demo' && fresh) {
    // Seeding goes through the routes without injected faults, and is not part of the request log.
    handler = createHandler({});
    for (const account of accounts) await seedDemo(url, account);
    requests.length = 0;
  }
  handler = createHandler(options.faults ?? {});

  const configureAccountWebhook = (webhook: AccountWebhookOptions, accountSid?: string) => {
    const targets = accountSid === undefined ? accounts : accounts.filter((a) => a.accountSid === accountSid);
    if (targets.length === 0) throw new Error(`the emulator has no account ${accountSid}`);
    for (const account of targets) {
      const state = store.state.accounts[account.accountSid];
      if (state) applyAccountWebhook(state, webhook);
    }
    store.persist();
  };
  if (options.accountWebhook) configureAccountWebhook(options.accountWebhook);
  const timerSweepMs = options.timerSweepMs ?? 1_000;
  const sweep =
    timerSweepMs > 0
      ? setInterval(() => {
          try {
            sweepTimers(store, dispatcher);
          } catch (error) {
            options.onError?.(error);
          }
        }, timerSweepMs).unref()
      : undefined;

  return {
    url,
    requests,
    store,
    accounts,
    webhooks: { attempts, idle: () => dispatcher.idle(), configureAccountWebhook },
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(sweep);
        dispatcher.close();
        server.close((error) => {
          try {
            store.persist();
          } catch (persistError) {
            return reject(persistError);
          }
          return error ? reject(error) : resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function applyAccountWebhook(account: AccountState, webhook: AccountWebhookOptions): void {
  const url = new URL(webhook.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`the account webhook URL must be http(s), got ${webhook.url}`);
  const filters = webhook.filters ?? POST_EVENT_TYPES;
  for (const filter of filters) {
    if (!(POST_EVENT_TYPES as readonly string[]).includes(filter))
      throw new Error(`${filter} is not a post-event webhook type`);
  }
  account.webhookConfiguration = {
    ...account.webhookConfiguration,
    method: webhook.method ?? 'POST',
    filters: [...filters],
    postWebhookUrl: webhook.url,
    target: 'webhook',
  };
}

function reportDroppedWebhook(attempt: WebhookAttempt): void {
  process.stderr.write(
    `emulator: webhook dropped after ${attempt.retryCount + 1} attempt(s): ${attempt.eventType} ` +
      `${attempt.method} ${attempt.url} (${attempt.error ?? 'failed'})\n`,
  );
}
