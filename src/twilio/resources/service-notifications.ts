import { resourceOperations } from '../resource.ts';
import { boolean, type Camelized, nullable, requiredString, type Schemas, shape, string } from '../wire.ts';

type TemplateWire = { enabled?: boolean | null; template?: string | null; sound?: string | null };
type MediaTemplateWire = { enabled?: boolean | null; template?: string | null };
type NewMessageWire = TemplateWire & { badge_count_enabled?: boolean | null; with_media?: unknown };

/** A push notification: whether it is sent, its template (`${CONVERSATION}`, …) and its sound. */
export type NotificationTemplate = Camelized<TemplateWire>;
export type MediaNotificationTemplate = Camelized<MediaTemplateWire>;
export type NewMessageNotification = Camelized<
  NewMessageWire,
  never,
  { with_media: MediaNotificationTemplate | null }
>;

const template = nullable(
  shape<TemplateWire, NotificationTemplate>('notification', {
    enabled: boolean,
    template: string,
    sound: string,
  }),
);

const newMessage = nullable(
  shape<NewMessageWire, NewMessageNotification>('new_message', {
    enabled: boolean,
    template: string,
    sound: string,
    badge_count_enabled: boolean,
    with_media: nullable(
      shape<MediaTemplateWire, MediaNotificationTemplate>('with_media', {
        enabled: boolean,
        template: string,
      }),
    ),
  }),
);

type ServiceNotificationWire = Schemas['conversations.v1.service.service_configuration.service_notification'];

/** A service's push notification settings. */
export type ServiceNotification = Camelized<
  ServiceNotificationWire,
  'account_sid' | 'chat_service_sid' | 'url',
  {
    new_message: NewMessageNotification | null;
    added_to_conversation: NotificationTemplate | null;
    removed_from_conversation: NotificationTemplate | null;
  }
>;

export const toServiceNotification = shape<ServiceNotificationWire, ServiceNotification>(
  'service_notification',
  {
    account_sid: requiredString,
    chat_service_sid: requiredString,
    new_message: newMessage,
    added_to_conversation: template,
    removed_from_conversation: template,
    log_enabled: boolean,
    url: requiredString,
  },
);

export const { fetch: fetchServiceNotification, update: updateServiceNotification } = resourceOperations(
  'ServiceNotification',
  toServiceNotification,
  {
    scoped: false,
    name: 'service_notification',
  },
);
