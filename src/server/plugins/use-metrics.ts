import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import { isOperationsPath, METRICS_PATH } from '../endpoints.ts';
import type { Logger } from '../logger.ts';
import type { GatewayMetrics } from '../metrics.ts';
import type { AfterResponse } from './after-response.ts';
import type { RequestStates } from './request-state.ts';

export interface MetricsPluginOptions {
  metrics: GatewayMetrics;
  states: RequestStates;
  logger: Logger;
  /** Where a request is counted from: after its response has gone out. */
  afterResponse: AfterResponse;
}

/**
 * Serves `/metrics` (Prometheus text, no credentials needed) and counts every GraphQL request by
 * operation type and status, its duration and its error codes. Requests to the operations endpoints
 * are not counted: a scraper or a probe is not GraphQL traffic.
 */
export function useMetrics({
  metrics,
  states,
  logger,
  afterResponse,
}: MetricsPluginOptions): Plugin<GatewayContext> {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      return metrics.registry.metrics().then(
        (text) => {
          endResponse(
            new fetchAPI.Response(text, { headers: { 'Content-Type': metrics.registry.contentType } }),
          );
        },
        (error: unknown) => {
          logger.error({ error }, 'metrics failed');
          endResponse(new fetchAPI.Response(null, { status: 500 }));
        },
      );
    },
    onResponse({ request, response }) {
      const state = states.of(request);
      if (isOperationsPath(states.pathOf(request))) return;
      const sample = {
        operationType: state.operationType,
        status: response.status,
        durationMs: performance.now() - state.startedAt,
      };
      const { errorCodes } = state;
      afterResponse(() => {
        for (const code of errorCodes) metrics.countError(code);
        metrics.observeRequest(sample);
      });
    },
  };
}
