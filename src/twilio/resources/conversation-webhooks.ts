import type { TwilioSession } from '../client.ts';
import type { BodyParams, ListParams } from '../form.ts';
import type { Page } from '../paging.ts';
import { readList, readNothing, readOne, type ServiceScope, scoped } from '../resource.ts';
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

export function listConversationWebhooks(
  session: TwilioSession,
  params: ListConversationWebhooksParams,
): Promise<Page<ConversationWebhook>> {
  const operationId = scoped(params, 'ListConversationScopedWebhook', 'ListServiceConversationScopedWebhook');
  return session.send(
    operationId,
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid },
      paging: { pageSize: params.pageSize, page: params.page },
    },
    readList(operationId, toConversationWebhook),
  );
}

export function createConversationWebhook(
  session: TwilioSession,
  params: CreateConversationWebhookParams,
): Promise<ConversationWebhook> {
  return session.send(
    scoped(params, 'CreateConversationScopedWebhook', 'CreateServiceConversationScopedWebhook'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid },
      form: params,
    },
    readOne(toConversationWebhook, 'webhook'),
  );
}

export function fetchConversationWebhook(
  session: TwilioSession,
  params: ConversationWebhookRef,
): Promise<ConversationWebhook> {
  return session.send(
    scoped(params, 'FetchConversationScopedWebhook', 'FetchServiceConversationScopedWebhook'),
    { path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid } },
    readOne(toConversationWebhook, 'webhook'),
  );
}

export function updateConversationWebhook(
  session: TwilioSession,
  params: UpdateConversationWebhookParams,
): Promise<ConversationWebhook> {
  return session.send(
    scoped(params, 'UpdateConversationScopedWebhook', 'UpdateServiceConversationScopedWebhook'),
    {
      path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid },
      form: params,
    },
    readOne(toConversationWebhook, 'webhook'),
  );
}

export function deleteConversationWebhook(
  session: TwilioSession,
  params: ConversationWebhookRef,
): Promise<void> {
  return session.send(
    scoped(params, 'DeleteConversationScopedWebhook', 'DeleteServiceConversationScopedWebhook'),
    { path: { ChatServiceSid: params.serviceSid, ConversationSid: params.conversationSid, Sid: params.sid } },
    readNothing,
  );
}
