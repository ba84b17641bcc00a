import { GraphQLError } from 'graphql';

/** A global ID taken apart: the GraphQL type it names and the REST path after the colon. */
export interface DecodedGlobalId {
  typename: string;
  id: string;
}

const TYPE_NAME = /^[A-Z_a-z]\w*$/;

/**
 * Reads a global ID the way the gateway writes it: standard base64 of `Type:path`. Only IDs the
 * gateway could have issued are accepted, so a mistyped, truncated or foreign ID is the caller's
 * mistake (BAD_USER_INPUT) rather than an object that does not exist (null), as GitHub and Shopify
 * answer it too.
 */
export function decodeGlobalId(globalId: string): DecodedGlobalId {
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  // Buffer skips characters outside the alphabet; re-encoding catches those, missing padding and
  // bytes that are not UTF-8.
  if (globalId === '' || Buffer.from(text, 'utf8').toString('base64') !== globalId) {
    throw invalidGlobalId(globalId, 'it is not base64');
  }
  const colon = text.indexOf(':');
  const typename = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon < 0 || !TYPE_NAME.test(typename) || id === '') {
    throw invalidGlobalId(globalId, 'it does not encode `Type:path`');
  }
  return { typename, id };
}

/** The error for a global ID the gateway did not issue; `reason` says which part is wrong. */
export function invalidGlobalId(globalId: string, reason: string): GraphQLError {
  const shown = globalId.length > 80 ? `${globalId.slice(0, 80)}…` : globalId;
  return new GraphQLError(
    `Invalid global ID ${JSON.stringify(shown)}: ${reason}. Use an \`id\` this API returned.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}
