import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import type { Authenticator } from '../auth.ts';
import type { SecretRedactor } from '../redact.ts';
import type { RequestStates } from './request-state.ts';

export interface AuthPluginOptions {
  authenticator: Authenticator;
  /** Holds a pass-through caller's secret for as long as its request runs. */
  redactor: SecretRedactor;
  states: RequestStates;
}

/**
 * Decides which Twilio credentials a GraphQL request acts with, from its Authorization header, before
 * its document is parsed: an unauthenticated caller learns nothing about the schema and costs no
 * Twilio call. A pass-through caller's secret is scrubbed from every log line until the request has
 * been logged, so this plugin goes after the request log in the plugin list (yoga runs `onResponse`
 * hooks in that order).
 */
export function useAuth({ authenticator, redactor, states }: AuthPluginOptions): Plugin<GatewayContext> {
  const releases = new WeakMap<Request, () => void>();
  return {
    onParams({ request, setResult }) {
      const outcome = authenticator.authenticate(request.headers.get('authorization'));
      if (!outcome.ok) {
        setResult({
          errors: [
            createGraphQLError(outcome.message, {
              extensions: {
                code: 'UNAUTHENTICATED',
                http: { status: 401, headers: { 'WWW-Authenticate': outcome.challenge } },
              },
            }),
          ],
        });
        return;
      }
      states.of(request).credentials = outcome.credentials;
      if (outcome.passThrough) {
        const release = redactor.hold(outcome.credentials.password, outcome.credentials.username);
        releases.set(request, release);
        request.signal?.addEventListener('abort', release, { once: true });
      }
    },
    onResponse({ request }) {
      releases.get(request)?.();
    },
  };
}
