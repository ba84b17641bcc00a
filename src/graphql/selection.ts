import {
  type ArgumentNode,
  type ASTNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  Kind,
  type NamedTypeNode,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  visit,
} from 'graphql';

/**
 * The one way the gateway reads a selection: the document limits, the cost estimate and the
 * look-ahead all see the fields that execution will resolve, collected as graphql-js's
 * `collectFields` does (fields merged by response key; `@skip`/`@include` honoured; a fragment
 * applied only when its type condition matches the object's type; a fragment spread once per
 * selection set).
 *
 * Two memos keep the work linear in the document, however its fragments and aliases fan out:
 * a fragment is flattened once per object type, and the fields collected under a group of merged
 * field nodes are computed once per object type. `fragment F1 { ...F0 ...F0 } … query { ...F20 }`
 * is then 21 small steps instead of 2^20, and `a: f { ...X } b: f { ...X }` reads X's fields once.
 *
 * graphql-tools' `collectSubFields` does the same collection but needs a runtime object type and
 * memoises on the identity of its arguments only; the static analyses here need every possible
 * type of an abstract field and must not re-flatten fragments per group.
 */

/** The field nodes merged under one response key, in document order (execution reads arguments from the first). */
export type FieldGroup = readonly [FieldNode, ...FieldNode[]];

/** Response key → the field nodes merged under it, in the order execution resolves them. */
export type CollectedFields = ReadonlyMap<string, FieldGroup>;

export interface SelectionWalker {
  readonly schema: GraphQLSchema;
  /** The fields an object of `type` resolves for a selection set or for the sub-selections of a field group. */
  collect(type: GraphQLObjectType, from: SelectionSetNode | readonly FieldNode[]): CollectedFields;
  /** The object types a value of the field may have (none for a leaf): the type itself, or an abstract type's possible types. */
  objectTypes(field: GraphQLField<unknown, unknown>): readonly GraphQLObjectType[];
  /** The definition of the group's field on `type`, meta fields (`__typename`, `__schema`, `__type`) included. */
  fieldOn(type: GraphQLObjectType, group: FieldGroup): GraphQLField<unknown, unknown> | undefined;
  /**
   * A key naming a group of field nodes on an object type, for memoising what is computed from the
   * group's sub-selections. Equal keys mean equal collected sub-fields.
   */
  keyOf(type: GraphQLObjectType, group: readonly FieldNode[]): string;
}

export interface SelectionWalkerOptions {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>;
  /**
   * The operation's coerced variables. Undefined where they are not known yet (validation, which
   * yoga caches per document): a `@skip`/`@include` whose condition is a variable then counts as
   * included, which can only overstate what runs.
   */
  variables?: Readonly<Record<string, unknown>> | undefined;
}

interface Collection {
  fields: Map<string, [FieldNode, ...FieldNode[]]>;
  nodes: Set<FieldNode>;
  fragments: Set<string>;
}

export function createSelectionWalker(options: SelectionWalkerOptions): SelectionWalker {
  const { schema, fragments, variables } = options;
  const nodeIds = new WeakMap<ASTNode, number>();
  let nextId = 0;
  const flattened = new Map<string, CollectedFields>();
  const collected = new Map<string, CollectedFields>();
  const inProgress = new Set<string>();

  const idOf = (node: ASTNode): number => {
    let id = nodeIds.get(node);
    if (id === undefined) {
      id = nextId++;
      nodeIds.set(node, id);
    }
    return id;
  };

  const included = (node: { directives?: readonly DirectiveNode[] | undefined }): boolean => {
    if (!node.directives || node.directives.length === 0) return true;
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
    } catch {
      // A condition on a variable not known yet, or an invalid one (which fails validation): counted.
    }
    return true;
  };

  const applies = (condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean => {
    if (!condition) return true;
    const conditional = schema.getType(condition.name.value);
    if (conditional === type) return true;
    return conditional !== undefined && isAbstractType(conditional) && schema.isSubType(conditional, type);
  };

  const addField = (into: Collection, node: FieldNode) => {
    if (into.nodes.has(node)) return;
    into.nodes.add(node);
    const key = node.alias?.value ?? node.name.value;
    const existing = into.fields.get(key);
    if (existing) existing.push(node);
    else into.fields.set(key, [node]);
  };

  /** A fragment's fields on `type`, nested spreads included, computed once per type. */
  const fragmentFields = (name: string, type: GraphQLObjectType): CollectedFields => {
    const key = `${type.name}#${name}`;
    const known = flattened.get(key);
    if (known) return known;
    const fragment = fragments[name];
    // A cycle is a validation error; while one is being flattened it contributes nothing.
    if (!fragment || inProgress.has(key)) return new Map();
    inProgress.add(key);
    const into: Collection = { fields: new Map(), nodes: new Set(), fragments: new Set([name]) };
    collectInto(into, type, fragment.selectionSet);
    inProgress.delete(key);
    const result = asCollected(into);
    flattened.set(key, result);
    return result;
  };

  const collectInto = (into: Collection, type: GraphQLObjectType, selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        addField(into, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition, type)) collectInto(into, type, selection.selectionSet);
      } else {
        const name = selection.name.value;
        // Execution spreads a fragment once per selection set; so does this.
        if (into.fragments.has(name)) continue;
        const fragment = fragments[name];
        if (!fragment || !applies(fragment.typeCondition, type)) continue;
        into.fragments.add(name);
        for (const group of fragmentFields(name, type).values())
          for (const node of group) addField(into, node);
      }
    }
  };

  const walker: SelectionWalker = {
    schema,
    collect(type, from) {
      const selectionSets = 'kind' in from ? [from] : from.flatMap((node) => node.selectionSet ?? []);
      const key = `${type.name}:${selectionSets.map(idOf).join(',')}`;
      const known = collected.get(key);
      if (known) return known;
      const into: Collection = { fields: new Map(), nodes: new Set(), fragments: new Set() };
      for (const selectionSet of selectionSets) collectInto(into, type, selectionSet);
      const result = asCollected(into);
      collected.set(key, result);
      return result;
    },
    objectTypes(field) {
      const named = getNamedType(field.type);
      if (isObjectType(named)) return [named];
      if (isAbstractType(named)) return schema.getPossibleTypes(named);
      return [];
    },
    fieldOn(type, group) {
      const name = group[0].name.value;
      if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
      if (type === schema.getQueryType()) {
        if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
        if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
      }
      return type.getFields()[name];
    },
    keyOf(type, group) {
      return `${type.name}:${group.map(idOf).join(',')}`;
    },
  };
  return walker;
}

function asCollected(collection: Collection): CollectedFields {
  return collection.fields;
}

/** The fragments of a document by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** The operation's variables coerced as execution will coerce them; undefined when they do not coerce (execution then runs nothing). */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  try {
    const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
    return result.coerced;
  } catch {
    return undefined;
  }
}

/** The root type an operation runs on. */
export function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  return schema.getRootType(operation.operation) ?? undefined;
}

/**
 * The walker of validation, where variables are not known yet: one per document and schema, shared
 * by the rules that validate it.
 */
const staticWalkers = new WeakMap<DocumentNode, SelectionWalker>();

export function staticWalkerOf(schema: GraphQLSchema, document: DocumentNode): SelectionWalker {
  let walker = staticWalkers.get(document);
  if (!walker || walker.schema !== schema) {
    walker = createSelectionWalker({ schema, fragments: fragmentsOf(document) });
    staticWalkers.set(document, walker);
  }
  return walker;
}

/**
 * What the executions of one operation share of its selection, for one set of values of the
 * variables a selection can depend on: a walker, and what was derived with it.
 */
interface SharedSelection {
  walker: SelectionWalker;
  /** The variables the walker and what is derived may read: only those in `relevantVariables`. */
  variables: Readonly<Record<string, unknown>>;
  /** Parent type and group of field nodes (by `keyOf`) → what `fromSelection` derived from it, by key. */
  derived: Map<string, Map<unknown, unknown>>;
}

/** What one execution keeps: the shared selection, and its own shortcut to what was derived. */
interface ExecutionSelection {
  operation: OperationDefinitionNode;
  schema: GraphQLSchema;
  shared: SharedSelection;
  /**
   * Group of field nodes → its entry in `shared.derived`: execution hands every item of a list the
   * same `fieldNodes` array, so the items after the first find it without building its key.
   */
  local: Map<readonly FieldNode[], Map<unknown, unknown>>;
}

/** The property of an execution's variables object that holds its `ExecutionSelection`. */
const SELECTION = Symbol('selection of this execution');

/**
 * Sets of variable values kept per operation, the most recently used: a client paging with a new
 * `first` each time, or toggling many `@include`s, pushes out the set used longest ago, which is
 * read again if it comes back. So an operation holds at most this many, however many it sees.
 */
export const SHARED_SELECTIONS_PER_OPERATION = 16;

/**
 * What an operation's executions share, per schema and per values of its relevant variables. Kept
 * beside the operation's node, which yoga's LRU of parsed documents holds: a document yoga lets
 * go of takes them with it. Nothing here is a request's: only the document, the schema, and page
 * sizes and conditions (`relevantVariables`), never any other variable.
 */
const sharedSelections = new WeakMap<
  OperationDefinitionNode,
  {
    schema: GraphQLSchema;
    relevant: readonly string[];
    /** In the order of their last use, oldest first (a `Map` iterates in insertion order). */
    byValues: Map<string, SharedSelection>;
  }
>();

/**
 * The variables a selection and what is derived from it can depend on: those in the conditions of
 * `@skip` and `@include` (which fields execution collects) and in the `first` and `last` arguments
 * (how many items a list resolves its selection for, `prefetch.ts`), anywhere in the operation or
 * the document's fragments. Execution resolves the same fields for any other values.
 */
function relevantVariables(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
): string[] {
  const names = new Set<string>();
  const enter = {
    Directive(node: DirectiveNode) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return false;
      visit(node, { Variable: (variable) => void names.add(variable.name.value) });
      return false;
    },
    Argument(node: ArgumentNode) {
      if (node.name.value === 'first' || node.name.value === 'last') {
        visit(node, { Variable: (variable) => void names.add(variable.name.value) });
      }
      return false;
    },
  };
  visit(operation, enter);
  for (const fragment of Object.values(fragments)) if (fragment) visit(fragment, enter);
  return [...names].sort();
}

/**
 * The shared selection of an execution's operation for its values of the relevant variables: the
 * one kept, made the newest, or a new one kept in place of the one used longest ago.
 */
function sharedSelectionOf(info: GraphQLResolveInfo): SharedSelection {
  let entry = sharedSelections.get(info.operation);
  if (!entry || entry.schema !== info.schema) {
    entry = {
      schema: info.schema,
      relevant: relevantVariables(info.operation, info.fragments),
      byValues: new Map(),
    };
    sharedSelections.set(info.operation, entry);
  }
  const all = info.variableValues;
  // Own properties only: graphql-jit's coerced variables are a plain object, whose inherited
  // `toString` or `constructor` is no variable the request sent. Absent and null differ for a
  // variable with a default; JSON tells them apart ('' against 'null').
  const values = entry.relevant
    .map((name) => (Object.hasOwn(all, name) ? JSON.stringify(all[name]) : ''))
    .join(',');
  const known = entry.byValues.get(values);
  if (known) {
    entry.byValues.delete(values);
    entry.byValues.set(values, known);
    return known;
  }
  const variables: Record<string, unknown> = Object.create(null);
  for (const name of entry.relevant) if (Object.hasOwn(all, name)) variables[name] = all[name];
  const shared: SharedSelection = {
    walker: createSelectionWalker({ schema: info.schema, fragments: info.fragments, variables }),
    variables,
    derived: new Map(),
  };
  if (entry.byValues.size >= SHARED_SELECTIONS_PER_OPERATION) {
    // Executions still running with it keep their reference; only the operation lets go.
    const oldest = entry.byValues.keys().next();
    if (!oldest.done) entry.byValues.delete(oldest.value);
  }
  entry.byValues.set(values, shared);
  return shared;
}

/**
 * The execution's selection, held by the variables object execution coerces afresh for each request
 * (a property no one enumerates, copies or serialises), so that its resolvers find it at once. Not
 * a WeakMap keyed by that object: V8's minor GC treats a WeakMap's values as strong, and a value
 * that reached its key kept every request's state alive into the old generation
 * (docs/decisions/0046). A property dies with the variables, young; what it points at is the
 * operation's, long-lived.
 */
function selectionOf(info: GraphQLResolveInfo): ExecutionSelection {
  const variables = info.variableValues as Record<string | symbol, unknown>;
  const held = variables[SELECTION] as ExecutionSelection | undefined;
  if (held && held.operation === info.operation && held.schema === info.schema) return held;
  const selection: ExecutionSelection = {
    operation: info.operation,
    schema: info.schema,
    shared: sharedSelectionOf(info),
    local: new Map(),
  };
  // A frozen variables object (never one execution coerced) finds its selection on every call: still correct.
  if (Object.isExtensible(variables)) {
    Object.defineProperty(variables, SELECTION, { value: selection, writable: true, configurable: true });
  }
  return selection;
}

export function walkerOf(info: GraphQLResolveInfo): SelectionWalker {
  return selectionOf(info).shared.walker;
}

/**
 * What is derived from the selection of the field being resolved, once per operation, values of
 * the variables it can depend on (`relevantVariables`), parent type and group of field nodes, and
 * shared by the executions that have them (docs/decisions/0048): the look-ahead, the prefetch and
 * the membership shortcut of a screen a client asks again and again read its selection once, not
 * before every request's first call; within an execution, the 50 items of a list (or 30 `nodes`
 * IDs) find it through their shared `fieldNodes` array (docs/decisions/0042). `compute` must read
 * nothing but the walker, the variables it is given and the field's place in the schema (its
 * field nodes, parent and return type): never the request's data, credentials or other variables.
 */
export function fromSelection<T>(
  info: GraphQLResolveInfo,
  /**
   * Names what is derived: the same key must always mean the same computation. Kept for as long as
   * the operation is, so a constant of the caller's module, never a value made per request or event.
   */
  key: unknown,
  compute: (walker: SelectionWalker, variables: Readonly<Record<string, unknown>>) => T,
): T {
  const { shared, local } = selectionOf(info);
  let known = local.get(info.fieldNodes);
  if (!known) {
    const group = shared.walker.keyOf(info.parentType, info.fieldNodes);
    known = shared.derived.get(group);
    if (!known) {
      known = new Map();
      shared.derived.set(group, known);
    }
    local.set(info.fieldNodes, known);
  }
  if (known.has(key)) return known.get(key) as T;
  const value = compute(shared.walker, shared.variables);
  known.set(key, value);
  return value;
}

export type SelectedFields = ReadonlyArray<{
  readonly type: GraphQLObjectType;
  readonly fields: CollectedFields;
}>;

const SELECTED = Symbol('selected fields');

/**
 * The fields the field being resolved will resolve on its value, for each object type that value
 * may have: what the look-ahead and the membership shortcut decide from.
 */
export function selectedFields(info: GraphQLResolveInfo): SelectedFields {
  // A field's return type is fixed by its field nodes, so they name the answer.
  return fromSelection(info, SELECTED, (walker) => {
    const named = getNamedType(info.returnType);
    const types = isObjectType(named)
      ? [named]
      : isAbstractType(named)
        ? info.schema.getPossibleTypes(named)
        : [];
    return types.map((type) => ({ type, fields: walker.collect(type, info.fieldNodes) }));
  });
}

/**
 * The fields the field being resolved will resolve on its value when that value is of the object
 * type `typeName`; undefined when it cannot be. A lookup that knows the type it answers (a
 * `node(id:)` of a Message) collects for that type alone rather than for all of `Node`'s.
 */
export function selectedFieldsOn(info: GraphQLResolveInfo, typeName: string): CollectedFields | undefined {
  return fromSelection(info, `on:${typeName}`, (walker) => {
    const named = getNamedType(info.returnType);
    const type = info.schema.getType(typeName);
    if (!isObjectType(type)) return undefined;
    const possible = named === type || (isAbstractType(named) && info.schema.isSubType(named, type));
    return possible ? walker.collect(type, info.fieldNodes) : undefined;
  });
}

/**
 * Whether the selection of the field being resolved asks only for fields named in `allowed`, on
 * every type its value may have: exactly the fields execution will resolve.
 */
export function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>): boolean {
  // Not memoised by `allowed`: a subscription event asks with a set of its own, which a memo of
  // the operation would keep for as long as the operation, one per event. The selected fields are.
  return selectedFields(info).every(({ fields }) => {
    for (const group of fields.values()) if (!allowed.has(group[0].name.value)) return false;
    return true;
  });
}
