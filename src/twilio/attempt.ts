import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { AbortWatch } from './abort.ts';
import { failedBeforeSending } from './connect-errors.ts';

/**
 * One HTTP attempt, from the request leaving to the whole answer read as text, through undici's
 * `dispatch` with a handler of our own. undici's `request` wraps every answer in a Readable stream
 * (with an async resource, an abort-signal listener and a promise) that the client then iterated
 * chunk by chunk and copied; a fan-out of 50 lists arriving together paid that 50 times over,
 * one after another (docs/decisions/0041). Here the chunks are kept as undici hands them over and
 * decoded once, and the attempt is cancelled through undici's own abort function: no
 * AbortController, no stream.
 */
export type Failure = 'timeout' | 'deadline' | 'cancelled' | 'connect' | 'network' | 'too-large';

export type Outcome =
  | { type: 'response'; status: number; headers: IncomingHttpHeaders; text: string }
  | { type: 'failure'; failure: Failure };

export interface AttemptOptions {
  /** Ends the attempt with `timeoutCause` when it has not finished by then. */
  timeoutMs: number;
  timeoutCause: 'timeout' | 'deadline';
  /** The caller's signal, through the session's one listener. */
  abort: AbortWatch | undefined;
  /** An answer longer than this is refused (`too-large`) and its connection closed. */
  maxBytes: number;
}

export function sendAttempt(
  dispatcher: Dispatcher,
  request: Dispatcher.DispatchOptions,
  options: AttemptOptions,
): Promise<Outcome> {
  // The caller may have gone while this call waited for its slot; the event has fired already.
  if (options.abort?.aborted) return Promise.resolve({ type: 'failure', failure: 'cancelled' });
  return new Promise((resolve) => {
    dispatcher.dispatch(request, new AttemptHandler(resolve, options));
  });
}

class AttemptHandler implements Dispatcher.DispatchHandler {
  readonly #resolve: (outcome: Outcome) => void;
  readonly #maxBytes: number;
  readonly #timer: NodeJS.Timeout;
  readonly #unsubscribe: (() => void) | undefined;
  #controller: Dispatcher.DispatchController | null = null;
  /** Why the attempt was cut short by us, once it was. */
  #cause: Failure | null = null;
  #done = false;
  #status = 0;
  #headers: IncomingHttpHeaders = {};
  #chunks: Buffer[] = [];
  #size = 0;

  constructor(resolve: (outcome: Outcome) => void, options: AttemptOptions) {
    this.#resolve = resolve;
    this.#maxBytes = options.maxBytes;
    const { timeoutCause } = options;
    this.#timer = setTimeout(() => this.#stop(timeoutCause), options.timeoutMs);
    this.#unsubscribe = options.abort?.subscribe(() => this.#stop('cancelled'));
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    // Cut short while it waited for a connection: it is never sent.
    if (this.#cause) controller.abort(new Error(this.#cause));
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
  ): void {
    // 1xx answers are followed by the real one.
    if (statusCode < 200) return;
    this.#status = statusCode;
    this.#headers = headers;
    const length = Number(headers['content-length']);
    if (length > this.#maxBytes) this.#stop('too-large', controller);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#done) return;
    this.#size += chunk.length;
    if (this.#size > this.#maxBytes) {
      this.#stop('too-large', controller);
      return;
    }
    // undici hands over a view of the bytes read from the socket, fresh for each read: kept, not copied.
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.#done) return;
    const chunks = this.#chunks;
    const text =
      chunks.length === 0
        ? ''
        : chunks.length === 1
          ? (chunks[0] as Buffer).toString('utf8')
          : Buffer.concat(chunks, this.#size).toString('utf8');
    this.#finish({ type: 'response', status: this.#status, headers: this.#headers, text });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.#done) return;
    // Only a failure before the request was written makes a write safe to send again.
    const failure = this.#cause ?? (failedBeforeSending(error) ? 'connect' : 'network');
    this.#finish({ type: 'failure', failure });
  }

  /** Ends the attempt now with `cause`; undici is told to drop the request or its connection. */
  #stop(cause: Failure, controller = this.#controller): void {
    if (this.#done) return;
    this.#cause = cause;
    this.#finish({ type: 'failure', failure: cause });
    controller?.abort(new Error(cause));
  }

  #finish(outcome: Outcome): void {
    this.#done = true;
    this.#chunks = [];
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
    this.#resolve(outcome);
  }
}
