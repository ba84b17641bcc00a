import { EmulatorError } from '../errors.ts';
import { paginate } from '../paging.ts';
import { formatDate, type Params, parseIsoDateTime, parseIsoDuration } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { findBySidOrName, looksLikeSid } from '../sids.ts';
import type { ConversationRecord, ServiceState } from '../store.ts';
import {
  conversationAdded,
  conversationRemoved,
  conversationStateUpdated,
  conversationUpdated,
} from '../webhooks/events.ts';
import type { ConversationState, JsonValue, Wire } from '../wire.ts';
import { deleteRoute, fetchRoute, type Records } from './records.ts';

export const CONVERSATION_ATTRIBUTES_MAX_BYTES = 16 * 1024;
const STATES: readonly ConversationState[] = ['active', 'inactive', 'closed'];
const MIN_INACTIVE_MS = 60_000;
const MIN_CLOSED_MS = 600_000;

/** A change of state, and when it happened. */
export interface StateChange {
  from: ConversationState;
  to: ConversationState;
  at: number;
}

/**
 * Applies the timers lazily: a conversation whose inactive or closed instant has passed is moved
 * to that state the next time anyone looks at it (docs/twilio-rest-behaviour.md §5.4). Returns the
 * changes in the order they happened: active → inactive, then → closed, when both instants passed.
 */
export function applyTimers(conversation: ConversationRecord, now: number): StateChange[] {
  const changes: StateChange[] = [];
  const { inactiveMs, closedMs, anchor } = conversation.timers;
  const move = (to: ConversationState, at: number) => {
    changes.push({ from: conversation.state, to, at });
    conversation.state = to;
    conversation.dateUpdated = at;
  };
  const inactiveFirst = closedMs === null || (inactiveMs !== null && inactiveMs < closedMs);
  if (conversation.state === 'active' && inactiveMs !== null && now >= anchor + inactiveMs && inactiveFirst)
    move('inactive', anchor + inactiveMs);
  if (conversation.state !== 'closed' && closedMs !== null && now >= anchor + closedMs)
    move('closed', anchor + closedMs);
  return changes;
}

/**
 * Brings a conversation up to date with its timers for this request; each change it makes is a
 * Twilio-made change, so its onConversationStateUpdated fires whatever the request's headers.
 */
export function refreshConversation(
  ctx: RouteContext,
  conversation: ConversationRecord,
  service: ServiceState = ctx.service(),
): ConversationRecord {
  for (const change of applyTimers(conversation, ctx.now())) {
    ctx.emit(conversationStateUpdated(service, conversation, { ...change, reason: 'TIMER' }), conversation, {
      service,
      always: true,
    });
  }
  return conversation;
}

/**
 * Activity (a new message) moves an inactive conversation back to active and restarts its timers.
 * Returns that change, if there was one.
 */
export function touchConversation(ctx: RouteContext, conversation: ConversationRecord): StateChange | null {
  const now = ctx.now();
  refreshConversation(ctx, conversation);
  conversation.timers.anchor = now;
  if (conversation.state !== 'inactive') return null;
  conversation.state = 'active';
  return { from: 'inactive', to: 'active', at: now };
}

export function renderTimers(conversation: ConversationRecord): { [key: string]: JsonValue } {
  const { inactiveMs, closedMs, anchor } = conversation.timers;
  const timers: { [key: string]: JsonValue } = {};
  if (conversation.state === 'active' && inactiveMs !== null)
    timers.date_inactive = formatDate(anchor + inactiveMs);
  if (conversation.state !== 'closed' && closedMs !== null)
    timers.date_closed = formatDate(anchor + closedMs);
  return timers;
}

export function renderBindings(conversation: ConversationRecord): { [key: string]: JsonValue } {
  const email = conversation.bindings.email;
  return email ? { email: { address: email.address, name: email.name } } : {};
}

export function conversationUrl(ctx: RouteContext, conversation: ConversationRecord): string {
  return `${ctx.servicePrefix()}/Conversations/${conversation.sid}`;
}

export function renderConversation(
  ctx: RouteContext,
  conversation: ConversationRecord,
): Wire<'conversations.v1.conversation'> {
  refreshConversation(ctx, conversation);
  const url = conversationUrl(ctx, conversation);
  return {
    account_sid: ctx.account.sid,
    chat_service_sid: ctx.service().sid,
    messaging_service_sid: conversation.messagingServiceSid,
    sid: conversation.sid,
    friendly_name: conversation.friendlyName,
    unique_name: conversation.uniqueName,
    attributes: conversation.attributes,
    state: conversation.state,
    date_created: formatDate(conversation.dateCreated),
    date_updated: formatDate(conversation.dateUpdated),
    timers: renderTimers(conversation),
    url,
    links: {
      participants: `${url}/Participants`,
      messages: `${url}/Messages`,
      webhooks: `${url}/Webhooks`,
      export: `${url}/Export`,
    },
    bindings: renderBindings(conversation),
  };
}

/** Finds a conversation by SID or by unique name, as Twilio allows in every `{ConversationSid}`. */
export function findConversation(
  service: ServiceState,
  idOrUniqueName: string,
): ConversationRecord | undefined {
  return findBySidOrName(service.conversations, 'CH', idOrUniqueName, (c) => c.uniqueName);
}

export function requireConversation(ctx: RouteContext, param = 'ConversationSid'): ConversationRecord {
  const conversation = findConversation(ctx.service(), ctx.param(param));
  if (!conversation) throw ctx.notFound();
  return refreshConversation(ctx, conversation);
}

function parseTimers(body: Params): { inactiveMs?: number | null; closedMs?: number | null } {
  const out: { inactiveMs?: number | null; closedMs?: number | null } = {};
  if (body.has('Timers.Inactive')) {
    const inactive = body.duration('Timers.Inactive', 50379);
    if (inactive && inactive.ms < MIN_INACTIVE_MS) throw new EmulatorError(50375);
    out.inactiveMs = inactive?.ms ?? null;
  }
  if (body.has('Timers.Closed')) {
    const closed = body.duration('Timers.Closed', 50380);
    if (closed && closed.ms < MIN_CLOSED_MS) throw new EmulatorError(50376);
    out.closedMs = closed?.ms ?? null;
  }
  return out;
}

function parseUniqueName(
  ctx: RouteContext,
  service: ServiceState,
  self?: ConversationRecord,
): string | undefined {
  const uniqueName = ctx.body.string('UniqueName', { max: 256, tooLong: 50004 });
  if (uniqueName === undefined || uniqueName === '') return uniqueName;
  if (looksLikeSid(uniqueName, 'CH')) throw new EmulatorError(50390);
  const clash = Object.values(service.conversations).find((c) => c.uniqueName === uniqueName && c !== self);
  if (clash) throw new EmulatorError(50353);
  return uniqueName;
}

function parseMessagingServiceSid(body: Params): string | undefined {
  const sid = body.string('MessagingServiceSid');
  if (sid !== undefined && sid !== '' && !looksLikeSid(sid, 'MG')) throw new EmulatorError(50341);
  return sid;
}

function parseEmailBinding(
  body: Params,
  current: ConversationRecord['bindings'],
): ConversationRecord['bindings'] {
  if (!body.has('Bindings.Email.Address') && !body.has('Bindings.Email.Name')) return current;
  return {
    email: {
      address: body.string('Bindings.Email.Address') ?? current.email?.address ?? null,
      name: body.string('Bindings.Email.Name') ?? current.email?.name ?? null,
    },
  };
}

/**
 * Validates the Conversation create parameters and builds the record without storing it, so that
 * ConversationWithParticipants can validate everything before it creates anything.
 */
export function buildConversation(ctx: RouteContext, service: ServiceState): ConversationRecord {
  const body = ctx.body;
  const now = ctx.now();
  if (body.has('State') && body.string('State') === '') throw new EmulatorError(50374);
  const state = body.has('State') ? body.enumValue('State', STATES, 50378) : undefined;
  if (state === 'closed') throw new EmulatorError(50384);
  const timers = parseTimers(body);
  if ((timers.inactiveMs != null || timers.closedMs != null) && state === undefined)
    throw new EmulatorError(50382);
  const [created, updated] = body.recordDates(now);
  const defaults = ctx.account.configuration;
  return {
    ...ctx.store.newRecord('CH', created, updated),
    friendlyName: body.string('FriendlyName', { max: 256, tooLong: 50003 }) ?? null,
    uniqueName: parseUniqueName(ctx, service) || null,
    attributes:
      body.jsonString('Attributes', {
        invalid: 50304,
        maxBytes: CONVERSATION_ATTRIBUTES_MAX_BYTES,
        tooLong: 50303,
      }) ?? '{}',
    messagingServiceSid: parseMessagingServiceSid(body) || defaults.defaultMessagingServiceSid,
    state: state ?? 'active',
    timers: {
      inactiveMs: timers.inactiveMs ?? durationOrNull(defaults.defaultInactiveTimer),
      closedMs: timers.closedMs ?? durationOrNull(defaults.defaultClosedTimer),
      anchor: now,
    },
    bindings: parseEmailBinding(body, {}),
    createdBy: null,
    nextMessageIndex: 0,
    messages: {},
    participants: {},
    webhooks: {},
  };
}

function durationOrNull(text: string | null): number | null {
  return text ? (parseIsoDuration(text) ?? null) : null;
}

function listConversations(ctx: RouteContext) {
  const query = ctx.query;
  const start = query.string('StartDate');
  const end = query.string('EndDate');
  const startAt = start ? parseIsoDateTime(start) : undefined;
  const endAt = end ? parseIsoDateTime(/T/.test(end) ? end : `${end}T23:59:59Z`) : undefined;
  if (start && !startAt)
    throw new EmulatorError(20001, 'Invalid parameter StartDate: expected an ISO 8601 date');
  if (end && !endAt) throw new EmulatorError(20001, 'Invalid parameter EndDate: expected an ISO 8601 date');
  const state = query.enumValue('State', STATES);
  let items = Object.values(ctx.service().conversations).map((c) => refreshConversation(ctx, c));
  if (state) items = items.filter((c) => c.state === state);
  if (startAt) items = items.filter((c) => c.dateCreated >= startAt.getTime());
  if (endAt) items = items.filter((c) => c.dateCreated <= endAt.getTime());
  // With a date filter Twilio sorts by creation date, newest first (spec: ListConversation).
  const dated = Boolean(startAt || endAt);
  if (dated) items.sort((a, b) => b.dateCreated - a.dateCreated || b.seq - a.seq);
  return paginate(ctx, {
    items,
    sortKey: (c) => (dated ? [-c.dateCreated, -c.seq] : [c.seq]),
    render: (c) => renderConversation(ctx, c),
  });
}

function updateConversation(ctx: RouteContext) {
  const conversation = requireConversation(ctx, 'Sid');
  const service = ctx.service();
  const body = ctx.body;
  if (conversation.state === 'closed') throw new EmulatorError(50377);
  if (body.has('State') && body.string('State') === '') throw new EmulatorError(50374);
  const state = body.enumValue('State', STATES, 50378);
  const timers = parseTimers(body);
  const friendlyName = body.string('FriendlyName', { max: 256, tooLong: 50003 });
  const uniqueName = body.has('UniqueName') ? parseUniqueName(ctx, service, conversation) : undefined;
  const attributes = body.jsonString('Attributes', {
    invalid: 50304,
    maxBytes: CONVERSATION_ATTRIBUTES_MAX_BYTES,
    tooLong: 50303,
  });
  const messagingServiceSid = parseMessagingServiceSid(body);
  const dateCreated = body.dateTime('DateCreated', 50308);
  const dateUpdated = body.dateTime('DateUpdated', 50309);

  const now = ctx.now();
  const stateBefore = conversation.state;
  if (friendlyName !== undefined) conversation.friendlyName = friendlyName || null;
  if (uniqueName !== undefined) conversation.uniqueName = uniqueName || null;
  if (attributes !== undefined) conversation.attributes = attributes;
  if (messagingServiceSid !== undefined) conversation.messagingServiceSid = messagingServiceSid || null;
  if (state !== undefined) conversation.state = state;
  // Made active by hand: the timers restart from now, as they do on a new message; otherwise an
  // inactive timer that had already run out would turn it inactive again at once.
  if (state === 'active') conversation.timers.anchor = now;
  if (timers.inactiveMs !== undefined || timers.closedMs !== undefined) {
    if (timers.inactiveMs !== undefined) conversation.timers.inactiveMs = timers.inactiveMs;
    if (timers.closedMs !== undefined) conversation.timers.closedMs = timers.closedMs;
    conversation.timers.anchor = now;
  }
  conversation.bindings = parseEmailBinding(body, conversation.bindings);
  if (dateCreated) conversation.dateCreated = Date.parse(dateCreated);
  conversation.dateUpdated = dateUpdated ? Date.parse(dateUpdated) : now;
  ctx.emit(conversationUpdated(service, conversation), conversation);
  if (conversation.state !== stateBefore) {
    const change = { from: stateBefore, to: conversation.state, at: now, reason: 'API' as const };
    ctx.emit(conversationStateUpdated(service, conversation, change), conversation);
  }
  return { status: 200, body: renderConversation(ctx, conversation) };
}

const conversations: Records<ServiceState, ConversationRecord> = {
  parent: (ctx) => ctx.service(),
  records: (service) => service.conversations,
  find: (ctx) => requireConversation(ctx, 'Sid'),
  render: (ctx, conversation) => renderConversation(ctx, conversation),
};

export function registerConversations(router: Router): void {
  router.resource('Conversation', true, {
    list: listConversations,
    create: (ctx) => {
      const service = ctx.service();
      const conversation = buildConversation(ctx, service);
      service.conversations[conversation.sid] = conversation;
      ctx.emit(conversationAdded(service, conversation), conversation);
      return { status: 201, body: renderConversation(ctx, conversation) };
    },
    fetch: fetchRoute(conversations),
    update: updateConversation,
    // Messages, receipts, participants and scoped webhooks live inside the record and go with it.
    delete: deleteRoute(conversations, {
      // Raised first, so that the conversation's own scoped webhooks still hear of it.
      before: (ctx, conversation, service) =>
        ctx.emit(conversationRemoved(service, conversation, ctx.now()), conversation),
    }),
  });
}
