/**
 * `npm run bench:idle-subscribers`: the JS heap each SSE subscriber keeps while it waits for events,
 * once subscribed and again after an event that read Twilio was delivered to it. The gateway runs in
 * this process (as `serve` runs it, on loopback, in server mode in front of the emulator with its
 * demo data), so the heap is read after forced full collections rather than sampled from /metrics;
 * it also holds the subscribers' own client sockets, the same in every run: compare runs of this
 * script, not its numbers with the resident memory of `bench:realtime`.
 *
 * Four kinds of subscriber: an end user (bob, with an Access Token) or the account's gateway token,
 * each either with one document for all (whose events are answered once for everyone) or with a
 * document of its own (answered by each, as thousands of different users are). Each selects `url`,
 * which the webhook does not carry, so each answer reads Twilio.
 *
 *   IDLE_SUBSCRIBERS=1000 npm run bench:idle-subscribers
 */
import { loadavg } from 'node:os';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { ACCOUNT_SID, GATEWAY_TOKEN, mintAccessToken } from '../test/helpers/end-user-gateway.ts';
import { AUTH_TOKEN, startEndUserHttpGateway } from '../test/helpers/end-user-http.ts';
import { gc } from '../test/helpers/gc.ts';
import { createSdkClient } from '../test/helpers/twilio-sdk.ts';
import { openSubscribers, waitForActive } from './realtime.ts';

const SUBSCRIBERS = Number(process.env.IDLE_SUBSCRIBERS ?? 1_000);
const KINDS = [
  { caller: 'end user', shared: true },
  { caller: 'end user', shared: false },
  { caller: 'account', shared: true },
  { caller: 'account', shared: false },
] as const;

const documentOf = (shared: boolean) => (i: number) =>
  `subscription Idle${shared ? '' : i}($sid: String!) { messageAdded(conversationSid: $sid) { body url } }`;

async function heapUsed(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    await nextTurn();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

async function measure(kind: (typeof KINDS)[number]): Promise<{ subscribed: number; afterEvent: number }> {
  const gateway = await startEndUserHttpGateway({
    MAX_SUBSCRIPTIONS_PER_CREDENTIAL: String(SUBSCRIBERS * 2),
    LOG_LEVEL: 'warn',
  });
  try {
    const origin = new URL(gateway.url).origin;
    const sdk = createSdkClient(gateway.emulator.url, ACCOUNT_SID, AUTH_TOKEN).client;
    const as =
      kind.caller === 'end user'
        ? `Bearer ${mintAccessToken('bob', gateway.serviceSid)}`
        : `Bearer ${GATEWAY_TOKEN}`;
    const open = (count: number) =>
      openSubscribers(origin, 'product-launch', count, { as, document: documentOf(kind.shared) });
    let sent = 0;
    // An event every subscriber reads: the emulator's signed webhook of a message posted by alice.
    const deliver = async (subscribers: Awaited<ReturnType<typeof open>>) => {
      sent += 1;
      const waiting = subscribers.waitFor(sent, performance.now(), 60_000);
      await sdk.conversations.v1
        .conversations('product-launch')
        .messages.create({ author: 'alice', body: `event ${sent}`, xTwilioWebhookEnabled: 'true' });
      await waiting;
    };
    // Warm-up: the code each step runs is compiled, its caches filled, before anything is measured.
    const warm = await open(20);
    await waitForActive(origin, 20);
    await deliver(warm);
    warm.close();
    await waitForActive(origin, 0);

    // The emulator, in this process too, keeps a record of every request it answered (for tests):
    // emptied before each reading, what remains is the gateway's (and the subscribers' sockets).
    const gatewayHeap = () => {
      gateway.emulator.requests.length = 0;
      return heapUsed();
    };
    const before = await gatewayHeap();
    const subscribers = await open(SUBSCRIBERS);
    await waitForActive(origin, SUBSCRIBERS);
    await sleep(500);
    const subscribed = await gatewayHeap();
    await deliver(subscribers);
    await sleep(500);
    const afterEvent = await gatewayHeap();
    subscribers.close();
    return {
      subscribed: (subscribed - before) / SUBSCRIBERS,
      afterEvent: (afterEvent - before) / SUBSCRIBERS,
    };
  } finally {
    await gateway.close();
  }
}

const format = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
process.stdout.write(`${SUBSCRIBERS} subscribers; load average ${load()}\n`);
process.stdout.write(
  '| Subscriber | Document | Heap each, subscribed | Heap each, after an event |\n|---|---|---|---|\n',
);
for (const kind of KINDS) {
  const { subscribed, afterEvent } = await measure(kind);
  process.stdout.write(
    `| ${kind.caller} | ${kind.shared ? 'one for all' : 'its own'} | ${format(subscribed)} | ${format(afterEvent)} |\n`,
  );
}
process.stdout.write(`load average at end ${load()}\n`);
