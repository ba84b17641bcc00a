import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchOfflineBrowser, type OfflineBrowser } from '../helpers/browser.ts';
import { buildForNpmStart, type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The chat web app keeps its live events across its access token's renewals. The gateway ends an
 * end user's SSE subscription once the token it was opened with has expired (docs/access-tokens.md,
 * "Tokens that expire while a session is open"); here the demo tokens live 8 s and the gateway
 * allows 1 s of clock skew, so within a test the app's first tokens run out twice over, and a
 * message another member posts afterwards must still appear at once, with no error shown.
 */
const TOKEN_TTL_SECONDS = 8;

let gateway: GatewayProcess;
let browser: OfflineBrowser;

beforeAll(async () => {
  await buildForNpmStart();
  [gateway, browser] = await Promise.all([
    startGatewayProcess(
      { DEMO_TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS), ACCESS_TOKEN_CLOCK_SKEW_SECONDS: '1' },
      { entry: 'dist/cli.js', timeoutMs: 60_000 },
    ),
    launchOfflineBrowser(),
  ]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

it('shows live messages after its first tokens expired, having moved its subscription to each new token', async () => {
  const { page } = browser;
  const tokens: number[] = [];
  const streams: number[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/demo/token') tokens.push(Date.now());
    if (path === '/graphql' && (request.headers().accept ?? '').includes('text/event-stream')) {
      streams.push(Date.now());
    }
  });
  const launch = await gateway.graphql({ query: '{ conversation(sid: "product-launch") { sid } }' });
  const launchSid = (launch.body.data as { conversation: { sid: string } }).conversation.sid;
  await page.goto(`${gateway.url}/#/bob/${launchSid}`);
  const log = page.getByRole('log');
  await expect.poll(() => log.textContent(), { timeout: 15_000 }).toContain('Staging looks good');
  const openedAt = Date.now();

  // Two and a half lifetimes of a token: the first two have expired, with the skew, by then.
  await page.waitForTimeout(TOKEN_TTL_SECONDS * 2_500);
  const body = 'Posted after two renewals';
  const posted = await gateway.graphql({
    query: `mutation { createMessage(input: { conversationSid: "${launchSid}", author: "dave", body: "${body}", webhookEnabled: true }) { message { sid } } }`,
  });
  expect(posted.body.errors).toBeUndefined();
  await expect.poll(() => log.textContent(), { timeout: 5_000 }).toContain(body);

  expect(await page.getByRole('alert').count()).toBe(0);
  // New tokens while the page was open, and the subscriptions (the inbox's and the conversation's)
  // opened again with them.
  expect(tokens.filter((at) => at > openedAt).length).toBeGreaterThanOrEqual(2);
  expect(streams.filter((at) => at > openedAt).length).toBeGreaterThanOrEqual(4);
  expect(browser.pageErrors).toEqual([]);
}, 120_000);
