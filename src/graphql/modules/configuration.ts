import { keys } from '../../loaders/index.ts';
import {
  type Configuration,
  type ConfigurationWebhook,
  fetchConfiguration,
  fetchConfigurationWebhook,
  fetchServiceConfiguration,
  fetchServiceNotification,
  fetchServiceWebhookConfiguration,
  type MediaNotificationTemplate,
  type NewMessageNotification,
  type NotificationTemplate,
  type ServiceConfiguration,
  type ServiceNotification,
  type ServiceWebhookConfiguration,
  updateConfiguration,
  updateConfigurationWebhook,
  updateServiceConfiguration,
  updateServiceNotification,
  updateServiceWebhookConfiguration,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { UserErrorRef, type UserErrorShape } from '../errors.ts';
import { runMutation } from '../mutations.ts';
import { loadRole, RoleRef } from './role.ts';
import { loadNamedService, ServiceRef, serviceLookahead } from './service.ts';

export const WebhookMethodEnum = builder.enumType('WebhookMethod', {
  description: 'The HTTP method Twilio uses to call a webhook.',
  values: {
    GET: { value: 'GET', description: 'Event data in the query string.' },
    POST: { value: 'POST', description: 'Event data as a form-encoded body.' },
  } as const,
});

const WebhookTargetEnum = builder.enumType('WebhookTarget', {
  description: 'Where the account-wide Conversations webhooks go.',
  values: {
    WEBHOOK: { value: 'webhook', description: 'To the pre- and post-event URLs.' },
    FLEX: { value: 'flex', description: 'To Twilio Flex.' },
  } as const,
});

/**
 * Twilio answers an unset webhook URL with null but has answered with an empty string too; the
 * URL scalar would reject that, so anything that is not an absolute URL reads as unset.
 */
function webhookUrl(value: string | null): string | null {
  return value && URL.canParse(value) ? value : null;
}

/** Absent leaves a URL as it is, null removes it (Twilio's empty value), a URL sets it. */
function webhookUrlParam(value: URL | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value === null ? '' : value.toString();
}

/** Drops absent and null inputs: Twilio leaves a setting as it is when its parameter is not sent. */
function defined<T extends Record<string, unknown>>(params: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== null),
  ) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}

// Twilio's notification placeholders are literally `${NAME}`: these are plain strings, not templates.
// biome-ignore lint/suspicious/noTemplateCurlyInString: Twilio's placeholder syntax
const TEMPLATE_TEXT = 'The text; placeholders: `${CONVERSATION}`, `${PARTICIPANT}`, `${MESSAGE}`.';
// biome-ignore lint/suspicious/noTemplateCurlyInString: Twilio's placeholder syntax
const MEDIA_TEMPLATE_TEXT = 'The text; placeholders: `${MEDIA}`, `${MEDIA_COUNT}`.';

type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserErrorShape[] };

const ConfigurationWebhookRef = builder.objectRef<ConfigurationWebhook>('ConfigurationWebhook').implement({
  description:
    'The account-wide Conversations webhook: where Twilio reports events of every service, unless a service sets its own.',
  fields: (t) => ({
    accountSid: t.exposeString('accountSid', { description: 'The Twilio account.' }),
    target: t.field({
      type: WebhookTargetEnum,
      nullable: true,
      description: 'Whether events go to the URLs below or to Flex.',
      resolve: (w) => w.target,
    }),
    method: t.field({
      type: WebhookMethodEnum,
      nullable: true,
      description: 'The HTTP method of the calls.',
      resolve: (w) => w.method,
    }),
    filters: t.field({
      type: ['String'],
      description: 'The events reported, e.g. `onMessageAdded`; empty when none is.',
      resolve: (w) => w.filters ?? [],
    }),
    preWebhookUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Called before an action, which it can refuse.',
      resolve: (w) => webhookUrl(w.preWebhookUrl),
    }),
    postWebhookUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Called after an action.',
      resolve: (w) => webhookUrl(w.postWebhookUrl),
    }),
    url: t.expose('url', { type: 'URL', description: 'The REST URL of this setting.' }),
  }),
});

const ConfigurationRef = builder.objectRef<Configuration>('Configuration').implement({
  description:
    'The account’s Conversations settings: which service the short routes act on, the default messaging service and default conversation timers.',
  fields: (t) => ({
    accountSid: t.exposeString('accountSid', { description: 'The Twilio account.' }),
    defaultChatServiceSid: t.exposeString('defaultChatServiceSid', {
      nullable: true,
      description: 'The service that queries without a `serviceSid` act on (IS…).',
    }),
    defaultService: t.field({
      type: ServiceRef,
      nullable: true,
      description: 'The service that queries without a `serviceSid` act on.',
      extensions: { upstreamCost: 1 },
      resolve: (c, _args, ctx) =>
        c.defaultChatServiceSid ? ctx.loaders.service.load(keys.service(c.defaultChatServiceSid)) : null,
    }),
    defaultMessagingServiceSid: t.exposeString('defaultMessagingServiceSid', {
      nullable: true,
      description:
        'The Messaging Service new conversations use for SMS and WhatsApp unless they name one (MG…).',
    }),
    defaultInactiveTimer: t.expose('defaultInactiveTimer', {
      type: 'Duration',
      nullable: true,
      description: 'Idle time after which new conversations become inactive; null for never.',
    }),
    defaultClosedTimer: t.expose('defaultClosedTimer', {
      type: 'Duration',
      nullable: true,
      description: 'Time after which new conversations close for good; null for never.',
    }),
    url: t.expose('url', { type: 'URL', description: 'The REST URL of the configuration.' }),
    webhook: t.field({
      type: ConfigurationWebhookRef,
      description: 'The account-wide webhook.',
      extensions: { upstreamCost: 1 },
      resolve: (_c, _args, ctx) => fetchConfigurationWebhook(ctx.session),
    }),
  }),
});

const ServiceConfigurationRef = builder.objectRef<ServiceConfiguration>('ServiceConfiguration').implement({
  description: 'A service’s default roles and whether it tracks whether its users are online.',
  fields: (t) => {
    // The three default roles are usually asked together: the role loader reads them in one list call.
    const role = (pick: (c: ServiceConfiguration) => string | null, description: string) =>
      t.field({
        type: RoleRef,
        nullable: true,
        description,
        extensions: { upstreamCost: 1 },
        resolve: (c, _args, ctx) => loadRole(ctx, c.chatServiceSid, pick(c)),
      });
    return {
      chatServiceSid: t.exposeString('chatServiceSid', { description: 'The service (IS…).' }),
      defaultConversationCreatorRoleSid: t.exposeString('defaultConversationCreatorRoleSid', {
        nullable: true,
        description: 'The conversation role given to whoever creates a conversation (RL…).',
      }),
      defaultConversationRoleSid: t.exposeString('defaultConversationRoleSid', {
        nullable: true,
        description: 'The conversation role given to other participants (RL…).',
      }),
      defaultChatServiceRoleSid: t.exposeString('defaultChatServiceRoleSid', {
        nullable: true,
        description: 'The service role given to new users (RL…).',
      }),
      defaultConversationCreatorRole: role(
        (c) => c.defaultConversationCreatorRoleSid,
        'The conversation role given to whoever creates a conversation.',
      ),
      defaultConversationRole: role(
        (c) => c.defaultConversationRoleSid,
        'The conversation role given to other participants.',
      ),
      defaultChatServiceRole: role(
        (c) => c.defaultChatServiceRoleSid,
        'The service role given to new users.',
      ),
      reachabilityEnabled: t.exposeBoolean('reachabilityEnabled', {
        nullable: true,
        description: 'Whether users’ `isOnline` and `isNotifiable` are tracked.',
      }),
      url: t.expose('url', { type: 'URL', description: 'The REST URL of this configuration.' }),
      service: t.field({
        type: ServiceRef,
        description: 'The service this configuration belongs to.',
        extensions: { upstreamCost: 1 },
        resolve: (c, _args, ctx) => loadNamedService(ctx, c.chatServiceSid),
      }),
      notifications: t.field({
        type: ServiceNotificationRef,
        description: 'The service’s push notification settings; the same as `Service.notifications`.',
        extensions: { upstreamCost: 1 },
        resolve: (c, _args, ctx) => fetchServiceNotification(ctx.session, { serviceSid: c.chatServiceSid }),
      }),
      webhookConfiguration: t.field({
        type: ServiceWebhookConfigurationRef,
        description: 'The service’s own webhooks; the same as `Service.webhookConfiguration`.',
        extensions: { upstreamCost: 1 },
        resolve: (c, _args, ctx) =>
          fetchServiceWebhookConfiguration(ctx.session, { serviceSid: c.chatServiceSid }),
      }),
    };
  },
});

const NotificationTemplateRef = builder.objectRef<NotificationTemplate>('NotificationTemplate').implement({
  description: 'One kind of push notification: whether it is sent, its text and its sound.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { nullable: true, description: 'Whether it is sent.' }),
    template: t.exposeString('template', {
      nullable: true,
      description: TEMPLATE_TEXT,
    }),
    sound: t.exposeString('sound', { nullable: true, description: 'The sound the device plays.' }),
  }),
});

const MediaNotificationTemplateRef = builder
  .objectRef<MediaNotificationTemplate>('MediaNotificationTemplate')
  .implement({
    description: 'The push notification for a new message that carries media.',
    fields: (t) => ({
      enabled: t.exposeBoolean('enabled', { nullable: true, description: 'Whether it is sent.' }),
      template: t.exposeString('template', {
        nullable: true,
        description: MEDIA_TEMPLATE_TEXT,
      }),
    }),
  });

const NewMessageNotificationRef = builder
  .objectRef<NewMessageNotification>('NewMessageNotification')
  .implement({
    description: 'The push notification for a new message.',
    fields: (t) => ({
      enabled: t.exposeBoolean('enabled', { nullable: true, description: 'Whether it is sent.' }),
      template: t.exposeString('template', {
        nullable: true,
        description: TEMPLATE_TEXT,
      }),
      sound: t.exposeString('sound', { nullable: true, description: 'The sound the device plays.' }),
      badgeCountEnabled: t.exposeBoolean('badgeCountEnabled', {
        nullable: true,
        description: 'Whether the app badge shows the unread count (iOS).',
      }),
      withMedia: t.field({
        type: MediaNotificationTemplateRef,
        nullable: true,
        description: 'The variant for messages with media.',
        resolve: (n) => n.withMedia,
      }),
    }),
  });

const ServiceNotificationRef = builder.objectRef<ServiceNotification>('ServiceNotification').implement({
  description: 'A service’s push notification settings.',
  fields: (t) => ({
    accountSid: t.exposeString('accountSid', { description: 'The Twilio account.' }),
    chatServiceSid: t.exposeString('chatServiceSid', { description: 'The service (IS…).' }),
    logEnabled: t.exposeBoolean('logEnabled', {
      nullable: true,
      description: 'Whether Twilio logs each notification it sends, for debugging.',
    }),
    newMessage: t.field({
      type: NewMessageNotificationRef,
      nullable: true,
      description: 'When a message is added to one of the user’s conversations.',
      resolve: (n) => n.newMessage,
    }),
    addedToConversation: t.field({
      type: NotificationTemplateRef,
      nullable: true,
      description: 'When the user is added to a conversation.',
      resolve: (n) => n.addedToConversation,
    }),
    removedFromConversation: t.field({
      type: NotificationTemplateRef,
      nullable: true,
      description: 'When the user is removed from a conversation.',
      resolve: (n) => n.removedFromConversation,
    }),
    url: t.expose('url', { type: 'URL', description: 'The REST URL of these settings.' }),
    service: t.field({
      type: ServiceRef,
      description: 'The service these settings belong to.',
      extensions: { upstreamCost: 1 },
      resolve: (n, _args, ctx) => loadNamedService(ctx, n.chatServiceSid),
    }),
  }),
});

const ServiceWebhookConfigurationRef = builder
  .objectRef<ServiceWebhookConfiguration>('ServiceWebhookConfiguration')
  .implement({
    description: 'A service’s own webhooks, which replace the account-wide ones for its events.',
    fields: (t) => ({
      accountSid: t.exposeString('accountSid', { description: 'The Twilio account.' }),
      chatServiceSid: t.exposeString('chatServiceSid', { description: 'The service (IS…).' }),
      method: t.field({
        type: WebhookMethodEnum,
        nullable: true,
        description: 'The HTTP method of the calls.',
        resolve: (w) => w.method,
      }),
      filters: t.field({
        type: ['String'],
        description: 'The events reported, e.g. `onMessageAdded`; empty when none is.',
        resolve: (w) => w.filters ?? [],
      }),
      preWebhookUrl: t.field({
        type: 'URL',
        nullable: true,
        description: 'Called before an action, which it can refuse.',
        resolve: (w) => webhookUrl(w.preWebhookUrl),
      }),
      postWebhookUrl: t.field({
        type: 'URL',
        nullable: true,
        description: 'Called after an action.',
        resolve: (w) => webhookUrl(w.postWebhookUrl),
      }),
      url: t.expose('url', { type: 'URL', description: 'The REST URL of this setting.' }),
      service: t.field({
        type: ServiceRef,
        description: 'The service these webhooks belong to.',
        extensions: { upstreamCost: 1 },
        resolve: (w, _args, ctx) => loadNamedService(ctx, w.chatServiceSid),
      }),
    }),
  });

builder.queryFields((t) => ({
  configuration: t.field({
    type: ConfigurationRef,
    description: 'The account’s Conversations settings.',
    extensions: { upstreamCost: 1 },
    resolve: (_root, _args, ctx) => fetchConfiguration(ctx.session),
  }),
}));

builder.objectFields(ServiceRef, (t) => ({
  configuration: t.field({
    type: ServiceConfigurationRef,
    description: 'The service’s default roles and reachability setting.',
    extensions: { upstreamCost: 1 },
    resolve: serviceLookahead.child('configuration', (s, _args: object, ctx) =>
      fetchServiceConfiguration(ctx.session, { serviceSid: s.sid }),
    ),
  }),
  notifications: t.field({
    type: ServiceNotificationRef,
    description: 'The service’s push notification settings.',
    extensions: { upstreamCost: 1 },
    resolve: serviceLookahead.child('notifications', (s, _args: object, ctx) =>
      fetchServiceNotification(ctx.session, { serviceSid: s.sid }),
    ),
  }),
  webhookConfiguration: t.field({
    type: ServiceWebhookConfigurationRef,
    description: 'The service’s own webhooks.',
    extensions: { upstreamCost: 1 },
    resolve: serviceLookahead.child('webhookConfiguration', (s, _args: object, ctx) =>
      fetchServiceWebhookConfiguration(ctx.session, { serviceSid: s.sid }),
    ),
  }),
}));

const ConfigurationPayload = builder
  .objectRef<Payload<'configuration', Configuration>>('ConfigurationPayload')
  .implement({
    description: 'The result of changing the account’s Conversations settings.',
    fields: (t) => ({
      configuration: t.field({
        type: ConfigurationRef,
        nullable: true,
        description: 'The settings as they are now; null when the change was refused.',
        resolve: (p) => p.configuration,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the change was refused, if it was.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

const ConfigurationWebhookPayload = builder
  .objectRef<Payload<'webhook', ConfigurationWebhook>>('ConfigurationWebhookPayload')
  .implement({
    description: 'The result of changing the account-wide webhook.',
    fields: (t) => ({
      webhook: t.field({
        type: ConfigurationWebhookRef,
        nullable: true,
        description: 'The webhook as it is now; null when the change was refused.',
        resolve: (p) => p.webhook,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the change was refused, if it was.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

const ServiceConfigurationPayload = builder
  .objectRef<Payload<'configuration', ServiceConfiguration>>('ServiceConfigurationPayload')
  .implement({
    description: 'The result of changing a service’s configuration.',
    fields: (t) => ({
      configuration: t.field({
        type: ServiceConfigurationRef,
        nullable: true,
        description: 'The configuration as it is now; null when the change was refused.',
        resolve: (p) => p.configuration,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the change was refused, if it was.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

const ServiceNotificationPayload = builder
  .objectRef<Payload<'notifications', ServiceNotification>>('ServiceNotificationPayload')
  .implement({
    description: 'The result of changing a service’s push notification settings.',
    fields: (t) => ({
      notifications: t.field({
        type: ServiceNotificationRef,
        nullable: true,
        description: 'The settings as they are now; null when the change was refused.',
        resolve: (p) => p.notifications,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the change was refused, if it was.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

const ServiceWebhookConfigurationPayload = builder
  .objectRef<Payload<'webhookConfiguration', ServiceWebhookConfiguration>>(
    'ServiceWebhookConfigurationPayload',
  )
  .implement({
    description: 'The result of changing a service’s webhooks.',
    fields: (t) => ({
      webhookConfiguration: t.field({
        type: ServiceWebhookConfigurationRef,
        nullable: true,
        description: 'The webhooks as they are now; null when the change was refused.',
        resolve: (p) => p.webhookConfiguration,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the change was refused, if it was.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

const UpdateConfigurationInput = builder.inputType('UpdateConfigurationInput', {
  description: 'Changes to the account’s Conversations settings; absent fields are left as they are.',
  fields: (t) => ({
    defaultChatServiceSid: t.string({ description: 'The service the short routes act on (IS…).' }),
    defaultMessagingServiceSid: t.string({ description: 'The default Messaging Service (MG…).' }),
    defaultInactiveTimer: t.field({
      type: 'Duration',
      description: 'Idle time after which new conversations become inactive (at least PT1M).',
    }),
    defaultClosedTimer: t.field({
      type: 'Duration',
      description: 'Time after which new conversations close for good (at least PT10M).',
    }),
  }),
});

const webhookInputFields = {
  method: 'The HTTP method of the calls.',
  filters: 'The events to report, e.g. `onMessageAdded`; replaces the current list.',
  preWebhookUrl: 'Called before an action; null removes it.',
  postWebhookUrl: 'Called after an action; null removes it.',
} as const;

const UpdateConfigurationWebhookInput = builder.inputType('UpdateConfigurationWebhookInput', {
  description: 'Changes to the account-wide webhook; absent fields are left as they are.',
  fields: (t) => ({
    target: t.field({ type: WebhookTargetEnum, description: 'Whether events go to the URLs or to Flex.' }),
    method: t.field({ type: WebhookMethodEnum, description: webhookInputFields.method }),
    filters: t.stringList({ description: webhookInputFields.filters }),
    preWebhookUrl: t.field({ type: 'URL', description: webhookInputFields.preWebhookUrl }),
    postWebhookUrl: t.field({ type: 'URL', description: webhookInputFields.postWebhookUrl }),
  }),
});

const UpdateServiceConfigurationInput = builder.inputType('UpdateServiceConfigurationInput', {
  description: 'Changes to a service’s configuration; absent fields are left as they are.',
  fields: (t) => ({
    serviceSid: t.string({ required: true, description: 'The service (IS…).' }),
    defaultConversationCreatorRoleSid: t.string({
      description: 'The conversation role for whoever creates a conversation (RL…).',
    }),
    defaultConversationRoleSid: t.string({
      description: 'The conversation role for other participants (RL…).',
    }),
    defaultChatServiceRoleSid: t.string({ description: 'The service role for new users (RL…).' }),
    reachabilityEnabled: t.boolean({ description: 'Whether to track whether users are online.' }),
  }),
});

const NotificationTemplateInput = builder.inputType('NotificationTemplateInput', {
  description: 'Changes to one kind of push notification; absent fields are left as they are.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Whether it is sent.' }),
    template: t.string({ description: TEMPLATE_TEXT }),
    sound: t.string({ description: 'The sound the device plays.' }),
  }),
});

const MediaNotificationTemplateInput = builder.inputType('MediaNotificationTemplateInput', {
  description: 'Changes to the notification for messages with media.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Whether it is sent.' }),
    template: t.string({ description: MEDIA_TEMPLATE_TEXT }),
  }),
});

const NewMessageNotificationInput = builder.inputType('NewMessageNotificationInput', {
  description: 'Changes to the new-message notification; absent fields are left as they are.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Whether it is sent.' }),
    template: t.string({ description: TEMPLATE_TEXT }),
    sound: t.string({ description: 'The sound the device plays.' }),
    badgeCountEnabled: t.boolean({ description: 'Whether the app badge shows the unread count (iOS).' }),
    withMedia: t.field({
      type: MediaNotificationTemplateInput,
      description: 'The variant for messages with media.',
    }),
  }),
});

const UpdateServiceNotificationInput = builder.inputType('UpdateServiceNotificationInput', {
  description: 'Changes to a service’s push notification settings; absent fields are left as they are.',
  fields: (t) => ({
    serviceSid: t.string({ required: true, description: 'The service (IS…).' }),
    logEnabled: t.boolean({ description: 'Whether Twilio logs each notification it sends.' }),
    newMessage: t.field({ type: NewMessageNotificationInput, description: 'When a message is added.' }),
    addedToConversation: t.field({ type: NotificationTemplateInput, description: 'When the user is added.' }),
    removedFromConversation: t.field({
      type: NotificationTemplateInput,
      description: 'When the user is removed.',
    }),
  }),
});

const UpdateServiceWebhookConfigurationInput = builder.inputType('UpdateServiceWebhookConfigurationInput', {
  description: 'Changes to a service’s webhooks; absent fields are left as they are.',
  fields: (t) => ({
    serviceSid: t.string({ required: true, description: 'The service (IS…).' }),
    method: t.field({ type: WebhookMethodEnum, description: webhookInputFields.method }),
    filters: t.stringList({ description: webhookInputFields.filters }),
    preWebhookUrl: t.field({ type: 'URL', description: webhookInputFields.preWebhookUrl }),
    postWebhookUrl: t.field({ type: 'URL', description: webhookInputFields.postWebhookUrl }),
  }),
});

builder.mutationFields((t) => ({
  updateConfiguration: t.field({
    type: ConfigurationPayload,
    description: 'Changes the account’s Conversations settings.',
    args: {
      input: t.arg({
        type: UpdateConfigurationInput,
        required: true,
        description: 'The account settings to change; the others stay as they are.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, { input }, ctx) => {
      const { result, userErrors } = await runMutation(() =>
        updateConfiguration(
          ctx.session,
          defined({
            defaultChatServiceSid: input.defaultChatServiceSid,
            defaultMessagingServiceSid: input.defaultMessagingServiceSid,
            defaultInactiveTimer: input.defaultInactiveTimer,
            defaultClosedTimer: input.defaultClosedTimer,
          }),
        ),
      );
      return { configuration: result, userErrors };
    },
  }),
  updateConfigurationWebhook: t.field({
    type: ConfigurationWebhookPayload,
    description: 'Changes the account-wide webhook.',
    args: {
      input: t.arg({
        type: UpdateConfigurationWebhookInput,
        required: true,
        description: 'The parts of the account-wide webhook to change.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, { input }, ctx) => {
      const { result, userErrors } = await runMutation(() =>
        updateConfigurationWebhook(ctx.session, {
          ...defined({ target: input.target, method: input.method, filters: input.filters }),
          ...defined({
            preWebhookUrl: webhookUrlParam(input.preWebhookUrl),
            postWebhookUrl: webhookUrlParam(input.postWebhookUrl),
          }),
        }),
      );
      return { webhook: result, userErrors };
    },
  }),
  updateServiceConfiguration: t.field({
    type: ServiceConfigurationPayload,
    description: 'Changes a service’s default roles or reachability setting.',
    args: {
      input: t.arg({
        type: UpdateServiceConfigurationInput,
        required: true,
        description: 'The service, and the default roles or reachability setting to change on it.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, { input }, ctx) => {
      const { result, userErrors } = await runMutation(() =>
        updateServiceConfiguration(ctx.session, {
          serviceSid: input.serviceSid,
          ...defined({
            defaultConversationCreatorRoleSid: input.defaultConversationCreatorRoleSid,
            defaultConversationRoleSid: input.defaultConversationRoleSid,
            defaultChatServiceRoleSid: input.defaultChatServiceRoleSid,
            reachabilityEnabled: input.reachabilityEnabled,
          }),
        }),
      );
      return { configuration: result, userErrors };
    },
  }),
  updateServiceNotification: t.field({
    type: ServiceNotificationPayload,
    description: 'Changes a service’s push notification settings.',
    args: {
      input: t.arg({
        type: UpdateServiceNotificationInput,
        required: true,
        description: 'The service, and the push notification settings to change on it.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, { input }, ctx) => {
      const { newMessage, addedToConversation: added, removedFromConversation: removed } = input;
      const { result, userErrors } = await runMutation(() =>
        updateServiceNotification(ctx.session, {
          serviceSid: input.serviceSid,
          ...defined({
            logEnabled: input.logEnabled,
            newMessageEnabled: newMessage?.enabled,
            newMessageTemplate: newMessage?.template,
            newMessageSound: newMessage?.sound,
            newMessageBadgeCountEnabled: newMessage?.badgeCountEnabled,
            newMessageWithMediaEnabled: newMessage?.withMedia?.enabled,
            newMessageWithMediaTemplate: newMessage?.withMedia?.template,
            addedToConversationEnabled: added?.enabled,
            addedToConversationTemplate: added?.template,
            addedToConversationSound: added?.sound,
            removedFromConversationEnabled: removed?.enabled,
            removedFromConversationTemplate: removed?.template,
            removedFromConversationSound: removed?.sound,
          }),
        }),
      );
      return { notifications: result, userErrors };
    },
  }),
  updateServiceWebhookConfiguration: t.field({
    type: ServiceWebhookConfigurationPayload,
    description: 'Changes a service’s own webhooks.',
    args: {
      input: t.arg({
        type: UpdateServiceWebhookConfigurationInput,
        required: true,
        description: 'The service, and the parts of its own webhooks to change.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: async (_root, { input }, ctx) => {
      const { result, userErrors } = await runMutation(() =>
        updateServiceWebhookConfiguration(ctx.session, {
          serviceSid: input.serviceSid,
          ...defined({
            method: input.method,
            filters: input.filters,
            preWebhookUrl: webhookUrlParam(input.preWebhookUrl),
            postWebhookUrl: webhookUrlParam(input.postWebhookUrl),
          }),
        }),
      );
      return { webhookConfiguration: result, userErrors };
    },
  }),
}));
