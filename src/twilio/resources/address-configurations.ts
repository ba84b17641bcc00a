import { resourceOperations } from '../resource.ts';
import { boolean, integer, nullable, object, resource, string, strings } from '../wire.ts';

const autoCreation = object('auto_creation', {
  enabled: boolean,
  type: string,
  conversation_service_sid: string,
  webhook_url: string,
  webhook_method: string,
  webhook_filters: strings,
  studio_flow_sid: string,
  studio_retry_count: integer,
});

/** Whether and how a message to this address starts a conversation: `webhook`, `studio` or `default`. */
export type AddressAutoCreation = ReturnType<typeof autoCreation>;

export const toAddressConfiguration = resource(
  'conversations.v1.configuration_address',
  'address_configuration',
  {
    fields: { auto_creation: nullable(autoCreation) },
  },
);

/** An address configuration (IG…): what happens when a message reaches one of the account's addresses. */
export type AddressConfiguration = ReturnType<typeof toAddressConfiguration>;

/** An address configuration is addressed by its SID (IG…) or its address. */
export const {
  list: listAddressConfigurations,
  create: createAddressConfiguration,
  fetch: fetchAddressConfiguration,
  update: updateAddressConfiguration,
  delete: deleteAddressConfiguration,
} = resourceOperations('ConfigurationAddress', toAddressConfiguration, { scoped: false });
