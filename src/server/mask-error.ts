import { GraphQLError } from 'graphql';
import { createGraphQLError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { graphQLErrorFor } from '../graphql/errors.ts';
import type { SecretRedactor } from './redact.ts';

/**
 * Every error a client receives passes here, and this is the one place where Twilio failures become
 * typed GraphQL errors (`graphQLErrorFor`: a stable `extensions.code`, Twilio's code, never an
 * upstream URL or header), wherever in the schema they were thrown;
 * errors raised on purpose are kept, with any secret they mention scrubbed; anything else is replaced
 * by "Unexpected error." — its details go to the log (redacted), never to the client.
 */
export function createErrorMasking(redactor: SecretRedactor): YogaMaskedErrorOpts {
  return {
    errorMessage: 'Unexpected error.',
    isDev: false,
    maskError: (error, message) => maskError(error, message, redactor),
  };
}

function maskError(error: unknown, message: string, redactor: SecretRedactor): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = graphQLErrorFor(original);
  if (known) {
    return createGraphQLError(known.message, {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
      extensions: known.extensions,
    });
  }
  if (error instanceof GraphQLError && isIntentional(error)) {
    const redacted = redactor.redact(error.message);
    if (redacted === error.message) return error;
    return createGraphQLError(redacted, {
      nodes: error.nodes,
      path: error.path,
      extensions: error.extensions,
    });
  }
  return createGraphQLError(message, {
    ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(error instanceof GraphQLError && error.extensions?.http ? { http: error.extensions.http } : {}),
    },
  });
}

/** A GraphQL error created on purpose (not a wrapped exception) all the way down. */
function isIntentional(error: GraphQLError): boolean {
  const original = error.originalError;
  if (original === undefined || original === null) return true;
  return original instanceof GraphQLError && isIntentional(original);
}
