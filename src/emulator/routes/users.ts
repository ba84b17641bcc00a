import { EmulatorError } from '../errors.ts';
import { paginate } from '../paging.ts';
import { applyGiven, formatDate } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { findBySidOrName, looksLikeSid } from '../sids.ts';
import type { ConversationRecord, ParticipantRecord, ServiceState, UserRecord } from '../store.ts';
import { userAdded, userUpdated } from '../webhooks/events.ts';
import type { NotificationLevel, Wire } from '../wire.ts';
import { conversationUrl, findConversation, refreshConversation, renderTimers } from './conversations.ts';
import { deleteRoute, fetchRoute, listRoute, type Records } from './records.ts';
import { requireRoleOfType } from './roles.ts';

const IDENTITY_MAX = 256;
const FRIENDLY_NAME_MAX = 256;
/**
 * Twilio documents no size limit for user attributes; Chat users took 16 KB, the same as
 * conversations, so the emulator enforces that rather than nothing.
 */
const USER_ATTRIBUTES_MAX_BYTES = 16 * 1024;
const NOTIFICATION_LEVELS: readonly NotificationLevel[] = ['default', 'muted'];

/** Finds a user by US SID or by identity (case-sensitive), as every `Users/{Sid}` segment allows. */
export function findUser(service: ServiceState, sidOrIdentity: string): UserRecord | undefined {
  return findBySidOrName(service.users, 'US', sidOrIdentity, (user) => user.identity);
}

export function findUserByIdentity(service: ServiceState, identity: string): UserRecord | undefined {
  return Object.values(service.users).find((user) => user.identity === identity);
}

function requireUser(ctx: RouteContext, param: string): UserRecord {
  const user = findUser(ctx.service(), ctx.param(param));
  if (!user) throw ctx.notFound();
  return user;
}

export function renderUser(ctx: RouteContext, user: UserRecord): Wire<'conversations.v1.user'> {
  const url = `${ctx.servicePrefix()}/Users/${user.sid}`;
  return {
    sid: user.sid,
    account_sid: ctx.account.sid,
    chat_service_sid: ctx.service().sid,
    role_sid: user.roleSid,
    identity: user.identity,
    friendly_name: user.friendlyName,
    attributes: user.attributes,
    // Reachability comes from live SDK connections and push registrations checked by Twilio's
    // realtime layer; the emulator has no SDK connections, so it reports "unknown" as Twilio does
    // when reachability is off (and as every list always does).
    is_online: null,
    is_notifiable: null,
    date_created: formatDate(user.dateCreated),
    date_updated: formatDate(user.dateUpdated),
    url,
    links: { user_conversations: `${url}/Conversations` },
  };
}

function parseAttributes(ctx: RouteContext): string | undefined {
  return ctx.body.jsonString('Attributes', {
    invalid: 50304,
    maxBytes: USER_ATTRIBUTES_MAX_BYTES,
    tooLong: 50303,
  });
}

function parseRoleSid(ctx: RouteContext, service: ServiceState): string | undefined {
  const sid = ctx.body.string('RoleSid');
  if (sid === undefined || sid === '') return undefined;
  return requireRoleOfType(service, sid, 'service', 'RoleSid').sid;
}

function createUser(ctx: RouteContext) {
  const service = ctx.service();
  const identity = ctx.body.requiredString('Identity', 50204, { max: IDENTITY_MAX, tooLong: 50207 });
  if (looksLikeSid(identity, 'US')) throw new EmulatorError(50206);
  if (findUserByIdentity(service, identity))
    throw new EmulatorError(50201, `A user with identity "${identity}" already exists`);
  const friendlyName = ctx.body.string('FriendlyName', { max: FRIENDLY_NAME_MAX, tooLong: 50003 });
  const attributes = parseAttributes(ctx);
  const roleSid = parseRoleSid(ctx, service) ?? service.configuration.defaultChatServiceRoleSid;
  const now = ctx.now();
  const user: UserRecord = {
    ...ctx.store.newRecord('US', now),
    identity,
    friendlyName: friendlyName || null,
    attributes: attributes ?? '{}',
    roleSid,
  };
  service.users[user.sid] = user;
  ctx.emit(userAdded(service, user), null);
  return { status: 201, body: renderUser(ctx, user) };
}

function updateUser(ctx: RouteContext) {
  const service = ctx.service();
  const user = requireUser(ctx, 'Sid');
  const friendlyName = ctx.body.string('FriendlyName', { max: FRIENDLY_NAME_MAX, tooLong: 50003 });
  const attributes = parseAttributes(ctx);
  const roleSid = parseRoleSid(ctx, service);
  if (friendlyName !== undefined) user.friendlyName = friendlyName || null;
  if (attributes !== undefined) user.attributes = attributes;
  if (roleSid !== undefined) user.roleSid = roleSid;
  user.dateUpdated = ctx.now();
  ctx.emit(userUpdated(service, user), null);
  return { status: 200, body: renderUser(ctx, user) };
}

interface Membership {
  conversation: ConversationRecord;
  participant: ParticipantRecord;
}

/**
 * A user's conversations are the conversations holding a participant with the user's identity:
 * Twilio ties chat membership to the identity, not to the User resource.
 */
function memberships(ctx: RouteContext, service: ServiceState, user: UserRecord): Membership[] {
  const out: Membership[] = [];
  for (const conversation of Object.values(service.conversations)) {
    const participant = Object.values(conversation.participants).find((p) => p.identity === user.identity);
    if (participant) out.push({ conversation: refreshConversation(ctx, conversation, service), participant });
  }
  return out;
}

function requireMembership(ctx: RouteContext): Membership & { user: UserRecord } {
  const service = ctx.service();
  const user = requireUser(ctx, 'UserSid');
  const conversation = findConversation(service, ctx.param('ConversationSid'));
  const participant = conversation
    ? Object.values(conversation.participants).find((p) => p.identity === user.identity)
    : undefined;
  if (!conversation || !participant) throw ctx.notFound();
  return { user, conversation: refreshConversation(ctx, conversation), participant };
}

/** Messages after the read horizon; unknown (null) until the participant has reported one. */
function unreadCount(conversation: ConversationRecord, participant: ParticipantRecord): number | null {
  const horizon = participant.lastReadMessageIndex;
  if (horizon === null) return null;
  let count = 0;
  for (const message of Object.values(conversation.messages)) if (message.index > horizon) count += 1;
  return count;
}

function renderUserConversation(
  ctx: RouteContext,
  user: UserRecord,
  { conversation, participant }: Membership,
): Wire<'conversations.v1.user.user_conversation'> {
  const url = conversationUrl(ctx, conversation);
  return {
    account_sid: ctx.account.sid,
    chat_service_sid: ctx.service().sid,
    conversation_sid: conversation.sid,
    unread_messages_count: unreadCount(conversation, participant),
    last_read_message_index: participant.lastReadMessageIndex,
    participant_sid: participant.sid,
    user_sid: user.sid,
    friendly_name: conversation.friendlyName,
    conversation_state: conversation.state,
    timers: renderTimers(conversation),
    attributes: conversation.attributes,
    date_created: formatDate(conversation.dateCreated),
    date_updated: formatDate(conversation.dateUpdated),
    created_by: conversation.createdBy,
    notification_level: participant.notificationLevel,
    unique_name: conversation.uniqueName,
    url: `${ctx.servicePrefix()}/Users/${user.sid}/Conversations/${conversation.sid}`,
    // The spec's examples give these links in the form of the route used, like every other URL.
    links: {
      participant: `${url}/Participants/${participant.sid}`,
      conversation: url,
    },
  };
}

/**
 * How a form-encoded client sends a null: an empty value (qs, and so twilio-node, encodes null that
 * way) or the word itself. Same rule as the Participant update.
 */
function isClearing(value: string | undefined): boolean {
  return value === undefined || value === '' || value === 'null';
}

function updateUserConversation(ctx: RouteContext) {
  const membership = requireMembership(ctx);
  const { participant } = membership;
  const body = ctx.body;
  const level = body.enumValue('NotificationLevel', NOTIFICATION_LEVELS, 50210);
  let timestamp: string | null | undefined;
  if (body.has('LastReadTimestamp')) {
    timestamp = isClearing(body.string('LastReadTimestamp'))
      ? null
      : body.dateTime('LastReadTimestamp', 50406);
  }
  let index: number | null | undefined;
  if (body.has('LastReadMessageIndex')) {
    // The spec marks the index nullable: an empty (or `null`) value clears the read horizon.
    index = isClearing(body.string('LastReadMessageIndex'))
      ? null
      : body.int('LastReadMessageIndex', { min: 0, code: 50421 });
  }
  // These are the participant's own fields; the user conversation is only a view over them.
  applyGiven(participant, {
    notificationLevel: level,
    lastReadTimestamp: timestamp,
    lastReadMessageIndex: index,
  });
  participant.dateUpdated = ctx.now();
  return { status: 200, body: renderUserConversation(ctx, membership.user, membership) };
}

const users: Records<ServiceState, UserRecord> = {
  parent: (ctx) => ctx.service(),
  records: (service) => service.users,
  find: (ctx) => requireUser(ctx, 'Sid'),
  render: (ctx, user) => renderUser(ctx, user),
};

export function registerUsers(router: Router): void {
  router.resource('User', true, {
    list: listRoute(users),
    create: createUser,
    fetch: fetchRoute(users),
    update: updateUser,
    // Participants stay. Membership belongs to the identity, not to the User resource: a chat
    // participant can exist with no User at all, and Twilio creates the User implicitly when that
    // identity first connects. Removing the User only drops the profile (friendly name,
    // attributes, service role); re-creating it with the same identity finds the same
    // conversations. Leaving conversations is done per conversation (UserConversation DELETE).
    delete: deleteRoute(users),
  });

  router.scopedOperation('ListUserConversation', (ctx) => {
    const user = requireUser(ctx, 'UserSid');
    return paginate(ctx, {
      items: memberships(ctx, ctx.service(), user),
      sortKey: ({ conversation }) => [conversation.seq],
      render: (membership) => renderUserConversation(ctx, user, membership),
    });
  });

  router.scopedOperation('FetchUserConversation', (ctx) => {
    const membership = requireMembership(ctx);
    return { status: 200, body: renderUserConversation(ctx, membership.user, membership) };
  });

  router.scopedOperation('UpdateUserConversation', updateUserConversation);

  router.scopedOperation('DeleteUserConversation', (ctx) => {
    const { conversation, participant } = requireMembership(ctx);
    // Leaving a conversation is removing the participant; their messages stay, as with Participant DELETE.
    delete conversation.participants[participant.sid];
    return { status: 204 };
  });
}
