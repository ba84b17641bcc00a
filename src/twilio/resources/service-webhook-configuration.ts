import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toServiceWebhookConfiguration = resource(
  'conversations.v1.service.service_configuration.service_webhook_configuration',
  'service_webhook_configuration',
  { required: ['chat_service_sid'] },
);

/** A service's pre- and post-event webhook URLs, method (GET|POST) and event filters. */
export type ServiceWebhookConfiguration = ReturnType<typeof toServiceWebhookConfiguration>;

export const { fetch: fetchServiceWebhookConfiguration, update: updateServiceWebhookConfiguration } =
  resourceOperations('ServiceWebhookConfiguration', toServiceWebhookConfiguration, { scoped: false });
