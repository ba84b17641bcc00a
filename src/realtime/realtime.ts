import { type BusObserver, createEventBus, type EventBus, type SubscriptionLimits } from './bus.ts';
import { createMemoryDeduplicator, createRedisDeduplicator, type Deduplicator } from './deduplicator.ts';
import { createRedisTransport } from './redis-transport.ts';
import { createMemoryTransport } from './transport.ts';

export interface Realtime {
  bus: EventBus;
  deduplicator: Deduplicator;
  /** `redis` when events travel between instances through Redis, `memory` within this process. */
  transport: 'redis' | 'memory';
  close(): Promise<void>;
}

export interface RealtimeOptions {
  /** With a Redis URL, events and idempotency tokens are shared by every instance using it. */
  redisUrl?: string | null | undefined;
  limits: SubscriptionLimits;
  observer?: BusObserver;
  /** Told when the connection to Redis is lost or regained. */
  onRedisStatus?: (status: 'connected' | 'disconnected', detail?: string) => void;
}

/** The pub/sub and the webhook deduplication of one gateway instance. */
export function createRealtime(options: RealtimeOptions): Realtime {
  if (options.redisUrl) {
    const transport = createRedisTransport({
      url: options.redisUrl,
      ...(options.onRedisStatus ? { onStatus: options.onRedisStatus } : {}),
    });
    const bus = createEventBus({
      transport,
      limits: options.limits,
      ...(options.observer ? { observer: options.observer } : {}),
    });
    return {
      bus,
      deduplicator: createRedisDeduplicator(transport.commands),
      transport: 'redis',
      close: () => bus.close(),
    };
  }
  const bus = createEventBus({
    transport: createMemoryTransport(),
    limits: options.limits,
    ...(options.observer ? { observer: options.observer } : {}),
  });
  return { bus, deduplicator: createMemoryDeduplicator(), transport: 'memory', close: () => bus.close() };
}
