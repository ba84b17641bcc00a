import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { keys } from '../loaders/index.ts';
import {
  listUserConversations,
  MAX_PAGE_SIZE,
  type Page,
  TwilioApiError,
  type UserConversation,
} from '../twilio/index.ts';
import type { GatewayContext } from './context.ts';
import type { EndUserAccess } from './end-user.ts';
import type { ReadAhead } from './end-user-rule.ts';
import { decodeGlobalId } from './global-ids.ts';
import { loadUser } from './modules/user.ts';
import { resolveConversationOfUser, type UserConversationNode } from './modules/user-conversation.ts';
import { type ConnectionArgs, resolveConnection } from './pagination.ts';
import { conversationReadsItsParticipants } from './prefetch.ts';
import { inScope } from './scope.ts';

/**
 * What an end user (a Twilio Access Token) may read, field by field (docs/access-tokens.md, "What
 * an end user sees"). Only the token's service; the root lists become "mine"; a conversation,
 * message or participant elsewhere is null; other users only as far as a shared conversation
 * shows them; configuration, credentials, roles administration, others' bindings, addresses and
 * conversation webhooks are refused FORBIDDEN before any Twilio call.
 *
 * Every field that returns an object has a rule here or is structural (connections, edges,
 * payloads); anything else is refused, so a field added without a rule is closed, not open.
 * Membership is decided by `EndUserAccess`: one ListUserConversation walk per request, except for
 * a conversation whose participant list the request reads anyway (`conversationRule`).
 */

/** The field's own resolver, as the guard hands it over. */
export type Next = (
  source: unknown,
  args: Record<string, unknown>,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

export type ReadRule =
  /** The object was reached through one the user may see, and this field stays within it. */
  | 'pass'
  /** Never for an end user; the reason goes into the error. */
  | { forbid: string }
  | ((
      next: Next,
      source: unknown,
      args: Record<string, unknown>,
      ctx: GatewayContext,
      access: EndUserAccess,
      info: GraphQLResolveInfo,
    ) => unknown);

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

const ADMINISTRATION = { forbid: 'Service and account administration is not open to end users.' };
const CONFIGURATION = { forbid: 'Service configuration is not open to end users.' };

/**
 * The service a root field's `serviceSid` argument names, when it is the token's (absent means
 * the token's too: an end user's requests always run in their own service); null for another.
 */
export function ownService(args: Record<string, unknown>, access: EndUserAccess): string | null {
  const asked = args.serviceSid;
  const own = access.user.serviceSid;
  return asked === undefined || asked === null || asked === own ? own : null;
}

/** A lookup inside a conversation: null unless the user is a participant of it, before any read of it. */
const inConversation =
  (argument: string): Exclude<ReadRule, 'pass' | { forbid: string }> =>
  async (next, source, args, ctx, access, info) => {
    const service = ownService(args, access);
    const conversation = args[argument];
    if (service === null || typeof conversation !== 'string') return null;
    if (!(await access.isMember(conversation))) return null;
    return next(source, { ...args, serviceSid: service }, ctx, info);
  };

const bySid = inConversation('sid');

/**
 * `conversation(sid:)`: as `inConversation`, except when its selection reads the conversation's
 * participant list anyway (the chat screen, whose messages' authors are looked up on it,
 * src/graphql/prefetch.ts). Membership is then read from that list (`isMemberByParticipants`)
 * rather than from the user's membership page, which would be a call of its own (docs/decisions/0039),
 * and the conversation's own reads start beside the list instead of a round after it: what they
 * read stays in this request's loaders and is handed out only once the list has shown the user
 * in the conversation; a non-member gets null, as before, whatever those reads answered.
 */
const conversationRule: ReadRule = async (next, source, args, ctx, access, info) => {
  const service = ownService(args, access);
  const sid = args.sid;
  if (service === null || typeof sid !== 'string') return null;
  if (!conversationReadsItsParticipants(info, sid)) return bySid(next, source, args, ctx, access, info);
  const member = access.isMemberByParticipants(sid);
  const read = Promise.resolve().then(() => next(source, { ...args, serviceSid: service }, ctx, info));
  // A non-member's read is dropped, and its failure with it.
  read.catch(() => {});
  return (await member) ? read : null;
};

/** A root list in the token's service only; another service is refused rather than shown empty. */
function listService(args: Record<string, unknown>, access: EndUserAccess): string {
  const service = ownService(args, access);
  if (service === null) throw forbidden('An end user can list only in the service of their token.');
  return service;
}

const NO_PAGE = { items: [], pageSize: 0, page: 0, next: null, previous: null };

/** An edge node of `conversations` for an end user: their membership, until its edge resolves it. */
const MEMBERSHIP = Symbol('membership');
interface MembershipItem {
  [MEMBERSHIP]: UserConversationNode;
  sid: string;
}

function isMembershipItem(value: unknown): value is MembershipItem {
  return typeof value === 'object' && value !== null && MEMBERSHIP in value;
}

/** The conversations the user is a participant of, read from their user conversations. */
function myConversations(
  ctx: GatewayContext,
  access: EndUserAccess,
  args: ConnectionArgs & { state?: unknown; startDate?: unknown; endDate?: unknown },
) {
  const scope = listService(args as Record<string, unknown>, access);
  const keep = (membership: UserConversation) =>
    (!args.state || membership.conversationState === args.state) &&
    (!(args.startDate instanceof Date) ||
      (membership.dateCreated !== null && membership.dateCreated >= args.startDate)) &&
    (!(args.endDate instanceof Date) ||
      (membership.dateCreated !== null && membership.dateCreated <= args.endDate));
  return resolveConnection<MembershipItem>(
    {
      maxPageSize: MAX_PAGE_SIZE.listUserConversations,
      descending: false,
      fetchPage: async ({ pageSize, ref }) => {
        let page: Page<UserConversation>;
        try {
          page = await listUserConversations(ctx.session, {
            serviceSid: scope,
            userSid: access.user.identity,
            pageSize,
            page: ref,
          });
        } catch (error) {
          // An identity with no User in the service yet is a member of nothing.
          if (error instanceof TwilioApiError && error.status === 404 && ref === null) return NO_PAGE;
          throw error;
        }
        for (const membership of page.items) {
          ctx.loaders.userConversation.prime(
            keys.userConversation(scope, access.user.identity, membership.conversationSid),
            membership,
          );
        }
        const items = page.items
          .filter(keep)
          .map((m) => ({ [MEMBERSHIP]: inScope(m, scope), sid: m.conversationSid }));
        return { ...page, items };
      },
      key: (item) => item.sid,
    },
    args,
  );
}

/** The user's own User as a one-item list. */
function myself(ctx: GatewayContext, access: EndUserAccess, args: Record<string, unknown>) {
  const scope = listService(args, access);
  return resolveConnection(
    {
      maxPageSize: 1,
      descending: false,
      fetchPage: async () => {
        const self = await loadUser(ctx, scope, access.user.identity);
        return { items: self ? [self] : [], pageSize: 1, page: 0, next: null, previous: null };
      },
      key: (user) => user.sid,
    },
    args,
  );
}

/** Whether an object of a `Node` or entity type, already read, is one the user may see. */
export async function mayRead(typename: string, value: unknown, access: EndUserAccess): Promise<boolean> {
  if (typeof value !== 'object' || value === null) return true;
  const object = value as Record<string, unknown>;
  const service = access.user.serviceSid;
  const inService =
    object.chatServiceSid === undefined ||
    object.chatServiceSid === null ||
    object.chatServiceSid === service;
  const text = (name: string) => (typeof object[name] === 'string' ? (object[name] as string) : '');
  switch (typename) {
    case 'Conversation':
      return inService && access.isMember(text('sid'));
    case 'Message':
    case 'Participant':
    case 'DeliveryReceipt':
      return inService && access.isMember(text('conversationSid'));
    case 'User':
      return inService && access.sharesConversationWith(text('identity'));
    case 'UserConversation':
      return inService && access.isSelf(text('userSid'));
    case 'PushBinding':
      return object.chatServiceSid === service && object.identity === access.user.identity;
    default:
      return false;
  }
}

/** Types an end user never reads, however they are named. */
const CLOSED_TYPES: ReadonlySet<string> = new Set([
  'AddressConfiguration',
  'Configuration',
  'ConfigurationWebhook',
  'ConversationWebhook',
  'Credential',
  'Role',
  'Service',
  'ServiceConfiguration',
  'ServiceNotification',
  'ServiceWebhookConfiguration',
]);

/**
 * Decides a global ID before anything is read, from the path it carries: 'closed' for a type end
 * users never read, 'hidden' for an object of theirs out of reach, 'read' otherwise (then checked
 * again once read). An ID that does not decode is left to `node` to refuse.
 */
async function judgeGlobalId(id: unknown, access: EndUserAccess): Promise<'closed' | 'hidden' | 'read'> {
  let typename: string;
  let path: string[];
  try {
    const decoded = decodeGlobalId(String(id));
    typename = decoded.typename;
    path = decoded.id.split('/');
  } catch {
    return 'read';
  }
  const service = access.user.serviceSid;
  const [first = '', second = ''] = path;
  switch (typename) {
    case 'Conversation':
    case 'Message':
    case 'Participant':
    case 'DeliveryReceipt':
      // Conversation SIDs are unique across services: membership in the token's service settles it.
      return (await access.isMember(second)) ? 'read' : 'hidden';
    case 'User':
      return first === service && (await access.sharesConversationWith(second)) ? 'read' : 'hidden';
    case 'UserConversation':
      return first === service && (await access.isSelf(second)) ? 'read' : 'hidden';
    case 'PushBinding':
      return first === service ? 'read' : 'hidden';
    default:
      return CLOSED_TYPES.has(typename) || !typename ? 'closed' : 'read';
  }
}

const typenameOf = (value: unknown): string =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { __typename?: unknown }).__typename === 'string'
    ? (value as { __typename: string }).__typename
    : '';

/** `node(id:)`: the same rules as the lookups, decided from the ID before the read where it can be. */
const nodeRule: ReadRule = async (next, source, args, ctx, access, info) => {
  const judged = await judgeGlobalId(args.id, access);
  if (judged === 'closed') throw forbidden('End users cannot read objects of this type.');
  if (judged === 'hidden') return null;
  const node = await next(source, args, ctx, info);
  const typename = node ? decodeGlobalId(String(args.id)).typename : '';
  return node && (await mayRead(typename, node, access)) ? node : null;
};

/** `nodes(ids:)`: each ID on its own, as `node`; refused and hidden IDs cost no read. */
const nodesRule: ReadRule = async (next, source, args, ctx, access, info) => {
  const ids = Array.isArray(args.ids) ? (args.ids as unknown[]) : [];
  const judged = await Promise.all(ids.map((id) => judgeGlobalId(id, access)));
  const readIds = ids.filter((_id, i) => judged[i] === 'read');
  const read = (await next(source, { ...args, ids: readIds }, ctx, info)) as unknown[];
  let at = 0;
  return ids.map((id, i) => {
    if (judged[i] === 'closed') return forbidden('End users cannot read objects of this type.');
    if (judged[i] === 'hidden') return null;
    const item = read[at++];
    return Promise.resolve(item).then(async (node) => {
      const typename = decodeGlobalId(String(id)).typename;
      return node && (await mayRead(typename, node, access)) ? node : null;
    });
  });
};

/** `_entities`: a router's lookups for an end user obey the same rules; closed types cost no read. */
const entitiesRule: ReadRule = async (next, source, args, ctx, access, info) => {
  const representations = Array.isArray(args.representations) ? (args.representations as unknown[]) : [];
  const closed = representations.map((r) => CLOSED_TYPES.has(typenameOf(r)));
  const read = (await next(
    source,
    { ...args, representations: representations.filter((_r, i) => !closed[i]) },
    ctx,
    info,
  )) as unknown[];
  let at = 0;
  return representations.map((representation, i) => {
    if (closed[i]) return forbidden('End users cannot read objects of this type.');
    const item = read[at++];
    return Promise.resolve(item).then(async (entity) =>
      entity && (await mayRead(typenameOf(representation), entity, access)) ? entity : null,
    );
  });
};

/** Rules of the Query fields. A field missing here is refused to end users (and fails the matrix test). */
export const QUERY_READ_RULES: Readonly<Record<string, ReadRule>> = {
  conversations: (_next, _source, args, ctx, access) => myConversations(ctx, access, args),
  conversation: conversationRule,
  message: inConversation('conversationSid'),
  participant: inConversation('conversationSid'),
  deliveryReceipt: inConversation('conversationSid'),
  users: (_next, _source, args, ctx, access) => myself(ctx, access, args),
  user: async (next, source, args, ctx, access, info) => {
    const service = ownService(args, access);
    if (service === null || typeof args.sid !== 'string') return null;
    if (!(await access.sharesConversationWith(args.sid))) return null;
    return next(source, { ...args, serviceSid: service }, ctx, info);
  },
  userConversation: async (next, source, args, ctx, access, info) => {
    const service = ownService(args, access);
    if (service === null || typeof args.userSid !== 'string') return null;
    if (!(await access.isSelf(args.userSid))) return null;
    if (typeof args.conversationSid !== 'string' || !(await access.isMember(args.conversationSid)))
      return null;
    return next(source, { ...args, serviceSid: service }, ctx, info);
  },
  participantConversations: (next, source, args, ctx, access, info) => {
    const service = listService(args, access);
    if (args.identity !== access.user.identity || (args.address !== undefined && args.address !== null)) {
      throw forbidden('An end user can list only their own conversations: give `identity` as their own.');
    }
    return next(source, { ...args, serviceSid: service }, ctx, info);
  },
  pushBindings: (next, source, args, ctx, access, info) => {
    const service = listService(args, access);
    const identities = Array.isArray(args.identities) ? args.identities : [access.user.identity];
    if (identities.length === 0 || identities.some((identity) => identity !== access.user.identity)) {
      throw forbidden('An end user can list only their own push bindings.');
    }
    return next(source, { ...args, serviceSid: service, identities }, ctx, info);
  },
  pushBinding: async (next, source, args, ctx, access, info) => {
    const service = ownService(args, access);
    if (service === null) return null;
    const binding = await next(source, { ...args, serviceSid: service }, ctx, info);
    return binding && (await mayRead('PushBinding', binding, access)) ? binding : null;
  },
  node: nodeRule,
  nodes: nodesRule,
  _entities: entitiesRule,
  _service: 'pass',
  addressConfiguration: ADMINISTRATION,
  addressConfigurations: ADMINISTRATION,
  configuration: ADMINISTRATION,
  credential: ADMINISTRATION,
  credentials: ADMINISTRATION,
  service: CONFIGURATION,
  services: CONFIGURATION,
  role: { forbid: 'Roles are administered by the service, not read by end users at the root.' },
  roles: { forbid: 'Roles are administered by the service, not read by end users at the root.' },
  conversationWebhook: { forbid: 'Conversation webhooks are configuration, not open to end users.' },
};

/**
 * Rules of the fields below the root that return objects, as `Type.field`. Objects an end user
 * reaches are theirs by construction (every root rule checks), so most links pass; links out of
 * the conversation (its service, its webhooks) are refused. Connections, edges, page info and
 * mutation payloads are structure, not data, and pass without a rule.
 */
export const NESTED_READ_RULES: Readonly<Record<string, ReadRule>> = {
  'Conversation.emailBinding': 'pass',
  'Conversation.messages': 'pass',
  'Conversation.participants': 'pass',
  'Conversation.timers': 'pass',
  'Conversation.service': CONFIGURATION,
  'Conversation.webhooks': { forbid: 'Conversation webhooks are configuration, not open to end users.' },
  'Message.conversation': 'pass',
  'Message.delivery': 'pass',
  'Message.deliveryReceipts': 'pass',
  'Message.media': 'pass',
  'Message.participant': 'pass',
  'Message.service': CONFIGURATION,
  'Participant.conversation': 'pass',
  'Participant.messagingBinding': 'pass',
  // Reading a role's permissions says what its holders may do; administering roles stays closed.
  'Participant.role': 'pass',
  'Participant.user': 'pass',
  'Participant.service': CONFIGURATION,
  'DeliveryReceipt.conversation': 'pass',
  'DeliveryReceipt.message': 'pass',
  'DeliveryReceipt.participant': 'pass',
  'DeliveryReceipt.service': CONFIGURATION,
  'User.role': 'pass',
  'User.service': CONFIGURATION,
  // Another user's memberships are theirs: only shared conversations could be shown, not a list.
  'User.conversations': async (next, source, args, ctx, access, info) => {
    const identity = (source as { identity?: unknown }).identity;
    if (typeof identity !== 'string' || !(await access.isSelf(identity))) {
      throw forbidden('An end user can list only their own conversations.');
    }
    return next(source, args, ctx, info);
  },
  'UserConversation.conversation': 'pass',
  'UserConversation.participant': 'pass',
  'UserConversation.timers': 'pass',
  'UserConversation.user': 'pass',
  'UserConversation.service': CONFIGURATION,
  'ParticipantConversation.conversation': 'pass',
  'ParticipantConversation.conversationTimers': 'pass',
  'ParticipantConversation.participant': 'pass',
  'ParticipantConversation.participantMessagingBinding': 'pass',
  'ParticipantConversation.user': 'pass',
  'ParticipantConversation.service': CONFIGURATION,
  'PushBinding.credential': ADMINISTRATION,
  'PushBinding.service': CONFIGURATION,
  'ConversationEvent.conversation': 'pass',
  'ConversationEvent.message': 'pass',
  'ConversationEvent.participant': 'pass',
  'ConversationEvent.stateChange': 'pass',
  // The root list's items are the user's memberships, turned into conversations as late as possible.
  'QueryConversationsConnectionEdge.node': (next, source, args, ctx, _access, info) => {
    const node = (source as { node?: unknown }).node;
    return isMembershipItem(node)
      ? resolveConversationOfUser(ctx, info, node[MEMBERSHIP])
      : next(source, args, ctx, info);
  },
};

/**
 * Ruled fields the look-ahead may start for an end user next to their root lookup, because the
 * lookup's key settles the rule with no Twilio read (see `ReadAhead`). The rule above still runs
 * when the field resolves, before anything read is handed out.
 */
export const READ_AHEAD: Readonly<Record<string, ReadAhead>> = {
  // `user(sid:)` naming the token's own identity in its service: their own memberships, which the
  // inbox reads, start in the first round as in server mode instead of after the user's fetch.
  'User.conversations': (key, access) =>
    key.sid === access.user.identity && key.scope === access.user.serviceSid,
};

/** Types whose fields are structure: what they return was decided by the field that returned them. */
export function isStructural(typeName: string): boolean {
  return /(Connection|Edge|Payload)$/.test(typeName) || typeName === 'PageInfo' || typeName === 'UserError';
}
