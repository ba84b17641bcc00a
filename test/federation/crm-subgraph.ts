import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/**
 * A second team's subgraph, as a platform team would compose beside the Twilio gateway: a CRM whose
 * customers sign in to chat as a Twilio `User` (by identity) and own Twilio conversations (by SID),
 * and which adds a support ticket to `Conversation` and the customer to `User`. It is a Relay
 * subgraph too (`Node`, `PageInfo`), to show that the Relay types the gateway shares compose.
 */
export interface Customer {
  id: string;
  name: string;
  chatIdentity: string;
  conversationSids: string[];
}

export interface CrmData {
  customers: Customer[];
  /** Support tickets by Twilio conversation SID. */
  tickets: Record<string, { number: number; priority: string }>;
}

/** The CRM's subgraph SDL. */
export const CRM_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])

  interface Node {
    id: ID!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  type Customer implements Node @key(fields: "id") {
    id: ID!
    name: String!
    "The Twilio chat user the customer signs in as."
    chatUser: User!
    "The Twilio conversations of the customer's support cases."
    conversations: [Conversation!]!
  }

  type CustomerEdge {
    cursor: String!
    node: Customer!
  }

  type CustomerConnection {
    edges: [CustomerEdge!]!
    pageInfo: PageInfo!
  }

  type User @key(fields: "identity") {
    identity: String!
    "The customer who signs in as this user, if any."
    customer: Customer
  }

  type Ticket {
    number: Int!
    priority: String!
  }

  type Conversation @key(fields: "sid") {
    sid: String!
    "The support ticket this conversation belongs to, if any."
    ticket: Ticket
  }

  type Query {
    customers(first: Int): CustomerConnection!
  }
`;

export interface RunningCrm {
  url: string;
  /** The CRM's own data; tests fill it once they know the Twilio SIDs. */
  data: CrmData;
  /** The `Authorization` header of every request the CRM received (null when absent). */
  authorizations: Array<string | null>;
  close(): Promise<void>;
}

export async function startCrmSubgraph(): Promise<RunningCrm> {
  const data: CrmData = { customers: [], tickets: {} };
  const authorizations: Array<string | null> = [];
  const customer = (id: string) => data.customers.find((c) => c.id === id) ?? null;
  const schema = buildSubgraphSchema({
    typeDefs: parse(CRM_SDL),
    resolvers: {
      Query: {
        customers: (_root: unknown, args: { first?: number | null }) => {
          const page = data.customers.slice(0, args.first ?? 10);
          return {
            edges: page.map((node) => ({ cursor: node.id, node })),
            pageInfo: {
              hasNextPage: page.length < data.customers.length,
              hasPreviousPage: false,
              startCursor: page[0]?.id ?? null,
              endCursor: page.at(-1)?.id ?? null,
            },
          };
        },
      },
      Customer: {
        __resolveReference: (reference: { id: string }) => customer(reference.id),
        chatUser: (c: Customer) => ({ identity: c.chatIdentity }),
        conversations: (c: Customer) => c.conversationSids.map((sid) => ({ sid })),
      },
      User: {
        customer: (user: { identity: string }) =>
          data.customers.find((c) => c.chatIdentity === user.identity) ?? null,
      },
      Conversation: {
        ticket: (conversation: { sid: string }) => data.tickets[conversation.sid] ?? null,
      },
    },
  });
  const yoga = createYoga({
    schema,
    logging: false,
    graphqlEndpoint: '/graphql',
    plugins: [{ onRequest: ({ request }) => void authorizations.push(request.headers.get('authorization')) }],
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    data,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
