import { isRecord } from './wire.ts';

/**
 * The system call each code must come from to prove the request was never written: a name that did
 * not resolve, or a connection that was never made. The same codes from a read or write (an
 * established connection that lost its route) may follow a request Twilio received.
 */
const BEFORE_SENDING = new Map<string, string>([
  ['ECONNREFUSED', 'connect'],
  ['EHOSTUNREACH', 'connect'],
  ['ENETUNREACH', 'connect'],
  ['ENOTFOUND', 'getaddrinfo'],
  ['EAI_AGAIN', 'getaddrinfo'],
]);

/**
 * Whether undici failed a request before writing any of it, so that even a POST or DELETE may be
 * sent again. Only the error undici raised itself is looked at, never a cause chain: undici hands a
 * connect failure to the request as it is (the `net` error, or `ConnectTimeoutError`), while a
 * failure on a connection that carried the request is a `SocketError` whose cause may hold any code.
 */
export function failedBeforeSending(error: unknown): boolean {
  if (!isRecord(error)) return false;
  if (error.code === 'UND_ERR_CONNECT_TIMEOUT') return true;
  // Happy eyeballs (`autoSelectFamily`) reports every address it tried: none may have connected.
  if (Array.isArray(error.errors) && error.errors.length > 0)
    return error.errors.every((member) => isRecord(member) && connectFailure(member));
  return connectFailure(error);
}

function connectFailure(error: Record<string, unknown>): boolean {
  if (error.code === 'UND_ERR_CONNECT_TIMEOUT') return true;
  if (typeof error.code !== 'string' || typeof error.syscall !== 'string') return false;
  return BEFORE_SENDING.get(error.code) === error.syscall;
}
