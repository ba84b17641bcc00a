/**
 * Bundled for the browser by test/e2e/browser-clients.test.ts: urql, Apollo Client and
 * graphql-request, each built the way its documentation starts, run one query against the gateway.
 * Nothing here adjusts what they send; only the headers an app would add are passed in.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { GraphQLClient } from 'graphql-request';

export type ClientName = 'urql' | 'apollo' | 'graphql-request';

export interface CallOutcome {
  /** The friendly names of the conversations answered, or null when the call failed. */
  names: string[] | null;
  error: string | null;
}

export type BrowserClients = Record<
  ClientName,
  (endpoint: string, headers: Record<string, string>) => Promise<CallOutcome>
>;

export const INBOX_QUERY = 'query Inbox { conversations(first: 5) { edges { node { sid friendlyName } } } }';

interface InboxData {
  conversations: { edges: Array<{ node: { sid: string; friendlyName: string | null } }> };
}

const names = (data: InboxData | undefined | null): string[] | null =>
  data ? data.conversations.edges.map((edge) => edge.node.friendlyName ?? '') : null;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const clients: BrowserClients = {
  async urql(endpoint, headers) {
    const client = new Client({
      url: endpoint,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers },
    });
    const result = await client.query<InboxData>(INBOX_QUERY, {}).toPromise();
    return { names: names(result.data), error: result.error ? result.error.message : null };
  },
  async apollo(endpoint, headers) {
    const client = new ApolloClient({
      link: new HttpLink({ uri: endpoint, headers }),
      cache: new InMemoryCache(),
    });
    try {
      const result = await client.query<InboxData>({ query: gql(INBOX_QUERY) });
      return { names: names(result.data), error: null };
    } catch (error) {
      return { names: null, error: message(error) };
    }
  },
  async 'graphql-request'(endpoint, headers) {
    const client = new GraphQLClient(endpoint, { headers });
    try {
      return { names: names(await client.request<InboxData>(INBOX_QUERY)), error: null };
    } catch (error) {
      return { names: null, error: message(error) };
    }
  },
};

Object.assign(globalThis, { browserClients: clients });
