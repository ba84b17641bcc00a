import { createHmac } from 'node:crypto';

/**
 * `X-Twilio-Signature` (docs/twilio-rest-behaviour.md §6.5): base64 HMAC-SHA1, keyed with the
 * account's auth token, of the URL Twilio calls followed by every form parameter as `name + value`,
 * names sorted, repeated names with their distinct values sorted. The sort is by UTF-16 code unit,
 * as twilio-node's validator sorts; the emulator's parameter names are ASCII, where that is byte order.
 */
export function signWebhook(
  authToken: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  const byName = new Map<string, Set<string>>();
  for (const [name, value] of params) {
    const values = byName.get(name) ?? new Set<string>();
    values.add(value);
    byName.set(name, values);
  }
  let data = url;
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...(byName.get(name) ?? [])].sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}
