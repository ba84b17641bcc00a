import { keys, type Loaders, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  type ConversationWebhook,
  type ConversationWebhookConfiguration,
  createConversationWebhook,
  deleteConversationWebhook,
  listConversationWebhooks,
  MAX_PAGE_SIZE,
  updateConversationWebhook,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, deleteMutation, mutation, scoped } from '../mutations.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { type InScope, inScope, inScopeOrNull, splitPath } from '../scope.ts';
import {
  CONVERSATION_SID,
  inConversationInputFields,
  SERVICE_SID,
  withResourceFields,
} from './common-fields.ts';
import { ConversationRef, conversationLookahead, loadConversation } from './conversation.ts';
import { scopeFromSegment, serviceSegment } from './participant.ts';
import { withServiceOfChild } from './service.ts';

export type ConversationWebhookNode = InScope<ConversationWebhook>;

async function loadWebhook(
  loaders: Pick<Loaders, 'webhook'>,
  scope: Scope,
  conversationSid: string,
  sid: string,
): Promise<ConversationWebhookNode | null> {
  return inScopeOrNull(await loaders.webhook.load(keys.webhook(scope, conversationSid, sid)), scope);
}

type Target = 'webhook' | 'trigger' | 'studio';
type Method = 'get' | 'post';

const ConversationWebhookTargetEnum = builder.enumType('ConversationWebhookTarget', {
  description: 'What a conversation-scoped webhook calls.',
  values: {
    WEBHOOK: { value: 'webhook', description: 'An HTTP endpoint, on the events named in `filters`.' },
    TRIGGER: {
      value: 'trigger',
      description: 'An HTTP endpoint, when a message contains one of the `triggers` words.',
    },
    STUDIO: { value: 'studio', description: 'A Studio flow, on every new message.' },
  } as const,
});

const ConversationWebhookMethodEnum = wireEnum(
  'ConversationWebhookMethod',
  'The HTTP method a conversation-scoped webhook is called with.',
  {
    GET: 'HTTP GET, parameters in the query string.',
    POST: 'HTTP POST, parameters in a form body.',
  },
);

/** Twilio writes the method in lowercase but does not promise it; read it either way. */
function webhookMethod(value: string | null | undefined): Method | null {
  const lower = value?.toLowerCase();
  return lower === 'get' || lower === 'post' ? lower : null;
}

function webhookTarget(value: string | null): Target | null {
  return value === 'webhook' || value === 'trigger' || value === 'studio' ? value : null;
}

/**
 * Twilio lists a trigger webhook's keywords under `filters` (spec list example), not under
 * `triggers` where they are written; each is shown here under the name it has on input.
 */
function normalizedConfiguration(webhook: ConversationWebhook): ConversationWebhookConfiguration | null {
  const configuration = webhook.configuration;
  if (configuration === null || webhook.target !== 'trigger') return configuration;
  return { ...configuration, triggers: configuration.triggers ?? configuration.filters, filters: null };
}

const ConversationWebhookConfigurationRef = builder
  .objectRef<ConversationWebhookConfiguration>('ConversationWebhookConfiguration')
  .implement({
    description: 'Where a conversation-scoped webhook sends events and which ones.',
    fields: (t) => ({
      url: t.exposeString('url', {
        nullable: true,
        description: 'The endpoint called, for webhook and trigger targets.',
      }),
      method: t.field({
        type: ConversationWebhookMethodEnum,
        nullable: true,
        description: 'The HTTP method used to call `url`.',
        resolve: (c) => webhookMethod(c.method),
      }),
      filters: t.exposeStringList('filters', {
        nullable: true,
        description: 'The events that fire a webhook target, e.g. `onMessageAdded`.',
      }),
      triggers: t.exposeStringList('triggers', {
        nullable: true,
        description: 'The words that fire a trigger webhook when a message contains them.',
      }),
      flowSid: t.exposeString('flowSid', { nullable: true, description: 'The Studio flow called (FW…).' }),
      replayAfter: t.exposeInt('replayAfter', {
        nullable: true,
        description: 'The message index after which a Studio flow starts receiving messages.',
      }),
    }),
  });

export const ConversationWebhookRef = builder.objectRef<ConversationWebhookNode>('ConversationWebhook');

builder.node(ConversationWebhookRef, {
  description:
    'A webhook that only one conversation fires: an HTTP endpoint, a keyword trigger or a Studio flow.',
  id: { resolve: (w) => `${serviceSegment(w.chatServiceSid, w.scope)}/${w.conversationSid}/${w.sid}` },
  loadOne: async (id, ctx) => {
    const [segment, conversationSid, sid] = splitPath(id, 3) as [string, string, string];
    return loadWebhook(ctx.loaders, scopeFromSegment(segment), conversationSid, sid);
  },
  fields: (t) => ({
    conversationSid: t.exposeString('conversationSid', {
      description: 'The conversation that fires it (CH…).',
    }),
    target: t.field({
      type: ConversationWebhookTargetEnum,
      nullable: true,
      description: 'What the webhook calls; null for a kind Twilio added after this gateway was written.',
      resolve: (w) => webhookTarget(w.target),
    }),
    configuration: t.field({
      type: ConversationWebhookConfigurationRef,
      nullable: true,
      description: 'Where it sends events and which ones.',
      resolve: (w) => normalizedConfiguration(w),
    }),
    dateCreated: t.expose('dateCreated', { type: 'DateTime', description: 'When it was created.' }),
    dateUpdated: t.expose('dateUpdated', {
      type: 'DateTime',
      nullable: true,
      description: 'When it last changed.',
    }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The conversation that fires it.',
      extensions: { upstreamCost: 1 },
      resolve: (w, _args, ctx) => loadConversation(ctx.loaders, w.scope, w.conversationSid),
    }),
  }),
});

withResourceFields(ConversationWebhookRef, { noun: 'webhook', prefix: 'WH' });
withServiceOfChild(ConversationWebhookRef, 'webhook');

builder.objectFields(ConversationRef, (t) => ({
  webhooks: t.connection(
    {
      type: ConversationWebhookRef,
      description:
        'The webhooks only this conversation fires (at most five), in the order they were created.',
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listConversationWebhooks } },
      resolve: conversationLookahead.child('webhooks', (conversation, args: ConnectionArgs, ctx) => {
        const scope = conversation.scope;
        return resolveForwardConnection(
          args,
          MAX_PAGE_SIZE.listConversationWebhooks,
          async ({ pageSize, ref }) => {
            const page = await listConversationWebhooks(ctx.session, {
              serviceSid: scope,
              conversationSid: conversation.sid,
              pageSize,
              page: ref,
            });
            primeFromPage(ctx.loaders.webhook, page, (w) => [keys.webhook(scope, w.conversationSid, w.sid)]);
            return { ...page, items: page.items.map((w) => inScope(w, scope)) };
          },
        );
      }),
    },
    { description: 'A page of the webhooks of a conversation.' },
    { description: 'A conversation-scoped webhook and its place in the list.' },
  ),
}));

builder.queryFields((t) => ({
  conversationWebhook: t.field({
    type: ConversationWebhookRef,
    nullable: true,
    description: 'A conversation-scoped webhook by SID; null when it does not exist.',
    args: {
      conversationSid: t.arg.string({
        required: true,
        description: CONVERSATION_SID,
      }),
      sid: t.arg.string({ required: true, description: 'The webhook’s WH… SID.' }),
      serviceSid: t.arg.string({
        description: SERVICE_SID,
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) =>
      loadWebhook(ctx.loaders, args.serviceSid ?? undefined, args.conversationSid, args.sid),
  }),
}));

const ConfigurationInput = builder.inputType('ConversationWebhookConfigurationInput', {
  description: 'Where a conversation-scoped webhook sends events and which ones.',
  fields: (t) => ({
    url: t.string({ description: 'The endpoint to call; required for webhook and trigger targets.' }),
    method: t.field({ type: ConversationWebhookMethodEnum, description: 'The HTTP method to call it with.' }),
    filters: t.stringList({ description: 'The events that fire it, e.g. `onMessageAdded`.' }),
    triggers: t.stringList({ description: 'The words that fire a trigger webhook.' }),
    flowSid: t.string({ description: 'The Studio flow to call (FW…); required for the studio target.' }),
  }),
});

const CreateConversationWebhookInput = builder.inputType('CreateConversationWebhookInput', {
  description: 'A new webhook that only one conversation fires; a conversation has at most five.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    target: t.field({
      type: ConversationWebhookTargetEnum,
      required: true,
      description: 'What the webhook calls.',
    }),
    configuration: t.field({
      type: ConfigurationInput,
      description: 'Where it sends events and which ones.',
    }),
    replayAfter: t.int({
      description: 'For a Studio flow: the message index after which the flow starts receiving messages.',
    }),
  }),
});

const UpdateConversationWebhookInput = builder.inputType('UpdateConversationWebhookInput', {
  description: 'Changes to a conversation-scoped webhook; its target cannot change.',
  fields: (t) => ({
    ...inConversationInputFields(t),
    sid: t.string({ required: true, description: 'The webhook’s WH… SID.' }),
    configuration: t.field({
      type: ConfigurationInput,
      required: true,
      description: 'The new configuration.',
    }),
  }),
});

type ConfigurationFields = typeof ConfigurationInput.$inferInput;

function configurationParams(configuration: ConfigurationFields | null | undefined) {
  return {
    configurationUrl: configuration?.url,
    configurationMethod: configuration?.method,
    configurationFilters: configuration?.filters,
    configurationTriggers: configuration?.triggers,
    configurationFlowSid: configuration?.flowSid,
  };
}

const ConversationWebhookPayload = changePayload('ConversationWebhookPayload', {
  key: 'webhook',
  type: ConversationWebhookRef,
  about: 'creating or changing a conversation-scoped webhook',
  current: 'The webhook as it is now',
});

mutation('createConversationWebhook', {
  description: 'Adds a webhook that only this conversation fires.',
  input: CreateConversationWebhookInput,
  inputDescription: 'The conversation, and what the new webhook calls and when.',
  payload: ConversationWebhookPayload,
  run: scoped((input, ctx) =>
    createConversationWebhook(ctx.session, {
      ...input,
      ...configurationParams(input.configuration),
      configurationReplayAfter: input.replayAfter,
    }),
  ),
});

mutation('updateConversationWebhook', {
  description: 'Changes where a conversation-scoped webhook sends events and which ones.',
  input: UpdateConversationWebhookInput,
  inputDescription: 'The webhook to change, and its new settings.',
  payload: ConversationWebhookPayload,
  run: scoped((input, ctx) =>
    updateConversationWebhook(ctx.session, { ...input, ...configurationParams(input.configuration) }),
  ),
});

deleteMutation('deleteConversationWebhook', {
  description: 'Deletes a conversation-scoped webhook.',
  input: 'The conversation-scoped webhook to delete.',
  inputDescription: 'The webhook to remove, by its conversation and SID.',
  fields: (t) => ({
    ...inConversationInputFields(t),
  }),
  sid: 'The webhook’s WH… SID.',
  call: (session, input) => deleteConversationWebhook(session, input),
});
