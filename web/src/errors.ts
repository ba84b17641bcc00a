import type { CombinedError } from 'urql';

/** What the gateway said, without urql's "[GraphQL]"/"[Network]" prefixes. */
export function describeError(error: CombinedError): string {
  const messages = error.graphQLErrors.map((graphQLError) => graphQLError.message);
  if (error.networkError) messages.push(`The gateway could not be reached: ${error.networkError.message}`);
  return messages.join(' ') || error.message;
}
