import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { paginate } from '../paging.ts';
import { formatDate } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import type { ConversationRecord, ParticipantRecord } from '../store.ts';
import type { Wire } from '../wire.ts';
import { conversationUrl, refreshConversation, renderTimers } from './conversations.ts';
import { renderFullMessagingBinding } from './participants.ts';
import { findUserByIdentity } from './users.ts';

interface Membership {
  conversation: ConversationRecord;
  participant: ParticipantRecord;
}

function renderParticipantConversation(
  ctx: RouteContext,
  { conversation, participant }: Membership,
): Wire<'conversations.v1.participant_conversation'> {
  const service = ctx.service();
  const url = conversationUrl(ctx, conversation);
  const user = participant.identity === null ? undefined : findUserByIdentity(service, participant.identity);
  return {
    account_sid: ctx.account.sid,
    chat_service_sid: service.sid,
    participant_sid: participant.sid,
    participant_user_sid: user?.sid ?? null,
    participant_identity: participant.identity,
    participant_messaging_binding: renderFullMessagingBinding(participant.messagingBinding),
    conversation_sid: conversation.sid,
    conversation_unique_name: conversation.uniqueName,
    conversation_friendly_name: conversation.friendlyName,
    conversation_attributes: conversation.attributes,
    conversation_date_created: formatDate(conversation.dateCreated),
    conversation_date_updated: formatDate(conversation.dateUpdated),
    conversation_created_by: conversation.createdBy,
    conversation_state: conversation.state,
    conversation_timers: renderTimers(conversation),
    // The spec's examples give these links in the form of the route used (short or /Services/IS…).
    links: {
      participant: `${url}/Participants/${participant.sid}`,
      conversation: url,
    },
  };
}

function listParticipantConversations(ctx: RouteContext) {
  const identity = ctx.query.string('Identity');
  const address = ctx.query.string('Address');
  if (identity !== undefined && address !== undefined) throw new EmulatorError(50451);
  if (!identity && !address)
    throw createInvalidParameter('Identity', 'either Identity or Address must be provided');
  const matches = (participant: ParticipantRecord) =>
    identity !== undefined
      ? participant.identity === identity
      : participant.messagingBinding?.address === address;

  const items: Membership[] = [];
  for (const conversation of Object.values(ctx.service().conversations)) {
    for (const participant of Object.values(conversation.participants)) {
      if (matches(participant))
        items.push({ conversation: refreshConversation(ctx, conversation), participant });
    }
  }
  return paginate(ctx, {
    items,
    sortKey: ({ conversation, participant }) => [conversation.seq, participant.seq],
    render: (membership) => renderParticipantConversation(ctx, membership),
  });
}

export function registerParticipantConversations(router: Router): void {
  router.scopedOperation('ListParticipantConversation', listParticipantConversations);
}
