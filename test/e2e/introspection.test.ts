import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayProcess, type GraphQLBody, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The introspection queries tools send pass the default limits: graphql-js's
 * `getIntrospectionQuery()` (what GraphiQL and graphql-codegen build theirs from) is 15 levels
 * deep, and `__schema`/`__type` subtrees are measured against MAX_INTROSPECTION_DEPTH, not
 * MAX_DEPTH. Ordinary queries keep their own limit. In production, a holder of an introspection
 * token gets the same, and graphql-codegen pointed at the URL generates its types.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'introspection-gateway-token-7c21';
const INTROSPECTION_TOKEN = 'introspection-token-for-codegen-93ad';
const ALL_OPTIONS = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

function expectSchema(body: GraphQLBody) {
  expect(body.errors).toBeUndefined();
  const schema = body.data?.__schema as { queryType: { name: string }; types: unknown[] } | undefined;
  expect(schema?.queryType.name).toBe('Query');
  expect(schema?.types.length).toBeGreaterThan(50);
}

/** `__type(name: "Query") { fields { type { ofType { ofType … } } } }` with `levels` levels in all. */
function deepTypeQuery(levels: number): string {
  let inner = 'name';
  for (let level = 5; level <= levels; level += 1) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Query") { fields { type { ${inner} } } } }`;
}

describe('introspection at the default settings', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('answers getIntrospectionQuery(), with its default options and with every option on', async () => {
    for (const query of [getIntrospectionQuery(), ALL_OPTIONS]) {
      expectSchema((await gateway.graphql({ query })).body);
    }
  });

  it('measures introspection against its own limit of 20 levels', async () => {
    expect((await gateway.graphql({ query: deepTypeQuery(20) })).body.errors).toBeUndefined();
    const refused = await gateway.graphql({ query: deepTypeQuery(21) });
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'Introspection depth limit of 20 exceeded, found 21.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps the ordinary depth limit for the rest of an operation that also introspects', async () => {
    let chain = 'sid';
    for (let level = 0; level < 4; level += 1) {
      chain = `webhooks(first: 1) { edges { node { conversation { ${chain} } } } }`;
    }
    // 1 (conversation) + 4 × 4 + 1 (sid) = 18 levels, beside a 15-level introspection.
    const response = await gateway.graphql({
      query: `{ conversation(sid: "support-1042") { ${chain} } ${deepTypeQuery(15).slice(1, -1)} }`,
    });
    expect(response.body.errors?.map((error) => error.message)).toEqual([
      'Query depth limit of 15 exceeded, found 18.',
    ]);
  });
});

describe('introspection in production, for a holder of an introspection token', () => {
  let gateway: GatewayProcess;
  let directory = '';
  beforeAll(async () => {
    gateway = await startGatewayProcess({
      NODE_ENV: 'production',
      AUTH_MODE: 'server',
      TWILIO_ACCOUNT_SID: `AC${'e'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'introspection-auth-token-0f3c',
      TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:9',
      GATEWAY_TOKENS: TOKEN,
      INTROSPECTION_TOKENS: INTROSPECTION_TOKEN,
    });
    directory = await mkdtemp(join(tmpdir(), 'introspection-codegen-'));
  });
  afterAll(async () => {
    await gateway?.stop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  const headers = { authorization: `Bearer ${TOKEN}`, 'x-introspection-token': INTROSPECTION_TOKEN };

  it('answers getIntrospectionQuery() with every option on', async () => {
    expectSchema((await gateway.graphql({ query: ALL_OPTIONS }, headers)).body);
  });

  it('lets graphql-codegen generate types from the URL', { timeout: 120_000 }, async () => {
    const output = join(directory, 'types.ts');
    const config = join(directory, 'codegen.json');
    await writeFile(
      config,
      JSON.stringify({
        schema: [{ [`${gateway.url}/graphql`]: { headers } }],
        generates: { [output]: { plugins: ['typescript'] } },
      }),
    );
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', config],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
    );
    const types = await readFile(output, 'utf8');
    expect(types).toContain('export type Conversation = Node & {');
    expect(types).toContain('export type Query = {');
  });
});
