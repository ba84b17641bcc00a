import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * A small document whose fragments fan out to 2^20 fields must not hold the event loop: while it
 * is being answered over real HTTP, `/health` still answers at once. The gateway runs in
 * pass-through mode, where any well-formed Basic credential gets a document analysed.
 */
let gateway: GatewayProcess;

beforeAll(async () => {
  gateway = await startGatewayProcess({
    AUTH_MODE: 'pass-through',
    TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:9',
  });
});
afterAll(async () => {
  await gateway?.stop();
});

function fanOut(levels: number): string {
  const fragments = ['fragment F0 on Query { __typename }'];
  for (let i = 1; i <= levels; i += 1)
    fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query { ...F${levels} }\n${fragments.join('\n')}`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const startedAt = performance.now();
  const value = await work();
  return { value, ms: performance.now() - startedAt };
}

describe('document analysis over HTTP', () => {
  it('answers /health promptly while a 20-level fragment fan-out is analysed', async () => {
    const fake = `Basic ${Buffer.from(`AC${'0'.repeat(32)}:not-a-real-token`).toString('base64')}`;
    // Warm the process up so the measurement is not its first request.
    await fetch(`${gateway.url}/health`);
    const query = timed(() => gateway.graphql({ query: fanOut(20) }, { authorization: fake }));
    // Sent once the query's request is on its way, so it queues behind the analysis if that blocks.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const health = await timed(() => fetch(`${gateway.url}/health`));
    const answer = await query;
    expect(health.value.status).toBe(200);
    expect(health.ms).toBeLessThan(500);
    expect(answer.value.body).toEqual({ data: { __typename: 'Query' } });
    expect(answer.ms).toBeLessThan(1000);
  });
});
