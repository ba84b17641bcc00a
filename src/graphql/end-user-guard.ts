import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { GatewayContext } from './context.ts';
import { guardMutation } from './end-user-mutations.ts';

/**
 * Where what an end user may see and do is enforced: one transform of the built schema that wraps
 * the resolvers of the fields an end user's request must not simply run. Callers with the account's
 * credentials or a gateway token go straight to the field's own resolver.
 */
export function guardEndUsers(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? [type.name] : [],
    ),
  );
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (!roots.has(typeName)) return field;
      // Changes are decided one by one against the user's Twilio roles (end-user-mutations.ts).
      if (typeName === schema.getMutationType()?.name) return guardMutation(field, fieldName, schema);
      const resolve: GraphQLFieldResolver<unknown, GatewayContext | undefined> =
        field.resolve ?? defaultFieldResolver;
      const subscribe = field.subscribe;
      return {
        ...field,
        resolve: (source, args, ctx, info) => {
          if (ctx?.endUser) throw forbidden('End users cannot use this field yet.');
          return resolve(source, args, ctx, info);
        },
        ...(subscribe
          ? {
              subscribe: (
                source: unknown,
                args: Record<string, unknown>,
                ctx: GatewayContext | undefined,
                info: GraphQLResolveInfo,
              ) => {
                if (ctx?.endUser) throw forbidden('End users cannot use this field yet.');
                return subscribe(source, args, ctx, info);
              },
            }
          : {}),
      };
    },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
