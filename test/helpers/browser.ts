import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium; the CI setup installs the same package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface OfflineBrowser {
  context: BrowserContext;
  page: Page;
  /** Every request the pages tried to send anywhere but 127.0.0.1 (none could get through). */
  offLoopback: string[];
  /** Uncaught exceptions thrown in the pages. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface OfflineBrowserOptions {
  /**
   * Also abort, through Playwright's routing, what pages send off loopback (default true). Turn it
   * off to observe CORS: while routing, Playwright answers every preflight itself, permissively.
   */
  routeOffLoopback?: boolean;
}

/**
 * A headless chromium with a fresh profile and the network cut off: host names do not resolve and
 * anything not on loopback goes to a closed proxy port. Every request pages make anywhere but
 * 127.0.0.1 is recorded, so a test can show that a page works on a machine with no internet.
 */
export async function launchOfflineBrowser(options: OfflineBrowserOptions = {}): Promise<OfflineBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      // Loopback always bypasses a proxy; everything else meets a port nothing listens on.
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
  const offLoopback: string[] = [];
  const pageErrors: string[] = [];
  const isLoopback = (url: string) => {
    const { protocol, hostname } = new URL(url);
    // Blob and data URLs (GraphiQL's editor workers) never leave the page.
    return protocol === 'blob:' || protocol === 'data:' || hostname === '127.0.0.1';
  };
  context.on('request', (request) => {
    if (!isLoopback(request.url())) offLoopback.push(request.url());
  });
  if (options.routeOffLoopback ?? true) {
    await context.route('**/*', (route) =>
      isLoopback(route.request().url()) ? route.continue() : route.abort('internetdisconnected'),
    );
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    offLoopback,
    pageErrors,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
