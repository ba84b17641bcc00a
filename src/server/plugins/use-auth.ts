import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import type { Authenticator, AuthOutcome } from '../auth.ts';
import type { SecretRedactor } from '../redact.ts';
import { watchResponse } from '../response-watch.ts';
import type { AfterResponse } from './after-response.ts';
import type { RequestStates } from './request-state.ts';

export interface AuthPluginOptions {
  authenticator: Authenticator;
  /** Holds a pass-through caller's secret for as long as its request runs. */
  redactor: SecretRedactor;
  states: RequestStates;
  /**
   * The request log's queue: the secret is released after the request's line, which is written
   * after the response (use-request-log.ts).
   */
  afterResponse: AfterResponse;
}

/**
 * Decides which Twilio credentials a GraphQL request acts with, and for an end user who they are,
 * from its Authorization header, before its document is parsed: an unauthenticated caller learns
 * nothing about the schema and costs no Twilio call. A refused access token is answered 401 with
 * `extensions.reason` and the same reason in `WWW-Authenticate` (RFC 6750 `error_description`).
 * A pass-through caller's secret is scrubbed from every log line until the request has been
 * logged, so this plugin goes after the request log in the plugin list (yoga runs `onResponse`
 * hooks in that order) and queues its release on the same after-response queue as the line.
 */
export function useAuth({
  authenticator,
  redactor,
  states,
  afterResponse,
}: AuthPluginOptions): Plugin<GatewayContext> {
  const apply = (
    request: Request,
    serverContext: unknown,
    outcome: AuthOutcome,
    setResult: Parameters<NonNullable<Plugin['onParams']>>[0]['setResult'],
  ) => {
    if (!outcome.ok) {
      setResult({
        errors: [
          createGraphQLError(outcome.message, {
            extensions: {
              code: 'UNAUTHENTICATED',
              ...(outcome.reason ? { reason: outcome.reason } : {}),
              http: { status: 401, headers: { 'WWW-Authenticate': outcome.challenge } },
            },
          }),
        ],
      });
      return;
    }
    const state = states.of(request);
    state.credentials = outcome.credentials;
    state.endUser = outcome.endUser;
    if (outcome.passThrough) {
      const release = redactor.hold(outcome.credentials.password, outcome.credentials.username);
      state.releaseSecret = release;
      // Released at once if the caller goes away, else after its log line (onResponse).
      const watch = watchResponse(serverContext);
      if (watch) watch.subscribe(release);
      else request.signal?.addEventListener('abort', release, { once: true });
    }
  };
  return {
    onParams({ request, context, setResult }) {
      const outcome = authenticator.authenticate(request.headers.get('authorization'));
      if (!(outcome instanceof Promise)) {
        apply(request, context, outcome, setResult);
        return;
      }
      return outcome.then(
        (settled) => apply(request, context, settled, setResult),
        () => {
          // Only a correctly signed token gets this far: the gateway could not learn its own account.
          setResult({
            errors: [
              createGraphQLError('Twilio is unavailable; try again later.', {
                extensions: { code: 'UPSTREAM_UNAVAILABLE', http: { status: 503 } },
              }),
            ],
          });
        },
      );
    },
    onResponse({ request }) {
      const release = states.of(request).releaseSecret;
      if (release) afterResponse(release);
    },
  };
}
