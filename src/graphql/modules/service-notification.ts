import {
  fetchServiceNotification,
  type MediaNotificationTemplate,
  type NewMessageNotification,
  type NotificationTemplate,
  type ServiceNotification,
  updateServiceNotification,
} from '../../twilio/index.ts';
import { builder, type InputFields, type ObjectFields } from '../builder.ts';
import { changePayload, mutation } from '../mutations.ts';
import { serviceSettings } from './service-configuration.ts';

// Twilio's notification placeholders are literally `${NAME}`: these are plain strings, not templates.
// biome-ignore lint/suspicious/noTemplateCurlyInString: Twilio's placeholder syntax
const TEMPLATE_TEXT = 'The text; placeholders: `${CONVERSATION}`, `${PARTICIPANT}`, `${MESSAGE}`.';
// biome-ignore lint/suspicious/noTemplateCurlyInString: Twilio's placeholder syntax
const MEDIA_TEMPLATE_TEXT = 'The text; placeholders: `${MEDIA}`, `${MEDIA_COUNT}`.';

const ENABLED = 'Whether it is sent.';
const SOUND = 'The sound the device plays.';
const BADGE_COUNT = 'Whether the app badge shows the unread count (iOS).';

/** Whether a notification is sent and its text: what every kind of notification has. */
function templateFields(t: ObjectFields<MediaNotificationTemplate>, text: string) {
  return {
    enabled: t.exposeBoolean('enabled', { nullable: true, description: ENABLED }),
    template: t.exposeString('template', { nullable: true, description: text }),
  };
}

function templateInputFields(t: InputFields, text: string) {
  return {
    enabled: t.boolean({ description: ENABLED }),
    template: t.string({ description: text }),
  };
}

const NotificationTemplateRef = builder.objectRef<NotificationTemplate>('NotificationTemplate').implement({
  description: 'One kind of push notification: whether it is sent, its text and its sound.',
  fields: (t) => ({
    ...templateFields(t, TEMPLATE_TEXT),
    sound: t.exposeString('sound', { nullable: true, description: SOUND }),
  }),
});

const MediaNotificationTemplateRef = builder
  .objectRef<MediaNotificationTemplate>('MediaNotificationTemplate')
  .implement({
    description: 'The push notification for a new message that carries media.',
    fields: (t) => templateFields(t, MEDIA_TEMPLATE_TEXT),
  });

const NewMessageNotificationRef = builder
  .objectRef<NewMessageNotification>('NewMessageNotification')
  .implement({
    description: 'The push notification for a new message.',
    fields: (t) => ({
      ...templateFields(t, TEMPLATE_TEXT),
      sound: t.exposeString('sound', { nullable: true, description: SOUND }),
      badgeCountEnabled: t.exposeBoolean('badgeCountEnabled', { nullable: true, description: BADGE_COUNT }),
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
  }),
});

const NotificationTemplateInput = builder.inputType('NotificationTemplateInput', {
  description: 'Changes to one kind of push notification; absent fields are left as they are.',
  fields: (t) => ({
    ...templateInputFields(t, TEMPLATE_TEXT),
    sound: t.string({ description: SOUND }),
  }),
});

const MediaNotificationTemplateInput = builder.inputType('MediaNotificationTemplateInput', {
  description: 'Changes to the notification for messages with media.',
  fields: (t) => templateInputFields(t, MEDIA_TEMPLATE_TEXT),
});

const NewMessageNotificationInput = builder.inputType('NewMessageNotificationInput', {
  description: 'Changes to the new-message notification; absent fields are left as they are.',
  fields: (t) => ({
    ...templateInputFields(t, TEMPLATE_TEXT),
    sound: t.string({ description: SOUND }),
    badgeCountEnabled: t.boolean({ description: BADGE_COUNT }),
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

mutation('updateServiceNotification', {
  description: 'Changes a service’s push notification settings.',
  input: UpdateServiceNotificationInput,
  inputDescription: 'The service, and the push notification settings to change on it.',
  payload: changePayload('ServiceNotificationPayload', {
    key: 'notifications',
    type: ServiceNotificationRef,
    about: 'changing a service’s push notification settings',
    current: 'The settings as they are now',
  }),
  run: (input, ctx) => {
    const { newMessage, addedToConversation: added, removedFromConversation: removed } = input;
    return updateServiceNotification(ctx.session, {
      serviceSid: input.serviceSid,
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
    });
  },
});

serviceSettings('notifications', {
  type: ServiceNotificationRef,
  description: 'The service’s push notification settings.',
  service: 'The service these settings belong to.',
  fromConfiguration: 'The service’s push notification settings; the same as `Service.notifications`.',
  fetch: fetchServiceNotification,
});
