import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';
import { isOperationsPath } from '../endpoints.ts';
import type { Logger } from '../logger.ts';
import type { RequestStates } from './request-state.ts';

export interface RequestLogOptions {
  logger: Logger;
  states: RequestStates;
}

/**
 * One `request` line per GraphQL request: what it was, how it ended, how long it took and how many
 * Twilio calls it made against its estimate. The operations endpoints get a shorter line at debug.
 * Headers and bodies are never logged.
 */
export function useRequestLog({ logger, states }: RequestLogOptions): Plugin<GatewayContext> {
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
      logger.info(
        {
          method: request.method,
          path,
          operationName: state.operationName,
          operationType: state.operationType,
          status: response.status,
          durationMs: Math.round((performance.now() - state.startedAt) * 10) / 10,
          upstreamCalls: state.context?.upstreamCalls.length ?? 0,
          estimatedCalls: state.estimatedCalls,
          errors: state.errorCodes.length > 0 ? state.errorCodes : undefined,
        },
        'request',
      );
    },
  };
}
