import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { Params } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import type { ParticipantRecord } from '../store.ts';
import { conversationAdded, participantAdded } from '../webhooks/events.ts';
import type { Wire } from '../wire.ts';
import { buildConversation, renderConversation } from './conversations.ts';
import { buildParticipant } from './participants.ts';

/** https://www.twilio.com/docs/conversations/conversations-limits */
const MAX_PARTICIPANTS_PER_REQUEST = 10;

type ShortBody = Wire<'conversations.v1.conversation_with_participants'>;
type ServiceBody = Wire<'conversations.v1.service.service_conversation_with_participants'>;

/** `messaging_binding`, `proxyAddress` and `ProxyAddress` all name the form key segment `ProxyAddress`. */
function toFormSegment(segment: string): string {
  return segment
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function appendJson(search: URLSearchParams, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) appendJson(search, key, item);
  } else if (typeof value === 'object') {
    // Attributes is a JSON string on the wire; an object given here is what the caller meant by it.
    if (key === 'Attributes') search.append(key, JSON.stringify(value));
    else
      for (const [child, nested] of Object.entries(value))
        appendJson(search, `${key}.${formKey(child)}`, nested);
  } else {
    search.append(key, String(value));
  }
}

function formKey(key: string): string {
  return key.split('.').map(toFormSegment).join('.');
}

/**
 * A `Participant` value is a JSON object of Participant create parameters. Its key spelling is
 * undocumented, so both the form spelling (`{"MessagingBinding.Address": …}`) and the resource
 * spelling (`{"messaging_binding": {"address": …}}`) are read, by turning either into the very
 * form parameters a Participant create takes (docs/twilio-rest-behaviour.md §3).
 */
export function participantParams(json: string, position: number): Params {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw createInvalidParameter(`Participant[${position}]`, 'not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw createInvalidParameter(`Participant[${position}]`, 'must be a JSON object');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parsed)) appendJson(search, formKey(key), value);
  return new Params(search);
}

/**
 * The endpoint exists to avoid half-built group conversations, so every participant is validated
 * against the new conversation and against each other before anything is stored.
 */
function createConversationWithParticipants(ctx: RouteContext) {
  const service = ctx.service();
  const values = ctx.body.list('Participant') ?? [];
  if (values.length > MAX_PARTICIPANTS_PER_REQUEST) throw new EmulatorError(50426);
  const conversation = buildConversation(ctx, service);
  const participants: ParticipantRecord[] = [];
  values.forEach((value, position) => {
    participants.push(buildParticipant(ctx, conversation, participantParams(value, position), participants));
  });
  for (const participant of participants) conversation.participants[participant.sid] = participant;
  service.conversations[conversation.sid] = conversation;
  ctx.emit(conversationAdded(service, conversation), conversation);
  for (const participant of participants) ctx.emit(participantAdded(conversation, participant), conversation);
  const body: ShortBody | ServiceBody = renderConversation(ctx, conversation);
  return { status: 201, body };
}

export function registerConversationWithParticipants(router: Router): void {
  router.scopedOperation('CreateConversationWithParticipants', createConversationWithParticipants);
}
