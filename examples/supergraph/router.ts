import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';

export interface RunningRouter {
  /** The supergraph's GraphQL endpoint. */
  url: string;
  close(): Promise<void>;
}

export interface RouterOptions {
  /** The supergraph SDL (composeSupergraph). */
  supergraph: string;
  port?: number;
  host?: string;
  /** The subgraphs that receive each client's `Authorization` header: the Twilio gateway's name. */
  forwardAuthorizationTo: readonly string[];
  /** Hive Gateway plugins, e.g. to watch the requests it sends to each subgraph. */
  plugins?: GatewayPlugin[];
}

/**
 * Hive Gateway serving a supergraph on loopback. It forwards each client's `Authorization` header
 * to the Twilio gateway, so that every request there, entity fetches included, is answered with
 * that client's own credentials; other subgraphs never see them.
 */
export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const gateway = createGatewayRuntime({
    supergraph: options.supergraph,
    logging: 'error',
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) =>
        options.forwardAuthorizationTo.includes(subgraphName)
          ? { authorization: request.headers.get('authorization') }
          : {},
    },
    plugins: () => options.plugins ?? [],
  });
  const server = createServer(gateway);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${gateway.graphqlEndpoint}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
