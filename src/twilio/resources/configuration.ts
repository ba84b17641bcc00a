import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  links,
  oneOf,
  requiredString,
  type Schemas,
  shape,
  string,
  strings,
} from '../wire.ts';

type ConfigurationWire = Schemas['conversations.v1.configuration'];
type ConfigurationWebhookWire = Schemas['conversations.v1.configuration.configuration_webhook'];

/** The account's Conversations settings: its default service and messaging service, default timers. */
export type Configuration = Camelized<ConfigurationWire, 'account_sid' | 'url'>;

/** The account-wide webhook target (`webhook` or `flex`), its URLs, method (GET|POST) and event filters. */
export type ConfigurationWebhook = Camelized<ConfigurationWebhookWire, 'account_sid' | 'url'>;

export const toConfiguration = shape<ConfigurationWire, Configuration>('configuration', {
  account_sid: requiredString,
  default_chat_service_sid: string,
  default_messaging_service_sid: string,
  default_inactive_timer: string,
  default_closed_timer: string,
  url: requiredString,
  links,
});

export const toConfigurationWebhook = shape<ConfigurationWebhookWire, ConfigurationWebhook>(
  'webhook_configuration',
  {
    account_sid: requiredString,
    method: oneOf<Schemas['configuration_webhook_enum_method']>({ GET: true, POST: true }),
    filters: strings,
    pre_webhook_url: string,
    post_webhook_url: string,
    target: oneOf<Schemas['configuration_webhook_enum_target']>({ webhook: true, flex: true }),
    url: requiredString,
  },
);

export const { fetch: fetchConfiguration, update: updateConfiguration } = resourceOperations(
  'Configuration',
  toConfiguration,
  { scoped: false, name: 'configuration' },
);

export const { fetch: fetchConfigurationWebhook, update: updateConfigurationWebhook } = resourceOperations(
  'ConfigurationWebhook',
  toConfigurationWebhook,
  { scoped: false, name: 'webhook_configuration' },
);
