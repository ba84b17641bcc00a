import { createLoaders, type LoaderOptions, type Loaders } from '../loaders/index.ts';
import type { TwilioClient, TwilioCredentials, TwilioSession, UpstreamCall } from '../twilio/client.ts';

/**
 * Everything one GraphQL request carries: the caller's Twilio session and a fresh loader set.
 * Nothing here outlives the request, so no tenant's data can reach another request.
 */
export interface GatewayContext {
  session: TwilioSession;
  loaders: Loaders;
  /** Every upstream call this request made, in completion order (metrics, logs, tests). */
  upstreamCalls: UpstreamCall[];
}

export function createGatewayContext(
  client: TwilioClient,
  credentials: TwilioCredentials,
  options: { signal?: AbortSignal; onCall?: (call: UpstreamCall) => void; loaders?: LoaderOptions } = {},
): GatewayContext {
  const upstreamCalls: UpstreamCall[] = [];
  const session = client.session(credentials, {
    ...(options.signal ? { signal: options.signal } : {}),
    onCall: (call) => {
      upstreamCalls.push(call);
      options.onCall?.(call);
    },
  });
  return { session, loaders: createLoaders(session, options.loaders), upstreamCalls };
}
