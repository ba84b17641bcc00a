import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/**
 * A sample second subgraph: another team's CRM. Its customers have an account manager, who is a
 * Twilio chat user (referenced by identity), and support conversations, which are Twilio
 * conversations (referenced by unique name); it adds a support ticket to `Conversation` and the
 * customers a user manages to `User`. Its data matches the emulator's demo data.
 */
const SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Customer @key(fields: "id") {
    id: ID!
    name: String!
    company: String!
    "The Twilio chat user who looks after this customer."
    accountManager: User!
    "The customer's Twilio support conversations."
    conversations: [Conversation!]!
  }

  type User @key(fields: "identity") {
    identity: String!
    "The customers this chat user is account manager of."
    managedCustomers: [Customer!]!
  }

  type Ticket {
    number: Int!
    status: String!
    subject: String!
  }

  type Conversation @key(fields: "uniqueName") {
    uniqueName: String
    "The support ticket this conversation belongs to, if any."
    ticket: Ticket
  }

  type Query {
    customers: [Customer!]!
  }
`;

interface Customer {
  id: string;
  name: string;
  company: string;
  accountManager: string;
  conversations: string[];
}

const CUSTOMERS: Customer[] = [
  {
    id: 'cus-1042',
    name: 'Erin Walsh',
    company: 'Walsh Outdoor',
    accountManager: 'carol',
    conversations: ['support-1042'],
  },
  {
    id: 'cus-2001',
    name: 'Globex launch team',
    company: 'Globex',
    accountManager: 'alice',
    conversations: ['product-launch'],
  },
];

const TICKETS: Record<string, { number: number; status: string; subject: string }> = {
  'support-1042': { number: 1042, status: 'OPEN', subject: 'Order #1042 has not arrived' },
};

export interface RunningCrm {
  url: string;
  close(): Promise<void>;
}

export async function startExampleCrm(options: { port?: number; host?: string } = {}): Promise<RunningCrm> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Query: { customers: () => CUSTOMERS },
      Customer: {
        __resolveReference: (reference: { id: string }) =>
          CUSTOMERS.find((c) => c.id === reference.id) ?? null,
        accountManager: (customer: Customer) => ({ identity: customer.accountManager }),
        conversations: (customer: Customer) => customer.conversations.map((uniqueName) => ({ uniqueName })),
      },
      User: {
        managedCustomers: (user: { identity: string }) =>
          CUSTOMERS.filter((customer) => customer.accountManager === user.identity),
      },
      Conversation: {
        ticket: (conversation: { uniqueName: string | null }) =>
          (conversation.uniqueName && TICKETS[conversation.uniqueName]) || null,
      },
    },
  });
  const yoga = createYoga({ schema, logging: false, graphqlEndpoint: '/graphql' });
  const server = createServer(yoga);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}
