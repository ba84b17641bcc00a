import { createClient as createSseClient } from 'graphql-sse';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

export interface GatewayClient {
  client: Client;
  /** Closes the subscription streams. */
  dispose(): void;
}

/**
 * One urql client per signed-in identity: queries and mutations as POST JSON, subscriptions over
 * server-sent events (graphql-sse, which the gateway serves on the same /graphql), each request
 * with the identity's access token. POST, not urql's GET queries: the page's own origin sends no
 * Origin header on a GET, and the gateway then asks GETs for a CSRF header.
 */
export function createGatewayClient(authorization: () => Promise<string>): GatewayClient {
  const url = new URL('graphql', document.baseURI).href;
  const sse = createSseClient({
    url,
    headers: async () => ({ authorization: await authorization() }),
    // A dropped stream (the gateway restarting, a network change) is opened again, a few times.
    retryAttempts: 5,
  });
  const client = new Client({
    url,
    preferGetMethod: false,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', await authorization());
      return fetch(input, { ...init, headers });
    },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: sse.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
  return { client, dispose: () => sse.dispose() };
}
