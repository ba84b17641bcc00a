import type { TwilioCredentials } from '../twilio/client.ts';
import { GRAPHQL_PATH } from './endpoints.ts';
import { EXAMPLE_QUERY } from './graphiql.ts';
import type { Logger } from './logger.ts';

/** The embedded emulator with demo data, standing in for Twilio when nothing else is configured. */
export interface DemoUpstream {
  url: string;
  /** The demo account, which every request acts with. */
  credentials: TwilioCredentials;
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
  return {
    url: emulator.url,
    credentials: { username: DEMO_ACCOUNT.accountSid, password: DEMO_ACCOUNT.authToken },
    close: () => emulator.close(),
    printBanner(gatewayUrl) {
      const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ').trim() });
      process.stdout.write(
        [
          '',
          'Demo mode: no Twilio credentials are set, so the gateway runs against the embedded emulator with demo data.',
          `  GraphiQL:  ${gatewayUrl}${GRAPHQL_PATH}`,
          `  Emulator:  ${emulator.url}/v1 (Account SID ${DEMO_ACCOUNT.accountSid}, Auth Token ${DEMO_ACCOUNT.authToken})`,
          '  Try:',
          `    curl -s ${gatewayUrl}${GRAPHQL_PATH} -H 'content-type: application/json' -d '${body}'`,
          '',
          '',
        ].join('\n'),
      );
    },
  };
}
