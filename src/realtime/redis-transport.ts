import { Redis, type RedisOptions } from 'ioredis';
import type { TwilioEvent } from './events.ts';
import { type EventTransport, Listeners } from './transport.ts';

export interface RedisTransportOptions {
  url: string;
  /** Told when the connection to Redis is lost or regained; never given the URL's password. */
  onStatus?: (status: 'connected' | 'disconnected', detail?: string) => void;
  /** Prefix of the channels, so several deployments can share one Redis. */
  channelPrefix?: string;
}

export interface RedisTransport extends EventTransport {
  /** The publishing connection, also used for the webhook idempotency keys. */
  commands: Redis;
}

/**
 * Events between gateway instances over Redis pub/sub: one channel per account, subscribed by an
 * instance while one of its clients listens to that account. Redis keeps nothing for a channel
 * while a subscriber is disconnected, so a dropped connection interrupts the subscriptions
 * (they end with an error and clients subscribe again) rather than leaving them silently quiet;
 * commands are not queued while disconnected, so a webhook that cannot be published is answered
 * with an error at once. This is why the transport is written here over ioredis rather than taken
 * from `@graphql-yoga/redis-event-target`, which does not wait for its SUBSCRIBE and PUBLISH.
 */
export function createRedisTransport(options: RedisTransportOptions): RedisTransport {
  const prefix = options.channelPrefix ?? 'twilio-conversations-graphql:events:';
  const settings: RedisOptions = {
    enableOfflineQueue: false,
    autoResubscribe: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    // Reconnect for ever, backing off to 2 s between attempts.
    retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
  };
  const commands = new Redis(options.url, { ...settings, connectionName: 'gateway-commands' });
  const subscriber = new Redis(options.url, { ...settings, connectionName: 'gateway-events' });
  const listeners = new Listeners();
  /** The SUBSCRIBE of each topic listened to, acknowledged or on its way. */
  const subscribing = new Map<string, Promise<unknown>>();
  const interrupted: Array<(reason: string) => void> = [];
  let connected = false;
  let closing = false;

  // ioredis reports connection problems as 'error' events, which would crash the process unheard.
  let lastError = '';
  const onError = (error: Error) => {
    lastError = error.message;
  };
  commands.on('error', onError);
  subscriber.on('error', onError);
  subscriber.on('ready', () => {
    connected = true;
    options.onStatus?.('connected');
  });
  subscriber.on('close', () => {
    if (!connected || closing) return;
    connected = false;
    const reason = lastError || 'connection closed';
    options.onStatus?.('disconnected', reason);
    // Redis forgets the subscriptions of a closed connection: every topic starts afresh.
    listeners.clear();
    subscribing.clear();
    for (const callback of interrupted) callback(reason);
  });
  subscriber.on('message', (channel: string, text: string) => {
    if (!channel.startsWith(prefix)) return;
    let event: TwilioEvent;
    try {
      event = JSON.parse(text) as TwilioEvent;
    } catch {
      return;
    }
    listeners.dispatch(channel.slice(prefix.length), event);
  });

  return {
    commands,
    async publish(topic, event) {
      await commands.publish(prefix + topic, JSON.stringify(event));
    },
    async listen(topic, listener) {
      const channel = prefix + topic;
      if (listeners.add(topic, listener)) subscribing.set(topic, subscriber.subscribe(channel));
      try {
        // Every listener waits for the acknowledgement, so none returns before events can arrive.
        await subscribing.get(topic);
      } catch (error) {
        if (listeners.remove(topic, listener)) subscribing.delete(topic);
        throw error;
      }
      return () => {
        if (!listeners.remove(topic, listener)) return;
        subscribing.delete(topic);
        subscriber.unsubscribe(channel).catch(() => {});
      };
    },
    available: () => connected && commands.status === 'ready' && subscriber.status === 'ready',
    onInterrupted(callback) {
      interrupted.push(callback);
    },
    async close() {
      closing = true;
      await Promise.all([
        commands.quit().catch(() => commands.disconnect()),
        subscriber.quit().catch(() => subscriber.disconnect()),
      ]);
    },
  };
}
