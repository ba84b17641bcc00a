import { createConversationWithParticipants, type ParticipantInput } from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { UserErrorRef, type UserErrorShape } from '../errors.ts';
import { runMutation } from '../mutations.ts';
import { inScope } from '../scope.ts';
import {
  type ConversationNode,
  ConversationRef,
  conversationParams,
  newConversationFields,
} from './conversation.ts';
import { MessagingBindingInput, toJsonValue } from './participant.ts';

const ConversationParticipantInput = builder.inputType('ParticipantInput', {
  description:
    'A participant to add while creating a conversation: an identity for chat, or a messaging binding.',
  fields: (t) => ({
    identity: t.string({ description: 'The chat user’s identity.' }),
    messagingBinding: t.field({
      type: MessagingBindingInput,
      description: 'SMS, WhatsApp or Group MMS addresses.',
    }),
    roleSid: t.string({
      description: 'The role to give (RL…); the service’s default conversation role when absent.',
    }),
    attributes: t.field({ type: 'JSON', description: 'Free-form application data.' }),
  }),
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

type ParticipantFields = typeof ConversationParticipantInput.$inferInput;

function participantParams(participant: ParticipantFields): ParticipantInput {
  const binding = participant.messagingBinding;
  return {
    ...(participant.identity != null ? { identity: participant.identity } : {}),
    ...(binding?.address != null ? { messagingBindingAddress: binding.address } : {}),
    ...(binding?.proxyAddress != null ? { messagingBindingProxyAddress: binding.proxyAddress } : {}),
    ...(binding?.projectedAddress != null
      ? { messagingBindingProjectedAddress: binding.projectedAddress }
      : {}),
    ...(participant.roleSid != null ? { roleSid: participant.roleSid } : {}),
    ...(participant.attributes != null ? { attributes: toJsonValue(participant.attributes) } : {}),
  };
}

const CreateConversationWithParticipantsPayloadRef = builder
  .objectRef<{ conversation: ConversationNode | null; userErrors: UserErrorShape[] }>(
    'CreateConversationWithParticipantsPayload',
  )
  .implement({
    description: 'The result of creating a conversation together with its participants.',
    fields: (t) => ({
      conversation: t.field({
        type: ConversationRef,
        nullable: true,
        description: 'The new conversation, participants included; null when the creation was refused.',
        resolve: (p) => p.conversation,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description:
          'Why the creation was refused, if it was; then neither conversation nor participants exist.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

builder.mutationFields((t) => ({
  createConversationWithParticipants: t.field({
    type: CreateConversationWithParticipantsPayloadRef,
    description:
      'Creates a conversation and its first participants in one step that succeeds or fails as a whole.',
    args: {
      input: t.arg({
        type: CreateConversationWithParticipantsInput,
        required: true,
        description: 'The new conversation and the members it starts with.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, { input }, ctx) => {
      const scope = input.serviceSid ?? undefined;
      const { result, userErrors } = await runMutation(() =>
        createConversationWithParticipants(ctx.session, {
          serviceSid: scope,
          ...(input.webhookEnabled != null ? { webhookEnabled: input.webhookEnabled } : {}),
          ...conversationParams(input),
          ...(input.participants != null ? { participant: input.participants.map(participantParams) } : {}),
        }),
      );
      return { conversation: result && inScope(result, scope), userErrors };
    },
  }),
}));
