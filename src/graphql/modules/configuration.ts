import { type Configuration, fetchConfiguration, updateConfiguration } from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { changePayload, mutation } from '../mutations.ts';
import { serviceNamedBy } from './service.ts';

export const ConfigurationRef = builder.objectRef<Configuration>('Configuration').implement({
  description:
    'The account’s Conversations settings: which service the short routes act on, the default messaging service and default conversation timers.',
  fields: (t) => ({
    accountSid: t.exposeString('accountSid', { description: 'The Twilio account.' }),
    defaultChatServiceSid: t.exposeString('defaultChatServiceSid', {
      nullable: true,
      description: 'The service that queries without a `serviceSid` act on (IS…).',
    }),
    defaultService: serviceNamedBy(
      t,
      (c) => c.defaultChatServiceSid,
      'The service that queries without a `serviceSid` act on.',
    ),
    defaultMessagingServiceSid: t.exposeString('defaultMessagingServiceSid', {
      nullable: true,
      description:
        'The Messaging Service new conversations use for SMS and WhatsApp unless they name one (MG…).',
    }),
    defaultInactiveTimer: t.expose('defaultInactiveTimer', {
      type: 'Duration',
      nullable: true,
      description: 'Idle time after which new conversations become inactive; null for never.',
    }),
    defaultClosedTimer: t.expose('defaultClosedTimer', {
      type: 'Duration',
      nullable: true,
      description: 'Time after which new conversations close for good; null for never.',
    }),
    url: t.expose('url', { type: 'URL', description: 'The REST URL of the configuration.' }),
  }),
});

builder.queryFields((t) => ({
  configuration: t.field({
    type: ConfigurationRef,
    description: 'The account’s Conversations settings.',
    extensions: { upstreamCost: 1 },
    resolve: (_root, _args, ctx) => fetchConfiguration(ctx.session),
  }),
}));

const UpdateConfigurationInput = builder.inputType('UpdateConfigurationInput', {
  description: 'Changes to the account’s Conversations settings; absent fields are left as they are.',
  fields: (t) => ({
    defaultChatServiceSid: t.string({ description: 'The service the short routes act on (IS…).' }),
    defaultMessagingServiceSid: t.string({ description: 'The default Messaging Service (MG…).' }),
    defaultInactiveTimer: t.field({
      type: 'Duration',
      description: 'Idle time after which new conversations become inactive (at least PT1M).',
    }),
    defaultClosedTimer: t.field({
      type: 'Duration',
      description: 'Time after which new conversations close for good (at least PT10M).',
    }),
  }),
});

mutation('updateConfiguration', {
  description: 'Changes the account’s Conversations settings.',
  input: UpdateConfigurationInput,
  inputDescription: 'The account settings to change; the others stay as they are.',
  payload: changePayload('ConfigurationPayload', {
    key: 'configuration',
    type: ConfigurationRef,
    about: 'changing the account’s Conversations settings',
    current: 'The settings as they are now',
  }),
  run: (input, ctx) => updateConfiguration(ctx.session, input),
});
