import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/server/auth.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createGatewayMetrics } from '../../src/server/metrics.ts';
import { createAfterResponse } from '../../src/server/plugins/after-response.ts';
import { inOrder } from '../../src/server/plugins/in-order.ts';
import { createRequestStates, useRequestState } from '../../src/server/plugins/request-state.ts';
import { useAuth } from '../../src/server/plugins/use-auth.ts';
import { useMetrics } from '../../src/server/plugins/use-metrics.ts';
import { useRequestLog } from '../../src/server/plugins/use-request-log.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';

// A pass-through secret that is also a valid GraphQL name, so a client can put it in a logged field.
const ACCOUNT = `AC${'a'.repeat(32)}`;
const SECRET = 'callerSecretInTheOperationName42';

/**
 * The request log, the metrics and the auth plugin, over real HTTP, in the order the gateway lists
 * them (src/server/yoga.ts), recording when the response was written and when each piece of
 * bookkeeping happened.
 */
describe('work done after the response', () => {
  const events: string[] = [];
  const lines: Record<string, unknown>[] = [];
  let server: Server;
  let url = '';

  beforeAll(async () => {
    const redactor = createSecretRedactor();
    const logger = createLogger({
      level: 'info',
      redactor,
      write: (line) => {
        const record = JSON.parse(line) as Record<string, unknown>;
        lines.push(record);
        events.push(`log ${String(record.msg)}`);
      },
    });
    const metrics = createGatewayMetrics({ defaultMetrics: false });
    const observeRequest = metrics.observeRequest;
    metrics.observeRequest = (sample) => {
      events.push('metrics');
      observeRequest(sample);
    };
    const states = createRequestStates();
    const afterResponse = createAfterResponse((error) => {
      throw error;
    });
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { hello: String }',
        resolvers: { Query: { hello: () => 'hi' } },
      }),
      logging: false,
      plugins: inOrder([
        useRequestState(states),
        useMetrics({ metrics, states, logger, afterResponse }),
        useRequestLog({ logger, states, afterResponse }),
        useAuth({
          authenticator: createAuthenticator({ mode: 'pass-through' }),
          redactor,
          states,
          afterResponse,
        }),
      ]),
    });
    server = createServer((req, res) => {
      res.on('finish', () => events.push('response written'));
      void yoga(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('writes the response first, then counts the request and writes its log line', async () => {
    events.length = 0;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${ACCOUNT}:${SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify({ query: `query ${SECRET} { hello }`, operationName: SECRET }),
    });
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
    await expect.poll(() => events.length, { timeout: 5_000 }).toBe(3);
    expect(events).toEqual(['response written', 'metrics', 'log request']);
  });

  it('still scrubs the caller’s secret from its own line, released only after the line', async () => {
    const line = lines.find((record) => record.msg === 'request');
    expect(line).toMatchObject({ operationName: '[REDACTED]', status: 200, operationType: 'query' });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});
