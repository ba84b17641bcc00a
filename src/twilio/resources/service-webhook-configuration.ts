import { resourceOperations } from '../resource.ts';
import { type Camelized, oneOf, requiredString, type Schemas, shape, string, strings } from '../wire.ts';

type ServiceWebhookConfigurationWire =
  Schemas['conversations.v1.service.service_configuration.service_webhook_configuration'];

/** A service's pre- and post-event webhook URLs, method (GET|POST) and event filters. */
export type ServiceWebhookConfiguration = Camelized<
  ServiceWebhookConfigurationWire,
  'account_sid' | 'chat_service_sid' | 'url'
>;

export const toServiceWebhookConfiguration = shape<
  ServiceWebhookConfigurationWire,
  ServiceWebhookConfiguration
>('service_webhook_configuration', {
  account_sid: requiredString,
  chat_service_sid: requiredString,
  pre_webhook_url: string,
  post_webhook_url: string,
  filters: strings,
  method: oneOf<Schemas['service_webhook_configuration_enum_method']>({ GET: true, POST: true }),
  url: requiredString,
});

export const { fetch: fetchServiceWebhookConfiguration, update: updateServiceWebhookConfiguration } =
  resourceOperations('ServiceWebhookConfiguration', toServiceWebhookConfiguration, {
    scoped: false,
    name: 'service_webhook_configuration',
  });
