import type { BodyParams } from '../form.ts';
import { itemOperation } from '../resource.ts';
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

export interface ServiceWebhookConfigurationRef {
  serviceSid: string;
}

export type UpdateServiceWebhookConfigurationParams = ServiceWebhookConfigurationRef &
  BodyParams<'UpdateServiceWebhookConfiguration'>;

export const fetchServiceWebhookConfiguration = itemOperation<
  ServiceWebhookConfigurationRef,
  ServiceWebhookConfiguration
>('FetchServiceWebhookConfiguration', toServiceWebhookConfiguration, 'service_webhook_configuration');

export const updateServiceWebhookConfiguration = itemOperation<
  UpdateServiceWebhookConfigurationParams,
  ServiceWebhookConfiguration
>('UpdateServiceWebhookConfiguration', toServiceWebhookConfiguration, 'service_webhook_configuration');
