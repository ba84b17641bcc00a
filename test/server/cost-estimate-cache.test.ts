import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { createGateway, type Gateway } from '../../src/server/yoga.ts';
import { createTwilioClient, type TwilioClient } from '../../src/twilio/index.ts';

/**
 * The estimate of upstream calls is kept per document, operation and variables: the same text run
 * again with other variables, or naming another operation, is estimated for what it asks.
 */
const DOCUMENT = `
  query Few($n: Int!) { conversations(first: $n) { edges { node { sid } } } }
  query Many { conversations(first: 1000) { edges { node { sid } } } }
`;

let emulator: RunningEmulator;
let client: TwilioClient;
let gateway: Gateway;
let authorization = '';

beforeAll(async () => {
  emulator = await startEmulator();
  const account = emulator.accounts[0];
  if (!account) throw new Error('no account');
  authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const loaded = loadConfig({
    AUTH_MODE: 'pass-through',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    LOG_LEVEL: 'error',
    MAX_UPSTREAM_CALLS: '5',
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  client = createTwilioClient({ baseUrl: emulator.url });
  const redactor = createSecretRedactor([account.authToken]);
  gateway = createGateway({
    config: loaded.config,
    schema: buildGatewaySchema(),
    client,
    redactor,
    logger: createLogger({ level: 'error', redactor, write: (line) => process.stderr.write(line) }),
  });
});
afterAll(async () => {
  await client?.close();
  await emulator?.close();
});

async function run(operationName: string, variables: Record<string, unknown>) {
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization, 'x-debug-upstream-calls': '1' },
    body: JSON.stringify({ query: DOCUMENT, operationName, variables }),
  });
  const body = (await response.json()) as {
    errors?: Array<{ extensions?: { code?: string } }>;
    extensions?: { upstreamCalls?: { estimated?: number } };
  };
  return {
    code: body.errors?.[0]?.extensions?.code ?? null,
    estimated: body.extensions?.upstreamCalls?.estimated,
  };
}

describe('the upstream-call estimate of a repeated document', () => {
  it('follows the variables and the operation of each request', async () => {
    const few = await run('Few', { n: 5 });
    expect(few.code).toBeNull();
    const many = await run('Few', { n: 1000 });
    expect(many.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(await run('Few', { n: 5 })).toEqual(few);
    expect((await run('Many', {})).code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(await run('Few', { n: 5 })).toEqual(few);
  });
});
