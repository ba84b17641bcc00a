import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createGatewayMetrics } from '../../src/server/metrics.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { createGateway, type Gateway } from '../../src/server/yoga.ts';
import { createTwilioClient } from '../../src/twilio/index.ts';
import { messageAddedFields, sid, signedWebhook, WEBHOOK_ACCOUNT } from '../helpers/webhooks.ts';

const schema = buildGatewaySchema();
let gateways: Gateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.map((gateway) => gateway.dispose()));
  gateways = [];
});

function gateway(env: Record<string, string> = {}) {
  const loaded = loadConfig({
    TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:9',
    TWILIO_WEBHOOK_ACCOUNTS: `${WEBHOOK_ACCOUNT.accountSid}:${WEBHOOK_ACCOUNT.authToken}`,
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const metrics = createGatewayMetrics({ defaultMetrics: false });
  const redactor = createSecretRedactor([]);
  const yoga = createGateway({
    config: loaded.config,
    schema,
    client: createTwilioClient({ baseUrl: 'http://127.0.0.1:9' }),
    metrics,
    redactor,
    logger: createLogger({ level: 'error', redactor, write: () => {} }),
  });
  gateways.push(yoga);
  return { yoga, metrics };
}

const fields = messageAddedFields({ conversationSid: sid('CH', 1) });

describe('POST /webhooks/twilio', () => {
  it('accepts a webhook signed for the URL it was sent to, with no GraphQL credentials', async () => {
    const { yoga, metrics } = gateway();
    const webhook = signedWebhook({ url: 'http://gw.test/webhooks/twilio', fields });
    const response = await yoga.fetch(webhook.url, webhook.init);
    expect(response.status).toBe(200);
    expect(await metrics.registry.getSingleMetricAsString('gateway_webhooks_total')).toContain(
      'gateway_webhooks_total{outcome="published"} 1',
    );
  });

  it('refuses a forged webhook with 403 and counts it', async () => {
    const { yoga, metrics } = gateway();
    const webhook = signedWebhook({ url: 'http://gw.test/webhooks/twilio', fields, signWith: 'guessed' });
    const response = await yoga.fetch(webhook.url, webhook.init);
    expect(response.status).toBe(403);
    expect(await metrics.registry.getSingleMetricAsString('gateway_webhooks_total')).toContain(
      'gateway_webhooks_total{outcome="forbidden"} 1',
    );
  });

  it('verifies against PUBLIC_URL, not the address the request reached', async () => {
    const { yoga } = gateway({ PUBLIC_URL: 'https://chat.example.com/gateway' });
    const direct = signedWebhook({ url: 'http://gw.test/webhooks/twilio', fields });
    expect((await yoga.fetch(direct.url, direct.init)).status).toBe(403);
    const proxied = signedWebhook({
      url: 'http://gw.test/webhooks/twilio?tenant=1',
      signedUrl: 'https://chat.example.com/gateway/webhooks/twilio?tenant=1',
      fields,
    });
    expect((await yoga.fetch(proxied.url, proxied.init)).status).toBe(200);
  });

  it('refuses webhooks of an account it was not given a token for', async () => {
    const { yoga } = gateway({ TWILIO_WEBHOOK_ACCOUNTS: '' });
    const webhook = signedWebhook({ url: 'http://gw.test/webhooks/twilio', fields });
    expect((await yoga.fetch(webhook.url, webhook.init)).status).toBe(403);
  });
});
