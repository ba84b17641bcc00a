import { GraphQLError } from 'graphql';
import type { TwilioSession } from '../twilio/client.ts';

/**
 * The run-time side of `MAX_UPSTREAM_CALLS`: the calls a request really starts are counted, and
 * once the budget is spent every further call fails at once, without reaching Twilio. The static
 * estimate (src/server/cost.ts) refuses what could exceed the budget before anything runs; this
 * holds the budget even where the estimate is wrong. The fields whose calls were refused answer
 * `UPSTREAM_CALL_LIMIT` errors next to the data already read, as any failed field does.
 */
export const UPSTREAM_CALL_LIMIT = 'UPSTREAM_CALL_LIMIT';

export function upstreamCallLimitError(max: number): GraphQLError {
  return new GraphQLError(
    `This request reached its limit of ${max} calls to Twilio; what it could not read is missing from the answer. Ask for fewer items (first/last) or fewer nested lists.`,
    { extensions: { code: UPSTREAM_CALL_LIMIT, cost: { max } } },
  );
}

/** The session with at most `max` calls started through it; the others are refused before sending. */
export function limitCalls(session: TwilioSession, max: number): TwilioSession {
  let started = 0;
  return {
    send(operationId, request, read) {
      if (started >= max) return Promise.reject(upstreamCallLimitError(max));
      started += 1;
      return session.send(operationId, request, read);
    },
  };
}
