import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConversation,
  createParticipant,
  createTwilioClient,
  createUser,
  type TwilioClient,
} from '../../src/twilio/index.ts';
import { type ListeningGateway, startListeningGateway } from '../helpers/listening-gateway.ts';

/**
 * Lookups by ID that coalesce into one page of their parent collection cost one list more than
 * their fetches when the ones asked for are not on that page. The estimate counts that list, so
 * it stays an upper bound of what the request really makes (docs/decisions/0004, 0028).
 */
let gateway: ListeningGateway;
let client: TwilioClient;
const ids: { crowdMembers: string[]; users: string[] } = { crowdMembers: [], users: [] };

beforeAll(async () => {
  gateway = await startListeningGateway();
  client = createTwilioClient({ baseUrl: gateway.emulator.url });
  const [account] = gateway.emulator.accounts;
  if (!account) throw new Error('no account');
  const session = client.session({ username: account.accountSid, password: account.authToken });
  const conversationSid = (await createConversation(session, { uniqueName: 'crowd' })).sid;
  // More members than a page of participants holds, and more users than a page of users.
  for (let i = 0; i < 102; i += 1)
    await createParticipant(session, { conversationSid, identity: `crowd-${i}` });
  for (let i = 0; i < 52; i += 1) await createUser(session, { identity: `many-${i}` });
  const answer = await gateway.post({
    query: `query ($c: String!) {
      conversation(sid: $c) { participants(first: 102) { edges { node { id } } } }
      users(first: 52) { edges { node { id } } }
    }`,
    variables: { c: conversationSid },
  });
  const data = answer.body.data as {
    conversation: { participants: { edges: Array<{ node: { id: string } }> } };
    users: { edges: Array<{ node: { id: string } }> };
  };
  ids.crowdMembers = data.conversation.participants.edges.map((edge) => edge.node.id);
  ids.users = data.users.edges.map((edge) => edge.node.id);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await gateway?.close();
});

async function callsOf(query: string, variables: Record<string, unknown>) {
  const answer = await gateway.post(
    { query, variables },
    {
      authorization: gateway.authorization(),
      'x-debug-upstream-calls': '1',
    },
  );
  expect(answer.body.errors).toBeUndefined();
  const extensions = (
    answer.body as { extensions?: { upstreamCalls?: { count: number; estimated: number } } }
  ).extensions;
  return extensions?.upstreamCalls ?? { count: Number.NaN, estimated: Number.NaN };
}

describe('the estimate of lookups by ID that coalesce', () => {
  it('counts the page read for members beyond it: 2 members past the first 100 are 1 list + 2 fetches', async () => {
    const calls = await callsOf('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ids.crowdMembers.slice(100),
    });
    expect(calls.count).toBe(3);
    expect(calls.count).toBeLessThanOrEqual(calls.estimated);
  });

  it('counts the page read for users beyond it: 2 users past the first 50 are 1 list + 2 fetches', async () => {
    const calls = await callsOf('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ids.users.slice(50),
    });
    expect(calls.count).toBe(3);
    expect(calls.count).toBeLessThanOrEqual(calls.estimated);
  });
});
