/**
 * The events of one subscription, waiting to be read. Events arrive whether or not the reader is
 * ready; past `capacity` unread events the oldest are dropped (and counted), so one slow client
 * holds a bounded amount of memory and, once it catches up, sees the most recent events. It
 * starts buffering as soon as it exists, unlike a lazily started repeater, so nothing published
 * between subscribing and the first read is lost.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  readonly #capacity: number;
  readonly #onDrop: () => void;
  readonly #onEnd: () => void;
  readonly #queue: T[] = [];
  readonly #readers: Array<{ resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void }> =
    [];
  #ended = false;
  #error: Error | null = null;

  constructor(options: { capacity: number; onDrop: () => void; onEnd: () => void }) {
    this.#capacity = Math.max(1, options.capacity);
    this.#onDrop = options.onDrop;
    this.#onEnd = options.onEnd;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Events waiting to be read. */
  get buffered(): number {
    return this.#queue.length;
  }

  push(value: T): void {
    if (this.#ended) return;
    const reader = this.#readers.shift();
    if (reader) {
      reader.resolve({ value, done: false });
      return;
    }
    this.#queue.push(value);
    if (this.#queue.length > this.#capacity) {
      this.#queue.shift();
      this.#onDrop();
    }
  }

  /** Ends the stream: waiting readers finish, or get `error`; unread events are discarded on error. */
  end(error?: Error): void {
    if (this.#ended) return;
    this.#ended = true;
    const readers = this.#readers.splice(0);
    if (error) {
      this.#queue.length = 0;
      // A reader already waiting is told now; otherwise the next read is.
      if (readers.length === 0) this.#error = error;
    }
    for (const reader of readers) {
      if (error) reader.reject(error);
      else reader.resolve({ value: undefined, done: true });
    }
    this.#onEnd();
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.#queue.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.#error) {
      const error = this.#error;
      this.#error = null;
      return Promise.reject(error);
    }
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.#readers.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    this.#queue.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
