import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { EndUser } from '../../access/index.ts';
import type { GatewayContext } from '../../graphql/context.ts';
import type { EndUserLimiter } from '../end-user-limits.ts';
import type { RequestStates } from './request-state.ts';

/**
 * Refuses an end user's request past their rate (END_USER_REQUESTS_PER_MINUTE, with bursts of
 * END_USER_REQUEST_BURST) with `429`, `RATE_LIMITED` and `Retry-After`, before its document is
 * parsed or any Twilio call. Goes after useAuth, which names the end user in the request state;
 * callers with the account's credentials or a gateway token are not counted here.
 */
export function useEndUserLimits({
  limiter,
  states,
}: {
  limiter: EndUserLimiter;
  states: RequestStates;
}): Plugin<GatewayContext> {
  return {
    onParams({ request, setResult }) {
      const { endUser } = states.of(request);
      if (!endUser) return;
      const refusal = admitEndUser(limiter, endUser);
      if (refusal) setResult({ errors: [refusal] });
    },
  };
}

/**
 * Counts one request of an end user against their rate: null when admitted, else the `RATE_LIMITED`
 * error. Also how each operation over a WebSocket is counted (src/server/websocket.ts).
 */
export function admitEndUser(limiter: EndUserLimiter, endUser: EndUser): GraphQLError | null {
  const admitted = limiter.admit(endUser);
  if (admitted.ok) return null;
  return createGraphQLError(
    `Too many requests for this user; at most ${limiter.limits.requestsPerMinute} a minute. Try again in ${admitted.retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        http: { status: 429, headers: { 'Retry-After': String(admitted.retryAfterSeconds) } },
      },
    },
  );
}
