import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import type { GatewayMetrics } from '../metrics.ts';
import type { RequestStates } from './request-state.ts';

export interface MetricsPluginOptions {
  metrics: GatewayMetrics;
  states: RequestStates;
}

/** Counts every GraphQL request by operation type and status, its duration and its error codes. */
export function useMetrics({ metrics, states }: MetricsPluginOptions): Plugin<GatewayContext> {
  return {
    onResponse({ request, response }) {
      const state = states.of(request);
      for (const code of state.errorCodes) metrics.countError(code);
      metrics.observeRequest({
        operationType: state.operationType,
        status: response.status,
        durationMs: performance.now() - state.startedAt,
      });
    },
  };
}
