import { resourceOperations } from '../resource.ts';
import {
  boolean,
  type Camelized,
  integer,
  nullable,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
  strings,
} from '../wire.ts';

type AutoCreationWire = {
  enabled?: boolean | null;
  type?: string | null;
  conversation_service_sid?: string | null;
  webhook_url?: string | null;
  webhook_method?: string | null;
  webhook_filters?: string[] | null;
  studio_flow_sid?: string | null;
  studio_retry_count?: number | null;
};

/** Whether and how a message to this address starts a conversation: `webhook`, `studio` or `default`. */
export type AddressAutoCreation = Camelized<AutoCreationWire>;

const autoCreation = nullable(
  shape<AutoCreationWire, AddressAutoCreation>('auto_creation', {
    enabled: boolean,
    type: string,
    conversation_service_sid: string,
    webhook_url: string,
    webhook_method: string,
    webhook_filters: strings,
    studio_flow_sid: string,
    studio_retry_count: integer,
  }),
);

type AddressConfigurationWire = Schemas['conversations.v1.configuration_address'];

/** An address configuration (IG…): what happens when a message reaches one of the account's addresses. */
export type AddressConfiguration = Camelized<
  AddressConfigurationWire,
  'sid' | 'account_sid' | 'date_created' | 'date_updated' | 'url',
  { auto_creation: AddressAutoCreation | null }
>;

export const toAddressConfiguration = shape<AddressConfigurationWire, AddressConfiguration>(
  'address_configuration',
  {
    sid: requiredString,
    account_sid: requiredString,
    type: string,
    address: string,
    friendly_name: string,
    auto_creation: autoCreation,
    date_created: requiredDate,
    date_updated: requiredDate,
    url: requiredString,
    address_country: string,
  },
);

/** An address configuration is addressed by its SID (IG…) or its address. */
export const {
  list: listAddressConfigurations,
  create: createAddressConfiguration,
  fetch: fetchAddressConfiguration,
  update: updateAddressConfiguration,
  delete: deleteAddressConfiguration,
} = resourceOperations('ConfigurationAddress', toAddressConfiguration, {
  scoped: false,
  name: 'address_configuration',
});
