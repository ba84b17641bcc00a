import { type DocumentNode, type GraphQLSchema, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import { DEFAULT_PAGE } from '../../graphql/pagination.ts';
import { costTooHighError, estimateUpstreamCalls } from '../cost.ts';
import type { RequestStates } from './request-state.ts';

/** Estimates kept per document, one per operation name and set of variables. */
const ESTIMATES_PER_DOCUMENT = 64;

export interface UpstreamCostOptions {
  schema: GraphQLSchema;
  /** Budget of Twilio calls one operation may be estimated to make (`MAX_UPSTREAM_CALLS`). */
  maxUpstreamCalls: number;
  states: RequestStates;
}

/**
 * Refuses, before any Twilio call, an operation whose static estimate of upstream calls is over the
 * budget (see cost.ts), and records the estimate for the request log and the debug extension.
 */
export function useUpstreamCost({
  schema,
  maxUpstreamCalls,
  states,
}: UpstreamCostOptions): Plugin<GatewayContext> {
  const compute = (document: DocumentNode, operationName: string | null | undefined, variables: unknown) => {
    const operation = getOperationAST(document, operationName);
    if (!operation) return null;
    return estimateUpstreamCalls(schema, document, operation, variablesOf(variables), {
      defaultListSize: DEFAULT_PAGE,
    });
  };
  // The estimate depends only on the document, the operation and the variables. yoga's parse cache
  // hands the same document object to every request of the same text, so a client repeating its
  // queries gets its estimate from here instead of walking the selection again.
  const known = new WeakMap<DocumentNode, Map<string, number | null>>();
  const estimate = (document: DocumentNode, operationName: string | null | undefined, variables: unknown) => {
    const key = `${operationName ?? ''}\u0000${variables === undefined ? '' : JSON.stringify(variables)}`;
    let byKey = known.get(document);
    const cached = byKey?.get(key);
    if (cached !== undefined) return cached;
    const estimated = compute(document, operationName, variables);
    if (!byKey) {
      byKey = new Map();
      known.set(document, byKey);
    }
    // A document run with ever new variables keeps only its latest estimates.
    if (byKey.size >= ESTIMATES_PER_DOCUMENT) byKey.clear();
    byKey.set(key, estimated);
    return estimated;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimated = estimate(args.document, args.operationName, args.variableValues);
      if (estimated === null) return;
      states.of(args.contextValue.request).estimatedCalls = estimated;
      if (estimated > maxUpstreamCalls) {
        setResultAndStopExecution({ errors: [costTooHighError(estimated, maxUpstreamCalls)] });
      }
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const estimated = estimate(args.document, args.operationName, args.variableValues);
      if (estimated === null) return;
      states.of(args.contextValue.request).estimatedCalls = estimated;
      if (estimated > maxUpstreamCalls) {
        setResultAndStopExecution({ errors: [costTooHighError(estimated, maxUpstreamCalls)] });
      }
    },
  };
}

function variablesOf(variables: unknown): Record<string, unknown> {
  return typeof variables === 'object' && variables !== null && !Array.isArray(variables)
    ? (variables as Record<string, unknown>)
    : {};
}
