import type { BodyParams, ListParams } from '../form.ts';
import { emptyOperation, itemOperation, listOperation, type ServiceScope } from '../resource.ts';
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

export interface ConversationWebhooksParent extends ServiceScope {
  /** The conversation's SID (CH…) or unique name. */
  conversationSid: string;
}

export interface ConversationWebhookRef extends ConversationWebhooksParent {
  sid: string;
}

export type ListConversationWebhooksParams = ConversationWebhooksParent &
  ListParams<'ListConversationScopedWebhook'>;
export type CreateConversationWebhookParams = ConversationWebhooksParent &
  BodyParams<'CreateConversationScopedWebhook'>;
export type UpdateConversationWebhookParams = ConversationWebhookRef &
  BodyParams<'UpdateConversationScopedWebhook'>;

export const listConversationWebhooks = listOperation<ListConversationWebhooksParams, ConversationWebhook>(
  ['ListConversationScopedWebhook', 'ListServiceConversationScopedWebhook'],
  toConversationWebhook,
);

export const createConversationWebhook = itemOperation<CreateConversationWebhookParams, ConversationWebhook>(
  ['CreateConversationScopedWebhook', 'CreateServiceConversationScopedWebhook'],
  toConversationWebhook,
  'webhook',
);

export const fetchConversationWebhook = itemOperation<ConversationWebhookRef, ConversationWebhook>(
  ['FetchConversationScopedWebhook', 'FetchServiceConversationScopedWebhook'],
  toConversationWebhook,
  'webhook',
);

export const updateConversationWebhook = itemOperation<UpdateConversationWebhookParams, ConversationWebhook>(
  ['UpdateConversationScopedWebhook', 'UpdateServiceConversationScopedWebhook'],
  toConversationWebhook,
  'webhook',
);

export const deleteConversationWebhook = emptyOperation<ConversationWebhookRef>([
  'DeleteConversationScopedWebhook',
  'DeleteServiceConversationScopedWebhook',
]);
