import { GraphQLError } from 'graphql';
import { TOKEN_EXPIRED_MESSAGE } from '../access/index.ts';
import { InvalidArgumentError, TwilioApiError } from '../twilio/index.ts';
import { builder } from './builder.ts';

/**
 * How Twilio failures reach GraphQL clients:
 * - a 404 on a lookup is `null` (handled where lookups happen, see `isNotFound`);
 * - a 4xx a user can fix, on a mutation, is a `UserError` in the payload;
 * - anything else is a GraphQL error with a stable `extensions.code`, Twilio's `code` kept,
 *   and never an upstream URL, header or credential.
 */
export interface UserErrorShape {
  message: string;
  code: number | null;
  moreInfo: string | null;
  field: string[] | null;
  reason: UserErrorReason;
}

/**
 * What kind of refusal a user error is, as a name a client can switch on. `code` stays Twilio's
 * numeric code (null when the gateway refused the change itself, as for `FORBIDDEN`), so clients
 * that read `code` see no change.
 */
export const USER_ERROR_REASONS = [
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_LARGE',
] as const;
export type UserErrorReason = (typeof USER_ERROR_REASONS)[number];

const UserErrorReasonEnum = builder.enumType('UserErrorReason', {
  description: 'What kind of refusal a user error is.',
  values: {
    FORBIDDEN: {
      description:
        'The caller’s roles do not allow this change (an end user with a Twilio Access Token); nothing was written.',
    },
    BAD_USER_INPUT: { description: 'Twilio refused the input as invalid.' },
    NOT_FOUND: { description: 'What the change names does not exist.' },
    CONFLICT: { description: 'The change conflicts with what exists, e.g. a unique name already taken.' },
    TOO_LARGE: { description: 'The input is larger than Twilio accepts.' },
  } satisfies Record<UserErrorReason, { description: string }>,
});

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'A problem with the input of a mutation that the caller can fix, as Twilio reported it.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in Twilio’s words.' }),
    code: t.exposeInt('code', {
      nullable: true,
      description: 'Twilio’s error code, e.g. 50353; null when the gateway refused the change itself.',
    }),
    reason: t.field({
      type: UserErrorReasonEnum,
      description:
        'What kind of refusal this is: `FORBIDDEN` when the caller’s roles do not allow the change.',
      resolve: (error) => error.reason,
    }),
    moreInfo: t.field({
      type: 'URL',
      nullable: true,
      description: 'Twilio’s page about this error code.',
      resolve: (error) => error.moreInfo,
    }),
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path to the input field at fault, when it is known.',
    }),
  }),
});

export function isNotFound(error: unknown): boolean {
  return error instanceof TwilioApiError && error.status === 404;
}

/** Twilio 4xx answers to a write that the caller can fix by changing the input. */
export function isUserFixable(error: unknown): error is TwilioApiError {
  if (!(error instanceof TwilioApiError)) return false;
  if (error.kind === 'invalid-argument') return true;
  return error.status !== null && [400, 404, 409, 413, 422].includes(error.status);
}

export function toUserError(error: TwilioApiError, field?: string[]): UserErrorShape {
  return {
    message: error.message,
    code: error.code,
    moreInfo: error.moreInfo,
    field: field ?? null,
    reason: reasonOf(error),
  };
}

function reasonOf(error: TwilioApiError): UserErrorReason {
  if (error.status === 404) return 'NOT_FOUND';
  if (error.status === 409) return 'CONFLICT';
  if (error.status === 413) return 'TOO_LARGE';
  return 'BAD_USER_INPUT';
}

/** A change the gateway refused itself, before any write, because the caller may not make it. */
export function forbiddenUserError(message: string): UserErrorShape {
  return { message, code: null, moreInfo: null, field: null, reason: 'FORBIDDEN' };
}

/**
 * An end user's operation or subscription outlived their access token: what HTTP's `401` says of
 * an expired token (`UNAUTHENTICATED`, reason `expired`), so a client has one rule: renew and retry.
 */
export function tokenExpiredError(): GraphQLError {
  return new GraphQLError(TOKEN_EXPIRED_MESSAGE, {
    extensions: { code: 'UNAUTHENTICATED', reason: 'expired' },
  });
}

/**
 * The GraphQL error a client receives for a failure the gateway knows: a Twilio failure (stable
 * `extensions.code`, Twilio's code and link, never an upstream URL or header) or an argument the
 * loaders refused before building a call (see `wellFormed`). Null for anything else, which error
 * masking hides. The server's error masking is the one caller for resolver errors, so resolvers
 * let these failures through as they are.
 */
export function graphQLErrorFor(error: unknown): GraphQLError | null {
  if (error instanceof InvalidArgumentError) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!(error instanceof TwilioApiError)) return null;
  const code = errorCode(error);
  return new GraphQLError(publicMessage(error, code), {
    extensions: { code, twilioCode: error.code, status: error.status, moreInfo: error.moreInfo },
  });
}

/** `graphQLErrorFor`, leaving anything it does not know as it is. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  return graphQLErrorFor(error) ?? error;
}

function errorCode(error: TwilioApiError): string {
  switch (error.kind) {
    case 'timeout':
    case 'deadline':
      return 'UPSTREAM_TIMEOUT';
    case 'rate-limited':
      return 'RATE_LIMITED';
    case 'overloaded':
      return 'OVERLOADED';
    case 'network':
    case 'circuit-open':
      return 'UPSTREAM_UNAVAILABLE';
    case 'refused':
      return 'UPSTREAM_REFUSED';
    case 'invalid-argument':
      return 'BAD_USER_INPUT';
    default:
      break;
  }
  const status = error.status ?? 0;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 400 && status < 500) return 'BAD_USER_INPUT';
  return 'UPSTREAM_UNAVAILABLE';
}

function publicMessage(error: TwilioApiError, code: string): string {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'Twilio rejected the credentials.';
    case 'UPSTREAM_TIMEOUT':
      return 'Twilio did not answer in time.';
    case 'UPSTREAM_UNAVAILABLE':
      return 'Twilio is unavailable; try again later.';
    case 'RATE_LIMITED':
      return 'Twilio is rate limiting these credentials; try again later.';
    case 'OVERLOADED':
      return 'Too many requests in flight for these credentials; try again later.';
    case 'UPSTREAM_REFUSED':
      return 'Refused an unexpected answer from Twilio.';
    default:
      return error.message;
  }
}
