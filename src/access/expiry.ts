import type { EndUser } from './access-token.ts';

/**
 * A verified token is accepted until its `exp` plus the clock skew the verifier allows
 * (`EndUser.acceptedUntil`), and not a moment longer on a connection or a subscription opened with
 * it: Twilio's own client SDK ends its session then unless the app calls `updateToken`, so a
 * stolen token, or one whose user was signed out by letting it lapse, cannot keep listening.
 * docs/decisions/0035-token-expiry-on-open-sessions.md.
 */

/** The message a session ended by expiry carries, as HTTP's 401 `expired` refusal says it. */
export const TOKEN_EXPIRED_MESSAGE = 'The access token has expired.';

/** Whether the gateway no longer accepts the end user's token. */
export function hasExpired(endUser: EndUser, nowMs: number = Date.now()): boolean {
  return nowMs >= endUser.acceptedUntil * 1000;
}

/**
 * Calls `onExpiry` once, when the gateway stops accepting the end user's token; the returned
 * function cancels it. One timer per session, unref'd (an open session never keeps the process
 * alive), and nothing per event or per operation.
 */
export function whenExpired(endUser: EndUser, onExpiry: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    // Node may fire a timer a millisecond before the wall clock reaches its time: waited again then.
    timer = setTimeout(
      () => (hasExpired(endUser) ? onExpiry() : arm()),
      Math.max(0, endUser.acceptedUntil * 1000 - Date.now()),
    );
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
