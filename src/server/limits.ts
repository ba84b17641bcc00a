import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayLimits } from '../config/index.ts';

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
const throwLimit = (_context: ValidationContext | null, error: GraphQLError): never => {
  throw limitError(error);
};

/** Validation-time limits report, so every violated limit shows up in one answer. */
const reportLimit = (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(limitError(error));
};

export function useDocumentLimits(limits: GatewayLimits, options: { blockSuggestions: boolean }): Plugin[] {
  const validation = { propagateOnRejection: false, onReject: [reportLimit] };
  const plugins: Plugin[] = [
    // Order matters: the token limit replaces the parse function without calling the previous one,
    // and the character limit wraps whatever parse function it finds, so tokens come first.
    maxTokensPlugin({ n: limits.maxTokens, propagateOnRejection: true, onReject: [throwLimit] }),
    characterLimitPlugin({
      maxLength: limits.maxQueryChars,
      propagateOnRejection: true,
      onReject: [throwLimit],
    }),
    // Introspection is not exempt: `ignoreIntrospection` let named `__schema` operations bypass it (GHSA-hmfr-rx46-4jx2).
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, ...validation }),
    maxAliasesPlugin({ n: limits.maxAliases, allowList: ['__typename'], ...validation }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...validation }),
    useMaxRootFields(limits.maxRootFields),
  ];
  if (options.blockSuggestions) plugins.push(blockFieldSuggestionsPlugin({ mask: '' }));
  return plugins;
}

/**
 * Root fields of one operation, fragments included: each root field is an independent entry point
 * that may fan out to Twilio, so a document of many cheap root fields is capped on its own.
 * `__typename` is free and not counted.
 */
export function maxRootFieldsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== '__typename') total += 1;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total += count(selection.selectionSet, seen);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            total += count(fragment.selectionSet, new Set([...seen, fragment.name.value]));
          }
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const found = count(node.selectionSet, new Set());
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

function useMaxRootFields(max: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxRootFieldsRule(max));
    },
  };
}
