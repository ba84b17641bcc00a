import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mintAccessToken } from '../helpers/end-user-gateway.ts';
import { type EndUserHttpGateway, startEndUserHttpGateway } from '../helpers/end-user-http.ts';
import { type Subscription, subscribeOverSse, waitForSubscribers } from '../helpers/subscriptions.ts';

/**
 * MAX_SUBSCRIPTIONS_PER_CREDENTIAL holds an end user to one allowance whatever token they present:
 * a renewed token, or one per tab, is the same user (account, service and identity), as for their
 * request limits. Over SSE on real sockets, with tokens minted by the official SDK.
 */
let gateway: EndUserHttpGateway;
let origin: string;
let open: Array<Subscription<unknown>> = [];

const QUERY = 'subscription { messageAdded(conversationSid: "product-launch") { body } }';

/** A token of `identity`; tokens minted with different lifetimes differ in every request's bytes. */
const tokenOf = (identity: string, ttl: number) => ({
  authorization: `Bearer ${mintAccessToken(identity, gateway.serviceSid, { ttl })}`,
});

function subscribe(headers: Record<string, string>): Subscription<unknown> {
  const subscription = subscribeOverSse(gateway.url, QUERY, {}, headers);
  open.push(subscription);
  return subscription;
}

beforeAll(async () => {
  gateway = await startEndUserHttpGateway({ MAX_SUBSCRIPTIONS_PER_CREDENTIAL: '2' });
  origin = new URL(gateway.url).origin;
});

afterEach(async () => {
  for (const subscription of open) await subscription.close();
  open = [];
  await waitForSubscribers(origin, 0, { exactly: true, timeoutMs: 5_000 });
});

afterAll(async () => {
  await gateway?.close();
});

describe('an end user’s subscription allowance', () => {
  it('is shared by all their tokens: a renewed token does not open a fresh one', async () => {
    const first = tokenOf('alice', 3600);
    const renewed = tokenOf('alice', 1800);
    expect(renewed.authorization).not.toBe(first.authorization);
    subscribe(first);
    subscribe(first);
    await waitForSubscribers(origin, 2);

    const refused = await subscribe(renewed).next(5_000);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    // Counted per end user, and said so in their words: an end user holds no "credential".
    expect(refused.errors?.[0]?.message).toBe(
      'At most 2 subscriptions per user identity, over all of its access tokens.',
    );
  });

  it('is each end user’s own: another identity of the service is not held by it', async () => {
    const alice = tokenOf('alice', 3600);
    subscribe(alice);
    subscribe(alice);
    await waitForSubscribers(origin, 2);
    // bob takes part in "product-launch" too; his subscription is accepted and waits for events.
    subscribe(tokenOf('bob', 3600));
    await waitForSubscribers(origin, 3);
  });
});
