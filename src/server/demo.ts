import { randomBytes } from 'node:crypto';
import type { ApiKey } from '../access/index.ts';
import type { TwilioCredentials } from '../twilio/client.ts';
import { DEMO_IDENTITIES_PATH, DEMO_TOKEN_PATH, GRAPHQL_PATH } from './endpoints.ts';
import { EXAMPLE_QUERY } from './graphiql.ts';
import type { Logger } from './logger.ts';

/** The embedded emulator with demo data, standing in for Twilio when nothing else is configured. */
export interface DemoUpstream {
  url: string;
  /** The demo account, which every request acts with. */
  credentials: TwilioCredentials;
  /**
   * Points the emulator's account-level post-event webhooks (every event type, POST) at the
   * gateway's receiver, so subscriptions hear what mutations change. Called once the gateway
   * listens: before that its URL is not known (`PORT=0`) and nothing would answer.
   */
  sendWebhooksTo(webhookUrl: string): void;
  /**
   * An API key of the demo account, made up at start: the demo token endpoint signs end users'
   * Access Tokens with it and the gateway's verifier accepts it. It dies with the process.
   */
  tokenKey: ApiKey;
  /** What to try first, on stdout, once the gateway listens at `gatewayUrl` (and serves the chat app at `webAppUrl`). */
  printBanner(gatewayUrl: string, webAppUrl?: string | null): void;
  close(): Promise<void>;
}

export interface DemoOptions {
  /** Added to every answer of the emulator (DEMO_UPSTREAM_LATENCY_MS), as a far-away Twilio would. */
  latencyMs?: number;
}

export async function startDemoUpstream(logger: Logger, options: DemoOptions = {}): Promise<DemoUpstream> {
  // Loaded here, in demo mode only: a gateway in front of Twilio never loads the emulator.
  const { DEMO_ACCOUNT, startEmulator } = await import('../emulator/server.ts');
  const tokenKey: ApiKey = {
    sid: `SK${randomBytes(16).toString('hex')}`,
    secret: randomBytes(32).toString('base64url'),
  };
  const emulator = await startEmulator({
    // The key is the account's own, as a chat app's backend would create one in the Twilio console.
    accounts: [{ ...DEMO_ACCOUNT, apiKeys: [tokenKey] }],
    seed: 'demo',
    port: 0,
    onError: (error) => logger.error({ error }, 'emulator error'),
    ...(options.latencyMs ? { faults: { latencyMs: options.latencyMs } } : {}),
  });
  let webhookUrl: string | null = null;
  return {
    url: emulator.url,
    credentials: { username: DEMO_ACCOUNT.accountSid, password: DEMO_ACCOUNT.authToken },
    tokenKey,
    close: () => emulator.close(),
    sendWebhooksTo(url) {
      // No filters given: every post-event type (onMessageAdded, onParticipantAdded, …).
      emulator.webhooks.configureAccountWebhook({ url, method: 'POST' });
      webhookUrl = url;
    },
    printBanner(gatewayUrl, webAppUrl) {
      const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ').trim() });
      process.stdout.write(
        [
          '',
          'Demo mode: no Twilio credentials are set, so the gateway runs against the embedded emulator with demo data.',
          ...(webAppUrl ? [`  Chat app:  ${webAppUrl} (pick an identity in two tabs and chat)`] : []),
          `  GraphiQL:  ${gatewayUrl}${GRAPHQL_PATH}`,
          `  Emulator:  ${emulator.url}/v1 (Account SID ${DEMO_ACCOUNT.accountSid}, Auth Token ${DEMO_ACCOUNT.authToken})`,
          ...(webhookUrl
            ? [
                `  Webhooks:  the emulator sends every post-event webhook to ${webhookUrl},`,
                '             so a subscription (messageAdded, conversationEvents, …) in one GraphiQL tab receives what a mutation in another changes.',
              ]
            : []),
          '  Try:',
          `    curl -s ${gatewayUrl}${GRAPHQL_PATH} -H 'content-type: application/json' -d '${body}'`,
          `  End users: POST ${gatewayUrl}${DEMO_TOKEN_PATH} {"identity":"alice"} mints a Twilio Access Token for a demo user (GET ${gatewayUrl}${DEMO_IDENTITIES_PATH} lists them; demo mode only)`,
          '',
          '',
        ].join('\n'),
      );
    },
  };
}
