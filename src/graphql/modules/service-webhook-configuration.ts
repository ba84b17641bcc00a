import {
  fetchServiceWebhookConfiguration,
  type ServiceWebhookConfiguration,
  updateServiceWebhookConfiguration,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { changePayload, mutation } from '../mutations.ts';
import { serviceSettings } from './service-configuration.ts';
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
    }),
  });

withWebhookSettingsFields(ServiceWebhookConfigurationRef);

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

serviceSettings('webhookConfiguration', {
  type: ServiceWebhookConfigurationRef,
  description: 'The service’s own webhooks.',
  service: 'The service these webhooks belong to.',
  fromConfiguration: 'The service’s own webhooks; the same as `Service.webhookConfiguration`.',
  fetch: fetchServiceWebhookConfiguration,
});
