import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../src/emulator/server.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';
import { subscribeOverSse, waitForSubscribers } from '../helpers/subscriptions.ts';

/** `npm start` on a fresh machine: no credentials, no upstream URL, so the embedded emulator serves demo data. */
let gateway: GatewayProcess;

beforeAll(async () => {
  gateway = await startGatewayProcess();
});
afterAll(async () => {
  await gateway?.stop();
});

describe('demo mode', () => {
  it('prints the GraphiQL URL, the demo credentials and a curl command', () => {
    const out = gateway.stdout();
    expect(out).toContain(`GraphiQL:  ${gateway.url}/graphql`);
    expect(out).toContain(DEMO_ACCOUNT.accountSid);
    expect(out).toContain(DEMO_ACCOUNT.authToken);
    expect(out).toMatch(/curl -s http:\/\/127\.0\.0\.1:\d+\/graphql /);
  });

  it('answers the printed curl command without credentials', async () => {
    const line = gateway
      .stdout()
      .split('\n')
      .find((candidate) => candidate.trim().startsWith('curl '));
    const match = /curl -s (\S+) -H '([^']+)' -d '([^']+)'/.exec(line ?? '');
    expect(match).not.toBeNull();
    const [, url = '', header = '', body = ''] = match ?? [];
    const [name = '', value = ''] = header.split(': ');
    const response = await fetch(url, { method: 'POST', headers: { [name]: value }, body });
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      data: { conversations: { edges: Array<{ node: { sid: string; friendlyName: string } }> } };
    };
    const names = result.data.conversations.edges.map((edge) => edge.node.friendlyName);
    expect(names).toContain('Product launch');
    expect(result.data.conversations.edges.length).toBeLessThanOrEqual(5);
  });

  it('serves GraphiQL at /graphql with the example as its default query', async () => {
    const response = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('conversations(first: 5)');
    expect(html).toContain('friendlyName');
  });

  it('creates a conversation and reads it back', async () => {
    const created = await gateway.graphql({
      query:
        'mutation { createConversation(input: { friendlyName: "From the demo" }) { conversation { sid } userErrors { message } } }',
    });
    const payload = created.body.data?.createConversation as {
      conversation: { sid: string };
      userErrors: unknown[];
    };
    expect(payload.userErrors).toEqual([]);
    const read = await gateway.graphql(
      {
        query: 'query($sid: String!) { conversation(sid: $sid) { friendlyName } }',
        variables: { sid: payload.conversation.sid },
      },
      { 'x-debug-upstream-calls': '1' },
    );
    expect(read.body.data).toEqual({ conversation: { friendlyName: 'From the demo' } });
    expect(read.body.extensions?.upstreamCalls).toMatchObject({
      count: 1,
      byOperation: { FetchConversation: 1 },
    });
  });

  it('says that the emulator’s webhooks go to the gateway', () => {
    expect(gateway.stdout()).toContain(
      `Webhooks:  the emulator sends every post-event webhook to ${gateway.url}/webhooks/twilio`,
    );
  });

  it('delivers the message a mutation sends to a subscription over SSE within 1 s', async () => {
    const subscription = subscribeOverSse<{ messageAdded: { body: string; author: string; index: number } }>(
      `${gateway.url}/graphql`,
      'subscription { messageAdded(conversationSid: "support-1042") { body author index } }',
    );
    try {
      await waitForSubscribers(gateway.url, 1);
      const sentAt = performance.now();
      const sent = await gateway.graphql({
        query: `mutation {
          createMessage(input: { conversationSid: "support-1042", author: "carol", body: "Delivered at 14:02." }) {
            message { index }
            userErrors { message }
          }
        }`,
      });
      const payload = sent.body.data?.createMessage as { message: { index: number }; userErrors: unknown[] };
      expect(payload.userErrors).toEqual([]);
      const result = await subscription.next(5_000);
      const elapsedMs = performance.now() - sentAt;
      expect(result.errors).toBeUndefined();
      expect(result.data?.messageAdded).toEqual({
        body: 'Delivered at 14:02.',
        author: 'carol',
        index: payload.message.index,
      });
      expect(elapsedMs).toBeLessThan(1_000);
    } finally {
      await subscription.close();
    }
  });

  it('is live and ready', async () => {
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    const readiness = await fetch(`${gateway.url}/readiness`);
    expect(readiness.status).toBe(200);
  });
});

describe('GraphQL over HTTP audit (graphql-http) in development mode', () => {
  const audits = serverAudits({ url: () => `${gateway.url}/graphql` });
  const notices: string[] = [];
  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'notice') {
        notices.push(`${audit.id}: ${result.reason}`);
        return;
      }
      expect({ status: result.status, reason: 'reason' in result ? result.reason : '' }).toEqual({
        status: 'ok',
        reason: '',
      });
    });
  }

  it('leaves at most the three GET notices a CSRF header requirement causes', () => {
    expect(notices.length).toBeLessThanOrEqual(3);
  });
});

describe('shutdown of the demo', () => {
  it('stops the gateway and the embedded emulator on SIGTERM and exits 0', async () => {
    const code = await gateway.stop('SIGTERM');
    expect(code).toBe(0);
    expect(gateway.logs().some((record) => record.msg === 'stopped')).toBe(true);
  });
});
