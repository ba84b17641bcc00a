import type { EventBus } from './bus.ts';
import type { Deduplicator } from './deduplicator.ts';
import { parseWebhook, type TwilioEvent } from './events.ts';
import { isValidSignature, paramsOf } from './signature.ts';

export type WebhookOutcome =
  | 'published'
  | 'duplicate'
  | 'ignored'
  | 'forbidden'
  | 'malformed'
  | 'unsupported'
  | 'unavailable';

export interface WebhookReceiverOptions {
  /** The primary auth token of an account whose webhooks are accepted; undefined for any other. */
  authTokenOf(accountSid: string): string | undefined;
  /**
   * The URL the gateway is reached at from outside (`PUBLIC_URL`): Twilio signs the URL it called,
   * which a proxy in front of the gateway rewrites. Unset, the request's own URL is used.
   */
  publicUrl?: string | null | undefined;
  deduplicator: Deduplicator;
  bus: Pick<EventBus, 'publish'>;
  /** Told of every webhook handled, and of the event when one was published. */
  onWebhook?(outcome: WebhookOutcome, detail: { event?: TwilioEvent; reason?: string }): void;
}

/**
 * The Response class to answer with: the server's own, when it has one. yoga's Node server writes
 * a body of its fetch ponyfill's Response straight to the socket, where the global Response's is
 * read through a web stream, which cost more than the rest of a webhook's handling.
 */
export type ResponseClass = new (body: string, init: ResponseInit) => Response;

const FORM = 'application/x-www-form-urlencoded';
const IDEMPOTENCY_HEADER = 'i-twilio-idempotency-token';

/**
 * `POST /webhooks/twilio` (or GET, when a webhook is configured with that method): checks
 * `X-Twilio-Signature` against the account's auth token, drops a repeat of a webhook already
 * published, and publishes the event to that account's subscribers. A request that is not signed
 * by a known account gets `403` and publishes nothing. Twilio ignores what a post-event webhook
 * answers except its status, so answers are short plain text.
 */
export function createWebhookReceiver(
  options: WebhookReceiverOptions,
): (request: Request, responses?: ResponseClass) => Promise<Response> {
  const report = options.onWebhook ?? (() => {});
  const publicBase = options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : null;

  return async (request, responses = Response) => {
    const answer = (
      status: number,
      outcome: WebhookOutcome,
      text: string,
      detail: { event?: TwilioEvent; reason?: string } = {},
    ) => {
      report(outcome, detail);
      return new responses(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    };
    const url = new URL(request.url);
    let params: Map<string, string[]>;
    if (request.method === 'POST') {
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== FORM) return answer(415, 'unsupported', `Webhooks are sent as ${FORM}.\n`);
      params = paramsOf(new URLSearchParams(await request.text()));
    } else if (request.method === 'GET') {
      // A GET webhook carries its fields in the query string, which the signed URL already holds.
      params = paramsOf(url.searchParams);
    } else {
      report('unsupported', { reason: `method ${request.method}` });
      return new responses('Webhooks are POST or GET.\n', { status: 405, headers: { allow: 'GET, POST' } });
    }

    const calledUrl = publicBase ? `${publicBase}${url.pathname}${url.search}` : request.url;
    const accountSid = params.get('AccountSid')?.[0];
    const authToken = accountSid ? options.authTokenOf(accountSid) : undefined;
    const signed = request.method === 'POST' ? params : new Map<string, string[]>();
    if (
      !authToken ||
      !isValidSignature(authToken, request.headers.get('x-twilio-signature'), calledUrl, signed)
    ) {
      // The same answer for an unknown account and a wrong signature: nothing is told to a forger.
      return answer(403, 'forbidden', 'The X-Twilio-Signature is missing or not valid.\n', {
        reason: authToken ? 'signature' : 'account',
      });
    }

    const parsed = parseWebhook(params);
    if (parsed.kind === 'malformed')
      return answer(400, 'malformed', `${parsed.reason}.\n`, { reason: parsed.reason });
    if (parsed.kind === 'ignored') {
      // An empty 200 also lets a pre-event webhook pointed here go through unchanged (§6.4).
      return answer(200, 'ignored', '', { reason: parsed.eventType });
    }

    const { event } = parsed;
    const token = request.headers.get(IDEMPOTENCY_HEADER);
    const key = token ? `${event.accountSid}:${token}` : null;
    try {
      if (key !== null && !(await options.deduplicator.claim(key))) {
        return answer(200, 'duplicate', 'Already received.\n', { event });
      }
      await options.bus.publish(event);
    } catch (error) {
      // Nothing was published: forget the token so that Twilio's retry is not taken for a repeat.
      if (key !== null) await options.deduplicator.release(key).catch(() => {});
      return answer(503, 'unavailable', 'The event could not be published; try again.\n', {
        event,
        reason: error instanceof Error ? error.message : 'publish failed',
      });
    }
    return answer(200, 'published', 'Received.\n', { event });
  };
}
