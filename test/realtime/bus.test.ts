import { describe, expect, it } from 'vitest';
import {
  createEventBus,
  SubscriptionInterruptedError,
  SubscriptionRefusedError,
  type TwilioEvent,
} from '../../src/realtime/index.ts';
import { createMemoryTransport, type EventTransport } from '../../src/realtime/transport.ts';
import { sid } from '../helpers/webhooks.ts';

const ACCOUNT = sid('AC', 1);

function event(
  n: number,
  conversationSid = sid('CH', 1),
  type: TwilioEvent['type'] = 'onMessageAdded',
): TwilioEvent {
  return {
    type,
    accountSid: ACCOUNT,
    conversationSid,
    source: 'API',
    clientIdentity: null,
    fields: { Index: String(n) },
  };
}

const who = {
  credentialKey: 'credential',
  subscriberKind: 'credential',
  connectionKey: 'connection',
} as const;

describe('the event bus', () => {
  it('delivers a conversation’s events to its subscribers and the account-wide ones, filtered by type', async () => {
    const bus = createEventBus({
      transport: createMemoryTransport(),
      limits: { perConnection: 10, perCredential: 10, bufferedEvents: 10 },
    });
    const one = await bus.subscribe({ ...who, accountSid: ACCOUNT, conversationSid: sid('CH', 1) });
    const all = await bus.subscribe({ ...who, accountSid: ACCOUNT });
    const removals = await bus.subscribe({
      ...who,
      accountSid: ACCOUNT,
      types: new Set(['onMessageRemoved']),
    });
    await bus.publish(event(0, sid('CH', 1)));
    await bus.publish(event(1, sid('CH', 2)));
    await bus.publish(event(2, sid('CH', 2), 'onMessageRemoved'));
    expect((await one.next()).value?.fields.Index).toBe('0');
    expect((await all.next()).value?.fields.Index).toBe('0');
    expect((await all.next()).value?.fields.Index).toBe('1');
    expect((await removals.next()).value?.fields.Index).toBe('2');
    await bus.close();
    expect(await one.next()).toEqual({ value: undefined, done: true });
    expect(bus.active()).toBe(0);
  });

  it('keeps the newest events of a slow subscriber and counts the ones it dropped', async () => {
    let dropped = 0;
    const bus = createEventBus({
      transport: createMemoryTransport(),
      limits: { perConnection: 10, perCredential: 10, bufferedEvents: 3 },
      observer: { eventDropped: () => dropped++ },
    });
    const slow = await bus.subscribe({ ...who, accountSid: ACCOUNT });
    for (let n = 0; n < 5; n++) await bus.publish(event(n));
    expect(dropped).toBe(2);
    const read = [];
    for (let n = 0; n < 3; n++) read.push((await slow.next()).value?.fields.Index);
    expect(read).toEqual(['2', '3', '4']);
    await bus.close();
  });

  /** A bus with these bounds, and the reasons of the subscriptions it refused, in order. */
  const bounded = (perConnection: number, perCredential: number) => {
    const refused: string[] = [];
    const bus = createEventBus({
      transport: createMemoryTransport(),
      limits: { perConnection, perCredential, bufferedEvents: 10 },
      observer: { subscriptionRefused: (reason) => refused.push(reason) },
    });
    return { bus, refused };
  };

  it('refuses subscriptions past the bounds per connection and per credential, and counts again once one ends', async () => {
    const { bus, refused } = bounded(2, 3);
    const first = await bus.subscribe({ ...who, accountSid: ACCOUNT, connectionKey: 'a' });
    await bus.subscribe({ ...who, accountSid: ACCOUNT, connectionKey: 'a' });
    await expect(bus.subscribe({ ...who, accountSid: ACCOUNT, connectionKey: 'a' })).rejects.toThrow(
      SubscriptionRefusedError,
    );
    await bus.subscribe({ ...who, accountSid: ACCOUNT, connectionKey: 'b' });
    await expect(bus.subscribe({ ...who, accountSid: ACCOUNT, connectionKey: 'c' })).rejects.toThrow(
      'At most 3 subscriptions per credential (the account or API key credentials, or the gateway token, sent in Authorization).',
    );
    expect(refused).toEqual(['connection-limit', 'credential-limit']);
    await first.return?.();
    await bus.subscribe({ ...who, accountSid: ACCOUNT, connectionKey: 'c' });
    expect(bus.active()).toBe(3);
    await bus.close();
  });

  it('says "1 subscription", not "1 subscriptions", at a bound of one per connection and per credential', async () => {
    const { bus } = bounded(1, 1);
    await bus.subscribe({ ...who, accountSid: ACCOUNT, credentialKey: 'a', connectionKey: 'a' });
    await expect(
      bus.subscribe({ ...who, accountSid: ACCOUNT, credentialKey: 'b', connectionKey: 'a' }),
    ).rejects.toThrow(/^At most 1 subscription per connection\.$/);
    await expect(
      bus.subscribe({ ...who, accountSid: ACCOUNT, credentialKey: 'a', connectionKey: 'b' }),
    ).rejects.toThrow(/^At most 1 subscription per credential \(/);
    await bus.close();
  });

  it('names an end user’s bound by their identity, counted as the credential bound', async () => {
    const { bus, refused } = bounded(10, 1);
    const alice = { credentialKey: 'alice', subscriberKind: 'end-user', accountSid: ACCOUNT } as const;
    await bus.subscribe({ ...alice, connectionKey: 'tab-1' });
    const refusal = bus.subscribe({ ...alice, connectionKey: 'tab-2' });
    await expect(refusal).rejects.toThrow(
      'At most 1 subscription per user identity, over all of its access tokens.',
    );
    await expect(refusal).rejects.toMatchObject({ reason: 'credential-limit' });
    expect(refused).toEqual(['credential-limit']);
    await bus.close();
  });

  it('ends every subscription with an error when the transport loses events, and refuses new ones while down', async () => {
    let up = true;
    let interrupt: (reason: string) => void = () => {};
    const memory = createMemoryTransport();
    const transport: EventTransport = {
      ...memory,
      available: () => up,
      onInterrupted: (callback) => {
        interrupt = callback;
      },
    };
    const bus = createEventBus({
      transport,
      limits: { perConnection: 10, perCredential: 10, bufferedEvents: 10 },
    });
    const stream = await bus.subscribe({ ...who, accountSid: ACCOUNT });
    const waiting = stream.next();
    up = false;
    interrupt('connection closed');
    await expect(waiting).rejects.toThrow(SubscriptionInterruptedError);
    await expect(bus.subscribe({ ...who, accountSid: ACCOUNT })).rejects.toThrow(/unavailable/);
    expect(bus.active()).toBe(0);
    await bus.close();
  });
});

describe('a subscription still starting to listen', () => {
  it('is not counted active until its transport listens, so a client that sees it counted will hear the next event', async () => {
    const memory = createMemoryTransport();
    let letListen: () => void = () => {};
    const listening = new Promise<void>((resolve) => {
      letListen = resolve;
    });
    const slow: EventTransport = {
      publish: (topic, published) => memory.publish(topic, published),
      listen: async (topic, listener) => {
        await listening;
        return memory.listen(topic, listener);
      },
      available: () => memory.available(),
      onInterrupted: (callback) => memory.onInterrupted(callback),
      close: () => memory.close(),
    };
    const bus = createEventBus({
      transport: slow,
      limits: { perConnection: 10, perCredential: 10, bufferedEvents: 10 },
    });
    const subscribing = bus.subscribe({ ...who, accountSid: ACCOUNT });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(bus.active()).toBe(0);
    letListen();
    const stream = await subscribing;
    expect(bus.active()).toBe(1);
    await bus.publish(event(7));
    expect((await stream.next()).value?.fields.Index).toBe('7');
    await bus.close();
    expect(bus.active()).toBe(0);
  });
});
