import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  type OperationDefinitionNode,
} from 'graphql';
import {
  type CollectedFields,
  coerceVariables,
  createSelectionWalker,
  type FieldGroup,
  fragmentsOf,
  rootTypeOf,
} from '../graphql/selection.ts';

/**
 * A static estimate of the Twilio calls one operation can make, computed from the document, the
 * variables and what each schema field declares, before anything runs. Every field is free unless
 * it declares a cost; modules declare it in the field's `extensions` (Pothos: `extensions: {...}`):
 *
 * - `upstreamCost`: calls one resolution of the field makes (a number, or a function of the field's
 *   coerced arguments, e.g. for a connection that reads several Twilio pages when `first` is large);
 * - `upstreamList: { maxPageSize }`: the field is a connection over Twilio pages of at most
 *   `maxPageSize` items, so `first: n` costs `upstreamCost` for each of the ceil(n / maxPageSize)
 *   pages, plus one page re-read when it starts from a cursor (`after`/`before`);
 * - `upstreamListSize`: how many times the field's selection is resolved (a number or a function of
 *   the arguments), for lists that are not paginated with `first`/`last`.
 * - `upstreamBatched: true`: every item of a page asks for the same object (the service of a page
 *   of messages, the conversation of a page of receipts), so its cost counts once per page of the
 *   nearest enclosing connection rather than once per item.
 * - `upstreamCoalesced: true`: the lookups of a page coalesce into one list of their parent
 *   collection (a message's author among the participants of its conversation, a participant's
 *   role among the roles of its service); members beyond the first page of that list are then
 *   fetched one by one. The field costs one list per page of the nearest enclosing connection plus
 *   one fetch per item: a conversation of 200 participants whose last 100 wrote a page of 100
 *   messages costs 101 calls for their authors, and the estimate says so.
 *
 * A field with a `first` or `last` argument multiplies the cost of its selection by that number
 * (default `defaultListSize`, the connections' default page), since each item may resolve it.
 * Fields are collected as execution collects them (src/graphql/selection.ts): merged by response
 * key, `@skip`/`@include` honoured, fragments applied by their type condition; a field of an
 * abstract type costs what its most expensive possible type's selection costs. The result is an
 * upper bound, and the gateway also counts the calls a request really makes (src/graphql/call-budget.ts).
 */
export type FieldCostFunction = (args: Record<string, unknown>) => number;

export interface UpstreamCostExtensions {
  upstreamCost?: number | FieldCostFunction;
  upstreamList?: { maxPageSize: number };
  upstreamListSize?: number | FieldCostFunction;
  upstreamBatched?: boolean;
  upstreamCoalesced?: boolean;
}

/** Calls made once per item of the enclosing list, and once per enclosing connection page. */
interface Cost {
  each: number;
  perList: number;
}

const NOTHING: Cost = { each: 0, perList: 0 };
const add = (a: Cost, b: Cost): Cost => ({ each: a.each + b.each, perList: a.perList + b.perList });
const max = (a: Cost, b: Cost): Cost => ({
  each: Math.max(a.each, b.each),
  perList: Math.max(a.perList, b.perList),
});

export interface CostEstimateOptions {
  defaultListSize: number;
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: CostEstimateOptions,
): number {
  const rootType = rootTypeOf(schema, operation);
  if (!rootType) return 0;
  const coerced = coerceVariables(schema, operation, variables);
  const walker = createSelectionWalker({ schema, fragments: fragmentsOf(document), variables: coerced });
  // Each group of merged field nodes on an object type is costed once, however often fragments
  // and aliases repeat it: the work stays linear in the document.
  const memo = new Map<string, Cost>();

  const fieldsCost = (type: GraphQLObjectType, fields: CollectedFields): Cost => {
    let total = NOTHING;
    for (const group of fields.values()) total = add(total, groupCost(type, group));
    return total;
  };

  const groupCost = (parentType: GraphQLObjectType, group: FieldGroup): Cost => {
    const key = walker.keyOf(parentType, group);
    const known = memo.get(key);
    if (known) return known;
    // A fragment cycle (a validation error) must not recurse forever while it is costed.
    memo.set(key, NOTHING);
    const cost = computeGroupCost(parentType, group);
    memo.set(key, cost);
    return cost;
  };

  const computeGroupCost = (parentType: GraphQLObjectType, group: FieldGroup): Cost => {
    const node = group[0];
    // Introspection is answered from the schema in memory.
    if (node.name.value.startsWith('__')) return NOTHING;
    const definition = walker.fieldOn(parentType, group);
    if (!definition) return NOTHING;
    const args = argumentsOf(definition, node, coerced ?? variables);
    const extensions = definition.extensions as UpstreamCostExtensions;
    const listSize = listSizeOf(definition, extensions, args, options.defaultListSize);
    const own = evaluate(extensions.upstreamCost, args, 0) * pagesOf(extensions, args, listSize);
    let children = NOTHING;
    for (const type of walker.objectTypes(definition)) {
      children = max(children, fieldsCost(type, walker.collect(type, group)));
    }
    const mine: Cost = extensions.upstreamCoalesced
      ? { each: own, perList: own }
      : extensions.upstreamBatched
        ? { each: 0, perList: own }
        : { each: own, perList: 0 };
    if (!isListField(definition, extensions)) return add(mine, children);
    // The items of one connection (however many Twilio pages it read) resolve together, so their
    // batched lookups coalesce into calls counted once; any other list (e.g. `nodes`) may mix
    // parents, so everything below it counts per item.
    const connection = extensions.upstreamList !== undefined;
    return {
      each: mine.each + listSize * children.each + (connection ? 1 : listSize) * children.perList,
      perList: mine.perList,
    };
  };

  const total = fieldsCost(rootType, walker.collect(rootType, operation.selectionSet));
  return total.each + total.perList;
}

function argumentsOf(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, variables);
  } catch {
    // Invalid arguments make execution fail before any resolver; estimate with defaults.
    return {};
  }
}

function evaluate(
  value: number | FieldCostFunction | undefined,
  args: Record<string, unknown>,
  fallback: number,
) {
  if (value === undefined) return fallback;
  const result = typeof value === 'function' ? value(args) : value;
  return Number.isFinite(result) && result >= 0 ? result : fallback;
}

/** Twilio pages one connection field reads: enough for `size` items, plus a re-read of a cursor's page. */
function pagesOf(extensions: UpstreamCostExtensions, args: Record<string, unknown>, size: number): number {
  const maxPageSize = extensions.upstreamList?.maxPageSize;
  if (typeof maxPageSize !== 'number' || maxPageSize < 1) return 1;
  const pages = Math.max(1, Math.ceil(size / maxPageSize));
  const fromCursor = typeof args.after === 'string' || typeof args.before === 'string' ? 1 : 0;
  return pages + fromCursor;
}

function isListField(
  definition: GraphQLField<unknown, unknown>,
  extensions: UpstreamCostExtensions,
): boolean {
  return (
    extensions.upstreamListSize !== undefined ||
    definition.args.some((arg) => arg.name === 'first' || arg.name === 'last')
  );
}

function listSizeOf(
  definition: GraphQLField<unknown, unknown>,
  extensions: UpstreamCostExtensions,
  args: Record<string, unknown>,
  defaultListSize: number,
): number {
  if (extensions.upstreamListSize !== undefined) return evaluate(extensions.upstreamListSize, args, 1);
  const paginated = definition.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  if (!paginated) return 1;
  const sizes = [args.first, args.last].filter((value): value is number => typeof value === 'number');
  if (sizes.length === 0) return defaultListSize;
  return Math.max(0, ...sizes);
}

export function costTooHighError(estimated: number, max: number): GraphQLError {
  return new GraphQLError(
    `This operation may make ${estimated} calls to Twilio; the limit is ${max}. Ask for fewer items (first/last) or fewer nested lists.`,
    { extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { estimated, max } } },
  );
}
