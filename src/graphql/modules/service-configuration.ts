import {
  fetchServiceConfiguration,
  type ServiceConfiguration,
  updateServiceConfiguration,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
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
        service: t.field({
          type: ServiceRef,
          description: 'The service this configuration belongs to.',
          extensions: { upstreamCost: 1 },
          resolve: (c, _args, ctx) => loadNamedService(ctx, c.chatServiceSid),
        }),
      };
    },
  });

builder.objectFields(ServiceRef, (t) => ({
  configuration: t.field({
    type: ServiceConfigurationRef,
    description: 'The service’s default roles and reachability setting.',
    extensions: { upstreamCost: 1 },
    resolve: serviceLookahead.child('configuration', (s, _args: object, ctx) =>
      fetchServiceConfiguration(ctx.session, { serviceSid: s.sid }),
    ),
  }),
}));

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
