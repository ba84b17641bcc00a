import type { ObjectRef } from '@pothos/core';
import {
  fetchServiceConfiguration,
  type ServiceConfiguration,
  type TwilioSession,
  updateServiceConfiguration,
} from '../../twilio/index.ts';
import { builder, type Types } from '../builder.ts';
import { changePayload, mutation } from '../mutations.ts';
import { loadRole, RoleRef } from './role.ts';
import { loadNamedService, ServiceRef, serviceLookahead } from './service.ts';

export const ServiceConfigurationRef = builder
  .objectRef<ServiceConfiguration>('ServiceConfiguration')
  .implement({
    description: 'A service’s default roles and whether it tracks whether its users are online.',
    fields: (t) => {
      // The three default roles are usually asked together: the role loader reads them in one list call.
      const role = (pick: (c: ServiceConfiguration) => string | null, description: string) =>
        t.field({
          type: RoleRef,
          nullable: true,
          description,
          extensions: { upstreamCost: 1 },
          resolve: (c, _args, ctx) => loadRole(ctx, c.chatServiceSid, pick(c)),
        });
      return {
        chatServiceSid: t.exposeString('chatServiceSid', { description: 'The service (IS…).' }),
        defaultConversationCreatorRoleSid: t.exposeString('defaultConversationCreatorRoleSid', {
          nullable: true,
          description: 'The conversation role given to whoever creates a conversation (RL…).',
        }),
        defaultConversationRoleSid: t.exposeString('defaultConversationRoleSid', {
          nullable: true,
          description: 'The conversation role given to other participants (RL…).',
        }),
        defaultChatServiceRoleSid: t.exposeString('defaultChatServiceRoleSid', {
          nullable: true,
          description: 'The service role given to new users (RL…).',
        }),
        defaultConversationCreatorRole: role(
          (c) => c.defaultConversationCreatorRoleSid,
          'The conversation role given to whoever creates a conversation.',
        ),
        defaultConversationRole: role(
          (c) => c.defaultConversationRoleSid,
          'The conversation role given to other participants.',
        ),
        defaultChatServiceRole: role(
          (c) => c.defaultChatServiceRoleSid,
          'The service role given to new users.',
        ),
        reachabilityEnabled: t.exposeBoolean('reachabilityEnabled', {
          nullable: true,
          description: 'Whether users’ `isOnline` and `isNotifiable` are tracked.',
        }),
        url: t.expose('url', { type: 'URL', description: 'The REST URL of this configuration.' }),
      };
    },
  });

/**
 * Links one of a service's settings resources (its configuration, notifications, own webhooks) with
 * its service both ways: the service's field that reads it, which `service(sid:)`'s look-ahead
 * starts, and the settings' `service`. Settings other than the configuration are also read from the
 * configuration, under the same name.
 */
type Settings = { chatServiceSid: string };

export function serviceSettings<T extends Settings>(
  field: string,
  options: {
    type: ObjectRef<Types, T>;
    fetch: (session: TwilioSession, params: { serviceSid: string }) => Promise<T>;
    /** The description of `Service.<field>`. */
    description: string;
    /** The description of the settings' own `service` field. */
    service: string;
    /** The description of `ServiceConfiguration.<field>`, for settings read from there too. */
    fromConfiguration?: string;
  },
): void {
  // The signature ties the type to what `fetch` reads; Pothos's result types do not resolve over a
  // generic shape, so the fields are declared over its erased form.
  const type = options.type as unknown as ObjectRef<Types, Settings>;
  const fetch = (session: TwilioSession, serviceSid: string) =>
    options.fetch(session, { serviceSid }) as Promise<Settings>;
  builder.objectFields(ServiceRef, (t) => ({
    [field]: t.field({
      type,
      description: options.description,
      extensions: { upstreamCost: 1 },
      resolve: serviceLookahead.child(field, (s, _args: object, ctx) => fetch(ctx.session, s.sid)),
    }),
  }));
  builder.objectFields(type, (t) => ({
    service: t.field({
      type: ServiceRef,
      description: options.service,
      extensions: { upstreamCost: 1 },
      resolve: (settings, _args, ctx) => loadNamedService(ctx, settings.chatServiceSid),
    }),
  }));
  const { fromConfiguration } = options;
  if (fromConfiguration === undefined) return;
  builder.objectFields(ServiceConfigurationRef, (t) => ({
    [field]: t.field({
      type,
      description: fromConfiguration,
      extensions: { upstreamCost: 1 },
      resolve: (c, _args, ctx) => fetch(ctx.session, c.chatServiceSid),
    }),
  }));
}

const UpdateServiceConfigurationInput = builder.inputType('UpdateServiceConfigurationInput', {
  description: 'Changes to a service’s configuration; absent fields are left as they are.',
  fields: (t) => ({
    serviceSid: t.string({ required: true, description: 'The service (IS…).' }),
    defaultConversationCreatorRoleSid: t.string({
      description: 'The conversation role for whoever creates a conversation (RL…).',
    }),
    defaultConversationRoleSid: t.string({
      description: 'The conversation role for other participants (RL…).',
    }),
    defaultChatServiceRoleSid: t.string({ description: 'The service role for new users (RL…).' }),
    reachabilityEnabled: t.boolean({ description: 'Whether to track whether users are online.' }),
  }),
});

mutation('updateServiceConfiguration', {
  description: 'Changes a service’s default roles or reachability setting.',
  input: UpdateServiceConfigurationInput,
  inputDescription: 'The service, and the default roles or reachability setting to change on it.',
  payload: changePayload('ServiceConfigurationPayload', {
    key: 'configuration',
    type: ServiceConfigurationRef,
    about: 'changing a service’s configuration',
    current: 'The configuration as it is now',
  }),
  run: (input, ctx) => updateServiceConfiguration(ctx.session, input),
});

serviceSettings('configuration', {
  type: ServiceConfigurationRef,
  description: 'The service’s default roles and reachability setting.',
  service: 'The service this configuration belongs to.',
  fetch: fetchServiceConfiguration,
});
