import { normalizedExecutor } from '@graphql-tools/executor';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SourceLocation,
  typeFromAST,
  type ValueNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { isPromise, type Plugin } from 'graphql-yoga';

/**
 * Queries and mutations run as JavaScript compiled by graphql-jit once per document and operation,
 * instead of the executor walking the document again on every request.
 * docs/decisions/0045-compiled-execution.md.
 *
 * The compiled code is kept beside the parsed document, which yoga keeps in its own LRU of parsed
 * documents: a document yoga lets go of takes its compiled operations with it.
 *
 * Only what is asked again and again is compiled: compiling costs far more than one execution
 * saves (the chat screen's document 22 ms the first time in a process and 2 to 5 ms after, against
 * about 25 µs of executor time saved per request of a small query; decision 0045), so a document
 * runs `RUNS_BEFORE_COMPILING` times on the executor first. A client sending one-off documents
 * (literal values written into each) then never pays for compiling them.
 *
 * Left to the ordinary executor, because graphql-jit would answer them otherwise:
 * - Subscriptions: each event is executed by useSharedSubscriptionEvents, once for all the
 *   subscribers that would get the same answer; a compiled subscribe would not be used for it.
 * - Operations whose variables hold a required input field with a default (`webhookEnabled:
 *   Boolean! = true` of the mutation inputs): graphql-jit's variable parser refuses the omitted
 *   field ("was not provided") where GraphQL gives it its default.
 * - Operations passing a variable that may be omitted as a field of an input object literal
 *   (`input: { webhookEnabled: $hooks }`): graphql-jit gives the field null where GraphQL leaves it
 *   out (and so gives it its default).
 * - Documents that do not compile (an operation name the document does not have…), and requests
 *   whose variables do not coerce: the executor gives the answer it always gave.
 */
/** Executions of a document's operation on the executor before it is compiled. */
export const RUNS_BEFORE_COMPILING = 10;

export function useCompiledExecution(options: { runsBeforeCompiling?: number } = {}): Plugin {
  const runsBeforeCompiling = options.runsBeforeCompiling ?? RUNS_BEFORE_COMPILING;
  /**
   * Per document, per operation name: how often it has run on the executor while not yet
   * compiled, then its compiled query, or null when it is left to the executor.
   */
  const compiled = new WeakMap<DocumentNode, Map<string | undefined, CompiledQuery | null | number>>();

  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    const operationName = args.operationName ?? undefined;
    let byOperation = compiled.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(args.document, byOperation);
    }
    const known = byOperation.get(operationName) ?? 0;
    if (typeof known !== 'number') return known;
    if (known < runsBeforeCompiling) {
      byOperation.set(operationName, known + 1);
      return null;
    }
    const query = compile(args.schema, args.document, operationName);
    byOperation.set(operationName, query);
    return query;
  };

  const execute = (args: ExecutionArgs) => {
    const query = compiledFor(args) as CompiledQuery;
    const result = query.query(args.rootValue, args.contextValue, args.variableValues);
    if (isPromise(result)) return result.then((done) => located(done, args.document));
    // Variables that do not coerce: nothing has run. graphql-jit words those errors its own way; the
    // executor answers them as it always did.
    if (!('data' in result)) return normalizedExecutor(args);
    return located(result, args.document);
  };

  return {
    onExecute({ args, setExecuteFn }) {
      if (compiledFor(args)) setExecuteFn(execute as Parameters<typeof setExecuteFn>[0]);
    },
  };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined) {
  const operation = operationOf(document, operationName);
  if (!operation || !isCompilable(document, schema, operation)) return null;
  const query = compileQuery(schema, document, operationName);
  return isCompiledQuery(query) ? query : null;
}

function operationOf(
  document: DocumentNode,
  operationName: string | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName === undefined) return operations.length === 1 ? operations[0] : undefined;
  return operations.find((operation) => operation.name?.value === operationName);
}

function isCompilable(
  document: DocumentNode,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): boolean {
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) return false;
  const mayBeOmitted = new Set<string>();
  for (const variable of operation.variableDefinitions ?? []) {
    const required = variable.type.kind === Kind.NON_NULL_TYPE;
    if (required && variable.defaultValue) return false;
    if (!required && !variable.defaultValue) mayBeOmitted.add(variable.variable.name.value);
    const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
    if (type && holdsRequiredFieldWithDefault(type, new Set())) return false;
  }
  return mayBeOmitted.size === 0 || !objectFieldsUse(document, mayBeOmitted);
}

/** Whether an input type holds, at any depth, a non-null field that has a default value. */
function holdsRequiredFieldWithDefault(type: GraphQLInputType, seen: Set<GraphQLInputType>): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some(
    (field) =>
      (isNonNullType(field.type) && field.defaultValue !== undefined) ||
      holdsRequiredFieldWithDefault(field.type, seen),
  );
}

/**
 * Whether a field of an input object literal is one of these variables, anywhere in the document
 * (its operations and the fragments they may spread).
 */
function objectFieldsUse(document: DocumentNode, variables: ReadonlySet<string>): boolean {
  const inValue = (value: ValueNode, inObject: boolean): boolean => {
    switch (value.kind) {
      case Kind.VARIABLE:
        return inObject && variables.has(value.name.value);
      case Kind.LIST:
        return value.values.some((item) => inValue(item, inObject));
      case Kind.OBJECT:
        return value.fields.some((field) => inValue(field.value, true));
      default:
        return false;
    }
  };
  let found = false;
  const visit = (node: unknown): void => {
    if (found || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const kind = (node as { kind?: unknown }).kind;
    if (kind === Kind.ARGUMENT) {
      found = inValue((node as { value: ValueNode }).value, false);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
  };
  visit(document.definitions);
  return found;
}

/**
 * graphql-jit's errors carry their locations but not the nodes or source positions the executor's
 * do, and yoga rebuilds every error from those when it writes the response: without this, an
 * error's `locations` would be lost. Rebuilt as the executor builds them: the resolver's error as
 * the original error, its extensions, the path.
 */
function located(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.length) return result;
  const source = document.loc?.source;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.nodes || error.positions
        ? error
        : new GraphQLError(error.message, {
            ...(source && error.locations
              ? { source, positions: positionsOf(source.body, error.locations) }
              : {}),
            path: error.path,
            originalError: error.originalError,
            extensions: error.extensions,
          }),
    ),
  };
}

function positionsOf(body: string, locations: readonly SourceLocation[]): number[] {
  // Lines end as GraphQL's own locations count them (graphql's getLocation).
  const lineStarts = [0];
  for (const end of body.matchAll(/\r\n|[\n\r]/g)) lineStarts.push(end.index + end[0].length);
  return locations.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1);
}
