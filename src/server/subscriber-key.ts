import { createHash } from 'node:crypto';
import type { EndUser } from '../access/index.ts';
import { keyOfEndUser } from './end-user-limits.ts';

/**
 * Who a subscriber is, for the per-credential subscription bound and for sharing an event's
 * execution (src/server/plugins/use-shared-subscription-events.ts): a digest, never the credential
 * itself. An end user is one subscriber whichever of their tokens they present (a renewed one, one
 * per tab), as for their request limits (docs/decisions/0043-end-user-edges.md); any other caller is
 * what its Authorization value says. The kind is digested with the value, so no Authorization value
 * (which demo mode accepts as the account's caller whatever it says) can stand for an end user.
 */
export function subscriberKey(caller: { endUser: EndUser | null; authorization: string | null }): string {
  const named = caller.endUser
    ? ['end-user', keyOfEndUser(caller.endUser)]
    : ['authorization', caller.authorization ?? ''];
  return createHash('sha256').update(JSON.stringify(named)).digest('base64url');
}
