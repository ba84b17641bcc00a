import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/server.ts';
import { startEmulator } from '../../src/emulator/server.ts';
import { createGatewayContext, type GatewayContext } from '../../src/graphql/context.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createTwilioClient, type TwilioClient, type UpstreamCall } from '../../src/twilio/index.ts';

const schema = buildGatewaySchema();

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestGateway {
  emulator: RunningEmulator;
  client: TwilioClient;
  /** Runs one GraphQL operation through the gateway's fetch handler, against the emulator over HTTP. */
  query<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** The same for a typed document (test/documents), whose result and variables are typed. */
  query<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
  ): Promise<GraphQLResult<Result>>;
  /** Upstream calls made by the last `query`, from the gateway's own accounting. */
  lastCalls(): UpstreamCall[];
  /** The emulator's request log since `mark()` (what Twilio would have seen). */
  since(mark: number): RunningEmulator['requests'];
  mark(): number;
  close(): Promise<void>;
}

/** An emulator and a gateway in front of it, with the emulator's first account as credentials. */
export async function startTestGateway(options: EmulatorOptions = {}): Promise<TestGateway> {
  const emulator = await startEmulator(options);
  const account = emulator.accounts[0];
  if (!account) throw new Error('emulator started without an account');
  const client = createTwilioClient({ baseUrl: emulator.url });
  let calls: UpstreamCall[] = [];
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    logging: false,
    maskedErrors: false,
    context: () => {
      const context = createGatewayContext(client, {
        username: account.accountSid,
        password: account.authToken,
      });
      calls = context.upstreamCalls;
      return context;
    },
  });
  return {
    emulator,
    client,
    async query(document: string | TypedDocumentNode, variables?: unknown) {
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      return (await response.json()) as GraphQLResult<never>;
    },
    lastCalls: () => calls,
    mark: () => emulator.requests.length,
    since: (mark) => emulator.requests.slice(mark),
    async close() {
      await client.close();
      await emulator.close();
    },
  };
}
