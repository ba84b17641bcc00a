import { type GraphQLResolveInfo, getArgumentValues, isObjectType } from 'graphql';
import { TwilioApiError } from '../twilio/index.ts';
import type { GatewayContext } from './context.ts';
import { mayReadAhead } from './end-user-rule.ts';
import { type PrefetchAt, prefetchFor } from './prefetch.ts';
import { type FieldGroup, fromSelection, selectedFieldsOn } from './selection.ts';

/**
 * Look-ahead from a root lookup into its child lists. `conversation(sid:) { messages(last: 50) }`
 * addresses the messages by the argument alone, yet a resolver tree reads them only once the
 * conversation has arrived: two dependent rounds, and a FetchConversation even when none of the
 * conversation's own fields is shown. A lookahead lets the lookup start the child lists the query
 * selects from its arguments, in parallel with (or instead of) its own fetch; each child field then
 * answers with what was started for it.
 *
 * Children are registered by the modules that define them (`child`), so the lookup knows nothing of
 * messages or participants. The selection is read by the walker execution's own collection follows
 * (src/graphql/selection.ts) and arguments with graphql's own coercion, so a prefetched child gets
 * exactly the arguments its field would have received, and the lookup knows exactly which fields
 * will be read from what it answers.
 */
export interface Lookahead<K extends object> {
  /** Registers the child field `name`; returns the resolver to give that field. */
  child<A, R>(
    name: string,
    resolve: (parent: K, args: A, ctx: GatewayContext) => Promise<R>,
  ): (parent: K, args: A, ctx: GatewayContext, info: GraphQLResolveInfo) => Promise<R>;
  /**
   * Resolves a root lookup: starts the registered children the selection asks for from `key` (what
   * the children need, known from the arguments) next to `load`, and hands them to the object it
   * answers. With `skipLoad`, a selection that reads nothing but those children (and `__typename`)
   * leaves `load` out: the answer is the key alone (see `keyOnly`), or null when a child's list
   * answers 404 (the parent does not exist).
   */
  lookUp<N extends K>(
    ctx: GatewayContext,
    info: GraphQLResolveInfo,
    key: K,
    load: () => Promise<N | null>,
    options?: { skipLoad?: boolean },
  ): Promise<N | null>;
}

export function createLookahead<K extends object>(
  typeName: string,
  settings: {
    /**
     * Where an object of this key is, for the lists its selection will look up one by one further
     * down (src/graphql/prefetch.ts), started next to the lookup's own fetch.
     */
    prefetchAt?: (key: K) => PrefetchAt;
  } = {},
): Lookahead<K> {
  const children = new Map<string, (parent: K, args: never, ctx: GatewayContext) => Promise<unknown>>();
  // Keyed by the per-request objects the lookups answer, so nothing outlives the request.
  const started = new WeakMap<object, Map<string, Promise<unknown>>>();

  /**
   * The fields execution will resolve on the lookup's answer, merged by response key, and whether
   * any of them is the object's own (not a child started from the key): read once per execution
   * and field, however many items of a list look up.
   */
  const fieldsOf = (info: GraphQLResolveInfo): { fields: FieldGroup[]; ownFields: boolean } =>
    fromSelection(info, children, () => {
      const fields = [...(selectedFieldsOn(info, typeName)?.values() ?? [])];
      const ownFields = fields.some(
        ([field]) => field.name.value !== '__typename' && !children.has(field.name.value),
      );
      return { fields, ownFields };
    });

  const start = (key: K, ctx: GatewayContext, info: GraphQLResolveInfo, fields: readonly FieldGroup[]) => {
    const type = info.schema.getType(typeName);
    const promises = new Map<string, Promise<unknown>>();
    if (!isObjectType(type)) return promises;
    for (const group of fields) {
      const [field] = group;
      const resolve = children.get(field.name.value);
      const definition = type.getFields()[field.name.value];
      if (!resolve || !definition) continue;
      // For an end user, a child with a rule (src/graphql/end-user-guard.ts) is read only once
      // the rule has allowed it, unless the key settles the rule in advance: nothing is asked of
      // Twilio for a field they are refused.
      if (!mayReadAhead(definition.extensions, key, ctx.endUser)) continue;
      const promise = startChild(() => {
        // Execution reads a merged field's arguments from its first node; so does this.
        const args = getArgumentValues(definition, field, info.variableValues);
        // A page of no items asks Twilio nothing, so it could not tell whether the parent exists.
        return args.first === 0 || args.last === 0 ? null : resolve(key, args as never, ctx);
      });
      if (!promise) continue;
      // Marked handled here: a lookup that answers null never hands its children out.
      promise.catch(() => {});
      promises.set(field.alias?.value ?? field.name.value, promise);
    }
    return promises;
  };

  const attach = <N extends object>(node: N, promises: Map<string, Promise<unknown>>): N => {
    if (promises.size > 0) started.set(node, promises);
    return node;
  };

  return {
    child(name, resolve) {
      children.set(name, resolve as (parent: K, args: never, ctx: GatewayContext) => Promise<unknown>);
      return (parent, args, ctx, info) => {
        // Started by `lookUp` with this same `resolve`, under this response key: it holds an R.
        const prefetched = started.get(parent)?.get(String(info.path.key)) as
          | Promise<Awaited<ReturnType<typeof resolve>>>
          | undefined;
        return prefetched ?? resolve(parent, args, ctx);
      };
    },

    async lookUp<N extends K>(
      ctx: GatewayContext,
      info: GraphQLResolveInfo,
      key: K,
      load: () => Promise<N | null>,
      options: { skipLoad?: boolean } = {},
    ): Promise<N | null> {
      const { fields, ownFields } = fieldsOf(info);
      if (settings.prefetchAt) prefetchFor(ctx, info, settings.prefetchAt(key), typeName);
      const promises = start(key, ctx, info, fields);
      if (!options.skipLoad || promises.size === 0 || ownFields) {
        const node = await load();
        // A copy per lookup: `load` may answer an object the loader cache shares with other fields
        // (a second alias, `Conversation.service`), whose children must not get these answers.
        return node && attach(promises.size > 0 ? { ...node } : node, promises);
      }
      const results = await Promise.allSettled(promises.values());
      const missing = results.some(
        (result) =>
          result.status === 'rejected' &&
          result.reason instanceof TwilioApiError &&
          result.reason.status === 404,
      );
      return missing ? null : attach(keyOnly<N>(typeName, key), promises);
    },
  };
}

/**
 * What a lookup answers when it leaves its own fetch out: the key and nothing else. It stands
 * where the type's object would, but holds no invented values: reading anything the key does not
 * have fails loudly (an internal error, masked for the client) instead of showing a made-up name,
 * account or date. Execution never reads anything else from it, since the lookup saw, with the
 * walker execution uses, that the selection reads only the children started from the key.
 */
export function keyOnly<N extends object>(typeName: string, key: object): N {
  const known: Readonly<Record<string, unknown>> = Object.freeze({ ...key });
  return new Proxy(known, {
    get(target, property) {
      if (typeof property === 'symbol' || property === 'then') return undefined;
      if (Object.hasOwn(target, property)) return target[property];
      throw new Error(
        `The look-ahead answered ${typeName} by its key alone, yet ${property} was read from it`,
      );
    },
  }) as N;
}

/** Runs a child's start; a synchronous throw (bad arguments) becomes its rejection. */
function startChild(run: () => Promise<unknown> | null): Promise<unknown> | null {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}
