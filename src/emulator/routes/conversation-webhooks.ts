import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { applyGiven, formatDate, type Params } from '../params.ts';
import { type RouteContext, type Router, withServiceSid } from '../router.ts';
import type { ConversationRecord, ScopedWebhookRecord } from '../store.ts';
import { messageAdded } from '../webhooks/events.ts';
import { scopedTarget } from '../webhooks/targets.ts';
import type { JsonValue, ScopedWebhookTarget, Wire } from '../wire.ts';
import { WEBHOOK_EVENTS } from './configuration.ts';
import { conversationUrl, requireConversation } from './conversations.ts';
import { deleteRoute, fetchRoute, listRoute, type Records, requireBySid } from './records.ts';

/** Limits from https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource. */
const MAX_WEBHOOKS = 5;
const MAX_TRIGGERS = 5;
const MAX_TRIGGER_LENGTH = 248;
const MAX_URL_LENGTH = 2048;
const TARGETS: readonly ScopedWebhookTarget[] = ['webhook', 'trigger', 'studio'];
const FLOW_SID = /^FW[0-9a-fA-F]{32}$/;

type ShortWebhook = Wire<'conversations.v1.conversation.conversation_scoped_webhook'>;
type ServiceWebhook =
  Wire<'conversations.v1.service.service_conversation.service_conversation_scoped_webhook'>;

/** Trigger keywords are shown under `filters`, as in the spec's list example. */
function renderConfiguration(webhook: ScopedWebhookRecord): JsonValue {
  switch (webhook.target) {
    case 'webhook':
      return { url: webhook.url, method: webhook.method, filters: [...webhook.filters] };
    case 'trigger':
      return { url: webhook.url, method: webhook.method, filters: [...webhook.triggers] };
    case 'studio':
      return { flow_sid: webhook.flowSid };
  }
}

export function renderScopedWebhook(
  ctx: RouteContext,
  conversation: ConversationRecord,
  webhook: ScopedWebhookRecord,
): ShortWebhook | ServiceWebhook {
  const body: ShortWebhook = {
    sid: webhook.sid,
    account_sid: ctx.account.sid,
    conversation_sid: conversation.sid,
    target: webhook.target,
    url: `${conversationUrl(ctx, conversation)}/Webhooks/${webhook.sid}`,
    configuration: renderConfiguration(webhook),
    date_created: formatDate(webhook.dateCreated),
    date_updated: formatDate(webhook.dateUpdated),
  };
  return withServiceSid<ShortWebhook, ServiceWebhook>(ctx, body, 'account_sid');
}

function requireWebhook(ctx: RouteContext, conversation: ConversationRecord): ScopedWebhookRecord {
  return requireBySid(ctx, conversation.webhooks, 'WH');
}

function parseUrl(body: Params, required: boolean): string | undefined {
  const url = body.string('Configuration.Url', { max: MAX_URL_LENGTH, tooLong: 50372 });
  if (url === undefined || url === '') {
    if (required || url === '') throw new EmulatorError(50369);
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw createInvalidParameter('Configuration.Url', 'must be an absolute URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw createInvalidParameter('Configuration.Url', 'must be an http or https URL');
  return url;
}

/** The scoped webhook's method is lowercase on the wire (spec enum `get|post`); either case is accepted. */
function parseMethod(body: Params): 'get' | 'post' | undefined {
  const method = body.string('Configuration.Method');
  if (method === undefined || method === '') return undefined;
  const lower = method.toLowerCase();
  if (lower !== 'get' && lower !== 'post')
    throw createInvalidParameter('Configuration.Method', `expected get or post, got "${method}"`);
  return lower;
}

function parseFilters(body: Params, required: boolean): string[] | undefined {
  const filters = body.list('Configuration.Filters')?.filter((f) => f !== '');
  if (filters === undefined || filters.length === 0) {
    if (required || filters !== undefined) throw new EmulatorError(50370);
    return undefined;
  }
  for (const filter of filters) {
    if (!(WEBHOOK_EVENTS as readonly string[]).includes(filter))
      throw new EmulatorError(50365, `Invalid webhook filter "${filter}"`);
  }
  return [...new Set(filters)];
}

function parseTriggers(body: Params, required: boolean): string[] | undefined {
  const triggers = body.list('Configuration.Triggers');
  if (triggers === undefined || triggers.length === 0) {
    if (required) throw new EmulatorError(50371);
    return undefined;
  }
  if (triggers.length > MAX_TRIGGERS) throw new EmulatorError(50362);
  for (const trigger of triggers) {
    if (trigger.trim() === '' || [...trigger].length > MAX_TRIGGER_LENGTH)
      throw new EmulatorError(50366, `Invalid webhook trigger "${trigger}"`);
  }
  return triggers;
}

function parseFlowSid(body: Params, required: boolean): string | undefined {
  const flowSid = body.string('Configuration.FlowSid');
  if (flowSid === undefined && !required) return undefined;
  if (flowSid === undefined || !FLOW_SID.test(flowSid)) throw new EmulatorError(50367);
  return flowSid;
}

function createWebhook(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  const body = ctx.body;
  if (!body.string('Target')) throw new EmulatorError(50368);
  const target = body.enumValue('Target', TARGETS, 50364);
  if (target === undefined) throw new EmulatorError(50368);
  if (Object.keys(conversation.webhooks).length >= MAX_WEBHOOKS) throw new EmulatorError(50361);

  const usesUrl = target !== 'studio';
  const url = usesUrl ? parseUrl(body, true) : undefined;
  const method = usesUrl ? parseMethod(body) : undefined;
  const filters = target === 'webhook' ? parseFilters(body, true) : undefined;
  const triggers = target === 'trigger' ? parseTriggers(body, true) : undefined;
  const flowSid = target === 'studio' ? parseFlowSid(body, true) : undefined;
  const replayAfter = body.int('Configuration.ReplayAfter', { min: 0 });

  const now = ctx.now();
  const webhook: ScopedWebhookRecord = {
    ...ctx.store.newRecord('WH', now),
    target,
    url: url ?? null,
    // Twilio calls scoped webhooks with POST unless told otherwise.
    method: usesUrl ? (method ?? 'post') : null,
    filters: filters ?? [],
    triggers: triggers ?? [],
    flowSid: flowSid ?? null,
    replayAfter: replayAfter ?? null,
  };
  conversation.webhooks[webhook.sid] = webhook;
  replayMessages(ctx, conversation, webhook);
  return { status: 201, body: renderScopedWebhook(ctx, conversation, webhook) };
}

/**
 * `Configuration.ReplayAfter`: the conversation's messages from that index on are sent to the new
 * webhook alone, as onMessageAdded, if its filters take that event. The request asks for them by
 * its very parameter (and the operation takes no X-Twilio-Webhook-Enabled), so they always go.
 */
function replayMessages(
  ctx: RouteContext,
  conversation: ConversationRecord,
  webhook: ScopedWebhookRecord,
): void {
  const from = webhook.replayAfter;
  const target = from === null ? undefined : scopedTarget(webhook, 'onMessageAdded');
  if (from === null || !target) return;
  const messages = Object.values(conversation.messages)
    .filter((message) => message.index >= from)
    .sort((a, b) => a.index - b.index);
  for (const message of messages) ctx.emitTo(messageAdded(conversation, message), [target], { always: true });
}

/** Update changes the configuration of the webhook's own target; the target itself is fixed. */
function updateWebhook(ctx: RouteContext) {
  const conversation = requireConversation(ctx);
  const webhook = requireWebhook(ctx, conversation);
  const body = ctx.body;
  const target = body.string('Target');
  if (target !== undefined && target !== webhook.target)
    throw createInvalidParameter('Target', 'the target of a webhook cannot be changed');

  const usesUrl = webhook.target !== 'studio';
  const url = usesUrl ? parseUrl(body, false) : undefined;
  const method = usesUrl ? parseMethod(body) : undefined;
  const filters = webhook.target === 'webhook' ? parseFilters(body, false) : undefined;
  const triggers = webhook.target === 'trigger' ? parseTriggers(body, false) : undefined;
  const flowSid = webhook.target === 'studio' ? parseFlowSid(body, false) : undefined;

  applyGiven(webhook, { url, method, filters, triggers, flowSid });
  webhook.dateUpdated = ctx.now();
  return { status: 200, body: renderScopedWebhook(ctx, conversation, webhook) };
}

const webhooks: Records<ConversationRecord, ScopedWebhookRecord> = {
  parent: (ctx) => requireConversation(ctx),
  records: (conversation) => conversation.webhooks,
  find: requireWebhook,
  render: (ctx, webhook, conversation) => renderScopedWebhook(ctx, conversation, webhook),
};

export function registerConversationWebhooks(router: Router): void {
  router.resource('ConversationScopedWebhook', true, {
    list: listRoute(webhooks),
    create: createWebhook,
    fetch: fetchRoute(webhooks),
    update: updateWebhook,
    delete: deleteRoute(webhooks),
  });
}
