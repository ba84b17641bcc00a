import { type DocumentNode, type GraphQLSchema, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import { DEFAULT_PAGE } from '../../graphql/pagination.ts';
import { costTooHighError, estimateUpstreamCalls } from '../cost.ts';
import type { RequestStates } from './request-state.ts';

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
  const estimate = (document: DocumentNode, operationName: string | null | undefined, variables: unknown) => {
    const operation = getOperationAST(document, operationName);
    if (!operation) return null;
    return estimateUpstreamCalls(schema, document, operation, variablesOf(variables), {
      defaultListSize: DEFAULT_PAGE,
    });
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
