import { describe, expect, it } from 'vitest';
import type { FaultOptions } from '../../src/emulator/app.ts';
import { FanOutDocument } from '../documents/generated.ts';
import { useTestGateway } from '../helpers/gateway.ts';

/**
 * Twilio refuses too many concurrent requests of one account with 429 / 20429 and does not say how
 * many is too many (docs/twilio-rest-behaviour.md §7). Whatever the gateway's own in-flight limit,
 * a query that fans out past the account's real ceiling must still be answered, completely.
 */
const faults: FaultOptions = {};
const gateway = useTestGateway({ faults });
const CONVERSATIONS = 30;

async function createData(): Promise<void> {
  const account = gateway.emulator.accounts[0];
  if (!account) throw new Error('no account');
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const post = async (path: string, params: Record<string, string>) => {
    const response = await fetch(`${gateway.emulator.url}${path}`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as { sid: string };
  };
  for (let i = 0; i < CONVERSATIONS; i += 1) {
    const { sid } = await post('/v1/Conversations', { FriendlyName: `capped-${i}` });
    await post(`/v1/Conversations/${sid}/Messages`, { Author: 'ana', Body: `last of ${i}` });
  }
}

describe('Twilio’s concurrency ceiling below the gateway’s in-flight limit', () => {
  it('answers a fan-out of 30 calls completely when the account allows 4 at once', async () => {
    await createData();
    const expected = await gateway.run(FanOutDocument);
    expect(expected.conversations.edges).toHaveLength(CONVERSATIONS);

    faults.maxConcurrent = 4;
    faults.latencyMs = 20;
    try {
      for (let round = 0; round < 2; round += 1) {
        const mark = gateway.mark();
        const result = await gateway.query(FanOutDocument);
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual(expected);
        const log = gateway.since(mark);
        const refused = log.filter((entry) => entry.status === 429).length;
        // Each call answered once, and only once: the refused attempts were never processed.
        expect(log.filter((entry) => entry.status === 200)).toHaveLength(CONVERSATIONS + 1);
        if (round === 0) {
          // The first fan-out finds the ceiling: most of its first wave is refused, then the
          // gateway sends no more at once than Twilio took (not a retry storm).
          expect(refused).toBeLessThanOrEqual(2 * CONVERSATIONS);
        } else {
          // The next one starts from what the gateway learned; only its probes for a higher
          // ceiling are refused.
          expect(refused).toBeLessThanOrEqual(CONVERSATIONS / 2);
        }
      }
    } finally {
      faults.maxConcurrent = undefined;
      faults.latencyMs = undefined;
    }
  });
});
