/**
 * The benchmark's queries, each with its hand-computed minimum number of REST calls and its
 * critical path, and why the gateway does worse where it does.
 *
 * Definitions used throughout:
 * - **Minimum calls**: the fewest Twilio REST calls that return everything the query shows, for the
 *   data the bench seeds (sizes in PLAN, seed.ts), with Twilio's API as it is: no batch endpoints,
 *   the page sizes of the spec (participants and conversations 100, users, roles, user and
 *   participant conversations and receipts 50). A client that knew the data's sizes could do it in
 *   that many calls; the gateway cannot always know them.
 * - **Critical path**: the longest chain of REST calls in which each call needs something from the
 *   answer of the previous one (a SID, an identity, a page token), or must follow it because GraphQL
 *   runs mutation fields one after another. Calls addressed by the query's arguments alone could all
 *   start at once. With the emulator answering after 20 ms, the critical path is rounds × 20 ms.
 * - **Gateway rounds**: the same chain for the calls the gateway's resolvers make, which start a
 *   child field only once its parent object is there. Counted by hand from the resolvers; the bench
 *   also reports the rounds it sees in the emulator's request log, which include waves caused by
 *   the per-credential limit of calls in flight (UPSTREAM_MAX_IN_FLIGHT, 50 by default).
 */
import { chatMessageCount, chatMessagesWithReceipts, conversationsOf, PLAN, type Seeded } from './seed.ts';

export interface Fixture extends Seeded {
  /** A message of the chat, written by `ben`, with delivery receipts. */
  messageId: string;
  /** `ben`'s participant in the chat. */
  authorParticipantId: string;
  /** Global IDs for `nodes`: chat messages, support participants, users and conversations. */
  nodeIds: string[];
}

export interface Scenario {
  id: string;
  title: string;
  /** What a client would use it for. */
  summary: string;
  document: string;
  variables(fixture: Fixture): Record<string, unknown>;
  /** For walks: the variables of the next request from the last answer, or null when done. */
  next?(data: unknown, fixture: Fixture): Record<string, unknown> | null;
  /** Checks that the answers have the shape the minimum assumes; returns what is wrong, or null. */
  check(answers: unknown[]): string | null;
  minimum: { calls: number; reasoning: string };
  criticalPath: { rounds: number; reasoning: string };
  gatewayRounds: { rounds: number; reasoning: string };
  /** Why the gateway makes more calls than the minimum, and what it would take; shown when it does. */
  aboveMinimum?: string;
  /** Why the wall time exceeds the critical path by more than 15%, and what it would take. */
  aboveCriticalPath?: string;
}

/** Reads `value.a.b.c` from an answer; undefined when any step is missing. */
export function get(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function expectCount(what: string, actual: number, expected: number): string | null {
  return actual === expected ? null : `${what}: expected ${expected}, got ${actual}`;
}

const chatReceipts = chatMessagesWithReceipts(50);
const benConversations = conversationsOf('ben');
const walkPages = Math.ceil(chatMessageCount() / PLAN.walk.pageSize);
const inboxSize = conversationsOf(PLAN.inbox.identity);

export const SCENARIOS: Scenario[] = [
  {
    id: 'chat',
    title: 'Chat screen',
    summary:
      'A conversation with its last 50 messages, each author as a participant with their role and user, and the delivery receipts.',
    document: `query ChatScreen($conversation: String!) {
  conversation(sid: $conversation) {
    sid friendlyName state
    messages(last: 50) {
      edges { node {
        sid index body author dateCreated
        delivery { total delivered read }
        participant { identity messagingBinding { address } role { friendlyName } user { friendlyName isOnline } }
        deliveryReceipts { edges { node { status participant { messagingBinding { address } } } } }
      } }
      pageInfo { hasPreviousPage startCursor }
    }
  }
}`,
    variables: (f) => ({ conversation: f.chatSid }),
    check: ([data]) => {
      const edges = list(get(data, 'conversation', 'messages', 'edges'));
      const withReceipts = edges.filter(
        (edge) => list(get(edge, 'node', 'deliveryReceipts', 'edges')).length > 0,
      );
      return (
        expectCount('messages', edges.length, 50) ??
        expectCount('messages with receipts', withReceipts.length, chatReceipts)
      );
    },
    minimum: {
      // 1 + 1 + 1 + 1 + 1 + 35 = 40
      calls: 5 + chatReceipts,
      reasoning: `1 FetchConversation (its fields are shown) + 1 ListConversationMessage (the last 50 are one page read newest first) + 1 ListConversationParticipant (the ${PLAN.chat.mixedAuthors.length} authors and both SMS recipients are among the conversation's ${PLAN.chat.members.length + PLAN.chat.smsMembers.length} members, one page) + 1 ListUser (the ${PLAN.chat.chatAuthors.length} chat authors' users; the default service has ${PLAN.users.length} users, one page) + 1 ListRole (the two roles the authors hold; one page) + ${chatReceipts} ListConversationMessageReceipt (one per message with a delivery summary: Twilio has no endpoint for the receipts of several messages, and the ${50 - chatReceipts} chat-only messages have none) = ${5 + chatReceipts}.`,
    },
    criticalPath: {
      rounds: 2,
      reasoning:
        'Round 1: the conversation, the messages page, the participant, user and role lists are all addressed by the arguments. Round 2: the receipt lists need the message SIDs from the messages page.',
    },
    gatewayRounds: {
      rounds: 2,
      reasoning:
        'the conversation, its messages page, and, started from the argument because the query reaches them (docs/decisions/0028), its participant list, a page of the service’s users (up to 50 messages’ authors may be looked up) and its role list → the receipt lists, which need the message SIDs. The authors, their users and roles are answered from those lists; the receipts’ SMS recipients from the participant list.',
    },
    aboveCriticalPath:
      'The gateway makes the critical path’s 2 rounds, and the 35 receipt lists of the second round fit in one wave under the 50 calls it keeps in flight per credential (docs/decisions/0029). What is left is its own CPU, in three places (medians at real-time priority, docs/decisions/0033): about 1.5 ms from the request to its first call; 1.4 ms from the last answer of the first round to the first receipt list, turning the 50 messages into fields; and above all the 35 receipt lists, answered together, which it reads and resolves one after another, about 0.15 ms each: the last is done 5 ms after the emulator wrote it. The emulator answering each after exactly 20 ms changed nothing, since the gateway was still busy with the first answers. It would take much less CPU per answer read and per field resolved (execution and yoga’s per-request pipeline), about a third of it, not fewer calls or rounds. These times were measured before answers were read through undici’s dispatch without a stream (docs/decisions/0041), which took the median wall time from 63.9 to 59.4 ms in interleaved runs. Since then (docs/decisions/0048): the look-ahead no longer reads the selection before every request’s first call (0.6 ms of the chat screen’s, 0.45 of the overview’s, on the first request of a document only), compiled execution takes a third of the CPU out of the rounds without moving the wall time, and the bench’s emulator, which used to handle each of the second round’s 35 calls before reading the next and count its 20 ms from there, now stamps the calls of a fan-out on arrival, as a Twilio handling them at once would (docs/decisions/0050). The floor server making the same calls in the same rounds (“Floor, same calls” in section 2, docs/decisions/0052) shows how much of the excess this machine charges any server for that fan-out. On this machine the floor server making the same calls in the same rounds, which does nothing with the answers but read them, is itself more than 20 % over this critical path, on a quiet machine too (docs/decisions/0054): the time to read many answers that arrive together is any server’s here.',
  },
  {
    id: 'inbox',
    title: 'Inbox',
    summary: `A user’s ${inboxSize} conversations with their unread counts and each conversation’s last message.`,
    document: `query Inbox($user: String!) {
  user(sid: $user) {
    identity friendlyName
    conversations(first: 50) {
      edges { node {
        conversationSid friendlyName unreadMessagesCount lastReadMessageIndex conversationState
        conversation { messages(last: 1) { edges { node { body author dateCreated } } } }
      } }
    }
  }
}`,
    variables: () => ({ user: PLAN.inbox.identity }),
    check: ([data]) => {
      const edges = list(get(data, 'user', 'conversations', 'edges'));
      const withLast = edges.filter(
        (edge) => list(get(edge, 'node', 'conversation', 'messages', 'edges')).length === 1,
      );
      const withUnread = edges.filter((edge) => typeof get(edge, 'node', 'unreadMessagesCount') === 'number');
      return (
        expectCount('conversations', edges.length, inboxSize) ??
        expectCount('conversations with a last message', withLast.length, inboxSize) ??
        expectCount('conversations with an unread count', withUnread.length, inboxSize)
      );
    },
    minimum: {
      calls: 2 + inboxSize,
      reasoning: `1 FetchUser (the user’s own fields are shown) + 1 ListUserConversation (${inboxSize} conversations with their unread counts fit one page of 50) + ${inboxSize} ListConversationMessage with PageSize=1 newest first (Twilio has no “last message” on a conversation or user conversation, and no list across conversations) = ${2 + inboxSize}. No conversation needs to be fetched: only its messages are shown.`,
    },
    criticalPath: {
      rounds: 2,
      reasoning:
        'Round 1: the user and its conversations (both addressed by the identity). Round 2: the last message of each conversation needs the conversation SIDs from that list.',
    },
    gatewayRounds: {
      rounds: 2,
      reasoning:
        'the user and its conversations list at once (`user(sid:)` starts the list from the identity in the arguments) → the last message of each conversation (UserConversation.conversation is built from the user conversation, which carries everything the query reads of it, so no conversation is fetched).',
    },
    aboveCriticalPath:
      'The rounds are the minimum, and the fan-out of 50 last-message lists goes in one wave under the 50 calls the gateway keeps in flight per credential (three at the former 20; see docs/decisions/0029). What is left is the gateway’s CPU: 2 ms between the conversation list’s answer and the first last-message call (turning 50 items into fields), and the 50 answers, which arrive together and are read and resolved one after another, about 0.15 ms each: the last is done 7.6 ms after the emulator wrote it (medians at real-time priority, docs/decisions/0033). It would take much less CPU per answer read and per field resolved, not fewer calls or rounds. These times were measured before answers were read through undici’s dispatch without a stream and their paging links as text (docs/decisions/0041), which took the median wall time from 63.6 to 59.5 ms in interleaved runs. Since then (docs/decisions/0048): the look-ahead no longer reads the selection before every request’s first call (0.6 ms of the chat screen’s, 0.45 of the overview’s, on the first request of a document only), compiled execution takes a third of the CPU out of the rounds without moving the wall time, and the bench’s emulator, which used to handle each of the second round’s 50 calls before reading the next and count its 20 ms from there, now stamps the calls of a fan-out on arrival, as a Twilio handling them at once would (docs/decisions/0050). The floor server making the same calls in the same rounds (“Floor, same calls” in section 2, docs/decisions/0052) shows how much of the excess this machine charges any server for that fan-out. On this machine the floor server making the same calls in the same rounds, which does nothing with the answers but read them, is itself more than 20 % over this critical path, on a quiet machine too (docs/decisions/0054): the time to read many answers that arrive together is any server’s here.',
  },
  {
    id: 'admin',
    title: 'Admin: service overview',
    summary: `A service’s ${PLAN.support.tickets} conversations with their participants, each participant’s role and user.`,
    document: `query ServiceAdmin($service: String!) {
  service(sid: $service) {
    friendlyName
    conversations(first: 20) {
      edges { node {
        uniqueName friendlyName
        participants(first: 10) { edges { node {
          identity messagingBinding { address } role { friendlyName } user { friendlyName isOnline }
        } } }
      } }
    }
  }
}`,
    variables: (f) => ({ service: f.supportServiceSid }),
    check: ([data]) => {
      const conversations = list(get(data, 'service', 'conversations', 'edges'));
      const participants = conversations.flatMap((edge) => list(get(edge, 'node', 'participants', 'edges')));
      const users = participants.filter((edge) => get(edge, 'node', 'user') !== null);
      return (
        expectCount('conversations', conversations.length, PLAN.support.tickets) ??
        expectCount(
          'participants',
          participants.length,
          PLAN.support.tickets * (PLAN.support.agentsPerTicket + 1),
        ) ??
        expectCount(
          'participants with a user',
          users.length,
          PLAN.support.tickets * PLAN.support.agentsPerTicket,
        )
      );
    },
    minimum: {
      calls: 4 + PLAN.support.tickets,
      reasoning: `1 FetchService + 1 ListServiceConversation (${PLAN.support.tickets} conversations, one page) + ${PLAN.support.tickets} ListServiceConversationParticipant (Twilio has no participant list across conversations) + 1 ListServiceUser (the ${PLAN.support.agents} agents behind the chat participants, one page) + 1 ListServiceRole (both roles in use, one page) = ${4 + PLAN.support.tickets}. SMS participants have no user and cost nothing.`,
    },
    criticalPath: {
      rounds: 2,
      reasoning:
        'Round 1: the service, its conversations, its users and its roles (all addressed by the service SID). Round 2: each conversation’s participants need the conversation SIDs.',
    },
    gatewayRounds: {
      rounds: 2,
      reasoning:
        'the service, its conversations list, a page of its users and its role list at once (`service(sid:)` starts them from its argument: the query reaches the users and roles of up to 200 participants) → one participant list per conversation, whose users and roles are answered from those pages.',
    },
    aboveCriticalPath:
      'The gateway makes the critical path’s 2 rounds. On top come about 1.3 ms from the request to its first call, 0.6 ms between the rounds, and the 20 participant lists, which arrive together and are read one after another, each with its 5 members’ roles and users resolved from the pages read ahead, about 0.22 ms a list: the last is done 4.5 ms after the emulator wrote it (medians at real-time priority, docs/decisions/0033). It would take much less CPU per answer read and per field resolved. These times were measured before answers were read through undici’s dispatch without a stream (docs/decisions/0041), which took the median wall time from 56.8 to 53.7 ms in interleaved runs. Since then (docs/decisions/0048): the look-ahead no longer reads the selection before every request’s first call (0.6 ms of the chat screen’s, 0.45 of the overview’s, on the first request of a document only), compiled execution takes a third of the CPU out of the rounds without moving the wall time, and the bench’s emulator, which used to handle each of the second round’s 20 calls before reading the next and count its 20 ms from there, now stamps the calls of a fan-out on arrival, as a Twilio handling them at once would (docs/decisions/0050). The floor server making the same calls in the same rounds (“Floor, same calls” in section 2, docs/decisions/0052) shows how much of the excess this machine charges any server for that fan-out. On this machine the floor server making the same calls in the same rounds, which does nothing with the answers but read them, is itself more than 20 % over this critical path, on a quiet machine too (docs/decisions/0054): the time to read many answers that arrive together is any server’s here.',
  },
  {
    id: 'deep-node',
    title: 'Deep node lookups',
    summary:
      'A message and a participant by global ID, each with its conversation, author or user, roles, receipts and the user’s conversations; both point at the same person.',
    document: `query DeepNode($message: ID!, $participant: ID!) {
  message: node(id: $message) {
    ... on Message {
      body dateCreated
      conversation { friendlyName }
      participant { identity role { friendlyName } user { friendlyName role { friendlyName } } }
      deliveryReceipts { edges { node { status participant { messagingBinding { address } } } } }
    }
  }
  author: node(id: $participant) {
    ... on Participant {
      identity lastReadMessageIndex
      conversation { uniqueName }
      user { identity isOnline conversations(first: 5) { edges { node { friendlyName unreadMessagesCount } } } }
    }
  }
}`,
    variables: (f) => ({ message: f.messageId, participant: f.authorParticipantId }),
    check: ([data]) => {
      const receipts = list(get(data, 'message', 'deliveryReceipts', 'edges'));
      return (
        expectCount('receipts', receipts.length, PLAN.chat.smsMembers.length) ??
        (get(data, 'message', 'participant', 'identity') === 'ben' &&
        get(data, 'author', 'identity') === 'ben'
          ? null
          : 'the message and the participant are not both ben’s') ??
        expectCount(
          'user conversations',
          list(get(data, 'author', 'user', 'conversations', 'edges')).length,
          5,
        )
      );
    },
    minimum: {
      calls: 7,
      reasoning:
        '1 FetchConversationMessage + 1 ListConversationParticipant (the author, asked twice, and both SMS recipients of the receipts are members of the same conversation, one page) + 1 FetchConversation (asked twice, same conversation) + 1 ListConversationMessageReceipt + 1 FetchUser (the author’s user, asked twice) + 1 ListRole (the participant’s conversation role and the user’s service role, one page) + 1 ListUserConversation = 7.',
    },
    criticalPath: {
      rounds: 2,
      reasoning:
        'Round 1: the message, the participant list, the conversation and the receipts are addressed by the global IDs (they hold the conversation and message SIDs), and the roles list needs nothing. Round 2: the user and the user’s conversations need the identity from the participant.',
    },
    gatewayRounds: {
      rounds: 2,
      reasoning:
        'the message, and, started from its global ID because the query reaches its author, the receipts’ recipients and their roles, its conversation’s participant list and the role list; the participant asked by ID waits for that list instead of a fetch of its own → the conversation, the receipts and the author’s user (asked twice, fetched once), with the user’s conversations started from the identity next to it. Both roles and all three participants are answered from the two lists.',
    },
    aboveCriticalPath:
      'The gateway makes the critical path’s 2 rounds and lands within a few percent of the target (+19 % to +27 % in paired runs at real-time priority, docs/decisions/0033): about 1.5 ms before the first call, 1 ms between the rounds, 1.8 ms reading the second round’s answers, and 6 hops between processes of 0.3 to 0.8 ms each on a loaded machine. A quieter machine, or less CPU per request, brings it within.',
  },
  {
    id: 'nodes',
    title: 'nodes(ids:) with 30 IDs',
    summary:
      'Refetching 30 objects by global ID: 10 messages of the chat, 10 participants of two support conversations, 5 users and 5 conversations of the support service.',
    document: `query Refetch($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Message { body author }
    ... on Participant { identity }
    ... on User { friendlyName }
    ... on Conversation { friendlyName }
  }
}`,
    variables: (f) => ({ ids: f.nodeIds }),
    check: ([data]) => {
      const nodes = list(get(data, 'nodes'));
      return expectCount('nodes found', nodes.filter((node) => node !== null).length, 30);
    },
    minimum: {
      calls: 5,
      reasoning: `1 ListConversationMessage (the chat’s ${chatMessageCount()} messages fit one page of 100, so one page holds all 10) + 2 ListServiceConversationParticipant (5 of each conversation’s members) + 1 ListServiceUser (${PLAN.support.agents} users, one page) + 1 ListServiceConversation (${PLAN.support.tickets} conversations, one page) = 5.`,
    },
    criticalPath: {
      rounds: 1,
      reasoning: 'Every object is addressed by its global ID; nothing depends on another answer.',
    },
    gatewayRounds: {
      rounds: 1,
      reasoning:
        'All 30 lookups start in the same tick. `nodes(ids:)` groups the IDs by collection: the 10 messages of one conversation start one page of its newest messages and the 5 conversations one page of the service’s conversations, which those lookups wait for; the participants of each conversation and the 5 users coalesce in their loaders into one list each.',
    },
    aboveCriticalPath:
      'The 5 calls go in one round and one wave. Next to a single 20 ms round the gateway’s own time weighs a lot: about 2 ms from the request to its first call (1.2 ms of it starting 30 lookups from their global IDs), and 3.2 ms after the emulator wrote the last answer, since the five answers (about 100 objects: the chat’s 65 messages, two participant lists, a page of users and one of conversations) arrive together and are read one after another (medians at real-time priority, docs/decisions/0033). It would take much less CPU per object read from Twilio and per lookup; the smaller pages that would be cheaper to read could miss the IDs asked for. These times were measured before answers were read through undici’s dispatch without a stream (docs/decisions/0041), which took the median wall time from 28.8 to 27.7 ms in interleaved runs. On this machine the floor server making the same calls, which does nothing with the answers but read them, is itself about 20 % over this one round (+24 % in the quiet run of docs/decisions/0054, +20 % in the next), which leaves the gateway almost nothing of its own to spend.',
  },
  {
    id: 'participant-conversations',
    title: 'Participant conversations by identity',
    summary: `The ${benConversations} conversations of one chat identity, with the member’s read position, role and user.`,
    document: `query MemberConversations($identity: String!) {
  participantConversations(identity: $identity, first: 50) {
    edges { node {
      conversationSid conversationFriendlyName conversationState conversationDateUpdated
      participant { lastReadMessageIndex role { friendlyName } }
      user { friendlyName }
    } }
  }
}`,
    variables: () => ({ identity: 'ben' }),
    check: ([data]) =>
      expectCount(
        'conversations',
        list(get(data, 'participantConversations', 'edges')).length,
        benConversations,
      ),
    minimum: {
      calls: 3 + benConversations,
      reasoning: `1 ListParticipantConversation (${benConversations} items, one page) + ${benConversations} FetchConversationParticipant (the read position and role are not in the participant-conversation item, and each participant is in a different conversation, so no list serves two) + 1 FetchUser (the same user for every item) + 1 ListRole (the member holds the same role everywhere; the service’s roles are one page, which costs what that role’s fetch would) = ${3 + benConversations}.`,
    },
    criticalPath: {
      rounds: 2,
      reasoning:
        'Round 1: the participant-conversation list, the user (by identity) and the roles list. Round 2: the participants need the conversation and participant SIDs from the list.',
    },
    gatewayRounds: {
      rounds: 2,
      reasoning:
        'the list, the member’s user (every item’s user is the identity’s, fetched by it from the arguments) and the role list (the query reaches the participants’ roles) at once → each participant, whose role is answered from the list.',
    },
    aboveCriticalPath:
      'The gateway makes the critical path’s 2 rounds, within a few percent of the target (+23 % to +33 % in paired runs at real-time priority, docs/decisions/0033): about 1.5 ms before the first call, 1 ms between the rounds, 1.2 ms reading the 15 participants that answer together, and the hops between processes. It would take less CPU per request, or a quieter machine.',
  },
  {
    id: 'walk',
    title: 'Paging walk',
    summary: `Every message of the chat in pages of ${PLAN.walk.pageSize}, following endCursor until hasNextPage is false: ${walkPages} requests.`,
    document: `query MessagesPage($conversation: String!, $after: String) {
  conversation(sid: $conversation) {
    messages(first: ${PLAN.walk.pageSize}, after: $after) {
      edges { node { sid index author body } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: (f) => ({ conversation: f.chatSid, after: null }),
    next: (data, f) => {
      const pageInfo = get(data, 'conversation', 'messages', 'pageInfo');
      if (get(pageInfo, 'hasNextPage') !== true) return null;
      return { conversation: f.chatSid, after: get(pageInfo, 'endCursor') };
    },
    check: (answers) => {
      const seen = answers.flatMap((data) => list(get(data, 'conversation', 'messages', 'edges')));
      return (
        expectCount('requests', answers.length, walkPages) ??
        expectCount('messages', seen.length, chatMessageCount())
      );
    },
    minimum: {
      calls: walkPages,
      reasoning: `One ListConversationMessage per page: ${chatMessageCount()} messages in pages of ${PLAN.walk.pageSize} = ${walkPages} (each end cursor carries Twilio’s next-page token, so no page is read twice). The conversation itself is not shown, so it needs no fetch: a missing conversation shows as a 404 of the list.`,
    },
    criticalPath: {
      rounds: walkPages,
      reasoning: 'Each page needs the page token of the one before: one round per page.',
    },
    gatewayRounds: {
      rounds: walkPages,
      reasoning:
        'Per request: the messages page alone (`conversation(sid:)` starts the messages from its argument and, since none of the conversation’s own fields is read, does not fetch it).',
    },
    aboveCriticalPath:
      'Each of the 4 requests is one round of its own and pays everything once: about 1.2 ms from the request to its call (yoga’s pipeline 0.8 ms of it), 1 ms turning the page into 20 edges, 0.5 ms writing the response, four hops between processes of 0.3 to 0.5 ms each on a loaded machine, and the emulator’s timer, which lands 0.2 to 1 ms after the 20 ms (medians at real-time priority, docs/decisions/0033): about 25.5 ms a page where 24 would do. It would take about 1.5 ms less per request: less CPU in the per-request pipeline, or a quieter machine; the number of rounds is already the minimum.',
  },
  {
    id: 'burst',
    title: `Mutation burst: ${PLAN.burst.messages} createMessage`,
    summary: `${PLAN.burst.messages} messages posted in one request, one aliased createMessage each.`,
    document: `mutation Burst($conversation: String!) {
${Array.from(
  { length: PLAN.burst.messages },
  (_, i) =>
    `  m${String(i + 1).padStart(2, '0')}: createMessage(input: { conversationSid: $conversation, author: "ana", body: "burst ${i + 1}" }) { message { sid index } userErrors { code } }`,
).join('\n')}
}`,
    variables: (f) => ({ conversation: f.burstSid }),
    check: ([data]) => {
      const created = Object.values(typeof data === 'object' && data !== null ? data : {}).filter(
        (payload) => typeof get(payload, 'message', 'sid') === 'string',
      );
      return expectCount('messages created', created.length, PLAN.burst.messages);
    },
    minimum: {
      calls: PLAN.burst.messages,
      reasoning: `One CreateConversationMessage per message (Twilio has no batch create): ${PLAN.burst.messages}.`,
    },
    criticalPath: {
      rounds: PLAN.burst.messages,
      reasoning:
        'GraphQL executes mutation fields one after another, so the messages get their indexes in the order written: one round per message.',
    },
    gatewayRounds: { rounds: PLAN.burst.messages, reasoning: 'One create after another.' },
    aboveCriticalPath:
      'The gateway makes exactly the critical path’s 20 calls one after another; what is left is time per round beyond the injected 20 ms: the emulator’s timer, which lands 0.2 to 1 ms after the 20 ms (its mean “Answer” is about 20.8 ms; its own work is done within the 20 ms, docs/decisions/0033), and the gateway’s time between one answer and the next call, resolving one payload and starting the next field (“Span − rounds seen × answer”), twenty times over. Within GraphQL’s contract nothing can overlap: mutation fields run in order. It would take a mutation that takes a list of messages and posts them in parallel, for clients that accept an unspecified order, or less time per mutation field in the gateway.',
  },
];

/** The setup query that collects the global IDs the node scenarios use. */
export const FIXTURE_QUERY = `query Fixture($chat: String!, $service: String!) {
  conversation(sid: $chat) {
    messages(last: 50) { edges { node { id author delivery { total } participant { id identity } } } }
  }
  service(sid: $service) {
    users(first: 5) { edges { node { id } } }
    conversations(first: 5) { edges { node { id participants(first: 5) { edges { node { id } } } } } }
  }
}`;

/** Builds the fixture from the answer to FIXTURE_QUERY. */
export function fixtureFrom(seeded: Seeded, data: unknown): Fixture {
  const messages = list(get(data, 'conversation', 'messages', 'edges')).map((edge) => get(edge, 'node'));
  const byBen = messages.find(
    (message) => get(message, 'author') === 'ben' && typeof get(message, 'delivery', 'total') === 'number',
  );
  const messageId = get(byBen, 'id');
  const authorParticipantId = get(byBen, 'participant', 'id');
  const conversations = list(get(data, 'service', 'conversations', 'edges'));
  const ids = [
    ...messages.slice(0, 10).map((message) => get(message, 'id')),
    ...conversations
      .slice(0, 2)
      .flatMap((edge) => list(get(edge, 'node', 'participants', 'edges')).map((p) => get(p, 'node', 'id'))),
    ...list(get(data, 'service', 'users', 'edges')).map((edge) => get(edge, 'node', 'id')),
    ...conversations.map((edge) => get(edge, 'node', 'id')),
  ];
  const nodeIds = ids.filter((id): id is string => typeof id === 'string');
  if (typeof messageId !== 'string' || typeof authorParticipantId !== 'string' || nodeIds.length !== 30) {
    throw new Error(`the fixture query did not find what the scenarios need: ${JSON.stringify(data)}`);
  }
  return { ...seeded, messageId, authorParticipantId, nodeIds };
}
