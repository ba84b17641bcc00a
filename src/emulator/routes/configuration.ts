import { EmulatorError, type ErrorCode } from '../errors.ts';
import { applyGiven, type Params } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { looksLikeSid } from '../sids.ts';
import type { AccountState } from '../store.ts';
import type { Wire } from '../wire.ts';

/**
 * The 23 event names of global and service webhooks (docs/twilio-rest-behaviour.md §6.2). The
 * stale names in some spec examples (`onMessageSend`, `onConversationDestroyed`, …) are refused.
 */
export const WEBHOOK_EVENTS = [
  'onMessageAdd',
  'onMessageAdded',
  'onMessageUpdate',
  'onMessageUpdated',
  'onMessageRemove',
  'onMessageRemoved',
  'onConversationAdd',
  'onConversationAdded',
  'onConversationUpdate',
  'onConversationUpdated',
  'onConversationRemove',
  'onConversationRemoved',
  'onConversationStateUpdated',
  'onParticipantAdd',
  'onParticipantAdded',
  'onParticipantUpdate',
  'onParticipantUpdated',
  'onParticipantRemove',
  'onParticipantRemoved',
  'onUserAdded',
  'onUserUpdate',
  'onUserUpdated',
  'onDeliveryUpdated',
] as const;

const WEBHOOK_TARGETS = ['webhook', 'flex'] as const;
const MIN_INACTIVE_MS = 60_000;
const MIN_CLOSED_MS = 600_000;

/**
 * Repeated `Filters`, each one of the known events. A lone empty value clears the list, which is
 * how a form-encoded client says "no filters".
 */
export function parseWebhookFilters(body: Params, key = 'Filters'): string[] | undefined {
  const values = body.list(key);
  if (values === undefined) return undefined;
  const filters = values.filter((value) => value !== '');
  for (const filter of filters) {
    if (!(WEBHOOK_EVENTS as readonly string[]).includes(filter))
      throw new EmulatorError(50365, `Invalid ${key} value "${filter}": not a Conversations webhook event`);
  }
  return [...new Set(filters)];
}

/** `GET` or `POST`; accepted in any case and stored upper-case, as the global and service resources show it. */
export function parseWebhookMethod(body: Params, key = 'Method'): 'GET' | 'POST' | undefined {
  const value = body.string(key);
  if (value === undefined || value === '') return undefined;
  const upper = value.toUpperCase();
  if (upper === 'GET' || upper === 'POST') return upper;
  throw new EmulatorError(50055, `Invalid ${key} "${value}": expected GET or POST`);
}

/** An absolute http(s) URL, or empty to remove it (`null`). */
export function parseWebhookUrl(body: Params, key: string): string | null | undefined {
  const value = body.string(key);
  if (value === undefined) return undefined;
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EmulatorError(50054, `Invalid ${key} "${value}": expected an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new EmulatorError(50054, `Invalid ${key} "${value}": expected an http or https URL`);
  return value;
}

function parseDefaultTimer(
  body: Params,
  key: string,
  invalid: ErrorCode,
  tooShort: ErrorCode,
  minMs: number,
): string | null | undefined {
  if (!body.has(key)) return undefined;
  const duration = body.duration(key, invalid);
  if (duration === undefined) return null;
  if (duration.ms < minMs) throw new EmulatorError(tooShort);
  return duration.text;
}

function renderConfiguration(
  ctx: RouteContext,
  account: AccountState,
): Wire<'conversations.v1.configuration'> {
  const configuration = account.configuration;
  return {
    account_sid: account.sid,
    default_chat_service_sid: configuration.defaultChatServiceSid,
    default_messaging_service_sid: configuration.defaultMessagingServiceSid,
    default_inactive_timer: configuration.defaultInactiveTimer,
    default_closed_timer: configuration.defaultClosedTimer,
    url: `${ctx.baseUrl}/v1/Configuration`,
    links: {
      service: `${ctx.baseUrl}/v1/Services/${configuration.defaultChatServiceSid}/Configuration`,
      webhooks: `${ctx.baseUrl}/v1/Configuration/Webhooks`,
    },
  };
}

function renderConfigurationWebhook(
  ctx: RouteContext,
  account: AccountState,
): Wire<'conversations.v1.configuration.configuration_webhook'> {
  const webhook = account.webhookConfiguration;
  return {
    account_sid: account.sid,
    method: webhook.method,
    filters: [...webhook.filters],
    pre_webhook_url: webhook.preWebhookUrl,
    post_webhook_url: webhook.postWebhookUrl,
    target: webhook.target,
    url: `${ctx.baseUrl}/v1/Configuration/Webhooks`,
  };
}

function updateConfiguration(ctx: RouteContext) {
  const body = ctx.body;
  const account = ctx.account;
  const serviceSid = body.string('DefaultChatServiceSid');
  if (serviceSid !== undefined && !(looksLikeSid(serviceSid, 'IS') && account.services[serviceSid]))
    throw new EmulatorError(
      50050,
      `DefaultChatServiceSid ${serviceSid} is not a Conversation Service of this account`,
    );
  const messagingServiceSid = body.string('DefaultMessagingServiceSid');
  if (messagingServiceSid && !looksLikeSid(messagingServiceSid, 'MG')) throw new EmulatorError(50341);
  const inactive = parseDefaultTimer(body, 'DefaultInactiveTimer', 50379, 50375, MIN_INACTIVE_MS);
  const closed = parseDefaultTimer(body, 'DefaultClosedTimer', 50380, 50376, MIN_CLOSED_MS);

  const configuration = account.configuration;
  if (serviceSid !== undefined) configuration.defaultChatServiceSid = serviceSid;
  if (messagingServiceSid !== undefined)
    configuration.defaultMessagingServiceSid = messagingServiceSid || null;
  if (inactive !== undefined) configuration.defaultInactiveTimer = inactive;
  if (closed !== undefined) configuration.defaultClosedTimer = closed;
  return { status: 200, body: renderConfiguration(ctx, account) };
}

function updateConfigurationWebhook(ctx: RouteContext) {
  const body = ctx.body;
  const method = parseWebhookMethod(body);
  const filters = parseWebhookFilters(body);
  const preWebhookUrl = parseWebhookUrl(body, 'PreWebhookUrl');
  const postWebhookUrl = parseWebhookUrl(body, 'PostWebhookUrl');
  const target = body.string('Target') === '' ? undefined : body.enumValue('Target', WEBHOOK_TARGETS, 50364);

  applyGiven(ctx.account.webhookConfiguration, { method, filters, preWebhookUrl, postWebhookUrl, target });
  return { status: 200, body: renderConfigurationWebhook(ctx, ctx.account) };
}

export function registerConfiguration(router: Router): void {
  router.operation('FetchConfiguration', (ctx) => ({
    status: 200,
    body: renderConfiguration(ctx, ctx.account),
  }));
  router.operation('UpdateConfiguration', updateConfiguration);
  router.operation('FetchConfigurationWebhook', (ctx) => ({
    status: 200,
    body: renderConfigurationWebhook(ctx, ctx.account),
  }));
  router.operation('UpdateConfigurationWebhook', updateConfigurationWebhook);
}
