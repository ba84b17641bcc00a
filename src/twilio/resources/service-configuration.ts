import { resourceOperations } from '../resource.ts';
import { boolean, type Camelized, links, requiredString, type Schemas, shape, string } from '../wire.ts';

type ServiceConfigurationWire = Schemas['conversations.v1.service.service_configuration'];

/** A service's default roles and whether it tracks reachability (`isOnline`/`isNotifiable` of users). */
export type ServiceConfiguration = Camelized<ServiceConfigurationWire, 'chat_service_sid' | 'url'>;

export const toServiceConfiguration = shape<ServiceConfigurationWire, ServiceConfiguration>(
  'service_configuration',
  {
    chat_service_sid: requiredString,
    default_conversation_creator_role_sid: string,
    default_conversation_role_sid: string,
    default_chat_service_role_sid: string,
    url: requiredString,
    links,
    reachability_enabled: boolean,
  },
);

export const { fetch: fetchServiceConfiguration, update: updateServiceConfiguration } = resourceOperations(
  'ServiceConfiguration',
  toServiceConfiguration,
  {
    scoped: false,
    name: 'service_configuration',
  },
);
