import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { toGraphQLError } from '../../src/graphql/errors.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createSecretRedactor, type SecretRedactor } from '../../src/server/redact.ts';
import { createGateway, type Gateway } from '../../src/server/yoga.ts';
import { createTwilioClient, type TwilioClient } from '../../src/twilio/client.ts';
import { TwilioApiError } from '../../src/twilio/errors.ts';

/**
 * Error masking, driven through the gateway's yoga instance with a fixture schema whose resolvers
 * fail in each way a real resolver can: no Twilio call is involved, only the masking path.
 */
const TENANT = { accountSid: `AC${'9'.repeat(32)}`, authToken: 'tenant-token-that-must-not-leak' };
const authorization = `Basic ${Buffer.from(`${TENANT.accountSid}:${TENANT.authToken}`).toString('base64')}`;

const twilioError = (status: number, code: number) =>
  new TwilioApiError({
    kind: 'http',
    message: `Twilio said ${code}`,
    method: 'GET',
    route: '/v1/Conversations/{Sid}',
    operationId: 'FetchConversation',
    status,
    code,
    moreInfo: `https://www.twilio.com/docs/errors/${code}`,
  });

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      crash: {
        type: GraphQLString,
        resolve: () => {
          throw new Error(`connect failed for ${TENANT.authToken} at https://internal.example/v1?x=1`);
        },
      },
      unmapped: {
        type: GraphQLString,
        resolve: () => {
          throw twilioError(404, 20404);
        },
      },
      mapped: {
        type: GraphQLString,
        resolve: () => {
          throw toGraphQLError(twilioError(429, 20429));
        },
      },
      intended: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('`first` must be between 0 and 1000.', {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        },
      },
    },
  }),
});

let client: TwilioClient;
let gateway: Gateway;
let redactor: SecretRedactor;
const lines: string[] = [];

beforeAll(() => {
  const result = loadConfig({ TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'debug' });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  redactor = createSecretRedactor();
  client = createTwilioClient({ baseUrl: 'http://127.0.0.1:9' });
  gateway = createGateway({
    config: result.config,
    schema,
    client,
    redactor,
    logger: createLogger({ level: 'debug', redactor, write: (line) => lines.push(line) }),
  });
});
afterAll(async () => {
  await client.close();
});

async function query(field: string) {
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: `{ ${field} }` }),
  });
  const text = await response.text();
  return {
    text,
    body: JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> },
  };
}

describe('error masking', () => {
  it('hides an unexpected error behind "Unexpected error." and logs it redacted', async () => {
    const { text, body } = await query('crash');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(text).not.toContain('internal.example');
    expect(text).not.toContain('stack');
    const log = lines.join('');
    expect(log).toContain('connect failed for [REDACTED]');
    expect(log).not.toContain(TENANT.authToken);
  });

  it('maps a Twilio failure that escaped mapping to its typed code', async () => {
    const { body } = await query('unmapped');
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', twilioCode: 20404, status: 404 });
  });

  it('logs a Twilio failure as the upstream answer it is, not as an unexpected error', async () => {
    lines.length = 0;
    await query('unmapped');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.filter((record) => record.level === 'error')).toEqual([]);
    expect(records).toContainEqual(
      expect.objectContaining({
        level: 'debug',
        msg: 'upstream error',
        code: 'NOT_FOUND',
        twilioCode: 20404,
      }),
    );
  });

  it('keeps Twilio errors mapped by the schema, with Twilio’s code', async () => {
    const { body } = await query('mapped');
    expect(body.errors[0]).toMatchObject({
      message: 'Twilio is rate limiting these credentials; try again later.',
      extensions: { code: 'RATE_LIMITED', twilioCode: 20429 },
    });
  });

  it('keeps errors raised on purpose', async () => {
    const { body } = await query('intended');
    expect(body.errors[0]).toMatchObject({
      message: '`first` must be between 0 and 1000.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('forgets a pass-through secret once its request is logged', async () => {
    await query('intended');
    // The request is logged, and its secret released, just after its response is written.
    await vi.waitFor(() => expect(redactor.redact(TENANT.authToken)).toBe(TENANT.authToken), {
      timeout: 5_000,
    });
    const scratch = createSecretRedactor();
    const release = scratch.hold(TENANT.authToken, TENANT.accountSid);
    expect(scratch.redact(`a ${TENANT.authToken} b ${authorization.slice(6)}`)).toBe(
      'a [REDACTED] b [REDACTED]',
    );
    release();
    expect(scratch.redact(TENANT.authToken)).toBe(TENANT.authToken);
    // Whatever looks like an Authorization value is dropped even when its secret is unknown.
    expect(scratch.redact(authorization)).toBe('Basic [REDACTED]');
  });
});
