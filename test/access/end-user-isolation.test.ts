import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';

/**
 * Two end users at once, interleaved: every request of one gateway process runs with the same
 * Twilio credentials, so nothing but the request's own context keeps alice's data from bob. 200
 * requests in flight together, over real HTTP, must each answer exactly what its own user sees.
 */
let gateway: EndUserHttpGateway;

const QUERY = `query($me: String!) {
  conversations(first: 10) {
    edges { node { friendlyName messages(last: 3) { edges { node { author body } } }
                   participants(first: 10) { edges { node { identity } } } } }
  }
  users(first: 10) { edges { node { identity } } }
  launch: conversation(sid: "product-launch") { friendlyName }
  mine: participantConversations(identity: $me, first: 5) { edges { node { conversationFriendlyName } } }
}`;

beforeAll(async () => {
  // Room for all 200 at once: the per-identity and per-credential in-flight bounds would otherwise
  // (rightly) refuse some OVERLOADED, which says nothing about isolation.
  gateway = await startEndUserHttpGateway({ END_USER_MAX_IN_FLIGHT: '200', UPSTREAM_MAX_IN_FLIGHT: '200' });
});

afterAll(async () => {
  await gateway?.close();
});

describe('two end users under concurrent load', () => {
  it('answers 200 interleaved requests with no data of the other user', async () => {
    // What each sees alone, first.
    const alone = {
      alice: await gateway.asUser('alice', QUERY, { me: 'alice' }),
      bob: await gateway.asUser('bob', QUERY, { me: 'bob' }),
    };
    const aliceOnly = JSON.stringify(alone.alice.data);
    expect(aliceOnly).toContain('Can I return a jacket?');
    expect(aliceOnly).not.toContain('Q3 planning');
    expect(alone.alice.errors).toBeUndefined();
    expect(alone.bob.errors).toBeUndefined();
    const bobOnly = JSON.stringify(alone.bob.data);
    expect(bobOnly).toContain('Notes are final; closing this thread.');
    expect(bobOnly).not.toContain('Returns via WhatsApp');
    expect(bobOnly).not.toContain('jacket');

    const identities = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 'alice' : 'bob'));
    const answers = await Promise.all(
      identities.map((identity) => gateway.asUser(identity, QUERY, { me: identity })),
    );
    for (const [i, answer] of answers.entries()) {
      const identity = identities[i] as 'alice' | 'bob';
      const text = JSON.stringify(answer.data);
      expect(answer.status, `request ${i} (${identity})`).toBe(200);
      // Errors first: a request that failed under load says why, rather than showing as a data difference.
      expect(answer.errors, `request ${i} (${identity})`).toBeUndefined();
      expect(text, `request ${i} (${identity})`).toBe(JSON.stringify(alone[identity].data));
    }
  }, 120_000);
});
