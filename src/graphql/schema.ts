import { defaultFieldResolver, type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import { toGraphQLError } from './errors.ts';
import './modules/index.ts';

/**
 * Builds the gateway schema. Every resolver is wrapped once so that a Twilio failure becomes a
 * GraphQL error with a stable `extensions.code` wherever it happens (error masking hides
 * everything else).
 */
export function buildGatewaySchema(): GraphQLSchema {
  const schema = lexicographicSortSchema(builder.toSchema());
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        try {
          return await resolve(source, args, context, info);
        } catch (error) {
          throw toGraphQLError(error);
        }
      };
    }
  }
  return schema;
}
