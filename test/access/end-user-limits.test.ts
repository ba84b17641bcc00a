import { afterEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../src/emulator/app.ts';
import type { EmulatorOptions } from '../../src/emulator/server.ts';
import { ACCOUNT_SID, API_KEY, GATEWAY_TOKEN, mintAccessToken } from '../helpers/end-user-gateway.ts';
import { type ListeningGateway, startListeningGateway } from '../helpers/listening-gateway.ts';

/*
 * The per-end-user limits over real HTTP, with `serve`'s own server: every end user's calls go out
 * with the gateway's one API key, so only these limits keep one browser from taking the
 * credential's whole share of Twilio.
 */

const SEND = `mutation Send($input: CreateMessageInput!) {
  createMessage(input: $input) { message { index } userErrors { reason } }
}`;

let gateway: ListeningGateway | null = null;
afterEach(async () => {
  await gateway?.close();
  gateway = null;
});

async function start(env: Record<string, string>, emulator: EmulatorOptions = {}) {
  const started = await startListeningGateway({
    emulator: {
      ...emulator,
      accounts: [{ accountSid: ACCOUNT_SID, authToken: 'limits-auth-token-61c', apiKeys: [API_KEY] }],
    },
    env: {
      AUTH_MODE: 'server',
      TWILIO_API_KEY: API_KEY.sid,
      TWILIO_API_SECRET: API_KEY.secret,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      GATEWAY_TOKENS: GATEWAY_TOKEN,
      ...env,
    },
  });
  gateway = started;
  const server = { authorization: `Bearer ${GATEWAY_TOKEN}` };
  const serviceSid =
    started.emulator.store.state.accounts[ACCOUNT_SID]?.configuration.defaultChatServiceSid ?? '';
  const created = await started.post(
    { query: 'mutation { createConversation(input: { friendlyName: "limits" }) { conversation { sid } } }' },
    server,
  );
  const payload = created.body.data?.createConversation as { conversation: { sid: string } } | undefined;
  if (!payload) throw new Error(JSON.stringify(created.body));
  const conversationSid = payload.conversation.sid;
  for (const identity of ['alice', 'bob']) {
    await started.post(
      {
        query:
          'mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { userErrors { code } } }',
        variables: { input: { conversationSid, identity } },
      },
      server,
    );
  }
  const as = (identity: string) => ({ authorization: `Bearer ${mintAccessToken(identity, serviceSid)}` });
  const send = (identity: string, body: string) =>
    started.post({ query: SEND, variables: { input: { conversationSid, body } } }, as(identity));
  const metrics = async () => (await fetch(started.url.replace(/\/graphql$/, '/metrics'))).text();
  return { gateway: started, server, send, as, metrics };
}

/** The most emulator requests that overlapped in time. */
function mostAtOnce(requests: readonly RequestLogEntry[]): number {
  const edges = requests.flatMap((request) => [
    { at: request.startedAt, step: 1 },
    { at: request.startedAt + request.durationMs, step: -1 },
  ]);
  // An end before a start at the same instant: the slot was free again.
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  let most = 0;
  for (const edge of edges) {
    now += edge.step;
    most = Math.max(most, now);
  }
  return most;
}

describe('limits per end user', () => {
  it('refuses an end user past their rate with 429 and Retry-After, before any Twilio call, and no one else', async () => {
    const { gateway, server, send, as, metrics } = await start({
      END_USER_REQUESTS_PER_MINUTE: '1',
      END_USER_REQUEST_BURST: '3',
    });
    for (let i = 0; i < 3; i += 1) expect((await send('alice', `burst ${i}`)).status).toBe(200);
    // One more a minute: the fourth within the minute finds the bucket empty.

    const mark = gateway.emulator.requests.length;
    const refused = await send('alice', 'one too many');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(gateway.emulator.requests.slice(mark)).toEqual([]);
    const raw = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('alice') },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Another user, and callers with a gateway token, have buckets of their own or none.
    expect((await send('bob', 'still fine')).status).toBe(200);
    const operator = await gateway.post({ query: '{ __typename }' }, server);
    expect(operator.status).toBe(200);

    const text = await metrics();
    expect(text).toMatch(/gateway_end_user_refusals_total\{limit="rate"\} 2\b/);
    expect(text).toMatch(/gateway_end_user_limit\{bound="requests_per_minute"\} 1\b/);
    expect(text).toMatch(/gateway_end_user_limit\{bound="burst"\} 3\b/);
    expect(text).toMatch(/gateway_end_user_limit\{bound="in_flight"\} 5\b/);
  }, 30_000);

  it('holds one end user to END_USER_MAX_IN_FLIGHT Twilio calls at once, while two users get twice that', async () => {
    const { gateway, send } = await start({ END_USER_MAX_IN_FLIGHT: '2' }, { faults: { latencyMs: 60 } });
    let mark = gateway.emulator.requests.length;
    // Each message reads the sender's user and participant at once, then their roles: six messages
    // would have twelve calls in flight at once without the limit.
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => send('alice', `alone ${i}`)));
    expect(answers.map((answer) => answer.body.errors)).toEqual(Array(6).fill(undefined));
    expect(mostAtOnce(gateway.emulator.requests.slice(mark))).toBe(2);

    mark = gateway.emulator.requests.length;
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => send(i % 2 === 0 ? 'alice' : 'bob', `together ${i}`)),
    );
    const together = mostAtOnce(gateway.emulator.requests.slice(mark));
    expect(together).toBeGreaterThan(2);
    expect(together).toBeLessThanOrEqual(4);
  }, 30_000);

  it('answers OVERLOADED when an end user’s calls wait too long for a slot, and counts it', async () => {
    // One slot and 900 ms per call: the third of six calls asked for at once waits past 2 s.
    const { send, metrics } = await start({ END_USER_MAX_IN_FLIGHT: '1' }, { faults: { latencyMs: 900 } });
    const answers = await Promise.all(Array.from({ length: 3 }, (_, i) => send('alice', `slow ${i}`)));
    const codes = answers.flatMap(
      (answer) => answer.body.errors?.map((error) => error.extensions?.code) ?? [],
    );
    expect(codes).toContain('OVERLOADED');
    expect(await metrics()).toMatch(/gateway_end_user_refusals_total\{limit="in_flight"\} [1-9]/);
  }, 30_000);
});
