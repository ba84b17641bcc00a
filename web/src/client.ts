import {
  createClient as createSseClient,
  type ExecutionResult,
  type RequestParams,
  type Client as SseClient,
} from 'graphql-sse';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import type { TokenSource } from './session.ts';

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
export function createGatewayClient(tokens: TokenSource): GatewayClient {
  const authorization = () => tokens.authorization();
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
            unsubscribe: subscribeRenewing(sse, { ...request, query: request.query ?? '' }, sink, tokens),
          }),
        }),
      }),
    ],
  });
  return { client, dispose: () => sse.dispose() };
}

/** What urql hands a forwarded subscription. */
interface ResultSink {
  next(result: ExecutionResult): void;
  error(error: unknown): void;
  complete(): void;
}

/** A stream that ended `expired` sooner than this after it opened is not opened again: the token source is no help. */
const MIN_STREAM_MS = 5_000;

/**
 * A subscription that outlives the access token it was opened with. The gateway ends an end user's
 * stream once that token has expired (`UNAUTHENTICATED`, reason `expired`; docs/access-tokens.md,
 * "Tokens that expire while a session is open"), so it moves to the token the app holds by then:
 * when the token source renews its token, a new stream is opened and the old one closed once the
 * new one is connected (the screens merge events by SID, so the overlap shows nothing twice); and
 * a stream that ends `expired` anyway (a computer that slept through the timer) is opened again.
 */
function subscribeRenewing(
  sse: SseClient,
  request: RequestParams,
  sink: ResultSink,
  tokens: TokenSource,
): () => void {
  let stopped = false;
  let current: (() => void) | null = null;
  let renewal: ReturnType<typeof setTimeout> | undefined;

  const open = async (): Promise<void> => {
    // The token the stream opens with (the source hands out the same until it renews it).
    const authorization = await tokens.authorization().catch(() => '');
    const renewAt = tokens.renewsAt(authorization);
    if (stopped) return;
    const openedAt = Date.now();
    const previous = current;
    let expired = false;
    const unsubscribe = sse.subscribe<Record<string, unknown>, Record<string, unknown>>(
      request,
      {
        next: (result) => {
          if (isExpiry(result) && Date.now() - openedAt >= MIN_STREAM_MS) expired = true;
          else sink.next(result);
        },
        error: (error) => {
          if (current === unsubscribe && !stopped) sink.error(error);
        },
        complete: () => {
          // A replaced stream closing, or this one closed by the page.
          if (current !== unsubscribe || stopped) return;
          if (expired) void open();
          else sink.complete();
        },
      },
      { connected: () => previous?.() },
    );
    current = unsubscribe;
    clearTimeout(renewal);
    // Past already (a clock far off): the stream is opened again when it ends `expired`.
    if (renewAt !== null && renewAt > Date.now()) {
      renewal = setTimeout(() => void open(), renewAt - Date.now() + 1_000);
    }
  };

  void open();
  return () => {
    stopped = true;
    clearTimeout(renewal);
    current?.();
  };
}

function isExpiry(result: ExecutionResult): boolean {
  return (result.errors ?? []).some((error) => error.extensions?.reason === 'expired');
}
