import { describe, expect, it } from 'vitest';
import type { EndUser } from '../../src/access/index.ts';
import { membershipForEvent } from '../../src/graphql/event-memberships.ts';
import type { TwilioEvent } from '../../src/realtime/index.ts';
import { sid } from '../helpers/webhooks.ts';

/**
 * The membership answers an end user's subscriptions share for one event: shared between the
 * subscriptions of one user and never beyond (another identity, service or account asks for
 * itself), and a failed read decides for no one else. The sharing as it shows in Twilio reads,
 * over real sockets, is in test/access/end-user-subscriptions.test.ts.
 */
const CONVERSATION = sid('CH', 1);

const event = (): TwilioEvent => ({
  type: 'onMessageAdded',
  accountSid: sid('AC', 1),
  conversationSid: CONVERSATION,
  source: 'API',
  clientIdentity: null,
  fields: {},
});

const user = (changes: Partial<EndUser> = {}): EndUser => ({
  identity: 'bob',
  serviceSid: sid('IS', 1),
  accountSid: sid('AC', 1),
  keySid: sid('SK', 1),
  expiresAt: 2_000_000_000,
  acceptedUntil: 2_000_000_060,
  ...changes,
});

/** An `ask` that answers `answer` and counts how often it was asked. */
function asker(answer: boolean | Error) {
  const asker = {
    asked: 0,
    ask: async () => {
      asker.asked++;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return asker;
}

describe('the membership of an event’s conversation', () => {
  it('is asked once for the subscriptions of one end user, whichever of their tokens each holds', async () => {
    const one = event();
    const first = asker(true);
    const second = asker(false);
    expect(await membershipForEvent(one, user(), CONVERSATION, first.ask)).toBe(true);
    // Another token of bob (another key, another expiry): the same user.
    const renewed = user({ keySid: sid('SK', 2), expiresAt: 2_000_000_500 });
    expect(await membershipForEvent(one, renewed, CONVERSATION, second.ask)).toBe(true);
    expect([first.asked, second.asked]).toEqual([1, 0]);
  });

  it('is asked again for another identity, another service, another account, another conversation or another event', async () => {
    const one = event();
    expect(await membershipForEvent(one, user(), CONVERSATION, asker(true).ask)).toBe(true);
    const others: Array<[EndUser, string, TwilioEvent]> = [
      [user({ identity: 'carol' }), CONVERSATION, one],
      [user({ serviceSid: sid('IS', 2) }), CONVERSATION, one],
      [user({ accountSid: sid('AC', 2) }), CONVERSATION, one],
      [user(), sid('CH', 2), one],
      [user(), CONVERSATION, event()],
    ];
    for (const [who, conversation, of] of others) {
      const own = asker(false);
      expect(await membershipForEvent(of, who, conversation, own.ask)).toBe(false);
      expect(own.asked).toBe(1);
    }
  });

  it('that could not be read decides for no one else: each of the others asks for itself', async () => {
    const one = event();
    const failed = membershipForEvent(one, user(), CONVERSATION, asker(new Error('cancelled')).ask);
    const second = asker(true);
    const third = asker(false);
    const answers = Promise.all([
      membershipForEvent(one, user(), CONVERSATION, second.ask),
      membershipForEvent(one, user(), CONVERSATION, third.ask),
    ]);
    await expect(failed).rejects.toThrow('cancelled');
    // Neither denied nor allowed by the failed read: each has its own answer.
    expect(await answers).toEqual([true, false]);
    expect([second.asked, third.asked]).toEqual([1, 1]);
  });
});
