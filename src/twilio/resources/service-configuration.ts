import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toServiceConfiguration = resource(
  'conversations.v1.service.service_configuration',
  'service_configuration',
  { required: ['chat_service_sid'] },
);

/** A service's default roles and whether it tracks reachability (`isOnline`/`isNotifiable` of users). */
export type ServiceConfiguration = ReturnType<typeof toServiceConfiguration>;

export const { fetch: fetchServiceConfiguration, update: updateServiceConfiguration } = resourceOperations(
  'ServiceConfiguration',
  toServiceConfiguration,
  {
    scoped: false,
  },
);
