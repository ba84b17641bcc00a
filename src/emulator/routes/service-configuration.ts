import { applyGiven, type Params } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import type { ServiceState } from '../store.ts';
import type { RoleType, Wire } from '../wire.ts';
import { parseWebhookFilters, parseWebhookMethod, parseWebhookUrl } from './configuration.ts';
import { requireRoleOfType } from './roles.ts';

function configurationUrl(ctx: RouteContext, service: ServiceState): string {
  return `${ctx.baseUrl}/v1/Services/${service.sid}/Configuration`;
}

function renderServiceConfiguration(
  ctx: RouteContext,
  service: ServiceState,
): Wire<'conversations.v1.service.service_configuration'> {
  const url = configurationUrl(ctx, service);
  const configuration = service.configuration;
  return {
    chat_service_sid: service.sid,
    default_conversation_creator_role_sid: configuration.defaultConversationCreatorRoleSid,
    default_conversation_role_sid: configuration.defaultConversationRoleSid,
    default_chat_service_role_sid: configuration.defaultChatServiceRoleSid,
    url,
    links: { notifications: `${url}/Notifications`, webhooks: `${url}/Webhooks` },
    reachability_enabled: configuration.reachabilityEnabled,
  };
}

function renderNotifications(
  ctx: RouteContext,
  service: ServiceState,
): Wire<'conversations.v1.service.service_configuration.service_notification'> {
  const { newMessage, addedToConversation, removedFromConversation, logEnabled } = service.notifications;
  return {
    account_sid: ctx.account.sid,
    chat_service_sid: service.sid,
    new_message: {
      enabled: newMessage.enabled,
      template: newMessage.template,
      sound: newMessage.sound,
      badge_count_enabled: newMessage.badgeCountEnabled,
      with_media: { enabled: newMessage.withMedia.enabled, template: newMessage.withMedia.template },
    },
    added_to_conversation: { ...addedToConversation },
    removed_from_conversation: { ...removedFromConversation },
    log_enabled: logEnabled,
    url: `${configurationUrl(ctx, service)}/Notifications`,
  };
}

function renderServiceWebhooks(
  ctx: RouteContext,
  service: ServiceState,
): Wire<'conversations.v1.service.service_configuration.service_webhook_configuration'> {
  const webhook = service.webhookConfiguration;
  return {
    account_sid: ctx.account.sid,
    chat_service_sid: service.sid,
    pre_webhook_url: webhook.preWebhookUrl,
    post_webhook_url: webhook.postWebhookUrl,
    filters: [...webhook.filters],
    method: webhook.method,
    url: `${configurationUrl(ctx, service)}/Webhooks`,
  };
}

function parseDefaultRole(
  service: ServiceState,
  body: Params,
  key: string,
  type: RoleType,
): string | undefined {
  const sid = body.string(key);
  if (sid === undefined || sid === '') return undefined;
  return requireRoleOfType(service, sid, type, key).sid;
}

function updateServiceConfiguration(ctx: RouteContext) {
  const service = ctx.service();
  const body = ctx.body;
  // The creator and member defaults are conversation-level roles; the user default is service-level.
  const creatorRole = parseDefaultRole(service, body, 'DefaultConversationCreatorRoleSid', 'conversation');
  const conversationRole = parseDefaultRole(service, body, 'DefaultConversationRoleSid', 'conversation');
  const serviceRole = parseDefaultRole(service, body, 'DefaultChatServiceRoleSid', 'service');
  const reachability = body.bool('ReachabilityEnabled');

  applyGiven(service.configuration, {
    defaultConversationCreatorRoleSid: creatorRole,
    defaultConversationRoleSid: conversationRole,
    defaultChatServiceRoleSid: serviceRole,
    reachabilityEnabled: reachability,
  });
  return { status: 200, body: renderServiceConfiguration(ctx, service) };
}

/** A template or sound: the text as given, or null when sent empty. */
function optionalText(body: Params, key: string): string | null | undefined {
  const value = body.string(key);
  if (value === undefined) return undefined;
  return value === '' ? null : value;
}

function updateNotifications(ctx: RouteContext) {
  const service = ctx.service();
  const body = ctx.body;
  // Read and validate every parameter before changing anything, so a bad boolean changes nothing.
  const values = {
    logEnabled: body.bool('LogEnabled'),
    newMessageEnabled: body.bool('NewMessage.Enabled'),
    newMessageTemplate: optionalText(body, 'NewMessage.Template'),
    newMessageSound: optionalText(body, 'NewMessage.Sound'),
    badgeCountEnabled: body.bool('NewMessage.BadgeCountEnabled'),
    withMediaEnabled: body.bool('NewMessage.WithMedia.Enabled'),
    withMediaTemplate: optionalText(body, 'NewMessage.WithMedia.Template'),
    addedEnabled: body.bool('AddedToConversation.Enabled'),
    addedTemplate: optionalText(body, 'AddedToConversation.Template'),
    addedSound: optionalText(body, 'AddedToConversation.Sound'),
    removedEnabled: body.bool('RemovedFromConversation.Enabled'),
    removedTemplate: optionalText(body, 'RemovedFromConversation.Template'),
    removedSound: optionalText(body, 'RemovedFromConversation.Sound'),
  };

  const notifications = service.notifications;
  const { newMessage, addedToConversation: added, removedFromConversation: removed } = notifications;
  if (values.logEnabled !== undefined) notifications.logEnabled = values.logEnabled;
  if (values.newMessageEnabled !== undefined) newMessage.enabled = values.newMessageEnabled;
  if (values.newMessageTemplate !== undefined) newMessage.template = values.newMessageTemplate;
  if (values.newMessageSound !== undefined) newMessage.sound = values.newMessageSound;
  if (values.badgeCountEnabled !== undefined) newMessage.badgeCountEnabled = values.badgeCountEnabled;
  if (values.withMediaEnabled !== undefined) newMessage.withMedia.enabled = values.withMediaEnabled;
  if (values.withMediaTemplate !== undefined) newMessage.withMedia.template = values.withMediaTemplate;
  if (values.addedEnabled !== undefined) added.enabled = values.addedEnabled;
  if (values.addedTemplate !== undefined) added.template = values.addedTemplate;
  if (values.addedSound !== undefined) added.sound = values.addedSound;
  if (values.removedEnabled !== undefined) removed.enabled = values.removedEnabled;
  if (values.removedTemplate !== undefined) removed.template = values.removedTemplate;
  if (values.removedSound !== undefined) removed.sound = values.removedSound;
  return { status: 200, body: renderNotifications(ctx, service) };
}

function updateServiceWebhooks(ctx: RouteContext) {
  const service = ctx.service();
  const body = ctx.body;
  const preWebhookUrl = parseWebhookUrl(body, 'PreWebhookUrl');
  const postWebhookUrl = parseWebhookUrl(body, 'PostWebhookUrl');
  const filters = parseWebhookFilters(body);
  const method = parseWebhookMethod(body);

  applyGiven(service.webhookConfiguration, { preWebhookUrl, postWebhookUrl, filters, method });
  return { status: 200, body: renderServiceWebhooks(ctx, service) };
}

/** Service settings exist only under `/v1/Services/{ChatServiceSid}/Configuration…`; there is no short form. */
export function registerServiceConfiguration(router: Router): void {
  router.operation('FetchServiceConfiguration', (ctx) => ({
    status: 200,
    body: renderServiceConfiguration(ctx, ctx.service()),
  }));
  router.operation('UpdateServiceConfiguration', updateServiceConfiguration);
  router.operation('FetchServiceNotification', (ctx) => ({
    status: 200,
    body: renderNotifications(ctx, ctx.service()),
  }));
  router.operation('UpdateServiceNotification', updateNotifications);
  router.operation('FetchServiceWebhookConfiguration', (ctx) => ({
    status: 200,
    body: renderServiceWebhooks(ctx, ctx.service()),
  }));
  router.operation('UpdateServiceWebhookConfiguration', updateServiceWebhooks);
}
