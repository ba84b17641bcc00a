import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  isObjectType,
} from 'graphql';
import { keys, type Scope } from '../loaders/index.ts';
import type { GatewayContext } from './context.ts';
import { decodeGlobalId } from './global-ids.ts';
import { DEFAULT_PAGE } from './pagination.ts';
import {
  type FieldGroup,
  fromSelection,
  type SelectedFields,
  type SelectionWalker,
  selectedFields,
  selectedFieldsOn,
} from './selection.ts';

/**
 * Lists started from a lookup's arguments for the lookups its selection will make further down
 * (docs/decisions/0028). `conversation(sid:) { messages { participant { role user } } }` asks
 * for each author, their role and their user only once the messages are there, one dependent round
 * after another, and one call each; yet the authors are members of that conversation, and their
 * roles and users belong to the conversation's service, all addressed by the arguments alone. So a
 * lookup reads its selection, and when it will ask for:
 *
 * - members of its own conversation one by one (`Message.participant`, `DeliveryReceipt.participant`):
 *   the conversation's participant list (one page of up to 100), next to its own fetch;
 * - roles of its service (`Participant.role`, `User.role`): the service's role list, which a
 *   service's handful of roles fits in one page;
 * - two or more users of its service (`Participant.user` under a list): one page of the service's
 *   users (up to 50). A single user is one fetch, as cheap as the page and sure to hold it; and
 *   under one member's conversations every user is that member's, fetched by the identity.
 *
 * What is read primes the loaders (src/loaders), so the lookups below find their answers there or
 * wait for the read under way; a member or user not on a page that had more after it is fetched
 * as before. Every prefetched list is one a field declaring `upstreamCoalesced` would read anyway,
 * so the cost estimate (src/server/cost.ts) already counts it.
 *
 * Only the paths below are followed: along them the route scope (and, where marked, the
 * conversation) stays the one the lookup was addressed by, so the keys the loaders prime are the
 * ones the lookups will ask for.
 */
const EDGES: Readonly<Record<string, Readonly<Record<string, 'conversation' | 'scope'>>>> = {
  Service: { conversations: 'scope' },
  Conversation: { messages: 'conversation', participants: 'conversation' },
  Message: { participant: 'conversation', deliveryReceipts: 'conversation' },
  DeliveryReceipt: { participant: 'conversation' },
  Participant: { user: 'scope', role: 'scope' },
  User: { role: 'scope' },
  ParticipantConversation: { participant: 'scope', user: 'scope' },
};

/**
 * The calls `n` lookups by ID (`nodes`, `_entities`) can make: one each, plus one page of a parent
 * collection for every group of two or more that share it (src/loaders/batch.ts), which is at most
 * one page for every two IDs; the page holds them, or they are fetched after it.
 */
export function lookupsByIdCost(n: number): number {
  return n + Math.floor(n / 2);
}

/** What a selection will look up one by one in the lookup's scope. */
export interface Reach {
  /** Members of the lookup's own conversation. */
  participants: boolean;
  /** Roles of its service. */
  roles: boolean;
  /** How many users of its service, at most (one per item of the lists on the way). */
  users: number;
}

const NONE: Reach = { participants: false, roles: false, users: 0 };

const combine = (a: Reach, b: Reach): Reach => ({
  participants: a.participants || b.participants,
  roles: a.roles || b.roles,
  users: a.users + b.users,
});

const times = (reach: Reach, count: number): Reach =>
  count === 0 ? NONE : { ...reach, users: reach.users * count };

/** Memoised per walker (one per operation and values of its page sizes and conditions) and group, so the walk stays linear in the document. */
const memos = new WeakMap<SelectionWalker, Map<string, Reach>>();

function reachOf(
  walker: SelectionWalker,
  variables: Readonly<Record<string, unknown>>,
  type: GraphQLObjectType,
  fields: Iterable<FieldGroup>,
  inConversation: boolean,
): Reach {
  let memo = memos.get(walker);
  if (!memo) {
    memo = new Map();
    memos.set(walker, memo);
  }
  const known = memo;
  const walk = (parent: GraphQLObjectType, groups: Iterable<FieldGroup>, conversation: boolean): Reach => {
    let total = NONE;
    for (const group of groups) total = combine(total, walkGroup(parent, group, conversation));
    return total;
  };
  const walkGroup = (parent: GraphQLObjectType, group: FieldGroup, conversation: boolean): Reach => {
    const name = group[0].name.value;
    // A connection's page and edges are the way to its items.
    const transparent = parent.name.endsWith('Connection') || parent.name.endsWith('ConnectionEdge');
    const edge = transparent ? (conversation ? 'conversation' : 'scope') : EDGES[parent.name]?.[name];
    if (!edge) return NONE;
    const key = `${walker.keyOf(parent, group)}:${conversation}`;
    const memoised = known.get(key);
    if (memoised) return memoised;
    // A fragment cycle (a validation error) must not recurse forever.
    known.set(key, NONE);
    const definition = walker.fieldOn(parent, group);
    let reach = NONE;
    if (definition) {
      const stays = conversation && edge === 'conversation';
      const own: Reach = {
        participants: stays && name === 'participant',
        roles: name === 'role',
        users: name === 'user' ? 1 : 0,
      };
      let below = NONE;
      for (const child of walker.objectTypes(definition)) {
        below = combine(below, walk(child, walker.collect(child, group).values(), stays));
      }
      reach = times(combine(own, below), itemsOf(definition, group, variables));
    }
    known.set(key, reach);
    return reach;
  };
  return walk(type, fields, inConversation);
}

/** How many items a field resolves its selection for: a connection's page size, or one. */
function itemsOf(
  definition: GraphQLField<unknown, unknown>,
  group: FieldGroup,
  variables: Readonly<Record<string, unknown>>,
): number {
  // Only the page's size is read: the selection's variables are those of `first` and `last` alone
  // (src/graphql/selection.ts, `relevantVariables`).
  const sizeArgs = definition.args.filter((arg) => arg.name === 'first' || arg.name === 'last');
  if (sizeArgs.length === 0) return 1;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues({ ...definition, args: sizeArgs }, group[0], variables);
  } catch {
    return 0;
  }
  const sizes = [args.first, args.last].filter((value): value is number => typeof value === 'number');
  return sizes.length === 0 ? DEFAULT_PAGE : Math.max(0, ...sizes);
}

/**
 * Where the object a global ID names is, for the types whose `node(id:)` lookups prefetch:
 * registered by the modules that define those types, which know their IDs' paths.
 */
const nodeLocations = new Map<
  string,
  { locate: (path: string) => PrefetchAt; collection?: 'messages' | 'conversations' | undefined }
>();

/**
 * Registers where the objects of a type with global IDs are. `collection` names the list that
 * holds them, for the large collections whose loaders do not coalesce by themselves: `nodes(ids:)`
 * reads it when two or more of its IDs are in it (`prefetchForNodes`).
 */
export function prefetchNodesOf(
  typename: string,
  locate: (path: string) => PrefetchAt,
  collection?: 'messages' | 'conversations',
): void {
  nodeLocations.set(typename, { locate, collection });
}

/**
 * `nodes(ids:)` refetching several messages of one conversation, or several conversations of one
 * service: one page of that collection (its newest messages; its first conversations) instead of
 * one fetch each. Twilio does not say how large a collection is, so the page may miss some; they
 * are fetched after it, and the estimate counts that page (`lookupsByIdCost`). Participants, users
 * and roles asked together coalesce in their loaders already.
 */
export function prefetchForNodes(ctx: GatewayContext, ids: readonly string[]): void {
  if (ctx.endUser) return;
  const groups = new Map<string, { count: number; start: () => void }>();
  for (const id of ids) {
    const found = locateNode(id);
    if (!found?.collection) continue;
    const { scope, conversationSid } = found.at;
    let group: string;
    let start: () => void;
    if (found.collection === 'messages') {
      if (conversationSid === undefined) continue;
      group = `messages:${scope ?? ''}:${conversationSid}`;
      start = () => ctx.loaders.prefetch.messages(scope, conversationSid);
    } else {
      group = `conversations:${scope ?? ''}`;
      start = () => ctx.loaders.prefetch.conversations(scope);
    }
    const known = groups.get(group);
    if (known) known.count += 1;
    else groups.set(group, { count: 1, start });
  }
  for (const { count, start } of groups.values()) if (count >= 2) start();
}

/** Where the object of a global ID is, for a registered type; undefined for any other or a malformed ID. */
function locateNode(id: string) {
  try {
    const decoded = decodeGlobalId(id);
    const registered = nodeLocations.get(decoded.typename);
    return registered && { at: registered.locate(decoded.id), collection: registered.collection };
  } catch {
    return undefined;
  }
}

/** `prefetchFor` for a `node(id:)` lookup of a registered type; a malformed path starts nothing. */
export function prefetchForNode(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  typename: string,
  path: string,
): void {
  const locate = nodeLocations.get(typename)?.locate;
  if (!locate || ctx.endUser) return;
  let at: PrefetchAt;
  try {
    at = locate(path);
  } catch {
    return;
  }
  prefetchFor(ctx, info, at, typename);
}

/** The selection of the field being resolved on the one type its answer has. */
function onType(info: GraphQLResolveInfo, typename: string): SelectedFields {
  const fields = selectedFieldsOn(info, typename);
  const type = info.schema.getType(typename);
  return fields && isObjectType(type) ? [{ type, fields }] : [];
}

/** Where a lookup is: its route scope, and its conversation when it is in one. */
export interface PrefetchAt {
  scope: Scope;
  conversationSid?: string | undefined;
  /**
   * The identity of every user the selection can reach, when the lookup is one member's (their
   * conversations): that user is fetched, rather than a page of the service's users; null for a
   * member known by an address, who has no user.
   */
  identity?: string | null | undefined;
}

const CONVERSATION_SID = /^CH[0-9a-fA-F]{32}$/;

/** What the selection of the field being resolved will look up one by one (memoised with the selection, src/graphql/selection.ts). */
function reachOfSelection(info: GraphQLResolveInfo, typename?: string): Reach {
  // Read once per operation and field: the 30 lookups of `nodes(ids:)` share their selection.
  return fromSelection(info, `prefetch:${typename ?? ''}`, (walker, variables) => {
    let reach = NONE;
    const selected = typename === undefined ? selectedFields(info) : onType(info, typename);
    for (const { type, fields } of selected) {
      reach = combine(reach, reachOf(walker, variables, type, fields.values(), true));
    }
    return reach;
  });
}

/**
 * Members are asked by the conversation's SID (their messages name it); a list read by unique
 * name would be kept under that name, and those lookups would not find it under way.
 */
function readsParticipantList(reach: Reach, conversationSid: string | undefined): conversationSid is string {
  return reach.participants && conversationSid !== undefined && CONVERSATION_SID.test(conversationSid);
}

/**
 * Whether `conversation(sid:)`, resolved with `info`, reads the conversation's participant list
 * (its first page) because its selection looks up members one by one (`prefetchFor`): an end
 * user's membership can then be read from that list at no extra call (end-user-reads.ts).
 */
export function conversationReadsItsParticipants(info: GraphQLResolveInfo, conversationSid: string): boolean {
  return readsParticipantList(reachOfSelection(info, 'Conversation'), conversationSid);
}

/**
 * Reads what the field being resolved will look up below it, and starts the lists that answer it
 * (see the top of this file). For an end user, what they may read is decided field by field
 * (src/graphql/end-user-guard.ts), and a list must not be read for them ahead of that decision;
 * so only a conversation's lookup starts lists for them: its answer is handed out only once their
 * membership of that conversation is settled (end-user-reads.ts, `inConversation`, or beside its
 * participant list in `conversationRule`), and what it starts (its members, its service's roles
 * and users) only primes this request's loaders, whose fields keep their own rules.
 * Without it, their chat screen would wait a round for the members and another for their users.
 */
export function prefetchFor(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  at: PrefetchAt,
  /** For a field of an abstract type (`node`), the one type its answer has. */
  typename?: string,
): Reach {
  if (ctx.endUser && typename !== 'Conversation') return NONE;
  const reach = reachOfSelection(info, typename);
  if (readsParticipantList(reach, at.conversationSid)) {
    ctx.loaders.prefetch.participants(at.scope, at.conversationSid);
  }
  if (reach.roles) ctx.loaders.prefetch.roles(at.scope);
  if (at.identity !== undefined) {
    // Answered by the same key the lookups below ask; a member without a user answers null there.
    if (at.identity !== null && reach.users > 0) {
      ctx.loaders.user.load(keys.user(at.scope, at.identity)).catch(() => {});
    }
  } else if (reach.users >= 2) {
    ctx.loaders.prefetch.users(at.scope);
  }
  return reach;
}
