import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { RetryCondition } from './connection.ts';
import type { PostEventType, WebhookEvent } from './events.ts';
import { createAgents, type SendResult, sendWebhook } from './send.ts';
import { signWebhook } from './signature.ts';
import type { WebhookLevel, WebhookTarget } from './targets.ts';

/** One event on its way to one target. */
export interface WebhookJob {
  accountSid: string;
  /** The account's auth token when the event happened: the signing key (§6.5). */
  authToken: string;
  /** `API` for REST-made changes; `SDK` would name a chat client, which the emulator has none of. */
  source: 'API' | 'SDK';
  event: WebhookEvent;
  target: WebhookTarget;
}

/** One attempt to deliver a webhook, as the emulator's delivery log records it. */
export interface WebhookAttempt {
  eventType: PostEventType;
  level: WebhookLevel;
  method: 'GET' | 'POST';
  url: string;
  idempotencyToken: string;
  /** The `RetryCount` the attempt carried: 0 for the first. */
  retryCount: number;
  /** The receiver's HTTP status, or null when there was no answer. */
  status: number | null;
  /** Why the attempt failed, as Twilio's retry policy names failures; null when it succeeded. */
  failure: RetryCondition | 'other' | null;
  error: string | null;
  /** `retried` when another attempt follows, `dropped` when this was the last and it failed. */
  outcome: 'delivered' | 'retried' | 'dropped';
  startedAt: number;
  durationMs: number;
}

export interface WebhookDispatcherOptions {
  /** Every attempt, in order of completion; tests read deliveries, retries and drops from it. */
  log: WebhookAttempt[];
  /** The log keeps the newest this many (default 10,000), so a long-running emulator stays small. */
  maxLogEntries?: number | undefined;
  /** Deliveries in flight at once; the rest wait in order. */
  maxConcurrent?: number | undefined;
  /**
   * Webhooks waiting for a free slot; past it a new one is dropped at once, so receivers that
   * hang cannot make the emulator's memory grow without end.
   */
  maxQueued?: number | undefined;
  /** Told of every webhook given up on after its last attempt. */
  onDropped?: ((attempt: WebhookAttempt) => void) | undefined;
}

const DEFAULT_MAX_CONCURRENT = 32;
const DEFAULT_MAX_QUEUED = 10_000;
const DEFAULT_MAX_LOG_ENTRIES = 10_000;

/**
 * Sends post-event webhooks after the REST answer has gone: `send` only queues, deliveries run
 * in the background with Twilio's timeouts and retry policy (connection.ts), and a webhook whose
 * attempts all fail is logged and dropped, never blocking the ones behind it.
 */
export class WebhookDispatcher {
  readonly #options: WebhookDispatcherOptions;
  readonly #queue: WebhookJob[] = [];
  readonly #agents = createAgents();
  readonly #closing = new AbortController();
  readonly #idleWaiters: Array<() => void> = [];
  #inFlight = 0;

  constructor(options: WebhookDispatcherOptions) {
    this.#options = options;
    // Every attempt in flight listens for the close; there may be more than the default ten.
    setMaxListeners(0, this.#closing.signal);
  }

  /** Queues an event for each of its targets, to be signed with the account's auth token. */
  send(
    account: { sid: string; authToken: string },
    event: WebhookEvent,
    targets: readonly WebhookTarget[],
  ): void {
    for (const target of targets) {
      this.#enqueue({ accountSid: account.sid, authToken: account.authToken, source: 'API', event, target });
    }
  }

  #enqueue(job: WebhookJob): void {
    if (this.#closing.signal.aborted) return;
    if (this.#queue.length >= (this.#options.maxQueued ?? DEFAULT_MAX_QUEUED)) {
      this.#drop(job, 'too many webhooks waiting to be sent');
      return;
    }
    this.#queue.push(job);
    // Started on a later turn, so the REST answer that caused the event is written first.
    setImmediate(() => this.#pump());
  }

  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.#queue.length === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Abandons queued and in-flight deliveries and releases the connections. */
  close(): void {
    this.#closing.abort();
    this.#queue.length = 0;
    this.#agents.http.destroy();
    this.#agents.https.destroy();
    this.#notifyIdle();
  }

  #pump(): void {
    const limit = this.#options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
    while (this.#inFlight < limit && this.#queue.length > 0) {
      const job = this.#queue.shift() as WebhookJob;
      this.#inFlight += 1;
      this.#deliver(job).finally(() => {
        this.#inFlight -= 1;
        this.#pump();
        this.#notifyIdle();
      });
    }
  }

  #notifyIdle(): void {
    if (this.#queue.length > 0 || this.#inFlight > 0) return;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /** Every attempt of one webhook carries the same idempotency token and its own RetryCount. */
  async #deliver(job: WebhookJob): Promise<void> {
    const { target } = job;
    const { settings } = target;
    const idempotencyToken = randomUUID();
    const deadline = Date.now() + settings.totalTimeMs;
    for (let retryCount = 0; ; retryCount += 1) {
      if (this.#closing.signal.aborted) return;
      const startedAt = Date.now();
      const result = await this.#attempt(job, retryCount, idempotencyToken, deadline - startedAt);
      if (this.#closing.signal.aborted) return;
      const retry =
        result.failure !== null &&
        result.failure !== 'other' &&
        settings.retryPolicy.has(result.failure) &&
        retryCount < settings.retryCount &&
        Date.now() < deadline;
      const attempt: WebhookAttempt = {
        eventType: job.event.type,
        level: target.level,
        method: target.method,
        url: target.url,
        idempotencyToken,
        retryCount,
        ...result,
        outcome: result.failure === null ? 'delivered' : retry ? 'retried' : 'dropped',
        startedAt,
        durationMs: Date.now() - startedAt,
      };
      this.#record(attempt);
      if (attempt.outcome === 'dropped') this.#options.onDropped?.(attempt);
      if (!retry) return;
    }
  }

  #attempt(
    job: WebhookJob,
    retryCount: number,
    idempotencyToken: string,
    remainingMs: number,
  ): Promise<SendResult> {
    const { target } = job;
    const params: Array<[string, string]> = [
      ['AccountSid', job.accountSid],
      ['EventType', job.event.type],
      ['Source', job.source],
      ['RetryCount', String(retryCount)],
      ...job.event.fields,
    ];
    const form = new URLSearchParams(params).toString();
    // A GET carries the fields in its query string and signs the URL with them and no body (§6.5).
    const get = target.method === 'GET';
    const url = get ? `${target.url}${target.url.includes('?') ? '&' : '?'}${form}` : target.url;
    const headers: Record<string, string> = {
      'user-agent': 'TwilioProxy/1.1',
      'x-twilio-signature': signWebhook(job.authToken, url, get ? [] : params),
      'i-twilio-idempotency-token': idempotencyToken,
    };
    if (!get) headers['content-type'] = 'application/x-www-form-urlencoded';
    return sendWebhook(
      { url, method: target.method, headers, body: get ? undefined : form },
      { ...target.settings, remainingMs },
      this.#agents,
      this.#closing.signal,
    );
  }

  #drop(job: WebhookJob, reason: string): void {
    const attempt: WebhookAttempt = {
      eventType: job.event.type,
      level: job.target.level,
      method: job.target.method,
      url: job.target.url,
      idempotencyToken: randomUUID(),
      retryCount: 0,
      status: null,
      failure: 'other',
      error: reason,
      outcome: 'dropped',
      startedAt: Date.now(),
      durationMs: 0,
    };
    this.#record(attempt);
    this.#options.onDropped?.(attempt);
  }

  #record(attempt: WebhookAttempt): void {
    const { log } = this.#options;
    const max = this.#options.maxLogEntries ?? DEFAULT_MAX_LOG_ENTRIES;
    log.push(attempt);
    if (log.length > max) log.splice(0, log.length - max);
  }
}
