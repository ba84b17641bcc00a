import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ASTVisitor,
  type DocumentNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  validate,
} from 'graphql';
import type { GatewayLimits } from '../config/index.ts';
import { type FieldGroup, rootTypeOf, type SelectionWalker, staticWalkerOf } from '../graphql/selection.ts';

/**
 * Static document limits, checked at parse and validation time, so an oversized document is refused
 * before its context (and thus any Twilio session) exists. graphql-armor does the counting; every
 * limit is pinned explicitly because armor's defaults differ between its source and its docs.
 * All rejections carry `GRAPHQL_VALIDATION_FAILED` and the limit, without armor's "Syntax Error:" prefix.
 */
export const LIMIT_ERROR_CODE = 'GRAPHQL_VALIDATION_FAILED';

function limitError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    extensions: { code: LIMIT_ERROR_CODE },
  });
}

/** Parse-time limits abort parsing by throwing; yoga answers 400 with the error. */
export const throwLimit = (_context: ValidationContext | null, error: GraphQLError): never => {
  throw limitError(error);
};

/** Validation-time limits report, so every violated limit shows up in one answer. */
const reportLimit = (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(limitError(error));
};

type DocumentLimits = Pick<
  GatewayLimits,
  'maxDepth' | 'maxIntrospectionDepth' | 'maxAliases' | 'maxDirectives' | 'maxRootFields'
>;

/**
 * The validation-time limits, as graphql-js validation rules; each walks fragments once, so the
 * work is linear in the document (test/server/analysis.test.ts).
 */
export function documentLimitRules(limits: DocumentLimits): ValidationRule[] {
  const report = { propagateOnRejection: false, onReject: [reportLimit] };
  return [
    maxDepthRule(limits.maxDepth, limits.maxIntrospectionDepth),
    maxAliasesRule({ n: limits.maxAliases, allowList: ['__typename'], ...report }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report }),
    maxRootFieldsRule(limits.maxRootFields),
  ];
}

/**
 * Wraps a validate function so the document limits run first, on their own, and a document they
 * refuse is answered with their errors alone. graphql-js's own rules are not all linear
 * (OverlappingFieldsCanBeMerged compares every pair of same-named fields: 500 aliases of one field
 * cost it tens of milliseconds), so a document the limits refuse must not reach them. A document
 * within the limits gets the wrapped function unchanged; yoga caches either answer per document.
 */
export function limitsFirst<Rest extends unknown[]>(
  limitRules: readonly ValidationRule[],
  validateFn: (schema: GraphQLSchema, document: DocumentNode, ...rest: Rest) => readonly GraphQLError[],
): (schema: GraphQLSchema, document: DocumentNode, ...rest: Rest) => readonly GraphQLError[] {
  return (schema, document, ...rest) => {
    const refused = validate(schema, document, limitRules);
    return refused.length > 0 ? refused : validateFn(schema, document, ...rest);
  };
}

const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set(['__schema', '__type']);

/**
 * The deepest field nesting of each operation, fragments not counted as levels: fields are
 * collected as execution collects them, so a fragment is measured once however often it is spread.
 * The `__schema` and `__type` subtrees are measured on their own against `maxIntrospectionDepth`:
 * the introspection query tools send is 15 levels deep (its type references nest `ofType`), which
 * says nothing about what an ordinary query of that depth would cost. How wide introspection may
 * fan out is graphql-js's own MaxIntrospectionDepthRule (part of the specified rules).
 */
export function maxDepthRule(maxDepth: number, maxIntrospectionDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const { ordinary, introspection } = depthsOf(context.getSchema(), context.getDocument(), operation);
      if (ordinary > maxDepth) {
        context.reportError(
          limitError(new GraphQLError(`Query depth limit of ${maxDepth} exceeded, found ${ordinary}.`)),
        );
      }
      if (introspection > maxIntrospectionDepth) {
        context.reportError(
          limitError(
            new GraphQLError(
              `Introspection depth limit of ${maxIntrospectionDepth} exceeded, found ${introspection}.`,
            ),
          ),
        );
      }
    },
  });
}

export interface OperationDepths {
  /** The deepest field nesting outside `__schema` and `__type`. */
  ordinary: number;
  /** The deepest nesting of a `__schema` or `__type` subtree, the field itself included. */
  introspection: number;
}

const depthMemos = new WeakMap<SelectionWalker, (type: GraphQLObjectType, group: FieldGroup) => number>();

/** How deep an operation goes, as the depth limits measure it (fragments are not levels). */
export function depthsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationDepths {
  const depths = { ordinary: 0, introspection: 0 };
  const root = rootTypeOf(schema, operation);
  if (!root) return depths;
  const walker = staticWalkerOf(schema, document);
  let depthOf = depthMemos.get(walker);
  if (!depthOf) {
    depthOf = memoisedDepth(walker);
    depthMemos.set(walker, depthOf);
  }
  for (const group of walker.collect(root, operation.selectionSet).values()) {
    const found = depthOf(root, group);
    if (INTROSPECTION_ROOTS.has(group[0].name.value))
      depths.introspection = Math.max(depths.introspection, found);
    else depths.ordinary = Math.max(depths.ordinary, found);
  }
  return depths;
}

function memoisedDepth(walker: SelectionWalker) {
  const memo = new Map<string, number>();
  const depthOf = (type: GraphQLObjectType, group: FieldGroup): number => {
    const key = walker.keyOf(type, group);
    const known = memo.get(key);
    if (known !== undefined) return known;
    // A fragment cycle (a validation error of its own) ends here instead of recursing.
    memo.set(key, 1);
    const field = walker.fieldOn(type, group);
    let deepest = 0;
    for (const child of field ? walker.objectTypes(field) : []) {
      for (const sub of walker.collect(child, group).values())
        deepest = Math.max(deepest, depthOf(child, sub));
    }
    memo.set(key, 1 + deepest);
    return 1 + deepest;
  };
  return depthOf;
}

/**
 * Root fields of one operation, fragments included, as execution merges them by response key:
 * each root field is an independent entry point that may fan out to Twilio, so a document of
 * many cheap root fields is capped on its own. `__typename` is free and not counted.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const walker = staticWalkerOf(context.getSchema(), context.getDocument());
    return {
      OperationDefinition(node) {
        const root = rootTypeOf(context.getSchema(), node);
        if (!root) return;
        let found = 0;
        for (const group of walker.collect(root, node.selectionSet).values()) {
          if (group[0].name.value !== '__typename') found += 1;
        }
        if (found > max) {
          context.reportError(
            new GraphQLError(`Root field limit of ${max} exceeded, found ${found}.`, {
              nodes: [node],
              extensions: { code: LIMIT_ERROR_CODE },
            }),
          );
        }
      },
    };
  };
}
