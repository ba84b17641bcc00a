import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import type { ResponseClass } from '../../realtime/index.ts';

/** Where Twilio's post-event webhooks are pointed: `<PUBLIC_URL>/webhooks/twilio`. */
export const TWILIO_WEBHOOK_PATH = '/webhooks/twilio';

/**
 * Serves `/webhooks/twilio` from the gateway's own request pipeline (the body limit applies), before
 * any GraphQL processing: webhooks carry a Twilio signature, not a caller's credentials.
 */
export function useTwilioWebhooks(
  receive: (request: Request, responses: ResponseClass) => Promise<Response>,
): Plugin<GatewayContext> {
  return {
    // Not async: every other request goes on without waiting for a promise of nothing.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== TWILIO_WEBHOOK_PATH) return;
      return receive(request, fetchAPI.Response).then(endResponse);
    },
  };
}
