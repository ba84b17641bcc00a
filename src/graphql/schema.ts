import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/index.ts';
import { buildSubgraphSchema } from './federation.ts';

/**
 * Builds the schema the gateway serves: the client-facing schema as an Apollo Federation v2
 * subgraph (`_service`, `_entities`, `@key`s; see federation.ts). Resolvers let Twilio failures
 * through as they are: the server's error masking turns each into a GraphQL error with a stable
 * `extensions.code` (`toGraphQLError`), in one place for every field.
 */
export function buildGatewaySchema(): GraphQLSchema {
  return buildSubgraphSchema();
}

/** The client-facing schema, without Federation's additions: what `schema.graphql` holds. */
export function buildClientSchema(): GraphQLSchema {
  return lexicographicSortSchema(builder.toSchema());
}
