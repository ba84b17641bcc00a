import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  integer,
  nullable,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
  strings,
} from '../wire.ts';

type WebhookConfigurationWire = {
  url?: string | null;
  method?: string | null;
  filters?: string[] | null;
  triggers?: string[] | null;
  flow_sid?: string | null;
  replay_after?: number | null;
};

/**
 * What a conversation-scoped webhook calls: a `url` with `method` (lowercase get|post) and event
 * `filters` for `webhook`; keywords for `trigger` (Twilio lists them under `filters`); a Studio
 * `flowSid` for `studio`.
 */
export type ConversationWebhookConfiguration = Camelized<WebhookConfigurationWire>;

const webhookConfiguration = nullable(
  shape<WebhookConfigurationWire, ConversationWebhookConfiguration>('configuration', {
    url: string,
    method: string,
    filters: strings,
    triggers: strings,
    flow_sid: string,
    replay_after: integer,
  }),
);

type ConversationWebhookWire =
  Schemas['conversations.v1.service.service_conversation.service_conversation_scoped_webhook'];

/** A conversation-scoped webhook (WH…). */
export type ConversationWebhook = Camelized<
  ConversationWebhookWire,
  'sid' | 'account_sid' | 'conversation_sid' | 'date_created' | 'date_updated' | 'url',
  { configuration: ConversationWebhookConfiguration | null }
>;

export const toConversationWebhook = shape<ConversationWebhookWire, ConversationWebhook>('webhook', {
  sid: requiredString,
  account_sid: requiredString,
  chat_service_sid: string,
  conversation_sid: requiredString,
  target: string,
  url: requiredString,
  configuration: webhookConfiguration,
  date_created: requiredDate,
  date_updated: requiredDate,
});

export const {
  list: listConversationWebhooks,
  create: createConversationWebhook,
  fetch: fetchConversationWebhook,
  update: updateConversationWebhook,
  delete: deleteConversationWebhook,
} = resourceOperations('ConversationScopedWebhook', toConversationWebhook, {
  scoped: true,
  name: 'webhook',
});
