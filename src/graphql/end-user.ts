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
  /**
   * The same question for one conversation (CH… SID) from its own participant list instead of the
   * user's memberships: for a request that reads that list anyway (the chat screen), so the answer
   * costs no call of its own. The list's first page is read (or joined, when under way); a user
   * missing from a page that had more after it is fetched by identity, since a partial list proves
   * nothing about who is not on it. Later `isMember` questions about it take this answer.
   */
  isMemberByParticipants(conversationSid: string): Promise<boolean>;
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

/**
 * An end user's access in a subscription's renewed context (src/graphql/context.ts, `renew`): who
 * they are is known at once, and what they may reach is asked of the access `start` makes, with the
 * event's session and loaders, on the first question. The end-user guard reads the token's service
 * for every event a subscription executes; that alone must not start a session for the event to
 * drop when its field renews the context again.
 */
export function deferredEndUserAccess(user: EndUser, start: () => EndUserAccess): EndUserAccess {
  return {
    user,
    isMember: (conversation) => start().isMember(conversation),
    isMemberByParticipants: (conversationSid) => start().isMemberByParticipants(conversationSid),
    isSelf: (userSidOrIdentity) => start().isSelf(userSidOrIdentity),
    sharesConversationWith: (userSidOrIdentity) => start().sharesConversationWith(userSidOrIdentity),
  };
}

export function createEndUserAccess(
  user: EndUser,
  twilio: { session: TwilioSession; loaders: Loaders },
): EndUserAccess {
  const { session, loaders } = twilio;
  const scope = user.serviceSid;
  const walks = new Map<string, Promise<Memberships>>();
  /** Conversations settled from their participant lists, by SID. */
  const settled = new Map<string, Promise<boolean>>();

  /** A user's memberships in the token's service, read once per request; none for an unknown user. */
  const membershipsOf = (userSidOrIdentity: string): Promise<Memberships> =>
    once(walks, userSidOrIdentity, readMemberships);

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
    // The User read by the token's identity must be the token's (the loader matches a key by SID too).
    return self?.identity === user.identity && self.sid === userSidOrIdentity;
  };

  const isMemberByParticipants = (conversationSid: string): Promise<boolean> =>
    once(settled, conversationSid, participantOf);

  const participantOf = async (conversationSid: string): Promise<boolean> => {
    // The page the chat screen's authors are looked up in (src/graphql/prefetch.ts), then the
    // identity's key on it: a complete page that lacks it answers null without a call, and a page
    // with more after it leaves the key to one fetch (src/loaders/batch.ts, `createParentLists`).
    loaders.prefetch.participants(scope, conversationSid);
    const participant = await loaders.participant.load(
      keys.participant(scope, conversationSid, user.identity),
    );
    // The loader matches a key by SID or identity: only a participant with exactly the token's
    // identity, in exactly this conversation, makes the user a member.
    return participant?.identity === user.identity && participant.conversationSid === conversationSid;
  };

  const isMember = async (conversation: string): Promise<boolean> => {
    const known = settled.get(conversation);
    if (known) return known;
    const mine = await membershipsOf(user.identity);
    if (mine.names.has(conversation)) return true;
    if (mine.complete) return false;
    // Beyond the pages read: ask about this one conversation.
    const participant = await loaders.participant.load(keys.participant(scope, conversation, user.identity));
    // Only a participant with exactly the token's identity makes the user a member.
    return participant?.identity === user.identity;
  };

  return {
    user,
    isMember,
    isMemberByParticipants,
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

/** The answer `map` holds for `key`, or the one `read` starts, kept for the rest of the request. */
function once<T>(map: Map<string, Promise<T>>, key: string, read: (key: string) => Promise<T>): Promise<T> {
  let answer = map.get(key);
  if (!answer) {
    answer = read(key);
    map.set(key, answer);
  }
  return answer;
}

function primeMembership(loaders: Loaders, scope: string, userSid: string, membership: UserConversation) {
  loaders.userConversation.prime(
    keys.userConversation(scope, userSid, membership.conversationSid),
    membership,
  );
}
