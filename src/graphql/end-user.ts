import type { EndUser } from '../access/index.ts';
import { keys, type Loaders } from '../loaders/index.ts';
import {
  listUserConversations,
  MAX_PAGE_SIZE,
  TwilioApiError,
  type TwilioSession,
  type UserConversation,
} from '../twilio/index.ts';

/**
 * One end user's request: who they are, and what the request has learnt about their reach so far
 * (the conversations they belong to), so each fact is read from Twilio once per request however
 * many objects it decides. Renewed with the loaders for every event of a subscription.
 */
export interface EndUserAccess {
  readonly user: EndUser;
  /**
   * Whether the user is a participant of the conversation (CH… SID or unique name) in their
   * token's service. One ListUserConversation walk per request answers every conversation.
   */
  isMember(conversation: string): Promise<boolean>;
  /** Whether a user SID (US…) or identity names the token's own user. */
  isSelf(userSidOrIdentity: string): Promise<boolean>;
  /** Whether another user (SID or identity) is a participant of a conversation the user is in. */
  sharesConversationWith(userSidOrIdentity: string): Promise<boolean>;
}

/**
 * The most membership pages read for one request. A user in more conversations than this is
 * checked conversation by conversation beyond them (through the participant loader).
 */
export const MAX_MEMBERSHIP_PAGES = 10;

interface Memberships {
  /** SIDs and unique names of the conversations the user is in. */
  names: Set<string>;
  /** False when the walk stopped at MAX_MEMBERSHIP_PAGES before the end of the list. */
  complete: boolean;
}

export function createEndUserAccess(
  user: EndUser,
  twilio: { session: TwilioSession; loaders: Loaders },
): EndUserAccess {
  const { session, loaders } = twilio;
  const scope = user.serviceSid;
  const walks = new Map<string, Promise<Memberships>>();

  /** A user's memberships in the token's service, read once per request; none for an unknown user. */
  const membershipsOf = (userSidOrIdentity: string): Promise<Memberships> => {
    let walk = walks.get(userSidOrIdentity);
    if (!walk) {
      walk = readMemberships(userSidOrIdentity);
      walks.set(userSidOrIdentity, walk);
    }
    return walk;
  };

  const readMemberships = async (userSid: string): Promise<Memberships> => {
    const names = new Set<string>();
    let page: Awaited<ReturnType<typeof listUserConversations>> | null = null;
    for (let read = 0; read < MAX_MEMBERSHIP_PAGES; read++) {
      try {
        page = await listUserConversations(session, {
          serviceSid: scope,
          userSid,
          pageSize: MAX_PAGE_SIZE.listUserConversations,
          page: page?.next ?? null,
        });
      } catch (error) {
        // No such user in the service: a member of nothing.
        if (error instanceof TwilioApiError && error.status === 404) return { names, complete: true };
        throw error;
      }
      for (const membership of page.items) {
        names.add(membership.conversationSid);
        if (membership.uniqueName) names.add(membership.uniqueName);
        primeMembership(loaders, scope, userSid, membership);
      }
      if (!page.next) return { names, complete: true };
    }
    return { names, complete: false };
  };

  const isSelf = async (userSidOrIdentity: string): Promise<boolean> => {
    if (userSidOrIdentity === user.identity) return true;
    if (!/^US[0-9a-fA-F]{32}$/.test(userSidOrIdentity)) return false;
    const self = await loaders.user.load(keys.user(scope, user.identity));
    return self?.sid === userSidOrIdentity;
  };

  const isMember = async (conversation: string): Promise<boolean> => {
    const mine = await membershipsOf(user.identity);
    if (mine.names.has(conversation)) return true;
    if (mine.complete) return false;
    // Beyond the pages read: ask about this one conversation.
    const participant = await loaders.participant.load(keys.participant(scope, conversation, user.identity));
    return participant !== null;
  };

  return {
    user,
    isMember,
    isSelf,
    async sharesConversationWith(other) {
      if (await isSelf(other)) return true;
      const theirs = await membershipsOf(other);
      for (const name of theirs.names) {
        if (name.startsWith('CH') && (await isMember(name))) return true;
      }
      return false;
    },
  };
}

function primeMembership(loaders: Loaders, scope: string, userSid: string, membership: UserConversation) {
  loaders.userConversation.prime(
    keys.userConversation(scope, userSid, membership.conversationSid),
    membership,
  );
}
