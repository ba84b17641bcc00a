import {
  type ConfigurationWebhook,
  fetchConfigurationWebhook,
  updateConfigurationWebhook,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, mutation } from '../mutations.ts';
import { ConfigurationRef } from './configuration.ts';
import {
  webhookSettingsInputFields,
  webhookSettingsParams,
  withWebhookSettingsFields,
} from './webhook-settings.ts';

const WebhookTargetEnum = wireEnum('WebhookTarget', 'Where the account-wide Conversations webhooks go.', {
  WEBHOOK: 'To the pre- and post-event URLs.',
  FLEX: 'To Twilio Flex.',
});

const ConfigurationWebhookRef = builder.objectRef<ConfigurationWebhook>('ConfigurationWebhook').implement({
  description:
    'The account-wide Conversations webhook: where Twilio reports events of every service, unless a service sets its own.',
  fields: (t) => ({
    target: t.field({
      type: WebhookTargetEnum,
      nullable: true,
      description: 'Whether events go to the URLs below or to Flex.',
      resolve: (w) => w.target,
    }),
  }),
});

withWebhookSettingsFields(ConfigurationWebhookRef);

builder.objectFields(ConfigurationRef, (t) => ({
  webhook: t.field({
    type: ConfigurationWebhookRef,
    description: 'The account-wide webhook.',
    extensions: { upstreamCost: 1 },
    resolve: (_c, _args, ctx) => fetchConfigurationWebhook(ctx.session),
  }),
}));

const UpdateConfigurationWebhookInput = builder.inputType('UpdateConfigurationWebhookInput', {
  description: 'Changes to the account-wide webhook; absent fields are left as they are.',
  fields: (t) => ({
    target: t.field({ type: WebhookTargetEnum, description: 'Whether events go to the URLs or to Flex.' }),
    ...webhookSettingsInputFields(t),
  }),
});

mutation('updateConfigurationWebhook', {
  description: 'Changes the account-wide webhook.',
  input: UpdateConfigurationWebhookInput,
  inputDescription: 'The parts of the account-wide webhook to change.',
  payload: changePayload('ConfigurationWebhookPayload', {
    key: 'webhook',
    type: ConfigurationWebhookRef,
    about: 'changing the account-wide webhook',
    current: 'The webhook as it is now',
  }),
  run: (input, ctx) =>
    updateConfigurationWebhook(ctx.session, { target: input.target, ...webhookSettingsParams(input) }),
});
