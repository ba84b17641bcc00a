import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOfflineBrowser, type OfflineBrowser } from '../helpers/browser.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * `npm start` on a machine without internet, opened in a real browser: GraphiQL must come up from
 * what the gateway itself serves, show the example query, fetch the schema for its docs and run
 * the query.
 */
let gateway: GatewayProcess;
let browser: OfflineBrowser;
let page: Page;

const LOAD_TIMEOUT_MS = 30_000;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([
    // The default configuration, as a new user gets it.
    startGatewayProcess(),
    launchOfflineBrowser(),
  ]);
  page = browser.page;
  // Each step fails fast; the polls below carry the wait for the page to come up.
  page.setDefaultTimeout(5_000);
  // The first visit loads and builds the 9 MB page.
  await page.goto(`${gateway.url}/graphql`, { timeout: LOAD_TIMEOUT_MS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

/** The query editor's text; Monaco renders spaces as no-break spaces. */
async function editorText(): Promise<string> {
  const text = await page.locator('.graphiql-query-editor').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

describe('GraphiQL with the network cut off', () => {
  it('opens with the example query in the editor', { timeout: 60_000 }, async () => {
    await expect
      .poll(editorText, { timeout: LOAD_TIMEOUT_MS, interval: 250 })
      .toContain('conversations(first: 5)');
    expect(await editorText()).toContain('friendlyName');
    expect(await page.title()).toBe('Twilio Conversations GraphQL');
  });

  it('lists the Query fields in the docs explorer from the fetched schema', { timeout: 60_000 }, async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    // Either the root types or an error show up once the introspection answer is in.
    await expect
      .poll(() => explorer.innerText(), { timeout: LOAD_TIMEOUT_MS, interval: 250 })
      .toMatch(/Root Types|error/i);
    expect(await explorer.innerText()).toMatch(/query:\s*Query/);
    await explorer.getByText('Query', { exact: true }).first().click();
    const fields = explorer.locator('.graphiql-doc-explorer-field-name');
    await fields.first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    const names = await fields.allInnerTexts();
    expect(names).toContain('conversation');
    expect(names).toContain('conversations');
  });

  it('runs the example query against the demo data', { timeout: 60_000 }, async () => {
    const [response] = await Promise.all([
      page.waitForResponse(
        (answer) => answer.url() === `${gateway.url}/graphql` && answer.request().method() === 'POST',
        { timeout: LOAD_TIMEOUT_MS },
      ),
      page.getByRole('button', { name: /Execute query/ }).click(),
    ]);
    expect(response.status()).toBe(200);
    const result = (await response.json()) as {
      data?: { conversations: { edges: Array<{ node: { friendlyName: string } }> } };
    };
    expect(result.data?.conversations.edges.map((edge) => edge.node.friendlyName)).toContain(
      'Product launch',
    );
    // What came back is what the response pane shows.
    await expect
      .poll(async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' '), {
        timeout: LOAD_TIMEOUT_MS,
        interval: 250,
      })
      .toContain('"conversations": {');
  });

  it('asked for nothing beyond the gateway and threw no error', () => {
    expect(browser.offLoopback).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe("GraphiQL's page module", () => {
  it('is loaded on the first visit, not at start', { timeout: 60_000 }, async () => {
    const directory = await mkdtemp(join(tmpdir(), 'graphiql-loading-'));
    const file = join(directory, 'modules.txt');
    const traced = await startGatewayProcess({
      NODE_OPTIONS: `--import=${fileURLToPath(new URL('../helpers/trace-imports.mjs', import.meta.url))}`,
      TRACE_IMPORTS_FILE: file,
    });
    try {
      const loaded = async () => (await readFile(file, 'utf8')).includes('/@graphql-yoga/render-graphiql/');
      expect(await loaded()).toBe(false);
      const page = await fetch(`${traced.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('YogaGraphiQL.renderYogaGraphiQL');
      expect(await loaded()).toBe(true);
    } finally {
      await traced.stop();
      await rm(directory, { recursive: true, force: true });
    }
  });
});
