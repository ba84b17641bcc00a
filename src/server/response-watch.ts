import type { ServerResponse } from 'node:http';
import type { AbortWatch } from '../twilio/index.ts';

/**
 * Whether an HTTP caller went away, read from node's response: a response that closes before it
 * has finished was abandoned, which is when whatwg-node aborts the fetch Request's signal too.
 * The gateway watches this instead of that signal because every read of the signal goes through
 * a Proxy that turns the property's name into a string, and its listeners through EventTarget:
 * about 2 % of the CPU of a small request (docs/decisions/0047). One 'close' listener serves every
 * subscriber, and none is left once nothing is subscribed.
 */
class ResponseWatch implements AbortWatch {
  readonly #res: ServerResponse;
  readonly #listeners = new Set<{ listener: () => void }>();
  readonly #onClose = () => {
    if (this.#res.writableFinished) return;
    const entries = [...this.#listeners];
    this.#listeners.clear();
    for (const entry of entries) {
      try {
        entry.listener();
      } catch {
        // One failing listener must not keep the others from being cancelled.
      }
    }
  };

  constructor(res: ServerResponse) {
    this.#res = res;
  }

  get aborted(): boolean {
    return this.#res.destroyed && !this.#res.writableFinished;
  }

  subscribe(listener: () => void): () => void {
    if (this.aborted) return noop;
    const entry = { listener };
    if (this.#listeners.size === 0) this.#res.on('close', this.#onClose);
    this.#listeners.add(entry);
    return () => {
      if (!this.#listeners.delete(entry)) return;
      if (this.#listeners.size === 0) this.#res.off('close', this.#onClose);
    };
  }
}

const noop = () => {};

/** The watch of an HTTP request's response; undefined for what did not come over node:http. */
export function watchResponse(serverContext: unknown): AbortWatch | undefined {
  const res = (serverContext as { res?: unknown } | null)?.res;
  return isServerResponse(res) ? new ResponseWatch(res) : undefined;
}

function isServerResponse(value: unknown): value is ServerResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ServerResponse).once === 'function' &&
    typeof (value as ServerResponse).writableFinished === 'boolean'
  );
}
