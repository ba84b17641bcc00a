/**
 * Why a call failed:
 * - `http`: Twilio answered with an error status (its code and message are kept);
 * - `timeout`: one attempt took longer than the per-attempt limit;
 * - `deadline`: the request's overall deadline passed, or its caller went away;
 * - `network`: the connection failed or was reset;
 * - `rate-limited`: Twilio answered 429 and waiting for it was not possible within the limits;
 * - `overloaded`: too many calls queued for one credential;
 * - `circuit-open`: the circuit breaker is open after too many upstream failures, so nothing was sent;
 * - `refused`: Twilio's answer was unexpected (a redirect, a foreign paging link, a malformed body);
 * - `invalid-argument`: an argument was rejected before any request was sent.
 */
export type TwilioErrorKind =
  | 'http'
  | 'timeout'
  | 'deadline'
  | 'network'
  | 'rate-limited'
  | 'overloaded'
  | 'circuit-open'
  | 'refused'
  | 'invalid-argument';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface TwilioApiErrorInit {
  kind: TwilioErrorKind;
  message: string;
  method: HttpMethod;
  /** The spec's path template, never the concrete path (which may carry identities or addresses). */
  route: string;
  operationId: string;
  status?: number | null;
  code?: number | null;
  moreInfo?: string | null;
}

/**
 * A failed Twilio call. It is built only from Twilio's error code and message and from what
 * this layer knows (route template, operation), so it never carries a credential, an
 * Authorization header or a concrete URL.
 */
export class TwilioApiError extends Error {
  override readonly name = 'TwilioApiError';
  readonly kind: TwilioErrorKind;
  /** The HTTP status Twilio answered with, or null when no answer arrived. */
  readonly status: number | null;
  /** Twilio's error code (e.g. 20404, 50353), when it gave one. */
  readonly code: number | null;
  /** Twilio's documentation link for the code. */
  readonly moreInfo: string | null;
  readonly method: HttpMethod;
  readonly route: string;
  readonly operationId: string;

  constructor(init: TwilioApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.moreInfo = init.moreInfo ?? null;
    this.method = init.method;
    this.route = init.route;
    this.operationId = init.operationId;
  }

  /** What logs and JSON serialisation see: the same fields, no stack. */
  toJSON(): Record<string, string | number | null> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      code: this.code,
      moreInfo: this.moreInfo,
      method: this.method,
      route: this.route,
      operationId: this.operationId,
    };
  }
}

export function isTwilioApiError(error: unknown): error is TwilioApiError {
  return error instanceof TwilioApiError;
}
