import type { BodyParams } from '../form.ts';
import { itemOperation, type ServiceScope, type WebhookOption } from '../resource.ts';
import { type Conversation, toConversation } from './conversations.ts';

/** A conversation and up to 10 participants, created together or not at all. */
export type CreateConversationWithParticipantsParams = ServiceScope &
  WebhookOption &
  BodyParams<'CreateConversationWithParticipants'>;

export const createConversationWithParticipants = itemOperation<
  CreateConversationWithParticipantsParams,
  Conversation
>(
  ['CreateConversationWithParticipants', 'CreateServiceConversationWithParticipants'],
  toConversation,
  'conversation',
);
