import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
} from 'graphql';
import type { GatewayContext } from './context.ts';
import { guardMutation } from './end-user-mutations.ts';
import {
  forbidden,
  isStructural,
  NESTED_READ_RULES,
  ownService,
  QUERY_READ_RULES,
  READ_AHEAD,
  type ReadRule,
} from './end-user-reads.ts';
import { END_USER_READ_AHEAD, END_USER_RULE, type ReadAhead } from './end-user-rule.ts';

type Field = GraphQLFieldConfig<unknown, GatewayContext | undefined>;
type Resolver = GraphQLFieldResolver<unknown, GatewayContext | undefined>;

/**
 * Where what an end user may see and do is enforced: one transform of the built schema that wraps
 * the resolvers of the fields an end user's request must not simply run. Callers with the account's
 * credentials or a gateway token go straight to the field's own resolver.
 *
 * Reads (Query fields, the fields below them, subscriptions) follow src/graphql/end-user-reads.ts.
 */
export function guardEndUsers(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType()?.name;
  const mutation = schema.getMutationType()?.name;
  const subscription = schema.getSubscriptionType()?.name;
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field: Field, fieldName, typeName) => {
      // Changes are decided one by one against the user's Twilio roles (end-user-mutations.ts).
      if (typeName === mutation) return guardMutation(field, fieldName, schema);
      if (typeName === subscription) return guardSubscription(field);
      if (typeName === query)
        return withReadRule(field, QUERY_READ_RULES[fieldName] ?? noRule(typeName, fieldName));
      // Fields of scalars and enums read nothing beyond their object, which was already judged.
      if (isLeafType(getNamedType(field.type))) return field;
      const rule = NESTED_READ_RULES[`${typeName}.${fieldName}`];
      if (rule === undefined && isStructural(typeName)) return field;
      return withReadRule(field, rule ?? noRule(typeName, fieldName), READ_AHEAD[`${typeName}.${fieldName}`]);
    },
  });
}

function noRule(typeName: string, fieldName: string): ReadRule {
  return { forbid: `End users cannot read ${typeName}.${fieldName}.` };
}

function withReadRule(field: Field, rule: ReadRule, ahead?: ReadAhead): Field {
  if (rule === 'pass') return field;
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  const next = resolve as Parameters<Exclude<ReadRule, 'pass' | { forbid: string }>>[0];
  return {
    ...field,
    // Marks the field for the look-ahead (src/graphql/lookahead.ts): for an end user it must not
    // be started before its rule has run, unless `ahead` says the lookup's key settles the rule.
    extensions: {
      ...field.extensions,
      [END_USER_RULE]: typeof rule === 'object' ? 'forbid' : 'check',
      ...(ahead && typeof rule !== 'object' ? { [END_USER_READ_AHEAD]: ahead } : {}),
    },
    resolve: (source, args, ctx, info) => {
      const access = ctx?.endUser;
      if (!ctx || !access) return resolve(source, args, ctx, info);
      if (typeof rule === 'object') throw forbidden(rule.forbid);
      return rule(next, source, args, ctx, access, info);
    },
  };
}

/**
 * An end user subscribes only in their token's service and only to conversations they are a
 * participant of (FORBIDDEN otherwise, before anything is read); every event they are then sent
 * is checked again against their memberships at that moment (src/graphql/realtime.ts), so the
 * service-wide `conversationEvents` carries only their conversations.
 */
function guardSubscription(field: Field): Field {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  const subscribe = field.subscribe;
  if (!subscribe) return field;
  const inOwnService = (args: Record<string, unknown>, ctx: GatewayContext) => {
    const access = ctx.endUser;
    if (!access) return args;
    const service = ownService(args, access);
    if (service === null) throw forbidden('An end user can subscribe only in the service of their token.');
    return { ...args, serviceSid: service };
  };
  return {
    ...field,
    subscribe: async (
      source: unknown,
      args: Record<string, unknown>,
      ctx: GatewayContext | undefined,
      info: GraphQLResolveInfo,
    ) => {
      const access = ctx?.endUser;
      if (!ctx || !access) return subscribe(source, args, ctx, info);
      const scoped = inOwnService(args, ctx);
      const conversation = args.conversationSid ?? args.sid;
      if (typeof conversation === 'string' && !(await access.isMember(conversation))) {
        throw forbidden('An end user can subscribe only to conversations they are a participant of.');
      }
      return subscribe(source, scoped, ctx, info);
    },
    // Each event is read in the same service the subscription was started in.
    resolve: (source, args, ctx, info) =>
      resolve(source, ctx?.endUser ? inOwnService(args, ctx) : args, ctx, info),
  };
}
