import type { TwilioEvent } from './events.ts';

export type EventListener = (event: TwilioEvent) => void;

/**
 * How events travel from the gateway instance that received a webhook to the instances whose
 * clients subscribed: within one process, or through Redis between several.
 */
export interface EventTransport {
  /** Hands an event to the topic's listeners on every instance; rejects when it cannot. */
  publish(topic: string, event: TwilioEvent): Promise<void>;
  /** Starts listening to a topic; resolves once events published from now on will arrive. */
  listen(topic: string, listener: EventListener): Promise<() => void>;
  /** Whether published events reach listeners right now. */
  available(): boolean;
  /**
   * Told when listeners may have missed events (the connection to Redis dropped), so the
   * subscriptions can end with an error instead of going silently quiet.
   */
  onInterrupted(callback: (reason: string) => void): void;
  close(): Promise<void>;
}

/** A registry of listeners per topic, shared by the transports. */
export class Listeners {
  readonly #byTopic = new Map<string, Set<EventListener>>();

  /** Adds a listener; true when it is the topic's first. */
  add(topic: string, listener: EventListener): boolean {
    const set = this.#byTopic.get(topic);
    if (set) {
      set.add(listener);
      return false;
    }
    this.#byTopic.set(topic, new Set([listener]));
    return true;
  }

  /** Removes a listener; true when it was the topic's last. */
  remove(topic: string, listener: EventListener): boolean {
    const set = this.#byTopic.get(topic);
    if (!set?.delete(listener) || set.size > 0) return false;
    this.#byTopic.delete(topic);
    return true;
  }

  clear(): void {
    this.#byTopic.clear();
  }

  has(topic: string): boolean {
    return this.#byTopic.has(topic);
  }

  dispatch(topic: string, event: TwilioEvent): void {
    const set = this.#byTopic.get(topic);
    if (!set) return;
    for (const listener of set) listener(event);
  }
}

/** One gateway instance: events go straight from the webhook to this process's subscribers. */
export function createMemoryTransport(): EventTransport {
  const listeners = new Listeners();
  return {
    async publish(topic, event) {
      listeners.dispatch(topic, event);
    },
    async listen(topic, listener) {
      listeners.add(topic, listener);
      return () => {
        listeners.remove(topic, listener);
      };
    },
    available: () => true,
    onInterrupted() {},
    async close() {},
  };
}
