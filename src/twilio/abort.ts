/**
 * One 'abort' listener on a caller's signal, shared by everything a session has in flight. Each
 * waiting or running call subscribes here instead of on the signal, so however many calls a
 * session runs at once, the signal carries at most one listener of ours (Node warns past 10), and
 * none once nothing is in flight: a long-lived signal never accumulates listeners.
 */
export interface AbortWatch {
  readonly aborted: boolean;
  /**
   * Calls `listener` once if the signal aborts while it is subscribed; returns the unsubscribe.
   * Check `aborted` first: nothing is called for a signal that has aborted already.
   */
  subscribe(listener: () => void): () => void;
}

const noop = () => {};

/**
 * A watch over one source of the caller's going away: the subscribers share one listener on the
 * source, added with the first subscriber and removed with the last. A subclass says how the source
 * is read and listened to.
 */
export abstract class SharedAbortWatch implements AbortWatch {
  readonly #listeners = new Set<{ listener: () => void }>();
  readonly #onAbort = () => {
    // A source may signal more than aborts (a response also closes when it has finished).
    if (!this.aborted) return;
    const listeners = [...this.#listeners];
    this.#listeners.clear();
    this.unlisten(this.#onAbort);
    for (const entry of listeners) {
      try {
        entry.listener();
      } catch {
        // One failing listener must not keep the others from being cancelled.
      }
    }
  };

  abstract get aborted(): boolean;
  /** Adds the one listener of this watch to its source. */
  protected abstract listen(onAbort: () => void): void;
  protected abstract unlisten(onAbort: () => void): void;

  subscribe(listener: () => void): () => void {
    if (this.aborted) return noop;
    const entry = { listener };
    if (this.#listeners.size === 0) this.listen(this.#onAbort);
    this.#listeners.add(entry);
    return () => {
      if (!this.#listeners.delete(entry)) return;
      if (this.#listeners.size === 0) this.unlisten(this.#onAbort);
    };
  }
}

class SignalWatch extends SharedAbortWatch {
  readonly #signal: AbortSignal;

  constructor(signal: AbortSignal) {
    super();
    this.#signal = signal;
  }

  get aborted(): boolean {
    return this.#signal.aborted;
  }

  protected listen(onAbort: () => void): void {
    this.#signal.addEventListener('abort', onAbort);
  }

  protected unlisten(onAbort: () => void): void {
    this.#signal.removeEventListener('abort', onAbort);
  }
}

/**
 * How a caller's going away is handed in: a fetch `AbortSignal`, or a watch of the caller's own
 * (the HTTP server watches node's response instead of the fetch Request's signal, src/server/response-watch.ts).
 */
export type AbortSource = AbortSignal | AbortWatch;

export function watchAbort(source: AbortSource | undefined): AbortWatch | undefined {
  if (!source) return undefined;
  return 'subscribe' in source ? source : new SignalWatch(source);
}
