import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorApp, type FaultOptions, type RequestLogEntry } from './app.ts';
import { createAdminRouter, createRouter } from './routes/index.ts';
import { seedDemo } from './seed.ts';
import { createSidFactory } from './sids.ts';
import { Store } from './store.ts';

export interface EmulatorAccount {
  accountSid: string;
  authToken: string;
  /** API keys (`SK…` and secret) that act as this account. */
  apiKeys?: Array<{ sid: string; secret: string }>;
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
}

export interface RunningEmulator {
  url: string;
  /** Every request answered, in order. Tests read call counts from it. */
  requests: RequestLogEntry[];
  store: Store;
  accounts: EmulatorAccount[];
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
    });
  if (options.seed === 'demo' && fresh) {
    // Seeding goes through the routes without injected faults, and is not part of the request log.
    handler = createHandler({});
    for (const account of accounts) await seedDemo(url, account);
    requests.length = 0;
  }
  handler = createHandler(options.faults ?? {});

  return {
    url,
    requests,
    store,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
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
