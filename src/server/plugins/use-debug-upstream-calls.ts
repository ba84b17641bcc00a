import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import type { UpstreamCall } from '../../twilio/client.ts';
import { isExecutionResult, type RequestStates } from './request-state.ts';

/** Header a client sends (value `1`) to receive `extensions.upstreamCalls`; used by tests and benchmarks. */
export const DEBUG_UPSTREAM_CALLS_HEADER = 'x-debug-upstream-calls';

/**
 * Adds `extensions.upstreamCalls { count, byOperation, estimated }` to the answer of a request that
 * asks for it: the Twilio calls really made, by spec operationId in the order of the names, next to
 * the static estimate.
 */
export function useDebugUpstreamCalls({ states }: { states: RequestStates }): Plugin<GatewayContext> {
  return {
    onResultProcess({ request, result, setResult }) {
      if (request.headers.get(DEBUG_UPSTREAM_CALLS_HEADER) !== '1' || !isExecutionResult(result)) return;
      const state = states.of(request);
      setResult({
        ...result,
        extensions: {
          ...result.extensions,
          upstreamCalls: summarizeCalls(state.upstreamCalls ?? [], state.estimatedCalls),
        },
      });
    },
  };
}

function summarizeCalls(calls: readonly UpstreamCall[], estimated: number | null) {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call.operationId, (counts.get(call.operationId) ?? 0) + 1);
  // By name: the calls finish in an order that changes from run to run, and two answers compared
  // (a test's, the README's sample) should list the same operations the same way.
  const byOperation: Record<string, number> = {};
  for (const operation of [...counts.keys()].sort()) byOperation[operation] = counts.get(operation) ?? 0;
  return { count: calls.length, byOperation, estimated };
}
