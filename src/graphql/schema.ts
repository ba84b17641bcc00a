import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import { guardEndUsers } from './end-user-guard.ts';
import './modules/index.ts';
import { buildSubgraphSchema } from './federation.ts';

/**
 * Builds the schema the gateway serves: the client-facing schema as an Apollo Federation v2
 * subgraph (`_service`, `_entities`, `@key`s; see federation.ts). Resolvers let Twilio failures
 * through as they are: the server's error masking turns each into a GraphQL error with a stable
 * `extensions.code` (`toGraphQLError`), in one place for every field. End users (Twilio Access
 * Tokens) are held to their roles by one transform of the finished schema (`guardEndUsers`), so
 * entity lookups a router makes for them obey the same rules as their own queries.
 */
export function buildGatewaySchema(): GraphQLSchema {
  return guardEndUsers(buildSubgraphSchema());
}

/** The client-facing schema, without Federation's additions: what `schema.graphql` holds. */
export function buildClientSchema(): GraphQLSchema {
  return lexicographicSortSchema(builder.toSchema());
}
