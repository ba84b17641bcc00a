import { EmulatorError } from '../errors.ts';
import { formatDate, type Params, parseIsoDateTime } from '../params.ts';
import { type RouteContext, type Router, withServiceSid } from '../router.ts';
import { findBySidOrName, looksLikeSid } from '../sids.ts';
import type { ConversationRecord, MessagingBinding, ParticipantRecord, ServiceState } from '../store.ts';
import { participantAdded, participantRemoved, participantUpdated } from '../webhooks/events.ts';
import type { JsonValue, Wire } from '../wire.ts';
import { conversationUrl, refreshConversation, requireConversation } from './conversations.ts';
import { deleteRoute, fetchRoute, listRoute, type Records } from './records.ts';

export const PARTICIPANT_ATTRIBUTES_MAX_BYTES = 4 * 1024;
/** Limits from https://www.twilio.com/docs/conversations/conversations-limits. */
const MAX_PARTICIPANTS = 1000;
const MAX_NON_CHAT_PARTICIPANTS = 50;
const MAX_IDENTITY_LENGTH = 256;
const WHATSAPP_PREFIX = 'whatsapp:';
const E164 = /^\+[1-9]\d{1,14}$/;

type ShortParticipant = Wire<'conversations.v1.conversation.conversation_participant'>;
type ServiceParticipant =
  Wire<'conversations.v1.service.service_conversation.service_conversation_participant'>;

/**
 * SMS and WhatsApp participants (including a group-MMS member known only by its phone number) are
 * reached over a messaging channel: they count against the non-chat limit and get delivery receipts.
 */
export function isNonChatParticipant(participant: ParticipantRecord): boolean {
  return participant.messagingBinding?.address != null;
}

/** `{Sid}` of a participant route is the MB SID or the participant's identity (spec: Participant path params). */
export function findParticipant(
  conversation: ConversationRecord,
  sidOrIdentity: string,
): ParticipantRecord | undefined {
  return findBySidOrName(conversation.participants, 'MB', sidOrIdentity, (p) => p.identity);
}

export function requireParticipant(
  ctx: RouteContext,
  conversation: ConversationRecord,
  param = 'Sid',
): ParticipantRecord {
  const participant = findParticipant(conversation, ctx.param(param));
  if (!participant) throw ctx.notFound();
  return participant;
}

export function participantUrl(
  ctx: RouteContext,
  conversation: ConversationRecord,
  participant: ParticipantRecord,
): string {
  return `${conversationUrl(ctx, conversation)}/Participants/${participant.sid}`;
}

/**
 * The participant resource shows only the binding fields its kind has, as in the spec examples:
 * `{type, address, proxy_address}`, `{type, projected_address}` or `{type, address}`.
 */
function renderMessagingBinding(binding: MessagingBinding | null): JsonValue {
  if (!binding) return null;
  const out: { [key: string]: JsonValue } = { type: binding.type };
  if (binding.address !== null) out.address = binding.address;
  if (binding.proxyAddress !== null) out.proxy_address = binding.proxyAddress;
  if (binding.projectedAddress !== null) out.projected_address = binding.projectedAddress;
  return out;
}

/**
 * The binding as ParticipantConversation views show it: every field present, null when unset
 * (spec example of ListParticipantConversation).
 */
export function renderFullMessagingBinding(binding: MessagingBinding | null): JsonValue {
  if (!binding) return null;
  return {
    address: binding.address,
    proxy_address: binding.proxyAddress,
    type: binding.type,
    level: null,
    name: null,
    projected_address: binding.projectedAddress,
  };
}

export function renderParticipant(
  ctx: RouteContext,
  conversation: ConversationRecord,
  participant: ParticipantRecord,
): ShortParticipant | ServiceParticipant {
  const body: ShortParticipant = {
    account_sid: ctx.account.sid,
    conversation_sid: conversation.sid,
    sid: participant.sid,
    identity: participant.identity,
    attributes: participant.attributes,
    messaging_binding: renderMessagingBinding(participant.messagingBinding),
    role_sid: participant.roleSid,
    date_created: formatDate(participant.dateCreated),
    date_updated: formatDate(participant.dateUpdated),
    url: participantUrl(ctx, conversation, participant),
    last_read_message_index: participant.lastReadMessageIndex,
    last_read_timestamp: participant.lastReadTimestamp,
  };
  return withServiceSid<ShortParticipant, ServiceParticipant>(ctx, body, 'account_sid');
}

function channelOf(address: string): MessagingBinding['type'] {
  return address.startsWith(WHATSAPP_PREFIX) ? 'whatsapp' : 'sms';
}

function isValidAddress(address: string): boolean {
  const bare = address.startsWith(WHATSAPP_PREFIX) ? address.slice(WHATSAPP_PREFIX.length) : address;
  return E164.test(bare);
}

/** A present-but-empty binding parameter is an error of its own (50411/50412), not an absent one. */
function bindingParam(params: Params, key: string, empty: 50411 | 50412): string | undefined {
  if (!params.has(key)) return undefined;
  const value = params.string(key) ?? '';
  if (value === '') throw new EmulatorError(empty);
  return value;
}

function parseProxyAddress(proxy: string, address: string): string {
  if (!isValidAddress(proxy)) throw new EmulatorError(50408);
  if (proxy === address) throw new EmulatorError(50409);
  if (channelOf(proxy) !== channelOf(address)) throw new EmulatorError(50414);
  return proxy;
}

function parseProjectedAddress(projected: string): string {
  // A projected address is the Twilio number a group MMS is sent from: a plain phone number.
  if (!E164.test(projected))
    throw new EmulatorError(50408, `Invalid MessagingBinding.ProjectedAddress "${projected}"`);
  return projected;
}

function parseRoleSid(params: Params, service: ServiceState): string | undefined {
  const roleSid = params.string('RoleSid');
  if (roleSid === undefined || roleSid === '') return undefined;
  const role = looksLikeSid(roleSid, 'RL') ? service.roles[roleSid] : undefined;
  if (!role) throw new EmulatorError(50100, `Role ${roleSid} not found`);
  if (role.type !== 'conversation')
    throw new EmulatorError(50100, `Role ${roleSid} is not a conversation role`);
  return roleSid;
}

function parseAttributes(params: Params): string | undefined {
  return params.jsonString('Attributes', {
    invalid: 50304,
    maxBytes: PARTICIPANT_ATTRIBUTES_MAX_BYTES,
    tooLong: 50303,
  });
}

function parseIdentity(params: Params): string | undefined {
  return params.string('Identity', { max: MAX_IDENTITY_LENGTH, tooLong: 50207 }) || undefined;
}

/**
 * The (address, proxy address) pair routes inbound SMS/WhatsApp to one conversation, so it may be
 * used once across all non-closed conversations of the account, whatever their service (50416).
 */
function assertPairFree(
  ctx: RouteContext,
  address: string,
  proxyAddress: string,
  self?: ParticipantRecord,
): void {
  const clashes = (p: ParticipantRecord) =>
    p !== self && p.messagingBinding?.address === address && p.messagingBinding.proxyAddress === proxyAddress;
  for (const service of Object.values(ctx.account.services)) {
    for (const conversation of Object.values(service.conversations)) {
      if (refreshConversation(ctx, conversation, service).state === 'closed') continue;
      if (Object.values(conversation.participants).some(clashes)) throw new EmulatorError(50416);
    }
  }
}

/**
 * Validates the Participant create parameters against the conversation and builds the record
 * without storing it. `pending` holds participants accepted earlier in the same request
 * (ConversationWithParticipants), so that request obeys exactly the rules of one-by-one creation.
 */
export function buildParticipant(
  ctx: RouteContext,
  conversation: ConversationRecord,
  params: Params,
  pending: readonly ParticipantRecord[] = [],
): ParticipantRecord {
  if (refreshConversation(ctx, conversation).state === 'closed') throw new EmulatorError(50377);
  const service = ctx.service();
  const identity = parseIdentity(params);
  const address = bindingParam(params, 'MessagingBinding.Address', 50411);
  const proxyAddress = bindingParam(params, 'MessagingBinding.ProxyAddress', 50412);
  const projected = params.string('MessagingBinding.ProjectedAddress') || undefined;

  let binding: MessagingBinding | null;
  if (identity !== undefined) {
    if (address !== undefined) throw new EmulatorError(50211);
    if (proxyAddress !== undefined)
      throw new EmulatorError(50420, 'A chat participant cannot have MessagingBinding.ProxyAddress');
    binding = projected
      ? { type: 'sms', address: null, proxyAddress: null, projectedAddress: parseProjectedAddress(projected) }
      : null;
  } else if (address !== undefined) {
    if (projected !== undefined)
      throw new EmulatorError(50420, 'MessagingBinding.ProjectedAddress needs Identity, not an Address');
    if (!isValidAddress(address)) throw new EmulatorError(50407);
    if (proxyAddress === undefined && channelOf(address) === 'whatsapp') throw new EmulatorError(50412);
    binding = {
      type: channelOf(address),
      address,
      proxyAddress: proxyAddress === undefined ? null : parseProxyAddress(proxyAddress, address),
      projectedAddress: null,
    };
  } else {
    if (proxyAddress !== undefined) throw new EmulatorError(50411);
    throw new EmulatorError(50204, 'Either Identity or MessagingBinding.Address must be provided');
  }

  const members = [...Object.values(conversation.participants), ...pending];
  if (identity !== undefined && members.some((p) => p.identity === identity))
    throw new EmulatorError(50433, `Participant with identity ${identity} already exists`);
  if (binding?.address != null) {
    const { address: bound, proxyAddress: proxy } = binding;
    // Within one conversation the same person twice is a duplicate member, not a routing clash.
    if (
      members.some((p) => p.messagingBinding?.address === bound && p.messagingBinding.proxyAddress === proxy)
    )
      throw new EmulatorError(50433, `Participant with address ${bound} already exists`);
    if (proxy !== null) assertPairFree(ctx, bound, proxy);
  }
  if (members.length >= MAX_PARTICIPANTS) throw new EmulatorError(50417);
  if (binding?.address != null && members.filter(isNonChatParticipant).length >= MAX_NON_CHAT_PARTICIPANTS)
    throw new EmulatorError(50418);

  const roleSid = parseRoleSid(params, service);
  const attributes = parseAttributes(params);
  const [created, updated] = params.recordDates(ctx.now());
  // A group-MMS member known only by phone number has no role (spec example createGmmsSmsNoAttributes).
  const groupMmsMember = binding?.address != null && binding.proxyAddress === null;
  return {
    ...ctx.store.newRecord('MB', created, updated),
    identity: identity ?? null,
    attributes: attributes ?? '{}',
    messagingBinding: binding,
    roleSid: roleSid ?? (groupMmsMember ? null : service.configuration.defaultConversationRoleSid),
    lastReadMessageIndex: null,
    lastReadTimestamp: null,
    notificationLevel: 'default',
  };
}

/** `null` and the empty string both clear a nullable update parameter (spec: "'null' value will remove it"). */
function isClearing(value: string): boolean {
  return value === '' || value === 'null';
}

function updateParticipant(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  const participant = requireParticipant(ctx, conversation);
  if (conversation.state === 'closed') throw new EmulatorError(50377);
  const body = ctx.body;
  const current = participant.messagingBinding;

  let identity = participant.identity;
  if (body.has('Identity')) {
    const next = parseIdentity(body);
    if (current?.address != null) throw new EmulatorError(50211);
    if (next === undefined) throw new EmulatorError(50204);
    const clash = Object.values(conversation.participants).find(
      (p) => p !== participant && p.identity === next,
    );
    if (clash) throw new EmulatorError(50433, `Participant with identity ${next} already exists`);
    identity = next;
  }

  let binding = current;
  if (body.has('MessagingBinding.ProxyAddress')) {
    const value = body.string('MessagingBinding.ProxyAddress') ?? '';
    if (current?.address == null)
      throw new EmulatorError(50420, 'Only an SMS or WhatsApp participant has a proxy address');
    if (isClearing(value)) {
      if (current.type === 'whatsapp') throw new EmulatorError(50412);
      binding = { ...current, proxyAddress: null };
    } else {
      const proxyAddress = parseProxyAddress(value, current.address);
      assertPairFree(ctx, current.address, proxyAddress, participant);
      binding = { ...current, proxyAddress };
    }
  }
  if (body.has('MessagingBinding.ProjectedAddress')) {
    const value = body.string('MessagingBinding.ProjectedAddress') ?? '';
    if (identity === null)
      throw new EmulatorError(50420, 'Only a chat participant can have a projected address');
    binding = isClearing(value)
      ? null
      : { type: 'sms', address: null, proxyAddress: null, projectedAddress: parseProjectedAddress(value) };
  }

  const roleSid = parseRoleSid(body, ctx.service());
  const attributes = parseAttributes(body);
  let lastReadMessageIndex = participant.lastReadMessageIndex;
  if (body.has('LastReadMessageIndex')) {
    const raw = body.string('LastReadMessageIndex') ?? '';
    lastReadMessageIndex = isClearing(raw)
      ? null
      : (body.int('LastReadMessageIndex', { min: 0, code: 50421 }) ?? null);
  }
  let lastReadTimestamp = participant.lastReadTimestamp;
  if (body.has('LastReadTimestamp')) {
    const raw = body.string('LastReadTimestamp') ?? '';
    if (isClearing(raw)) lastReadTimestamp = null;
    else {
      const parsed = parseIsoDateTime(raw);
      if (!parsed) throw new EmulatorError(50406);
      lastReadTimestamp = formatDate(parsed);
    }
  }
  const dateCreated = body.dateTime('DateCreated', 50308);
  const dateUpdated = body.dateTime('DateUpdated', 50309);

  participant.identity = identity;
  participant.messagingBinding = binding;
  if (roleSid !== undefined) participant.roleSid = roleSid;
  if (attributes !== undefined) participant.attributes = attributes;
  participant.lastReadMessageIndex = lastReadMessageIndex;
  participant.lastReadTimestamp = lastReadTimestamp;
  if (dateCreated) participant.dateCreated = Date.parse(dateCreated);
  participant.dateUpdated = dateUpdated ? Date.parse(dateUpdated) : ctx.now();
  ctx.emit(participantUpdated(conversation, participant), conversation);
  return { status: 200, body: renderParticipant(ctx, conversation, participant) };
}

const participants: Records<ConversationRecord, ParticipantRecord> = {
  parent: (ctx) => requireConversation(ctx),
  records: (conversation) => conversation.participants,
  find: (ctx, conversation) => requireParticipant(ctx, conversation),
  render: (ctx, participant, conversation) => renderParticipant(ctx, conversation, participant),
};

export function registerParticipants(router: Router): void {
  router.resource('ConversationParticipant', true, {
    list: listRoute(participants),
    create: (ctx) => {
      const conversation = requireConversation(ctx);
      const participant = buildParticipant(ctx, conversation, ctx.body);
      conversation.participants[participant.sid] = participant;
      ctx.emit(participantAdded(conversation, participant), conversation);
      return { status: 201, body: renderParticipant(ctx, conversation, participant) };
    },
    fetch: fetchRoute(participants),
    update: updateParticipant,
    // Their messages stay, still pointing at the MB SID (conversation-participant-resource intro).
    delete: deleteRoute(participants, {
      after: (ctx, participant, conversation) =>
        ctx.emit(participantRemoved(conversation, participant, ctx.now()), conversation),
    }),
  });
}
