import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toConfiguration = resource('conversations.v1.configuration', 'configuration');

/** The account's Conversations settings: its default service and messaging service, default timers. */
export type Configuration = ReturnType<typeof toConfiguration>;

export const toConfigurationWebhook = resource(
  'conversations.v1.configuration.configuration_webhook',
  'webhook_configuration',
);

/** The account-wide webhook target (`webhook` or `flex`), its URLs, method (GET|POST) and event filters. */
export type ConfigurationWebhook = ReturnType<typeof toConfigurationWebhook>;

export const { fetch: fetchConfiguration, update: updateConfiguration } = resourceOperations(
  'Configuration',
  toConfiguration,
  { scoped: false },
);

export const { fetch: fetchConfigurationWebhook, update: updateConfigurationWebhook } = resourceOperations(
  'ConfigurationWebhook',
  toConfigurationWebhook,
  { scoped: false },
);
