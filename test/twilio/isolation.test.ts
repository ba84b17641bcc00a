import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConversation,
  createTwilioClient,
  fetchConversation,
  listConversations,
  type TwilioClient,
  type UpstreamCall,
} from '../../src/twilio/index.ts';
import { type FaultServer, reply, startFaultServer } from '../helpers/fault-server.ts';
import { conversationPage, conversationWire } from './fixtures.ts';

const tenants = [
  { username: `AC${'1'.repeat(32)}`, password: 'tenant-one-auth-token' },
  { username: `SK${'2'.repeat(32)}`, password: 'tenant-two-key-secret' },
];

let server: FaultServer;
let client: TwilioClient;

beforeAll(async () => {
  server = await startFaultServer();
  // Isolation, not overload, is under test: queueing may take long on a busy machine.
  client = createTwilioClient({
    baseUrl: server.url,
    maxInFlightPerCredential: 8,
    queueTimeoutMs: 30_000,
    deadlineMs: 60_000,
  });
  // The stand-in echoes the Basic username into every answer, after a random delay so that
  // the two tenants' requests interleave on the shared connections.
  server.respond((request) => {
    const delay = Math.floor(Math.random() * 6);
    const echo = {
      friendly_name: request.username,
      unique_name: decodeURIComponent(request.path.split('/')[3] ?? ''),
    };
    if (request.method === 'POST') {
      const body = new URLSearchParams(request.body);
      return reply.json(
        201,
        conversationWire(server.url, { ...echo, unique_name: body.get('UniqueName') }),
        {},
        delay,
      );
    }
    if (request.path === '/v1/Conversations')
      return reply.json(200, conversationPage(server.url, [conversationWire(server.url, echo)]), {}, delay);
    return reply.json(200, conversationWire(server.url, echo), {}, delay);
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe('tenant isolation', () => {
  it('gives every caller its own answers when two credentials share the client concurrently', async () => {
    const calls = new Map<string, UpstreamCall[]>();
    const runs = tenants.map(async (tenant, index) => {
      const reports: UpstreamCall[] = [];
      calls.set(tenant.username, reports);
      const session = client.session(tenant, { onCall: (call) => reports.push(call) });
      const work = Array.from({ length: 300 }, async (_, i) => {
        const tag = `tenant${index}-request${i}`;
        if (i % 3 === 0) {
          const created = await createConversation(session, { uniqueName: tag, attributes: { tag } });
          return { tag, owner: created.friendlyName, echoed: created.uniqueName };
        }
        if (i % 3 === 1) {
          const page = await listConversations(session, { pageSize: 50 });
          return { tag, owner: page.items[0]?.friendlyName, echoed: tag };
        }
        const fetched = await fetchConversation(session, { sid: tag });
        return { tag, owner: fetched.friendlyName, echoed: fetched.uniqueName };
      });
      return { tenant, results: await Promise.all(work) };
    });

    for (const { tenant, results } of await Promise.all(runs)) {
      expect(results).toHaveLength(300);
      for (const result of results) {
        expect(result.owner).toBe(tenant.username);
        expect(result.echoed).toBe(result.tag);
      }
      expect(calls.get(tenant.username)).toHaveLength(300);
    }

    // Every request the stand-in saw carried the credentials of the caller that made it.
    expect(server.requests).toHaveLength(600);
    for (const request of server.requests) {
      const tag =
        request.method === 'POST' ? new URLSearchParams(request.body).get('UniqueName') : request.path;
      const owner = tenants.find((_, index) => tag?.includes(`tenant${index}-`));
      // A list request names no tenant; the echo check above tied each list answer to its caller,
      // and the count below ties each tenant's credentials to exactly its own 100 lists.
      if (request.path === '/v1/Conversations' && request.method === 'GET') continue;
      expect(owner).toBeDefined();
      expect(request.username).toBe(owner?.username);
      expect(request.password).toBe(owner?.password);
    }
    for (const tenant of tenants) {
      const lists = server.requests.filter((r) => r.method === 'GET' && r.path === '/v1/Conversations');
      expect(
        lists.filter((r) => r.username === tenant.username && r.password === tenant.password),
      ).toHaveLength(100);
    }
    for (const tenant of tenants) expect(server.peakInFlight(tenant.username)).toBeLessThanOrEqual(8);
  });

  it('sends each secret that comes with one username as it is, however the calls alternate', async () => {
    // The client keeps what it derives from credentials per username: a rotated or wrong secret
    // under the same username must never be answered with another one's header.
    const username = `AC${'3'.repeat(32)}`;
    const secrets = ['first-secret-of-three', 'second-secret-of-three', 'first-secret-of-three'];
    const before = server.requests.length;
    for (const password of [...secrets, ...secrets]) {
      await fetchConversation(client.session({ username, password }), { sid: 'CH-rotation' });
    }
    const seen = server.requests.slice(before).map((request) => [request.username, request.password]);
    expect(seen).toEqual([...secrets, ...secrets].map((password) => [username, password]));
  });

  it('keeps the same credentials apart per session: one session’s abort does not touch another', async () => {
    const [tenant] = tenants;
    if (!tenant) throw new Error('no tenant');
    const controller = new AbortController();
    const aborted = client.session(tenant, { signal: controller.signal });
    const healthy = client.session(tenant);
    const pending = Array.from({ length: 20 }, (_, i) => fetchConversation(aborted, { sid: `gone-${i}` }));
    const survivors = Array.from({ length: 20 }, (_, i) => fetchConversation(healthy, { sid: `kept-${i}` }));
    controller.abort();
    const settled = await Promise.allSettled(pending);
    expect(settled.every((result) => result.status === 'rejected')).toBe(true);
    const kept = await Promise.all(survivors);
    expect(kept.map((c) => c.uniqueName)).toEqual(Array.from({ length: 20 }, (_, i) => `kept-${i}`));
  });
});
