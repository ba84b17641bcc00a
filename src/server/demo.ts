import type { TwilioCredentials } from '../twilio/client.ts';
import { GRAPHQL_PATH } from './endpoints.ts';
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
  /** What to try first, on stdout, once the gateway listens at `gatewayUrl`. */
  printBanner(gatewayUrl: string): void;
  close(): Promise<void>;
}

export async function startDemoUpstream(logger: Logger): Promise<DemoUpstream> {
  // Loaded here, in demo mode only: a gateway in front of Twilio never loads the emulator.
  const { DEMO_ACCOUNT, startEmulator } = await import('../emulator/server.ts');
  const emulator = await startEmulator({
    seed: 'demo',
    port: 0,
    onError: (error) => logger.error({ error }, 'emulator error'),
  });
  let webhookUrl: string | null = null;
  return {
    url: emulator.url,
    credentials: { username: DEMO_ACCOUNT.accountSid, password: DEMO_ACCOUNT.authToken },
    close: () => emulator.close(),
    sendWebhooksTo(url) {
      // No filters given: every post-event type (onMessageAdded, onParticipantAdded, …).
      emulator.webhooks.configureAccountWebhook({ url, method: 'POST' });
      webhookUrl = url;
    },
    printBanner(gatewayUrl) {
      const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ').trim() });
      process.stdout.write(
        [
          '',
          'Demo mode: no Twilio credentials are set, so the gateway runs against the embedded emulator with demo data.',
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
          '',
          '',
        ].join('\n'),
      );
    },
  };
}
