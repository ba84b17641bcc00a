import { resourceOperations } from '../resource.ts';
import { boolean, nullable, object, resource, string } from '../wire.ts';

const templateFields = { enabled: boolean, template: string, sound: string };
const template = object('notification', templateFields);

/** A push notification: whether it is sent, its template (`${CONVERSATION}`, …) and its sound. */
export type NotificationTemplate = ReturnType<typeof template>;

const mediaTemplate = object('with_media', { enabled: boolean, template: string });
export type MediaNotificationTemplate = ReturnType<typeof mediaTemplate>;

const newMessage = object('new_message', {
  ...templateFields,
  badge_count_enabled: boolean,
  with_media: nullable(mediaTemplate),
});
export type NewMessageNotification = ReturnType<typeof newMessage>;

export const toServiceNotification = resource(
  'conversations.v1.service.service_configuration.service_notification',
  'service_notification',
  {
    required: ['chat_service_sid'],
    fields: {
      new_message: nullable(newMessage),
      added_to_conversation: nullable(template),
      removed_from_conversation: nullable(template),
    },
  },
);

/** A service's push notification settings. */
export type ServiceNotification = ReturnType<typeof toServiceNotification>;

export const { fetch: fetchServiceNotification, update: updateServiceNotification } = resourceOperations(
  'ServiceNotification',
  toServiceNotification,
  {
    scoped: false,
  },
);
