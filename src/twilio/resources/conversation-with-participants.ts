import type { TwilioSession } from '../client.ts';
import type { BodyParams } from '../form.ts';
import { readOne, type ServiceScope, scoped, type WebhookOption } from '../resource.ts';
import { type Conversation, toConversation } from './conversations.ts';

/** A conversation and up to 10 participants, created together or not at all. */
export type CreateConversationWithParticipantsParams = ServiceScope &
  WebhookOption &
  BodyParams<'CreateConversationWithParticipants'>;

export function createConversationWithParticipants(
  session: TwilioSession,
  params: CreateConversationWithParticipantsParams = {},
): Promise<Conversation> {
  return session.send(
    scoped(params, 'CreateConversationWithParticipants', 'CreateServiceConversationWithParticipants'),
    {
      path: { ChatServiceSid: params.serviceSid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toConversation, 'conversation'),
  );
}
