import { resourceOperations } from '../resource.ts';
import { toConversation } from './conversations.ts';

/** A conversation and up to 10 participants, created together or not at all. */
export const { create: createConversationWithParticipants } = resourceOperations(
  'ConversationWithParticipants',
  toConversation,
  { scoped: true },
);
