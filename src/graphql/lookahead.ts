import {
  type DirectiveNode,
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { TwilioApiError } from '../twilio/index.ts';
import type { GatewayContext } from './context.ts';

/**
 * Look-ahead from a root lookup into its child lists. `conversation(sid:) { messages(last: 50) }`
 * addresses the messages by the argument alone, yet a resolver tree reads them only once the
 * conversation has arrived: two dependent rounds, and a FetchConversation even when none of the
 * conversation's own fields is shown. A lookahead lets the lookup start the child lists the query
 * selects from its arguments, in parallel with (or instead of) its own fetch; each child field then
 * answers with what was started for it.
 *
 * Children are registered by the modules that define them (`child`), so the lookup knows nothing of
 * messages or participants. Arguments are read with graphql's own coercion, so a prefetched child
 * gets exactly the arguments its field would have received.
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
   * answers. With `standIn`, a selection that reads nothing but those children skips `load`: the
   * stand-in is answered, or null when a child's list answers 404 (the parent does not exist).
   */
  lookUp<N extends K>(
    ctx: GatewayContext,
    info: GraphQLResolveInfo,
    key: K,
    load: () => Promise<N | null>,
    standIn?: () => N,
  ): Promise<N | null>;
}

export function createLookahead<K extends object>(typeName: string): Lookahead<K> {
  const children = new Map<string, (parent: K, args: never, ctx: GatewayContext) => Promise<unknown>>();
  // Keyed by the per-request objects the lookups answer, so nothing outlives the request.
  const started = new WeakMap<object, Map<string, Promise<unknown>>>();

  const selectedFields = (info: GraphQLResolveInfo): FieldNode[] => {
    const fields: FieldNode[] = [];
    const visited = new Set<string>();
    const included = (node: { directives?: readonly DirectiveNode[] | undefined }) =>
      getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
    const collect = (selectionSet: SelectionSetNode | undefined) => {
      for (const selection of selectionSet?.selections ?? []) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) fields.push(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition?.name.value;
          if (on === undefined || on === typeName || on === 'Node') collect(selection.selectionSet);
        } else if (!visited.has(selection.name.value)) {
          visited.add(selection.name.value);
          const fragment = info.fragments[selection.name.value];
          const on = fragment?.typeCondition.name.value;
          if (on === typeName || on === 'Node') collect(fragment?.selectionSet);
        }
      }
    };
    for (const node of info.fieldNodes) collect(node.selectionSet);
    return fields;
  };

  const start = (key: K, ctx: GatewayContext, info: GraphQLResolveInfo) => {
    const type = info.schema.getType(typeName);
    const promises = new Map<string, Promise<unknown>>();
    if (isObjectType(type)) {
      for (const field of selectedFields(info)) {
        const resolve = children.get(field.name.value);
        const responseKey = field.alias?.value ?? field.name.value;
        const definition = type.getFields()[field.name.value];
        if (!resolve || !definition || promises.has(responseKey)) continue;
        const promise = startChild(() => {
          const args = getArgumentValues(definition, field, info.variableValues);
          // A page of no items asks Twilio nothing, so it could not tell whether the parent exists.
          return args.first === 0 || args.last === 0 ? null : resolve(key, args as never, ctx);
        });
        if (!promise) continue;
        // Marked handled here: a lookup that answers null never hands its children out.
        promise.catch(() => {});
        promises.set(responseKey, promise);
      }
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

    async lookUp(ctx, info, key, load, standIn) {
      const promises = start(key, ctx, info);
      const ownFields = selectedFields(info).some(
        (field) => field.name.value !== '__typename' && !children.has(field.name.value),
      );
      if (!standIn || promises.size === 0 || ownFields) {
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
      return missing ? null : attach(standIn(), promises);
    },
  };
}

/** Runs a child's start; a synchronous throw (bad arguments) becomes its rejection. */
function startChild(run: () => Promise<unknown> | null): Promise<unknown> | null {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}
