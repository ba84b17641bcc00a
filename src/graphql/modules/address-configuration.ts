import { keys, primeFromPage } from '../../loaders/index.ts';
import {
  type AddressAutoCreation,
  type AddressConfiguration,
  createAddressConfiguration,
  deleteAddressConfiguration,
  listAddressConfigurations,
  MAX_PAGE_SIZE,
  updateAddressConfiguration,
} from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, deleteMutation, mutation } from '../mutations.ts';
import { resolveForwardConnection } from '../pagination.ts';
import { splitPath } from '../scope.ts';
import { withNameAndDates, withResourceFields } from './common-fields.ts';
import { serviceNamedBy } from './service.ts';
import { WebhookMethodEnum } from './webhook-settings.ts';

export const AddressTypeEnum = wireEnum('AddressType', 'The channel an address belongs to.', {
  SMS: 'A phone number for SMS.',
  WHATSAPP: 'A WhatsApp sender.',
  MESSENGER: 'A Facebook Messenger page.',
  GBM: 'A Google Business Messages agent.',
  EMAIL: 'An email address.',
  RCS: 'An RCS sender.',
  APPLE: 'An Apple Messages for Business account.',
  CHAT: 'A web or in-app chat address.',
});

const AutoCreationTypeEnum = builder.enumType('AutoCreationType', {
  description: 'What happens when a message reaches the address outside any conversation.',
  values: {
    DEFAULT: { value: 'default', description: 'A conversation is created, with no further action.' },
    WEBHOOK: {
      value: 'webhook',
      description: 'A conversation is created and a conversation webhook is added.',
    },
    STUDIO: { value: 'studio', description: 'A conversation is created and handed to a Studio flow.' },
  } as const,
});

type AutoCreationType = 'default' | 'webhook' | 'studio';

function isAutoCreationType(value: string | null): value is AutoCreationType {
  return value === 'default' || value === 'webhook' || value === 'studio';
}

/**
 * Twilio answers the auto-creation webhook method upper-case although it takes it lower-case; both
 * read as the one `WebhookMethod` enum.
 */
function webhookMethod(value: string | null): 'GET' | 'POST' | null {
  const upper = value?.toUpperCase();
  return upper === 'GET' || upper === 'POST' ? upper : null;
}

const AutoCreationRef = builder.objectRef<AddressAutoCreation>('AddressAutoCreation').implement({
  description: 'Whether and how a message to the address starts a conversation.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', {
      nullable: true,
      description: 'Whether a conversation is started.',
    }),
    type: t.field({
      type: AutoCreationTypeEnum,
      nullable: true,
      description: 'What is attached to the new conversation.',
      resolve: (a) => (isAutoCreationType(a.type) ? a.type : null),
    }),
    conversationServiceSid: t.exposeString('conversationServiceSid', {
      nullable: true,
      description: 'The service the conversation is created in (IS…); the default service when null.',
    }),
    conversationService: serviceNamedBy(
      t,
      (a) => a.conversationServiceSid,
      'The service the conversation is created in; null means the default service.',
    ),
    webhookUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'For WEBHOOK: the URL of the webhook added to the conversation.',
      resolve: (a) => (a.webhookUrl && URL.canParse(a.webhookUrl) ? a.webhookUrl : null),
    }),
    webhookMethod: t.field({
      type: WebhookMethodEnum,
      nullable: true,
      description: 'For WEBHOOK: the HTTP method of its calls.',
      resolve: (a) => webhookMethod(a.webhookMethod),
    }),
    webhookFilters: t.field({
      type: ['String'],
      description: 'For WEBHOOK: the events it reports; empty when none is.',
      resolve: (a) => a.webhookFilters ?? [],
    }),
    studioFlowSid: t.exposeString('studioFlowSid', {
      nullable: true,
      description: 'For STUDIO: the Studio flow (FW…).',
    }),
    studioRetryCount: t.exposeInt('studioRetryCount', {
      nullable: true,
      description: 'For STUDIO: how many times Twilio retries calling the flow.',
    }),
  }),
});

/** Address configurations belong to the account; they are addressed by SID or by the address itself. */
export const AddressConfigurationRef = builder.objectRef<AddressConfiguration>('AddressConfiguration');

builder.node(AddressConfigurationRef, {
  description:
    'What happens when a message reaches one of the account’s addresses (a phone number, a WhatsApp sender…) outside any conversation.',
  id: { resolve: (a) => a.sid },
  loadOne: (id, ctx) => {
    const [sid] = splitPath(id, 1) as [string];
    return ctx.loaders.addressConfiguration.load(keys.addressConfiguration(sid));
  },
  fields: (t) => ({
    type: t.field({
      type: AddressTypeEnum,
      nullable: true,
      description: 'The channel of the address.',
      resolve: (a) => addressType(a.type),
    }),
    address: t.exposeString('address', { nullable: true, description: 'The address, e.g. `+15559870001`.' }),
    addressCountry: t.exposeString('addressCountry', {
      nullable: true,
      description: 'The country of the address (ISO 3166-1 alpha-2), for channels that have one.',
    }),
    autoCreation: t.field({
      type: AutoCreationRef,
      nullable: true,
      description: 'Whether and how an incoming message starts a conversation.',
      resolve: (a) => a.autoCreation,
    }),
  }),
});

withResourceFields(AddressConfigurationRef, {
  noun: 'address configuration',
  prefix: 'IG',
  account: 'The Twilio account it belongs to.',
});
withNameAndDates(AddressConfigurationRef);

type AddressType = 'sms' | 'whatsapp' | 'messenger' | 'gbm' | 'email' | 'rcs' | 'apple' | 'chat';
const addressTypes: ReadonlySet<string> = new Set<AddressType>([
  'sms',
  'whatsapp',
  'messenger',
  'gbm',
  'email',
  'rcs',
  'apple',
  'chat',
]);

/** The spec types the answer's `type` as free text; a channel Twilio adds later reads as null, not an error. */
function addressType(value: string | null): AddressType | null {
  return value !== null && addressTypes.has(value) ? (value as AddressType) : null;
}

builder.queryFields((t) => ({
  addressConfiguration: t.field({
    type: AddressConfigurationRef,
    nullable: true,
    description: 'An address configuration by SID or by the address itself; null when there is none.',
    args: {
      sid: t.arg.string({ required: true, description: 'The IG… SID or the address, e.g. `+15559870001`.' }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) => ctx.loaders.addressConfiguration.load(keys.addressConfiguration(args.sid)),
  }),
  addressConfigurations: t.connection(
    {
      type: AddressConfigurationRef,
      description: 'The account’s address configurations, oldest first.',
      args: { type: t.arg({ type: AddressTypeEnum, description: 'Only addresses of this channel.' }) },
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listAddressConfigurations } },
      resolve: (_root, args, ctx) =>
        resolveForwardConnection(args, MAX_PAGE_SIZE.listAddressConfigurations, async ({ pageSize, ref }) =>
          primeFromPage(
            ctx.loaders.addressConfiguration,
            await listAddressConfigurations(ctx.session, {
              pageSize,
              page: ref,
              ...(args.type ? { type: args.type } : {}),
            }),
            (a) => [
              keys.addressConfiguration(a.sid),
              ...(a.address ? [keys.addressConfiguration(a.address)] : []),
            ],
          ),
        ),
    },
    { description: 'A page of the address configurations.' },
    { description: 'One of the address configurations, with the cursor to resume after it.' },
  ),
}));

const AutoCreationInput = builder.inputType('AddressAutoCreationInput', {
  description:
    'Whether and how a message to the address starts a conversation; absent fields are left as they are.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Whether a conversation is started.' }),
    type: t.field({ type: AutoCreationTypeEnum, description: 'What is attached to the new conversation.' }),
    conversationServiceSid: t.string({
      description: 'The service to create it in (IS…); the default service when absent.',
    }),
    webhookUrl: t.field({ type: 'URL', description: 'For WEBHOOK: the URL of the webhook to add.' }),
    webhookMethod: t.field({
      type: WebhookMethodEnum,
      description: 'For WEBHOOK: the HTTP method of its calls.',
    }),
    webhookFilters: t.stringList({ description: 'For WEBHOOK: the events it reports.' }),
    studioFlowSid: t.string({ description: 'For STUDIO: the Studio flow (FW…).' }),
    studioRetryCount: t.int({ description: 'For STUDIO: how many times to retry calling the flow.' }),
  }),
});

const CreateAddressConfigurationInput = builder.inputType('CreateAddressConfigurationInput', {
  description: 'A new address configuration.',
  fields: (t) => ({
    type: t.field({ type: AddressTypeEnum, required: true, description: 'The channel of the address.' }),
    address: t.string({ required: true, description: 'The address, e.g. `+15559870001`.' }),
    addressCountry: t.string({
      description: 'The country of the address (ISO 3166-1 alpha-2), where the channel needs one.',
    }),
    friendlyName: t.string({ description: 'A display name.' }),
    autoCreation: t.field({
      type: AutoCreationInput,
      description: 'Whether and how an incoming message starts a conversation.',
    }),
  }),
});

const UpdateAddressConfigurationInput = builder.inputType('UpdateAddressConfigurationInput', {
  description:
    'Changes to an address configuration; absent fields are left as they are. The address itself cannot change.',
  fields: (t) => ({
    sid: t.string({ required: true, description: 'The IG… SID or the address.' }),
    friendlyName: t.string({ description: 'A display name.' }),
    autoCreation: t.field({
      type: AutoCreationInput,
      description: 'Whether and how an incoming message starts a conversation.',
    }),
  }),
});

type AutoCreationInputShape = typeof AutoCreationInput.$inferInput;

function autoCreationParams(input: AutoCreationInputShape | null | undefined) {
  return {
    autoCreationEnabled: input?.enabled,
    autoCreationType: input?.type,
    autoCreationConversationServiceSid: input?.conversationServiceSid,
    autoCreationWebhookUrl: input?.webhookUrl?.toString(),
    // Twilio takes this method lower-case on the way in.
    autoCreationWebhookMethod: input?.webhookMethod && toLowerMethod(input.webhookMethod),
    autoCreationWebhookFilters: input?.webhookFilters,
    autoCreationStudioFlowSid: input?.studioFlowSid,
    autoCreationStudioRetryCount: input?.studioRetryCount,
  };
}

function toLowerMethod(method: 'GET' | 'POST'): 'get' | 'post' {
  return method === 'GET' ? 'get' : 'post';
}

const AddressConfigurationPayload = changePayload('AddressConfigurationPayload', {
  key: 'addressConfiguration',
  type: AddressConfigurationRef,
  about: 'creating or updating an address configuration',
  current: 'The address configuration as it is now',
});

mutation('createAddressConfiguration', {
  description: 'Configures what happens when a message reaches one of the account’s addresses.',
  input: CreateAddressConfigurationInput,
  inputDescription: 'The address, its channel, and whether a message to it starts a conversation.',
  payload: AddressConfigurationPayload,
  run: (input, ctx) =>
    createAddressConfiguration(ctx.session, { ...input, ...autoCreationParams(input.autoCreation) }),
});

mutation('updateAddressConfiguration', {
  description: 'Changes an address configuration.',
  input: UpdateAddressConfigurationInput,
  inputDescription: 'The address configuration to change, and the settings to change on it.',
  payload: AddressConfigurationPayload,
  run: (input, ctx) =>
    updateAddressConfiguration(ctx.session, { ...input, ...autoCreationParams(input.autoCreation) }),
});

deleteMutation('deleteAddressConfiguration', {
  description: 'Deletes an address configuration: messages to the address no longer start conversations.',
  input: 'The address configuration to delete.',
  inputDescription: 'The address configuration to remove.',
  sid: 'The IG… SID or the address.',
  call: (session, input) => deleteAddressConfiguration(session, input),
});
