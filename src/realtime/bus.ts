import { EventStream } from './event-stream.ts';
import type { TwilioEvent, TwilioEventType } from './events.ts';
import type { EventTransport } from './transport.ts';

export interface SubscriptionLimits {
  /** Subscriptions one connection may hold (a WebSocket multiplexes many). */
  perConnection: number;
  /** Subscriptions one credential may hold on this instance, over all its connections. */
  perCredential: number;
  /** Unread events kept for a slow subscriber; past that the oldest are dropped. */
  bufferedEvents: number;
}

export interface SubscribeOptions {
  accountSid: string;
  /** Only this conversation's events; every event of the account when absent. */
  conversationSid?: string | undefined;
  /** Only these event types; every type when absent. */
  types?: ReadonlySet<TwilioEventType> | undefined;
  /** Who is subscribing (a digest of the credential presented), for the per-credential bound. */
  credentialKey: string;
  /** What `credentialKey` stands for, which the bound's refusal names. */
  subscriberKind: SubscriberKind;
  /** The connection carrying the subscription, for the per-connection bound. */
  connectionKey: string;
}

/**
 * What the per-credential bound counts a subscriber by (src/server/subscriber-key.ts): an end user's
 * identity, whichever of their access tokens they present; for any other caller, the credential in
 * its Authorization value (Basic credentials, a gateway token; none in demo mode).
 */
export type SubscriberKind = 'end-user' | 'credential';

export type RefusalReason = 'connection-limit' | 'credential-limit' | 'unavailable';

/**
 * The per-credential refusal in the words of the caller who meets it: an end user holds an access
 * token, not what they would call a credential, and every one of their tokens counts against it.
 * No "Basic" or "Bearer" before a word: the gateway redacts what looks like an Authorization value
 * from every message, this one included (src/server/redact.ts).
 */
function perCredentialRefusal(limit: number, kind: SubscriberKind): string {
  const most = atMost(limit);
  return kind === 'end-user'
    ? `${most} per user identity, over all of its access tokens.`
    : `${most} per credential (the account or API key credentials, or the gateway token, sent in Authorization).`;
}

/** How a refusal starts: "At most 1 subscription", "At most 50 subscriptions". */
function atMost(limit: number): string {
  return `At most ${limit} ${limit === 1 ? 'subscription' : 'subscriptions'}`;
}

/** A subscription that could not start; the message says why and is safe to show the client. */
export class SubscriptionRefusedError extends Error {
  override readonly name = 'SubscriptionRefusedError';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

/** A running subscription ended because events could no longer be delivered. */
export class SubscriptionInterruptedError extends Error {
  override readonly name = 'SubscriptionInterruptedError';
}

export interface BusObserver {
  eventDropped?(): void;
  subscriptionRefused?(reason: RefusalReason): void;
}

/** How close this instance's subscribers are to their bounds, read when metrics are scraped. */
export interface BusUsage {
  /** Subscriptions running on this instance. */
  active: number;
  /** The most subscriptions one connection holds. */
  busiestConnection: number;
  /** The most subscriptions one credential holds. */
  busiestCredential: number;
  /** Events waiting to be read, over every subscriber. */
  buffered: number;
  /** The most events waiting for one subscriber. */
  mostBuffered: number;
}

export interface EventBus {
  /** Sends an event to its account's subscribers on every instance; rejects when it cannot. */
  publish(event: TwilioEvent): Promise<void>;
  /** Starts a subscription; resolves once events published from now on reach it. */
  subscribe(options: SubscribeOptions): Promise<AsyncIterableIterator<TwilioEvent>>;
  /** Subscriptions running on this instance. */
  active(): number;
  /** Where the subscriptions stand against their bounds; walks every subscription, for scrapes. */
  usage(): BusUsage;
  available(): boolean;
  /** Ends every subscription (clients see them complete) and closes the transport. */
  close(): Promise<void>;
}

/** The largest count of a map, 0 when empty (a loop: spreading thousands of values would not scale). */
function largest(counts: Map<string, number>): number {
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  return most;
}

/** One topic per account: an account's events never reach another account's subscribers. */
const accountTopic = (accountSid: string) => `account:${accountSid}`;

export function createEventBus(options: {
  transport: EventTransport;
  limits: SubscriptionLimits;
  observer?: BusObserver;
}): EventBus {
  const { transport, limits } = options;
  const observer = options.observer ?? {};
  const streams = new Set<EventStream<TwilioEvent>>();
  const perCredential = new Map<string, number>();
  const perConnection = new Map<string, number>();
  const count = (map: Map<string, number>, key: string, delta: number) => {
    const next = (map.get(key) ?? 0) + delta;
    if (next > 0) map.set(key, next);
    else map.delete(key);
  };
  const refuse = (reason: RefusalReason, message: string): never => {
    observer.subscriptionRefused?.(reason);
    throw new SubscriptionRefusedError(reason, message);
  };

  transport.onInterrupted(() => {
    const error = new SubscriptionInterruptedError(
      'Real-time events were interrupted (the gateway lost its event connection); subscribe again.',
    );
    for (const stream of [...streams]) stream.end(error);
  });

  return {
    publish: (event) => transport.publish(accountTopic(event.accountSid), event),
    async subscribe(subscription) {
      const { credentialKey, connectionKey } = subscription;
      if (!transport.available()) {
        refuse(
          'unavailable',
          'Subscriptions are unavailable right now (no event connection); try again shortly.',
        );
      }
      if ((perConnection.get(connectionKey) ?? 0) >= limits.perConnection) {
        refuse('connection-limit', `${atMost(limits.perConnection)} per connection.`);
      }
      if ((perCredential.get(credentialKey) ?? 0) >= limits.perCredential) {
        refuse('credential-limit', perCredentialRefusal(limits.perCredential, subscription.subscriberKind));
      }
      count(perConnection, connectionKey, 1);
      count(perCredential, credentialKey, 1);
      let stopListening: (() => void) | null = null;
      const stream = new EventStream<TwilioEvent>({
        capacity: limits.bufferedEvents,
        onDrop: () => observer.eventDropped?.(),
        onEnd: () => {
          streams.delete(stream);
          count(perConnection, connectionKey, -1);
          count(perCredential, credentialKey, -1);
          stopListening?.();
        },
      });
      const { conversationSid, types } = subscription;
      try {
        stopListening = await transport.listen(accountTopic(subscription.accountSid), (event) => {
          if (conversationSid !== undefined && event.conversationSid !== conversationSid) return;
          if (types && !types.has(event.type)) return;
          stream.push(event);
        });
      } catch {
        stream.end();
        refuse(
          'unavailable',
          'Subscriptions are unavailable right now (no event connection); try again shortly.',
        );
      }
      // Counted active (and so ended by an interruption) only once it listens: a client that sees it
      // in gateway_subscriptions_active can rely on hearing the next event. The subscriber may have
      // gone while the transport was starting to listen.
      if (stream.ended) stopListening?.();
      else streams.add(stream);
      return stream;
    },
    active: () => streams.size,
    usage() {
      let buffered = 0;
      let mostBuffered = 0;
      for (const stream of streams) {
        buffered += stream.buffered;
        mostBuffered = Math.max(mostBuffered, stream.buffered);
      }
      return {
        active: streams.size,
        busiestConnection: largest(perConnection),
        busiestCredential: largest(perCredential),
        buffered,
        mostBuffered,
      };
    },
    available: () => transport.available(),
    async close() {
      for (const stream of [...streams]) stream.end();
      await transport.close();
    },
  };
}
