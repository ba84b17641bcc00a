import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type RunningEmulator, startEmulator } from '../src/emulator/server.ts';

/**
 * REST latency of the emulator's message create with X-Twilio-Webhook-Enabled: true, when no
 * webhook is configured, when the receiver answers at once, and when the receiver never answers
 * (every webhook then waits out Twilio's 5 s read timeout). Webhooks are sent after the answer,
 * so the three should match. Rounds alternate between the three so that the machine's load hits
 * them alike; the table shows percentiles over every request.
 *
 *   node --import tsx scripts/measure-webhook-latency.ts [--rounds 10] [--per-round 100]
 */
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '10' }, 'per-round': { type: 'string', default: '100' } },
});
const rounds = Number(values.rounds);
const perRound = Number(values['per-round']);

async function startReceiver(hang: boolean): Promise<{ url: string; close: () => void }> {
  const waiting: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => (hang ? waiting.push(res) : res.writeHead(204).end()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    close: () => {
      for (const res of waiting) res.destroy();
      server.close();
      server.closeAllConnections();
    },
  };
}

interface Variant {
  name: string;
  emulator: RunningEmulator;
  messagesUrl: string;
  authorization: string;
  samples: number[];
  close: () => Promise<void>;
}

async function startVariant(name: string, receiver: 'none' | 'answering' | 'hanging'): Promise<Variant> {
  const hook = receiver === 'none' ? undefined : await startReceiver(receiver === 'hanging');
  const emulator = await startEmulator({
    ...(hook ? { accountWebhook: { url: hook.url } } : {}),
    onWebhookDropped: () => {},
  });
  const account = emulator.accounts[0];
  if (!account) throw new Error('no account');
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const created = await fetch(`${emulator.url}/v1/Conversations`, {
    method: 'POST',
    headers: { authorization },
  });
  const { sid } = (await created.json()) as { sid: string };
  return {
    name,
    emulator,
    messagesUrl: `${emulator.url}/v1/Conversations/${sid}/Messages`,
    authorization,
    samples: [],
    close: async () => {
      await emulator.close();
      hook?.close();
    },
  };
}

async function send(variant: Variant, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(variant.messagesUrl, {
    method: 'POST',
    headers: {
      authorization: variant.authorization,
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-webhook-enabled': 'true',
    },
    body: new URLSearchParams({ Body: body }),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`${variant.name}: HTTP ${response.status}`);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const variants = [
  await startVariant('no webhook configured', 'none'),
  await startVariant('receiver answers 204', 'answering'),
  await startVariant('receiver never answers', 'hanging'),
];
for (const variant of variants) for (let i = 0; i < 20; i += 1) await send(variant, `warm-up ${i}`);
for (let round = 0; round < rounds; round += 1) {
  for (const variant of variants) {
    for (let i = 0; i < perRound; i += 1) variant.samples.push(await send(variant, `round ${round} #${i}`));
  }
}
const fmt = (ms: number) => ms.toFixed(2);
console.log(
  '| receiver | requests | p50 ms | p99 ms | max ms | webhooks delivered / dropped / not yet done |',
);
console.log('|---|---|---|---|---|---|');
for (const variant of variants) {
  const sorted = [...variant.samples].sort((a, b) => a - b);
  const { attempts } = variant.emulator.webhooks;
  const delivered = attempts.filter((a) => a.outcome === 'delivered').length;
  const dropped = attempts.filter((a) => a.outcome === 'dropped').length;
  const pending = rounds * perRound + 20 - delivered - dropped;
  console.log(
    `| ${variant.name} | ${sorted.length} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 99))} | ${fmt(sorted.at(-1) ?? Number.NaN)} | ${variant.name.startsWith('no') ? '–' : `${delivered} / ${dropped} / ${pending}`} |`,
  );
}
await Promise.all(variants.map((variant) => variant.close()));
