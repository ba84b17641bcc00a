import type { GraphiQLOptions, YogaServerOptions } from 'graphql-yoga';
import type { GatewayConfig } from '../config/index.ts';

/** The query GraphiQL opens with, and the one the demo banner's `curl` command sends. */
export const EXAMPLE_QUERY = `{
  conversations(first: 5) {
    edges {
      node {
        sid
        friendlyName
      }
    }
  }
}
`;

type GraphiQLSettings = Pick<YogaServerOptions<object, object>, 'graphiql' | 'renderGraphiQL'>;

/**
 * GraphiQL for yoga, or none in production. The page comes with its scripts, styles and editor
 * workers inlined from `@graphql-yoga/render-graphiql`: yoga's built-in page loads them from a CDN
 * and stays blank without the internet, while this gateway is meant to be explored offline.
 */
export function graphiqlSettings(config: GatewayConfig): GraphiQLSettings {
  if (config.production) return { graphiql: false };
  const headers = exampleHeaders(config);
  const options: GraphiQLOptions = {
    title: 'Twilio Conversations GraphQL',
    defaultQuery: EXAMPLE_QUERY,
    ...(headers ? { headers } : {}),
  };
  return { graphiql: options, renderGraphiQL: renderOnce() };
}

/**
 * The page is about 9 MB of inlined assets. Its module is loaded on the first visit, not at start:
 * held in memory it costs about 30 MB resident, which a gateway nobody opens GraphiQL on should not
 * pay. The page is built once per set of options.
 */
function renderOnce(): (options: GraphiQLOptions) => Promise<string> {
  let cached: { key: string; html: Promise<string> } | null = null;
  return (options) => {
    const key = JSON.stringify(options);
    if (cached?.key !== key) {
      const html = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) =>
        renderGraphiQL(options),
      );
      const entry = { key, html };
      // A failed load is not kept: the next visit tries again.
      html.catch(() => {
        if (cached === entry) cached = null;
      });
      cached = entry;
    }
    return cached.html;
  };
}

/** The Authorization header a mode needs, pre-filled as a template so a first query shows what to send. */
function exampleHeaders(config: GatewayConfig): string | undefined {
  if (config.authMode === 'server')
    return JSON.stringify({ Authorization: 'Bearer <gateway token>' }, null, 2);
  if (config.authMode === 'pass-through') {
    return JSON.stringify({ Authorization: 'Basic <base64 of AccountSid:AuthToken>' }, null, 2);
  }
  return undefined;
}
