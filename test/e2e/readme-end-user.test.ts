import { readFileSync } from 'node:fs';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { DEMO_ACCOUNT, type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';

/**
 * The README's browser-style call with an end user's Access Token ("What an end user sees") is
 * replayed over real HTTP, and what the README prints must be what the gateway answers: the list
 * alice sees, the lookups that are `null` for her, and the refusal of administration. Twice: in demo
 * mode with a token from `/demo/token`, as the README tells, and against a gateway in server mode,
 * before an emulator holding the same demo data, with a token minted by the official `twilio` SDK's
 * AccessToken and ChatGrant, as an app's backend mints it.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const SECTION = (() => {
  const start = README.indexOf('### What an end user sees');
  const end = README.indexOf('\n### ', start + 1);
  if (start < 0 || end < 0) throw new Error('the README has no "What an end user sees" section');
  return README.slice(start, end);
})();

/** The first fenced block of `language` in the section. */
function block(language: string): string {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(SECTION);
  if (!match?.[1]) throw new Error(`no ${language} block in the section`);
  return match[1];
}

/** What the README's browser code sends: its `query`, to its URL's path, with its headers. */
function browserCall(): { path: string; query: string } {
  const code = block('js');
  const query = /const query = `([\s\S]*?)`;/.exec(code)?.[1];
  const url = /fetch\('([^']+)'/.exec(code)?.[1];
  if (!query || !url) throw new Error('the README’s browser call has no query or URL');
  // The request this test sends: JSON, and the token as a bearer token.
  expect(code).toMatch(
    /headers: \{ 'content-type': 'application\/json', authorization: `Bearer \$\{token\}` \}/,
  );
  expect(code).toContain('body: JSON.stringify({ query })');
  return { path: new URL(url).pathname, query };
}

/** A document of the section's prose and the answer printed after it: `` `{ … }` answers `…` ``. */
function proseExample(startsWith: string): { query: string; answer: string } {
  const escaped = startsWith.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\`(${escaped}[^\`]*)\`\\s+answers\\s+\`([^\`]+)\``).exec(SECTION);
  if (!match?.[1] || !match[2]) throw new Error(`no example starting ${startsWith}`);
  return { query: match[1], answer: match[2] };
}

/** Where the example runs: the gateway's URL and how alice's token is had there. */
interface Setup {
  url: string;
  token: () => Promise<string>;
}

const DEMO = 'demo mode, a token from /demo/token';
const SERVER = 'server mode, a token minted by the twilio SDK';
const running: Array<{ close(): Promise<void> }> = [];
const setups = new Map<string, Setup>();

async function listening(env: Record<string, string>): Promise<RunningServer> {
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error', WEB_APP: 'off', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const gateway = await startGateway(loaded.config);
  running.push(gateway);
  return gateway;
}

beforeAll(async () => {
  const demo = await listening({});
  setups.set(DEMO, {
    url: demo.url,
    async token() {
      const response = await fetch(`${demo.url}/demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: 'alice' }),
      });
      return ((await response.json()) as { token: string }).token;
    },
  });

  // The same demo data behind a gateway in server mode that holds an API key of the account.
  const key = { sid: `SK${'4'.repeat(32)}`, secret: 'readme-end-user-key-secret-8d3f' };
  const emulator: RunningEmulator = await startEmulator({
    accounts: [{ ...DEMO_ACCOUNT, apiKeys: [key] }],
    seed: 'demo',
    port: 0,
  });
  running.push(emulator);
  const server = await listening({
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_API_KEY: key.sid,
    TWILIO_API_SECRET: key.secret,
    GATEWAY_TOKENS: 'readme-end-user-gateway-token-61c',
  });
  const serviceSid =
    emulator.store.state.accounts[DEMO_ACCOUNT.accountSid]?.configuration.defaultChatServiceSid;
  if (!serviceSid) throw new Error('the demo account has no default service');
  setups.set(SERVER, {
    url: server.url,
    async token() {
      const token = new twilio.jwt.AccessToken(DEMO_ACCOUNT.accountSid, key.sid, key.secret, {
        identity: 'alice',
        ttl: 600,
      });
      token.addGrant(new twilio.jwt.AccessToken.ChatGrant({ serviceSid }));
      return token.toJwt();
    },
  });
}, 60_000);

afterAll(async () => {
  // The gateways first, then the emulator they call.
  for (const server of running.reverse()) await server.close();
});

describe.each([DEMO, SERVER])('the README’s end-user example, %s', (mode) => {
  const setup = () => {
    const found = setups.get(mode);
    if (!found) throw new Error('not started');
    return found;
  };
  const post = async (path: string, query: string) => {
    const { url, token } = setup();
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('the browser call prints what the README shows', async () => {
    const { path, query } = browserCall();
    const { status, body } = await post(path, query);
    expect(status).toBe(200);
    // console.log(JSON.stringify(…)) of the answer, as the README's code prints it.
    expect(JSON.parse(JSON.stringify(body))).toEqual(JSON.parse(block('json')));
  });

  it('what she cannot see is null, as printed', async () => {
    const { query, answer } = proseExample('{ other: conversation(');
    const { status, body } = await post('/graphql', query);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(answer));
  });

  it('administration is refused FORBIDDEN, as printed', async () => {
    const example = /`(\{ credentials[^`]*)`\s+answers\s+`"data": null`\s+with\s+`([^`]+)`/.exec(SECTION);
    if (!example?.[1] || !example[2]) throw new Error('no administration example');
    const { status, body } = await post('/graphql', example[1]);
    expect(status).toBe(200);
    expect(body).toEqual({ data: null, errors: [JSON.parse(example[2])] });
  });
});
