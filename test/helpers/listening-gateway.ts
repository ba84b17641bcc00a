import { loadConfig } from '../../src/config/index.ts';
import type { EmulatorAccount, EmulatorOptions, RunningEmulator } from '../../src/emulator/server.ts';
import { startEmulator } from '../../src/emulator/server.ts';
import { startGateway } from '../../src/server/main.ts';

export interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export interface ListeningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  emulator: RunningEmulator;
  /** `Authorization: Basic …` for one of the emulator's accounts (pass-through credentials). */
  authorization(account?: EmulatorAccount): string;
  /** POSTs one operation over HTTP, with the first account's credentials unless headers say otherwise. */
  post(
    body: { query: string; variables?: Record<string, unknown> },
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

export const basicAuthorization = (account: EmulatorAccount) =>
  `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;

/**
 * The gateway as `serve` runs it (startGateway: the HTTP server, its limits and plugins) on a free
 * loopback port, in pass-through mode in front of an emulator: each request is answered with the
 * Twilio account its own Basic credentials name.
 */
export async function startListeningGateway(
  options: { emulator?: EmulatorOptions; env?: Record<string, string> } = {},
): Promise<ListeningGateway> {
  const emulator = await startEmulator(options.emulator ?? {});
  const loaded = loadConfig({
    AUTH_MODE: 'pass-through',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  try {
    gateway = await startGateway(loaded.config);
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const [first] = emulator.accounts;
  if (!first) throw new Error('emulator started without an account');
  const url = `${gateway.url}/graphql`;
  return {
    url,
    emulator,
    authorization: (account = first) => basicAuthorization(account),
    async post(body, headers = { authorization: basicAuthorization(first) }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}
