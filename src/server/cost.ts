import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

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
 * - `upstreamBatched: true`: the field's lookups coalesce per parent collection (a message's author
 *   among the participants of its conversation, a participant's role among the roles of its
 *   service), or every item of a page asks for the same object (the service of a page of messages,
 *   the conversation of a page of receipts), so its cost counts once per page of the nearest
 *   enclosing connection rather than once per item. Coalescing assumes the collection fits the list
 *   page the loader reads (100 participants, 50 roles); beyond that the loader falls back to one
 *   fetch per missing member.
 *
 * A field with a `first` or `last` argument multiplies the cost of its selection by that number
 * (default `defaultListSize`, the connections' default page), since each item may resolve it.
 * The result is an upper bound: aliases of the same field, fragments on sibling types and skipped
 * branches under variables are all counted as if they ran.
 */
export type FieldCostFunction = (args: Record<string, unknown>) => number;

export interface UpstreamCostExtensions {
  upstreamCost?: number | FieldCostFunction;
  upstreamList?: { maxPageSize: number };
  upstreamListSize?: number | FieldCostFunction;
  upstreamBatched?: boolean;
}

/** Calls made once per item of the enclosing list, and once per enclosing connection page. */
interface Cost {
  each: number;
  perList: number;
}

const NOTHING: Cost = { each: 0, perList: 0 };
const add = (a: Cost, b: Cost): Cost => ({ each: a.each + b.each, perList: a.perList + b.perList });

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
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!rootType) return 0;

  const included = (node: { directives?: readonly DirectiveNode[] | undefined }) => {
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
    } catch {
      // Invalid directive arguments fail execution anyway; count the branch to stay an upper bound.
    }
    return true;
  };

  const selectionCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    fragmentPath: ReadonlySet<string>,
  ): Cost => {
    let total = NOTHING;
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      switch (selection.kind) {
        case Kind.FIELD:
          total = add(total, fieldCost(selection, parentType, fragmentPath));
          break;
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parentType;
          if (type) total = add(total, selectionCost(selection.selectionSet, type, fragmentPath));
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // Cycles are a validation error; guarding keeps the estimate finite if one ever slips through.
          if (!fragment || fragmentPath.has(name)) break;
          const type = schema.getType(fragment.typeCondition.name.value);
          if (type)
            total = add(total, selectionCost(fragment.selectionSet, type, new Set([...fragmentPath, name])));
          break;
        }
      }
    }
    return total;
  };

  const fieldCost = (
    node: FieldNode,
    parentType: GraphQLNamedType,
    fragmentPath: ReadonlySet<string>,
  ): Cost => {
    const name = node.name.value;
    // Introspection is answered from the schema in memory.
    if (name.startsWith('__')) return NOTHING;
    const definitions = fieldDefinitions(schema, parentType, name);
    const [first] = definitions;
    if (!first) return NOTHING;
    let own = 0;
    let listSize = 1;
    let batched = false;
    let list = false;
    let connection = false;
    for (const definition of definitions) {
      const args = argumentsOf(definition, node, variables);
      const extensions = definition.extensions as UpstreamCostExtensions;
      const size = listSizeOf(definition, extensions, args, options.defaultListSize);
      own = Math.max(own, evaluate(extensions.upstreamCost, args, 0) * pagesOf(extensions, args, size));
      listSize = Math.max(listSize, size);
      batched ||= extensions.upstreamBatched === true;
      list ||= isListField(definition, extensions);
      connection ||= extensions.upstreamList !== undefined;
    }
    const children = node.selectionSet
      ? selectionCost(node.selectionSet, getNamedType(first.type), fragmentPath)
      : NOTHING;
    const mine: Cost = batched ? { each: 0, perList: own } : { each: own, perList: 0 };
    if (!list) return add(mine, children);
    // The items of one connection (however many Twilio pages it read) resolve together, so their
    // batched lookups coalesce into calls counted once; any other list (e.g. `nodes`) may mix
    // parents, so everything below it counts per item.
    return {
      each: mine.each + listSize * children.each + (connection ? 1 : listSize) * children.perList,
      perList: mine.perList,
    };
  };

  const total = selectionCost(operation.selectionSet, rootType, new Set());
  return total.each + total.perList;
}

/** The definitions a field may resolve with: on an interface or union, every possible type's. */
function fieldDefinitions(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType,
  name: string,
): GraphQLField<unknown, unknown>[] {
  const definitions: GraphQLField<unknown, unknown>[] = [];
  if (isObjectType(parentType) || isInterfaceType(parentType)) {
    const own = parentType.getFields()[name];
    if (own) definitions.push(own);
  }
  if (isAbstractType(parentType)) {
    for (const type of schema.getPossibleTypes(parentType)) {
      const field = type.getFields()[name];
      if (field) definitions.push(field);
    }
  }
  return definitions;
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
