import type { EndUser } from '../access/index.ts';
import type { TwilioEvent } from '../realtime/index.ts';

/**
 * Whether an end user is a participant of a conversation, as asked for one event: by event (the bus
 * hands every subscriber of an instance the same object, so an answer lives as long as some
 * subscriber's buffer holds its event), then by who is asked about which conversation.
 */
const answers = new WeakMap<TwilioEvent, Map<string, Promise<boolean>>>();

/**
 * An end user's membership of a conversation for one event, asked once for all their subscriptions
 * (their tabs, whichever of their tokens each holds): the first to ask reads Twilio with its own
 * context (`ask`), the others take its answer. The answer depends only on the account, the service
 * and the identity (every end user's reads use the gateway's one credential), so that is the key:
 * another user, or the same identity in another service or account, asks for itself. A read that
 * failed (its subscriber went away and its calls were cancelled, a call budget ran out) decides for
 * no one else: each of the others asks for itself, as it did before answers were shared.
 * docs/decisions/0026-shared-subscription-events.md.
 */
export function membershipForEvent(
  event: TwilioEvent,
  user: EndUser,
  conversation: string,
  ask: () => Promise<boolean>,
): Promise<boolean> {
  let asked = answers.get(event);
  if (!asked) {
    asked = new Map();
    answers.set(event, asked);
  }
  const key = JSON.stringify([user.accountSid, user.serviceSid, user.identity, conversation]);
  const answer = asked.get(key);
  if (answer) return answer.catch(() => ask());
  const own = ask();
  asked.set(key, own);
  return own;
}
