import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Form parameters as Twilio sent them: every value of every name, in arrival order. A repeated
 * name keeps all its values, because the signature covers each of them (docs/twilio-rest-behaviour.md §6.5).
 */
export type WebhookParams = ReadonlyMap<string, readonly string[]>;

export function paramsOf(form: URLSearchParams): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const [name, value] of form) {
    const values = params.get(name);
    if (values) values.push(value);
    else params.set(name, [value]);
  }
  return params;
}

/**
 * `X-Twilio-Signature` as Twilio computes it: base64 HMAC-SHA1, keyed with the account's primary
 * auth token, of the URL it called followed by `name + value` for every form parameter, names
 * sorted, the distinct values of a repeated name sorted (twilio-node `getExpectedTwilioSignature`).
 */
export function computeSignature(authToken: string, url: string, params: WebhookParams): string {
  let data = url;
  for (const name of [...params.keys()].sort()) {
    for (const value of [...new Set(params.get(name))].sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * Whether `signature` is Twilio's for this request. Like twilio-node's `validateRequest`, the URL
 * is tried as given and with its default port added or removed, since Twilio signs the URL as it
 * was configured and a proxy may show it either way. Compared in constant time.
 */
export function isValidSignature(
  authToken: string,
  signature: string | null,
  url: string,
  params: WebhookParams,
): boolean {
  if (!signature) return false;
  const presented = Buffer.from(signature);
  let valid = false;
  for (const candidate of urlVariants(url)) {
    const expected = Buffer.from(computeSignature(authToken, candidate, params));
    // No early exit: the time taken does not depend on which variant matched.
    valid = (expected.length === presented.length && timingSafeEqual(expected, presented)) || valid;
  }
  return valid;
}

/** The URL without its port and with the scheme's default port, as twilio-node tries both. */
function urlVariants(url: string): string[] {
  const match = /^(https?:\/\/)([^/?#]*)(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme = '', authority = '', rest = ''] = match;
  const portStart = authority.indexOf(':', authority.lastIndexOf(']') + 1);
  const host = portStart === -1 ? authority : authority.slice(0, portStart);
  const defaultPort = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  const port = portStart === -1 ? defaultPort : authority.slice(portStart);
  return [...new Set([url, scheme + host + rest, scheme + host + port + rest])];
}
