import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** The next result, or a rejection after `timeoutMs`. */
  next(
    timeoutMs?: number,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/** A subscription over SSE through the graphql-sse client, as browsers and Node clients use it. */
export function subscribeOverSse<T = Record<string, unknown>>(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Subscription<T> {
  const client = createSseClient({ url: graphqlUrl, headers, retryAttempts: 0 });
  const iterator = client.iterate<T>({ query, variables });
  return fromIterator(iterator, () => client.dispose());
}

/** A graphql-ws client on a gateway's `/graphql`, over the `ws` package (Node 20 has no global WebSocket). */
export function connectOverWebSocket(
  graphqlUrl: string,
  options: {
    connectionParams?: Record<string, unknown>;
    /** Headers of the upgrade request (Authorization, Origin). */
    headers?: Record<string, string>;
    /** Called with the close event when the server closes the socket. */
    onClosed?: (event: { code: number; reason: string }) => void;
  } = {},
): WsClient {
  const headers = options.headers ?? {};
  class HeaderedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createWsClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: HeaderedWebSocket,
    connectionParams: options.connectionParams ?? {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        options.onClosed?.({ code, reason: String(reason) });
      },
    },
  });
}

/** A subscription (or any operation) over a graphql-ws client. */
export function subscribeOverWebSocket<T = Record<string, unknown>>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const iterator = client.iterate<T>({ query, variables });
  return fromIterator(iterator, () => {});
}

export function fromIterator<T>(
  iterator: AsyncIterableIterator<{ data?: T | null; errors?: ReadonlyArray<unknown> }>,
  dispose: () => void,
): Subscription<T> {
  return {
    async next(timeoutMs = 5_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const result = await Promise.race([iterator.next(), timeout]);
        if (result.done) throw new Error('the subscription completed');
        return result.value as Awaited<ReturnType<Subscription<T>['next']>>;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await iterator.return?.();
      dispose();
    },
  };
}

/** Subscriptions running on a gateway, from its /metrics. */
export async function activeSubscriptions(gatewayUrl: string): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  return Number(/^gateway_subscriptions_active (\d+)/m.exec(text)?.[1] ?? 0);
}

/** Waits until the gateway's /metrics counts `count` running subscriptions (at least, or exactly). */
export async function waitForSubscribers(
  gatewayUrl: string,
  count: number,
  options: { exactly?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const active = await activeSubscriptions(gatewayUrl);
    if (options.exactly ? active === count : active >= count) return;
    if (Date.now() > deadline)
      throw new Error(`${active} subscriptions running, not ${count}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
