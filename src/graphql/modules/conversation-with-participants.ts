import { createConversationWithParticipants, type ParticipantInput } from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { mutation, payloadType, scoped, toJsonValue } from '../mutations.ts';
import { ConversationRef, conversationParams, newConversationFields } from './conversation.ts';
import { messagingBindingParams, newParticipantFields } from './participant.ts';

const ConversationParticipantInput = builder.inputType('ParticipantInput', {
  description:
    'A participant to add while creating a conversation: an identity for chat, or a messaging binding.',
  fields: (t) => newParticipantFields(t),
});

/*
 * The conversation fields are those of CreateConversationInput, flat beside the participants as in
 * Twilio's form, so that `conversationParams` encodes both mutations the same way.
 */
const CreateConversationWithParticipantsInput = builder.inputType('CreateConversationWithParticipantsInput', {
  description: 'A new conversation and up to ten participants, created together or not at all.',
  fields: (t) => ({
    ...newConversationFields(t),
    participants: t.field({
      type: [ConversationParticipantInput],
      description: 'The participants to add, at most ten.',
    }),
  }),
});

mutation('createConversationWithParticipants', {
  description:
    'Creates a conversation and its first participants in one step that succeeds or fails as a whole.',
  input: CreateConversationWithParticipantsInput,
  inputDescription: 'The new conversation and the members it starts with.',
  payload: payloadType('CreateConversationWithParticipantsPayload', {
    description: 'The result of creating a conversation together with its participants.',
    key: 'conversation',
    type: ConversationRef,
    result: 'The new conversation, participants included; null when the creation was refused.',
    userErrors: 'Why the creation was refused, if it was; then neither conversation nor participants exist.',
  }),
  run: scoped((input, ctx) =>
    createConversationWithParticipants(ctx.session, {
      serviceSid: input.serviceSid,
      webhookEnabled: input.webhookEnabled,
      ...conversationParams(input),
      participant: input.participants?.map(
        (participant): ParticipantInput => ({
          identity: participant.identity,
          ...messagingBindingParams(participant.messagingBinding),
          roleSid: participant.roleSid,
          attributes: toJsonValue(participant.attributes),
        }),
      ),
    }),
  ),
});
