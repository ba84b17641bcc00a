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
  declareNodeLookupCosts(schema);
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

/**
 * A global ID holds the whole REST path, so `node` costs one call and `nodes` one per ID. The relay
 * plugin builds these two fields without passing field extensions through, so their cost is
 * declared here, where the cost estimate (src/server/cost.ts) reads it.
 */
function declareNodeLookupCosts(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()?.getFields();
  const idCount = (args: Record<string, unknown>) => (Array.isArray(args.ids) ? args.ids.length : 1);
  const costs: Record<string, Record<string, unknown>> = {
    node: { upstreamCost: 1 },
    // Each ID is its own object, whose fields resolve once each.
    nodes: { upstreamCost: idCount, upstreamListSize: idCount },
  };
  for (const [name, cost] of Object.entries(costs)) {
    const field = fields?.[name];
    if (field) field.extensions = { ...field.extensions, ...cost };
  }
}
