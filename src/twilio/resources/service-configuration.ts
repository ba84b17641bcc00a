import type { TwilioSession } from '../client.ts';
import type { BodyParams } from '../form.ts';
import { readOne } from '../resource.ts';
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

export interface ServiceConfigurationRef {
  serviceSid: string;
}

export type UpdateServiceConfigurationParams = ServiceConfigurationRef &
  BodyParams<'UpdateServiceConfiguration'>;

export function fetchServiceConfiguration(
  session: TwilioSession,
  params: ServiceConfigurationRef,
): Promise<ServiceConfiguration> {
  return session.send(
    'FetchServiceConfiguration',
    { path: { ChatServiceSid: params.serviceSid } },
    readOne(toServiceConfiguration, 'service_configuration'),
  );
}

export function updateServiceConfiguration(
  session: TwilioSession,
  params: UpdateServiceConfigurationParams,
): Promise<ServiceConfiguration> {
  return session.send(
    'UpdateServiceConfiguration',
    { path: { ChatServiceSid: params.serviceSid }, form: params },
    readOne(toServiceConfiguration, 'service_configuration'),
  );
}
