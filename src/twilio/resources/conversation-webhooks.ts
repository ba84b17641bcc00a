import { resourceOperations } from '../resource.ts';
import { integer, nullable, object, resource, string, strings } from '../wire.ts';

const webhookConfiguration = object('configuration', {
  url: string,
  method: string,
  filters: strings,
  triggers: strings,
  flow_sid: string,
  replay_after: integer,
});

/**
 * What a conversation-scoped webhook calls: a `url` with `method` (lowercase get|post) and event
 * `filters` for `webhook`; keywords for `trigger` (Twilio lists them under `filters`); a Studio
 * `flowSid` for `studio`.
 */
export type ConversationWebhookConfiguration = ReturnType<typeof webhookConfiguration>;

export const toConversationWebhook = resource(
  'conversations.v1.service.service_conversation.service_conversation_scoped_webhook',
  'webhook',
  {
    required: ['conversation_sid'],
    fields: { configuration: nullable(webhookConfiguration) },
  },
);

/** A conversation-scoped webhook (WH…). */
export type ConversationWebhook = ReturnType<typeof toConversationWebhook>;

export const {
  list: listConversationWebhooks,
  create: createConversationWebhook,
  fetch: fetchConversationWebhook,
  update: updateConversationWebhook,
  delete: deleteConversationWebhook,
} = resourceOperations('ConversationScopedWebhook', toConversationWebhook, { scoped: true });
