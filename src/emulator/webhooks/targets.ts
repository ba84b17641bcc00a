import type { AccountState, ConversationRecord, ScopedWebhookRecord, ServiceState } from '../store.ts';
import { type ConnectionSettings, DEFAULT_CONNECTION_SETTINGS, parseWebhookUrl } from './connection.ts';
import type { PostEventType } from './events.ts';

export type WebhookLevel = 'account' | 'service' | 'conversation';

export interface WebhookTarget {
  level: WebhookLevel;
  /** The URL called and signed: the configured one without its connection-override fragment. */
  url: string;
  method: 'GET' | 'POST';
  settings: ConnectionSettings;
}

/**
 * Where an event goes (docs/twilio-rest-behaviour.md §6.1): the service's post-event URL when the
 * service has one, otherwise the account's (unless the account sends its events to Flex); plus
 * every `webhook`-target scoped webhook of the conversation. Each level fires only the events its
 * Filters list, so an empty list fires nothing.
 */
export function resolveTargets(
  account: AccountState,
  service: ServiceState,
  conversation: ConversationRecord | null,
  type: PostEventType,
  defaults: ConnectionSettings = DEFAULT_CONNECTION_SETTINGS,
): WebhookTarget[] {
  const targets: WebhookTarget[] = [];
  const add = (level: WebhookLevel, configured: string, method: 'GET' | 'POST') =>
    targets.push({ level, method, ...parseWebhookUrl(configured, defaults) });

  const serviceHook = service.webhookConfiguration;
  const accountHook = account.webhookConfiguration;
  if (serviceHook.postWebhookUrl !== null) {
    if (serviceHook.filters.includes(type)) add('service', serviceHook.postWebhookUrl, serviceHook.method);
  } else if (
    accountHook.postWebhookUrl !== null &&
    accountHook.target === 'webhook' &&
    accountHook.filters.includes(type)
  ) {
    add('account', accountHook.postWebhookUrl, accountHook.method);
  }
  for (const webhook of Object.values(conversation?.webhooks ?? {})) {
    const target = scopedTarget(webhook, type, defaults);
    if (target) targets.push(target);
  }
  return targets;
}

/**
 * A conversation-scoped webhook as a target of one event type, if it is a plain `webhook` whose
 * filters list that type; `trigger` and `studio` webhooks start Twilio-side flows, not deliveries.
 */
export function scopedTarget(
  webhook: ScopedWebhookRecord,
  type: PostEventType,
  defaults: ConnectionSettings = DEFAULT_CONNECTION_SETTINGS,
): WebhookTarget | undefined {
  if (webhook.target !== 'webhook' || webhook.url === null || !webhook.filters.includes(type))
    return undefined;
  return {
    level: 'conversation',
    method: webhook.method === 'get' ? 'GET' : 'POST',
    ...parseWebhookUrl(webhook.url, defaults),
  };
}
