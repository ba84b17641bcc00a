import {
  fetchServiceWebhookConfiguration,
  type ServiceWebhookConfiguration,
  updateServiceWebhookConfiguration,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { changePayload, mutation } from '../mutations.ts';
import { loadNamedService, ServiceRef, serviceLookahead } from './service.ts';
import { ServiceConfigurationRef } from './service-configuration.ts';
import {
  webhookSettingsInputFields,
  webhookSettingsParams,
  withWebhookSettingsFields,
} from './webhook-settings.ts';

const ServiceWebhookConfigurationRef = builder
  .objectRef<ServiceWebhookConfiguration>('ServiceWebhookConfiguration')
  .implement({
    description: 'A service’s own webhooks, which replace the account-wide ones for its events.',
    fields: (t) => ({
      chatServiceSid: t.exposeString('chatServiceSid', { description: 'The service (IS…).' }),
      service: t.field({
        type: ServiceRef,
        description: 'The service these webhooks belong to.',
        extensions: { upstreamCost: 1 },
        resolve: (w, _args, ctx) => loadNamedService(ctx, w.chatServiceSid),
      }),
    }),
  });

withWebhookSettingsFields(ServiceWebhookConfigurationRef);

builder.objectFields(ServiceRef, (t) => ({
  webhookConfiguration: t.field({
    type: ServiceWebhookConfigurationRef,
    description: 'The service’s own webhooks.',
    extensions: { upstreamCost: 1 },
    resolve: serviceLookahead.child('webhookConfiguration', (s, _args: object, ctx) =>
      fetchServiceWebhookConfiguration(ctx.session, { serviceSid: s.sid }),
    ),
  }),
}));

builder.objectFields(ServiceConfigurationRef, (t) => ({
  webhookConfiguration: t.field({
    type: ServiceWebhookConfigurationRef,
    description: 'The service’s own webhooks; the same as `Service.webhookConfiguration`.',
    extensions: { upstreamCost: 1 },
    resolve: (c, _args, ctx) =>
      fetchServiceWebhookConfiguration(ctx.session, { serviceSid: c.chatServiceSid }),
  }),
}));

const UpdateServiceWebhookConfigurationInput = builder.inputType('UpdateServiceWebhookConfigurationInput', {
  description: 'Changes to a service’s webhooks; absent fields are left as they are.',
  fields: (t) => ({
    serviceSid: t.string({ required: true, description: 'The service (IS…).' }),
    ...webhookSettingsInputFields(t),
  }),
});

mutation('updateServiceWebhookConfiguration', {
  description: 'Changes a service’s own webhooks.',
  input: UpdateServiceWebhookConfigurationInput,
  inputDescription: 'The service, and the parts of its own webhooks to change.',
  payload: changePayload('ServiceWebhookConfigurationPayload', {
    key: 'webhookConfiguration',
    type: ServiceWebhookConfigurationRef,
    about: 'changing a service’s webhooks',
    current: 'The webhooks as they are now',
  }),
  run: (input, ctx) =>
    updateServiceWebhookConfiguration(ctx.session, {
      serviceSid: input.serviceSid,
      ...webhookSettingsParams(input),
    }),
});
