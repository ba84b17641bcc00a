import { loadConfig } from '../../src/config/index.ts';
import type { RunningEmulator } from '../../src/emulator/server.ts';
import { type RunningServer, startGateway } from '../../src/server/main.ts';
import { basicAuthorization } from './listening-gateway.ts';

/**
 * A gateway as `serve` starts it, in pass-through mode in front of an emulator whose first account's
 * signed webhooks it accepts; `env` adds to or overrides its configuration (REDIS_URL, bounds, …).
 */
export async function startWebhookGateway(
  emulator: RunningEmulator,
  env: Record<string, string> = {},
): Promise<{ gateway: RunningServer; authorization: string }> {
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  const loaded = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'error',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    TWILIO_WEBHOOK_ACCOUNTS: `${account.accountSid}:${account.authToken}`,
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return { gateway: await startGateway(loaded.config), authorization: basicAuthorization(account) };
}

/** Creates a conversation in the emulator's first account, straight through its REST API. */
export async function createConversation(emulator: RunningEmulator, friendlyName: string): Promise<string> {
  const account = emulator.accounts[0];
  if (!account) throw new Error('no emulator account');
  const created = await fetch(`${emulator.url}/v1/Conversations`, {
    method: 'POST',
    headers: {
      authorization: basicAuthorization(account),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ FriendlyName: friendlyName }),
  });
  return ((await created.json()) as { sid: string }).sid;
}
