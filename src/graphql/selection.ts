import {
  type ASTNode,
  BREAK,
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

/** What one execution keeps of its selection: its walker, and what was derived with it. */
interface ExecutionSelection {
  operation: OperationDefinitionNode;
  walker: SelectionWalker;
  /** Group of field nodes → what `fromSelection` derived from it, by key. */
  derived: Map<readonly FieldNode[], Map<unknown, unknown>>;
}

/**
 * What every execution of an operation whose selection does not depend on its variables (no
 * `@skip`/`@include` on a variable, in it or its fragments) shares: one walker, and what was
 * derived from the selection alone, for as long as the parsed operation is kept (yoga caches
 * documents). A small query then reads its selection once, not once per request.
 */
interface SharedSelection {
  schema: GraphQLSchema;
  walker: SelectionWalker;
  /**
   * A group's first field node → the groups it starts, each under its parent type, with what was
   * derived from it. Keyed by the document's own nodes (one execution's field-node arrays are its
   * own), and by the parent type: the same nodes may be resolved on several types.
   */
  derived: WeakMap<FieldNode, SharedDerived[]>;
}

interface SharedDerived {
  parentType: GraphQLObjectType;
  fieldNodes: readonly FieldNode[];
  values: Map<unknown, unknown>;
}

/** By parsed operation; null for one whose selection depends on its variables. */
const sharedSelections = new WeakMap<OperationDefinitionNode, SharedSelection | null>();

function sharedSelectionOf(info: GraphQLResolveInfo): SharedSelection | null {
  let shared = sharedSelections.get(info.operation);
  if (shared === undefined || (shared !== null && shared.schema !== info.schema)) {
    shared = conditionsReadVariables(info.operation, info.fragments)
      ? null
      : {
          schema: info.schema,
          walker: createSelectionWalker({ schema: info.schema, fragments: info.fragments }),
          derived: new WeakMap(),
        };
    sharedSelections.set(info.operation, shared);
  }
  return shared;
}

/** Whether a `@skip` or `@include` of the operation or of a fragment takes its condition from a variable. */
function conditionsReadVariables(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
): boolean {
  let reads = false;
  const visitor = {
    Directive(node: DirectiveNode) {
      if (
        (node.name.value === GraphQLSkipDirective.name || node.name.value === GraphQLIncludeDirective.name) &&
        node.arguments?.some((argument) => argument.value.kind !== Kind.BOOLEAN)
      ) {
        reads = true;
        return BREAK;
      }
      return undefined;
    },
  };
  visit(operation, visitor);
  for (const fragment of Object.values(fragments)) if (!reads && fragment) visit(fragment, visitor);
  return reads;
}

/** The property of an execution's variables object that holds its `ExecutionSelection`. */
const SELECTION = Symbol('selection of this execution');

/**
 * One walker per execution, shared by every resolver of it, held by the variables object execution
 * coerces afresh for each request (a property no one enumerates, copies or serialises). Not a
 * WeakMap keyed by that object: the walker reads the variables, so a map's value reached its own
 * key, and V8's minor GC treats a WeakMap's values as strong: every request's walker, variables
 * and memos were promoted to the old generation and kept until a full collection
 * (docs/decisions/0046). A property dies with the variables, young. An operation whose selection
 * does not depend on its variables uses its shared walker.
 */
function selectionOf(info: GraphQLResolveInfo): ExecutionSelection {
  const variables = info.variableValues as Record<string | symbol, unknown>;
  const held = variables[SELECTION] as ExecutionSelection | undefined;
  if (held && held.operation === info.operation && held.walker.schema === info.schema) return held;
  const selection: ExecutionSelection = {
    operation: info.operation,
    walker:
      sharedSelectionOf(info)?.walker ??
      createSelectionWalker({
        schema: info.schema,
        fragments: info.fragments,
        variables: info.variableValues,
      }),
    derived: new Map(),
  };
  // A frozen variables object (never one execution coerced) gets a walker per call: still correct.
  if (Object.isExtensible(variables)) {
    Object.defineProperty(variables, SELECTION, { value: selection, writable: true, configurable: true });
  }
  return selection;
}

export function walkerOf(info: GraphQLResolveInfo): SelectionWalker {
  return selectionOf(info).walker;
}

/** What was derived from the field group being resolved, in the operation's shared memo. */
function sharedDerivedOf(shared: SharedSelection, info: GraphQLResolveInfo): Map<unknown, unknown> {
  const { fieldNodes, parentType } = info;
  const [first] = fieldNodes;
  if (!first) return new Map();
  let groups = shared.derived.get(first);
  if (!groups) {
    groups = [];
    shared.derived.set(first, groups);
  }
  let group = groups.find(
    (known) =>
      known.parentType === parentType &&
      known.fieldNodes.length === fieldNodes.length &&
      known.fieldNodes.every((node, i) => node === fieldNodes[i]),
  );
  if (!group) {
    group = { parentType, fieldNodes: [...fieldNodes], values: new Map() };
    groups.push(group);
  }
  return group.values;
}

/**
 * What is derived from the selection of the field being resolved, once per group of field nodes:
 * execution hands every item of a list the same `fieldNodes` array, so the look-ahead, the
 * prefetch and the membership shortcut of 50 items (or 30 `nodes` IDs) read their selection once,
 * not once per item (docs/decisions/0042). What is derived from the document alone is shared by
 * every execution of an operation whose selection does not depend on its variables
 * (docs/decisions/0049); what reads the variables (`readsVariables`) of an operation that declares
 * some, or comes from an operation whose conditions read them, is kept per execution, on its own
 * variables object. Nothing is derived
 * from data or credentials.
 */
export function fromSelection<T>(
  info: GraphQLResolveInfo,
  /** Names what is derived: the same key must always mean the same computation. */
  key: unknown,
  compute: (walker: SelectionWalker) => T,
  options: { readsVariables?: boolean } = {},
): T {
  // An operation that declares no variables always runs with none: what reads them is shared too.
  const perExecution = options.readsVariables && (info.operation.variableDefinitions?.length ?? 0) > 0;
  const shared = perExecution ? null : sharedSelectionOf(info);
  let known: Map<unknown, unknown>;
  let walker: SelectionWalker;
  if (shared) {
    known = sharedDerivedOf(shared, info);
    walker = shared.walker;
  } else {
    const selection = selectionOf(info);
    walker = selection.walker;
    let derived = selection.derived.get(info.fieldNodes);
    if (!derived) {
      derived = new Map();
      selection.derived.set(info.fieldNodes, derived);
    }
    known = derived;
  }
  if (known.has(key)) return known.get(key) as T;
  const value = compute(walker);
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
  return fromSelection(info, allowed, () =>
    selectedFields(info).every(({ fields }) =>
      [...fields.values()].every((group) => allowed.has(group[0].name.value)),
    ),
  );
}
