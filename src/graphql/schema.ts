import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/index.ts';

/**
 * Builds the gateway schema. Resolvers let Twilio failures through as they are: the server's error
 * masking turns each into a GraphQL error with a stable `extensions.code` (`toGraphQLError`), in
 * one place for every field.
 */
export function buildGatewaySchema(): GraphQLSchema {
  return lexicographicSortSchema(builder.toSchema());
}
