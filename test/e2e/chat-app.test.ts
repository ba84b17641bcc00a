import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchOfflineBrowser, type OfflineBrowser } from '../helpers/browser.ts';
import { buildForNpmStart, type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The chat web app (web/) in Debian's chromium, served by the built gateway (`node dist/cli.js
 * serve`, demo mode) whose embedded emulator answers 20 ms late, as a Twilio far away would. Two
 * browsers sign in as two members of the demo's "Product launch" conversation and chat; the phone
 * budgets of the app are measured here: initial JavaScript, first screen, live delivery.
 * Failures leave screenshots in test-results/. `CHAT_APP_SCREENSHOT=docs/chat-app.png` also saves
 * the README's picture of the app.
 */
const UPSTREAM_LATENCY_MS = 20;
const INITIAL_JS_BUDGET_BYTES = 150 * 1024;
const FIRST_SCREEN_BUDGET_MS = 1_000;
const LIVE_BUDGET_MS = 500;
/**
 * The timing budgets are asserted with this much room (2× unless CHAT_APP_STRICT_BUDGETS=1): the
 * machine's two cores are shared with the rest of the suite and other work, and a test that fails
 * for the neighbours' load says nothing about the app. The measured figures are printed either way.
 */
const TIMING_SLACK = process.env.CHAT_APP_STRICT_BUDGETS === '1' ? 1 : 2;

let gateway: GatewayProcess;
let alice: OfflineBrowser;
let bob: OfflineBrowser;
let launchSid: string;

beforeAll(async () => {
  await buildForNpmStart();
  [gateway, alice, bob] = await Promise.all([
    startGatewayProcess(
      { DEMO_UPSTREAM_LATENCY_MS: String(UPSTREAM_LATENCY_MS) },
      { entry: 'dist/cli.js', timeoutMs: 60_000 },
    ),
    launchOfflineBrowser(),
    launchOfflineBrowser(),
  ]);
  launchSid = (
    await asAccount<{ conversation: { sid: string } }>('{ conversation(sid: "product-launch") { sid } }')
  ).conversation.sid;
}, 180_000);

afterAll(async () => {
  await alice?.close();
  await bob?.close();
  await gateway?.stop();
});

/** On failure, what each page showed, in test-results/ (gitignored; CI keeps it as an artifact). */
function screenshotsOnFailure(name: string, pages: Record<string, Page>) {
  onTestFailed(async () => {
    await mkdir('test-results', { recursive: true });
    for (const [who, page] of Object.entries(pages)) {
      await page.screenshot({ path: `test-results/chat-app-${name}-${who}.png` }).catch(() => {});
    }
  });
}

/** expect.poll with room for a loaded machine (its default gives up after 1 s). */
const poll = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout });

const conversationUrl = (identity: string, sid: string) => `${gateway.url}/#/${identity}/${sid}`;
const messageLog = (page: Page) => page.getByRole('log');

/** Sends a message through the app's own box and button. */
async function send(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

/**
 * Resolves with the time (ms since the page's navigation) at which the page first showed every
 * text given, checked each animation frame.
 */
async function shownAt(page: Page, linkName: string, logText: string): Promise<number> {
  const handle = await page.waitForFunction(
    ([link, text]) => {
      const links = [...document.querySelectorAll('a')].some((a) => a.textContent === link);
      const log = document.querySelector('[role="log"]')?.textContent ?? '';
      return links && log.includes(text) ? performance.now() : false;
    },
    [linkName, logText] as const,
    { polling: 'raf', timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

describe('the chat app', () => {
  it('shows the identity picker with the demo identities, and the inbox as links with the last message', async () => {
    const { page } = alice;
    screenshotsOnFailure('picker', { alice: page });
    await page.goto(gateway.url);
    const picker = page.getByRole('combobox', { name: 'Identity' });
    await poll(() => picker.locator('option').allTextContents()).toEqual([
      'Choose who you are…',
      'Alice Johnson (alice)',
      'Bob Martinez (bob)',
      'Carol Chen (carol)',
      'Dave Okafor (dave)',
    ]);
    await picker.selectOption('alice');
    const inbox = page.getByRole('navigation', { name: 'Conversations' });
    await inbox.getByRole('link', { name: 'Product launch' }).waitFor();
    await poll(() => inbox.getByRole('link').allTextContents()).toContain('Returns via WhatsApp');
    // Alice is not in Carol's support conversation: an end user sees their own conversations only.
    expect(await inbox.getByRole('link').allTextContents()).not.toContain('Order #1042 delivery question');
    await poll(() => inbox.textContent()).toContain('Staging looks good. Ready when you are.');
    await inbox.getByRole('link', { name: 'Product launch' }).click();
    await poll(() => messageLog(page).textContent()).toContain('Build 1.4.0 is green');
    expect(page.url()).toBe(conversationUrl('alice', launchSid));
  });

  it(`renders the inbox and the first screen of messages within ${FIRST_SCREEN_BUDGET_MS} ms at ${UPSTREAM_LATENCY_MS} ms upstream latency, with at most 150 kB of initial JavaScript`, async () => {
    const { page } = alice;
    screenshotsOnFailure('first-screen', { alice: page });
    const timings: number[] = [];
    let scriptBytes: number[] = [];
    // A few navigations, the best counting: the first pays for the gateway's cold caches (it
    // gzips the app once), and any may meet the machine's two shared cores busy with other work.
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.goto('about:blank');
      const scripts: Promise<number>[] = [];
      let streams = 0;
      const onRequest = (request: Request) => {
        // graphql-sse asks for the stream alone; urql's queries list it among others.
        if (request.headers().accept === 'text/event-stream') streams += 1;
      };
      page.on('request', onRequest);
      const onResponse = (response: Response) => {
        if (response.request().resourceType() === 'script') {
          scripts.push(
            response
              .request()
              .sizes()
              .then((sizes) => sizes.responseBodySize),
          );
          expect(response.headers()['content-encoding']).toBe('gzip');
        }
      };
      page.on('response', onResponse);
      // Every load is a first visit: Playwright's routing (see launchOfflineBrowser) turns off the HTTP cache.
      await page.goto(conversationUrl('alice', launchSid), { waitUntil: 'commit' });
      timings.push(await shownAt(page, 'Product launch', 'Staging looks good. Ready when you are.'));
      page.off('response', onResponse);
      page.off('request', onRequest);
      // The inbox and the conversation share one live stream: a browser has six connections per origin.
      expect(streams).toBe(1);
      scriptBytes = await Promise.all(scripts);
    }
    const initialJs = scriptBytes.reduce((sum, bytes) => sum + bytes, 0);
    console.info(
      `chat app: first screen at ${timings.map((ms) => `${Math.round(ms)} ms`).join(', ')} after navigation; initial JavaScript ${(initialJs / 1024).toFixed(1)} kB gzipped in ${scriptBytes.length} file(s)`,
    );
    expect(scriptBytes.length).toBeGreaterThan(0);
    expect(initialJs).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    expect(Math.min(...timings)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_MS * TIMING_SLACK);
  });

  it(`shows a message another member posts in the open conversation within ${LIVE_BUDGET_MS} ms, and in the inbox`, async () => {
    const { page } = bob;
    screenshotsOnFailure('live-posted', { bob: page });
    await openAndWaitLive(page, 'bob');
    const delays: number[] = [];
    for (let n = 1; n <= 3; n++) {
      const text = `Dave's update ${n}`;
      delays.push(
        await deliveryDelay(page, text, () =>
          // Dave's own client, as far as Bob can tell: a message Twilio announces with its webhooks.
          asAccount(
            `mutation { createMessage(input: { conversationSid: "${launchSid}", author: "dave", body: "${text}", webhookEnabled: true }) { message { sid } } }`,
          ),
        ),
      );
    }
    console.info(`chat app: posted by another member, shown in the open tab after ${delays.join(', ')} ms`);
    // The best of three, as for the first screen: the machine's two cores are shared, and a post
    // may meet them busy with other work; the budget is what the app and gateway can do.
    expect(Math.min(...delays)).toBeLessThanOrEqual(LIVE_BUDGET_MS * TIMING_SLACK);
    const inbox = page.getByRole('navigation', { name: 'Conversations' });
    await poll(() => inbox.textContent()).toContain("Dave's update 3");
  });

  it(`lets two members chat: a message sent in one tab is shown in the other within ${LIVE_BUDGET_MS} ms, then shown read`, async () => {
    screenshotsOnFailure('live', { alice: alice.page, bob: bob.page });
    await Promise.all([openAndWaitLive(alice.page, 'alice'), openAndWaitLive(bob.page, 'bob')]);
    const delays: number[] = [];
    for (let n = 1; n <= 3; n++) {
      const text = `Live message ${n} from Alice`;
      delays.push(
        await deliveryDelay(bob.page, text, async () => {
          await send(alice.page, text);
          // Optimistic: Alice's own log has it at once, before the gateway answers.
          await poll(() => messageLog(alice.page).textContent(), 5_000).toContain(text);
        }),
      );
    }
    console.info(`chat app: sent in one tab, shown in the other after ${delays.join(', ')} ms`);
    expect(Math.min(...delays)).toBeLessThanOrEqual(LIVE_BUDGET_MS * TIMING_SLACK);

    // Bob's open conversation marks what he saw as read; Alice sees it under her message.
    const last = alice.page.locator('li.message', { hasText: 'Live message 3 from Alice' });
    await poll(() => last.textContent()).toContain('Read by Bob Martinez');

    if (process.env.CHAT_APP_SCREENSHOT) {
      await mkdir(dirname(process.env.CHAT_APP_SCREENSHOT), { recursive: true });
      await alice.page.screenshot({ path: process.env.CHAT_APP_SCREENSHOT });
    }
  });

  it('pages back through history with last/before', async () => {
    const { page } = alice;
    screenshotsOnFailure('paging', { alice: page });
    const sid = await conversationWithMessages('Long thread', 'alice', 70);
    await page.goto(conversationUrl('alice', sid));
    const log = messageLog(page);
    await poll(() => log.textContent()).toContain('Message 69');
    // The newest 30 only.
    expect(await log.locator('li.message').count()).toBe(30);
    expect(await log.textContent()).not.toContain('Message 39 ');
    const older = page.getByRole('button', { name: 'Load older messages' });
    await older.click();
    await poll(() => log.locator('li.message').count()).toBe(60);
    await older.click();
    await poll(() => log.locator('li.message').count()).toBe(70);
    await expect(older.count()).resolves.toBe(0);
    const bodies = await log.locator('li.message .body').allTextContents();
    expect(bodies).toEqual(Array.from({ length: 70 }, (_, i) => `Message ${i} `));
  });

  it('shows a refused send as an error, not as a sent message', async () => {
    const { page } = bob;
    screenshotsOnFailure('refused', { bob: page });
    // Bob's archived conversation is closed: Twilio refuses new messages in it.
    const { conversations } = await asAccount<{
      conversations: { edges: Array<{ node: { sid: string; friendlyName: string } }> };
    }>('{ conversations(first: 20) { edges { node { sid friendlyName } } } }');
    const closed = conversations.edges.find((edge) => edge.node.friendlyName === 'Q3 planning (archived)')!
      .node.sid;
    await page.goto(conversationUrl('bob', closed));
    await poll(() => messageLog(page).textContent()).toContain('Notes are final');
    await send(page, 'Can we reopen this?');
    const alert = messageLog(page).getByRole('alert');
    await poll(() => alert.textContent()).toMatch(/^Not sent: .+/);
    expect(
      await messageLog(page).locator('li.message', { hasText: 'Can we reopen this?' }).textContent(),
    ).not.toContain('Sent');
  });

  it('shows a sent message at once as sending, before the gateway answers, then as sent', async () => {
    const { page } = alice;
    screenshotsOnFailure('optimistic', { alice: page });
    await openAndWaitLive(page, 'alice');
    // The SendMessage request is held in the browser until the message is on screen: an app that
    // waited for the answer would never show it.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldSends = 0;
    const handling: Promise<void>[] = [];
    await page.route('**/graphql', (route) => {
      const handled = (async () => {
        if (route.request().postData()?.includes('SendMessage')) {
          heldSends += 1;
          await held;
        }
        // Straight on (the URL is the gateway's, on loopback), not through the context's route too.
        await route.continue();
      })();
      handling.push(handled);
      return handled;
    });
    const text = 'Shown before the gateway answers';
    const item = messageLog(page).locator('li.message', { hasText: text });
    try {
      await send(page, text);
      await poll(async () => heldSends, 5_000).toBe(1);
      // The send is held, so no answer has come: what is shown is the app's own optimistic copy.
      await poll(() => item.textContent(), 5_000).toContain('Sending…');
    } finally {
      release();
      // Unrouted once every request it caught has gone on, so none is handled twice.
      await Promise.all(handling);
      await page.unroute('**/graphql');
    }
    await poll(() => item.textContent()).not.toContain('Sending…');
    expect(await item.count()).toBe(1);
  });

  it('never sent a request off loopback, nor threw in a page', () => {
    expect(alice.offLoopback).toEqual([]);
    expect(bob.offLoopback).toEqual([]);
    expect(alice.pageErrors).toEqual([]);
    expect(bob.pageErrors).toEqual([]);
  });
});

/** Opens the launch conversation as the identity and gives its live stream a moment to open. */
async function openAndWaitLive(page: Page, identity: string) {
  await page.goto(conversationUrl(identity, launchSid));
  await poll(() => messageLog(page).textContent()).toContain('Staging looks good');
  await page.waitForTimeout(500);
}

/**
 * Milliseconds from just before `act` to when `text` enters the page's message log, by the wall
 * clock both sides share (the page notes the time itself, at the DOM change).
 */
async function deliveryDelay(page: Page, text: string, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate((expected) => {
    const seen = window as unknown as { seenAt?: number };
    seen.seenAt = undefined;
    const log = document.querySelector('[role="log"]')!;
    const observer = new MutationObserver(() => {
      if (log.textContent?.includes(expected)) {
        seen.seenAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(log, { childList: true, subtree: true, characterData: true });
  }, text);
  const startedAt = Date.now();
  await act();
  const seenAt = await page.waitForFunction(
    () => (window as unknown as { seenAt?: number }).seenAt,
    undefined,
    {
      timeout: 10_000,
    },
  );
  return ((await seenAt.jsonValue()) as number) - startedAt;
}

/**
 * A GraphQL request with the demo account (demo mode, no Authorization header), for setting up
 * what the app then shows; its errors fail the test.
 */
async function asAccount<T>(query: string): Promise<T> {
  const answer = await gateway.graphql({ query });
  if (answer.body.errors || !answer.body.data) throw new Error(`set-up query failed: ${answer.text}`);
  return answer.body.data as T;
}

/** A conversation with the identity in it and `count` messages ("Message 0 " …), made through the gateway. */
async function conversationWithMessages(name: string, identity: string, count: number): Promise<string> {
  const { createConversation } = await asAccount<{ createConversation: { conversation: { sid: string } } }>(
    `mutation { createConversation(input: { friendlyName: ${JSON.stringify(name)} }) { conversation { sid } } }`,
  );
  const sid = createConversation.conversation.sid;
  await asAccount(
    `mutation { createParticipant(input: { conversationSid: "${sid}", identity: "${identity}" }) { participant { sid } } }`,
  );
  for (let i = 0; i < count; i++) {
    await asAccount(
      `mutation { createMessage(input: { conversationSid: "${sid}", author: "system", body: "Message ${i} ", webhookEnabled: false }) { message { sid } } }`,
    );
  }
  return sid;
}
