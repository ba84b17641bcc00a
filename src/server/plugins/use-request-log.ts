import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import { isOperationsPath } from '../endpoints.ts';
import type { Logger } from '../logger.ts';
import type { AfterResponse } from './after-response.ts';
import type { RequestStates } from './request-state.ts';

export interface RequestLogOptions {
  logger: Logger;
  states: RequestStates;
  /** Where the line is written from: after the response has gone out. */
  afterResponse: AfterResponse;
}

/**
 * One `request` line per GraphQL request: what it was, how it ended, how long it took and how many
 * Twilio calls it made against its estimate. The operations endpoints get a shorter line at debug.
 * Headers and bodies are never logged.
 */
export function useRequestLog({ logger, states, afterResponse }: RequestLogOptions): Plugin<GatewayContext> {
  return {
    onResponse({ request, response }) {
      const state = states.of(request);
      const path = states.pathOf(request);
      if (isOperationsPath(path)) {
        if (logger.isLevelEnabled('debug')) {
          logger.debug({ method: request.method, path, status: response.status }, 'request');
        }
        return;
      }
      if (!logger.isLevelEnabled('info')) return;
      // The line's facts are taken now; building and writing it waits until the caller has the response.
      const line = {
        method: request.method,
        path,
        operationName: state.operationName,
        operationType: state.operationType,
        status: response.status,
        durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
        upstreamCalls: state.upstreamCalls?.length ?? 0,
        estimatedCalls: state.estimatedCalls,
        errors: state.errorCodes.length > 0 ? state.errorCodes : undefined,
      };
      afterResponse(() => logger.info(line, 'request'));
    },
  };
}
