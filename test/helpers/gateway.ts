import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/server.ts';
import { startEmulator } from '../../src/emulator/server.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createGatewayMetrics, type GatewayMetrics } from '../../src/server/metrics.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { createGateway } from '../../src/server/yoga.ts';
import {
  createTwilioClient,
  listServices,
  type TwilioClient,
  type UpstreamCall,
} from '../../src/twilio/index.ts';
import { CreateConversationCodeDocument, CreateServiceDocument } from '../documents/generated.ts';

const schema = buildGatewaySchema();

/**
 * The variables argument of a typed document: optional when every variable is, required otherwise,
 * so a test cannot forget one the operation needs.
 */
export type VariablesOf<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

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
    ...variables: VariablesOf<Variables>
  ): Promise<GraphQLResult<Result>>;
  /** Runs an operation that must succeed and returns its data; throws with the whole result otherwise. */
  run<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<T>;
  /** The same for a typed document (test/documents). */
  run<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...variables: VariablesOf<Variables>
  ): Promise<Result>;
  /** Upstream calls made by the last `query`, from the gateway's own accounting. */
  lastCalls(): UpstreamCall[];
  /** The operationIds of those calls, sorted. */
  operations(): string[];
  /** The emulator's request log since `mark()` (what Twilio would have seen). */
  since(mark: number): RunningEmulator['requests'];
  mark(): number;
  close(): Promise<void>;
}

/**
 * An emulator and the gateway in front of it, built by the server's own `createGateway` (the
 * plugins, limits, masking and auth `npm start` runs) in pass-through mode, each query sending the
 * emulator's first account as Basic credentials. The document limits and the cost budget are
 * raised so module tests can ask large questions; test/e2e checks the defaults.
 */
export async function startTestGateway(options: EmulatorOptions = {}): Promise<TestGateway> {
  const emulator = await startEmulator(options);
  const account = emulator.accounts[0];
  if (!account) throw new Error('emulator started without an account');
  const loaded = loadConfig({
    AUTH_MODE: 'pass-through',
    TWILIO_CONVERSATIONS_URL: emulator.url,
    LOG_LEVEL: 'error',
    MAX_ALIASES: '100',
    MAX_ROOT_FIELDS: '100',
    MAX_DEPTH: '30',
    MAX_TOKENS: '100000',
    MAX_QUERY_CHARS: '1000000',
    MAX_UPSTREAM_CALLS: '100000',
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const client = createTwilioClient({ baseUrl: emulator.url });
  let calls: UpstreamCall[] = [];
  const metrics = createGatewayMetrics({ defaultMetrics: false });
  const recording: GatewayMetrics = {
    ...metrics,
    countUpstreamCall(call) {
      calls.push(call);
      metrics.countUpstreamCall(call);
    },
  };
  const redactor = createSecretRedactor([account.authToken]);
  const yoga = createGateway({
    config: loaded.config,
    schema,
    client,
    metrics: recording,
    redactor,
    // Unexpected errors are logged (to stderr, so a failing test shows them) and masked, as in production.
    logger: createLogger({ level: 'error', redactor, write: (line) => process.stderr.write(line) }),
  });
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const query = async (document: string | TypedDocumentNode, variables?: unknown) => {
    calls = [];
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    return (await response.json()) as GraphQLResult<never>;
  };
  return {
    emulator,
    client,
    query,
    async run(document: string | TypedDocumentNode, variables: unknown = {}) {
      const result = await query(document, variables);
      if (!result.data || result.errors) throw new Error(JSON.stringify(result));
      return result.data;
    },
    lastCalls: () => calls,
    operations: () => calls.map((call) => call.operationId).sort(),
    mark: () => emulator.requests.length,
    since: (mark) => emulator.requests.slice(mark),
    async close() {
      await client.close();
      await emulator.close();
    },
  };
}

/**
 * The test gateway of one test file: started before its tests, closed after them. Its methods may
 * be called from any test or hook of the file, once the file's tests have started.
 */
export function useTestGateway(options: EmulatorOptions = {}): TestGateway {
  let started: TestGateway | undefined;
  beforeAll(async () => {
    started = await startTestGateway(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): TestGateway => {
    if (!started) throw new Error('the test gateway is started in beforeAll; use it inside tests and hooks');
    return started;
  };
  return {
    get emulator() {
      return current().emulator;
    },
    get client() {
      return current().client;
    },
    query: ((document: string, variables?: Record<string, unknown>) =>
      current().query(document, variables)) as TestGateway['query'],
    run: ((document: string, variables?: Record<string, unknown>) =>
      current().run(document, variables)) as TestGateway['run'],
    lastCalls: () => current().lastCalls(),
    operations: () => current().operations(),
    mark: () => current().mark(),
    since: (mark) => current().since(mark),
    close: () => current().close(),
  };
}

/** The SID of the emulator's service of this name, read over REST (the demo seed has "Sales team"). */
export async function serviceSidNamed(gateway: TestGateway, friendlyName: string): Promise<string> {
  const account = gateway.emulator.accounts[0];
  if (!account) throw new Error('no account');
  const session = gateway.client.session({ username: account.accountSid, password: account.authToken });
  const service = (await listServices(session, {})).items.find((item) => item.friendlyName === friendlyName);
  if (!service) throw new Error(`the emulator has no service named ${friendlyName}`);
  return service.sid;
}

/** Creates a Conversation Service named `friendlyName` through the gateway and answers its SID. */
export async function createServiceNamed(gateway: TestGateway, friendlyName: string): Promise<string> {
  const data = await gateway.run(CreateServiceDocument, { friendlyName });
  const sid = data.createService.service?.sid;
  if (!sid) throw new Error(JSON.stringify(data));
  return sid;
}

/** Makes fresh conversations in the default service, uniquely named `<prefix>-<n>`; each answers its SID. */
export function conversationMaker(gateway: TestGateway, prefix: string): () => Promise<string> {
  let counter = 0;
  return async () => {
    counter += 1;
    const data = await gateway.run(CreateConversationCodeDocument, { uniqueName: `${prefix}-${counter}` });
    const sid = data.createConversation.conversation?.sid;
    if (!sid) throw new Error(JSON.stringify(data));
    return sid;
  };
}
