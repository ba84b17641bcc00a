import type { ServerResponse } from 'node:http';
import { type AbortWatch, SharedAbortWatch } from '../twilio/index.ts';

/**
 * Whether an HTTP caller went away, read from node's response: a response that closes before it
 * has finished was abandoned, which is when whatwg-node aborts the fetch Request's signal too.
 * The gateway watches this instead of that signal because every read of the signal goes through
 * a Proxy that turns the property's name into a string, and its listeners through EventTarget:
 * about 1.5 % of the CPU of a small request (docs/decisions/0047).
 */
class ResponseWatch extends SharedAbortWatch {
  readonly #res: ServerResponse;

  constructor(res: ServerResponse) {
    super();
    this.#res = res;
  }

  get aborted(): boolean {
    return this.#res.destroyed && !this.#res.writableFinished;
  }

  protected listen(onAbort: () => void): void {
    this.#res.on('close', onAbort);
  }

  protected unlisten(onAbort: () => void): void {
    this.#res.off('close', onAbort);
  }
}

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
