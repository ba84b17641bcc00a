import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { graphQLErrorFor } from '../graphql/errors.ts';
import { TwilioApiError } from '../twilio/errors.ts';
import type { Logger } from './logger.ts';

/**
 * Yoga's own log calls, through the gateway's logger. Yoga logs every error the masking hook
 * replaced; a Twilio failure (or a refused argument) is replaced by its typed error there on
 * purpose, so it is logged as what it is, at debug next to the `upstream call` lines, not as an
 * unexpected error.
 */
export function createYogaLogger(logger: Logger): YogaLogger {
  const text = (args: unknown[]) =>
    args
      .filter((arg) => !(arg instanceof Error))
      .map(String)
      .join(' ');
  const errorOf = (args: unknown[]) => args.find((arg): arg is Error => arg instanceof Error);
  return {
    debug: (...args: unknown[]) => {
      if (logger.isLevelEnabled('debug')) logger.debug(text(args) || 'yoga');
    },
    info: (...args: unknown[]) => {
      if (logger.isLevelEnabled('info')) logger.info(text(args) || 'yoga');
    },
    warn: (...args: unknown[]) => {
      if (logger.isLevelEnabled('warn')) logger.warn({ error: errorOf(args) }, text(args) || 'yoga');
    },
    error: (...args: unknown[]) => {
      const error = errorOf(args);
      const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
      const known = graphQLErrorFor(cause);
      if (known) {
        if (!logger.isLevelEnabled('debug')) return;
        const upstream =
          cause instanceof TwilioApiError
            ? { twilioCode: cause.code, status: cause.status, operationId: cause.operationId }
            : {};
        logger.debug(
          { code: known.extensions.code, ...upstream, path: graphQLPath(error) },
          cause instanceof TwilioApiError ? 'upstream error' : 'refused argument',
        );
        return;
      }
      logger.error({ error: cause, path: graphQLPath(error) }, text(args) || 'unexpected error');
    },
  };
}

function graphQLPath(error: Error | undefined): string | undefined {
  return error instanceof GraphQLError && error.path ? error.path.join('.') : undefined;
}
