import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { formatDate, type Params } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import { findBySidOrName, looksLikeSid } from '../sids.ts';
import type { AccountState, AddressConfigurationState } from '../store.ts';
import type { AddressType, JsonValue, Wire } from '../wire.ts';
import { parseWebhookUrl } from './configuration.ts';
import { deleteRoute, fetchRoute, listRoute, type Records } from './records.ts';

const ADDRESS_TYPES: readonly AddressType[] = [
  'sms',
  'whatsapp',
  'messenger',
  'gbm',
  'email',
  'rcs',
  'apple',
  'chat',
];
const AUTO_CREATION_TYPES = ['webhook', 'studio', 'default'] as const;
/**
 * Auto-created conversations get a conversation-scoped webhook, which is post-event only; these are
 * the events the spec lists for `AutoCreation.WebhookFilters`.
 */
const AUTO_CREATION_FILTERS = [
  'onMessageAdded',
  'onMessageUpdated',
  'onMessageRemoved',
  'onConversationUpdated',
  'onConversationStateUpdated',
  'onConversationRemoved',
  'onParticipantAdded',
  'onParticipantUpdated',
  'onParticipantRemoved',
  'onDeliveryUpdated',
];
/** Studio Flows live in another API, so only their SID shape can be checked here. */
const STUDIO_FLOW_SID = /^FW[0-9a-fA-F]{32}$/;
const FRIENDLY_NAME_MAX = 256;
const ADDRESS_MAX = 256;

type AutoCreation = AddressConfigurationState['autoCreation'];

function renderAutoCreation(autoCreation: AutoCreation): { [key: string]: JsonValue } {
  return {
    enabled: autoCreation.enabled,
    type: autoCreation.type,
    conversation_service_sid: autoCreation.conversationServiceSid,
    webhook_url: autoCreation.webhookUrl,
    // Stored as the spec's lower-case enum; Twilio's examples and docs show it upper-case.
    webhook_method: autoCreation.webhookMethod === null ? null : autoCreation.webhookMethod.toUpperCase(),
    webhook_filters: [...autoCreation.webhookFilters],
    studio_flow_sid: autoCreation.studioFlowSid,
    studio_retry_count: autoCreation.studioRetryCount,
  };
}

export function renderAddressConfiguration(
  ctx: RouteContext,
  address: AddressConfigurationState,
): Wire<'conversations.v1.configuration_address'> {
  return {
    sid: address.sid,
    account_sid: ctx.account.sid,
    type: address.type,
    address: address.address,
    friendly_name: address.friendlyName,
    auto_creation: renderAutoCreation(address.autoCreation),
    date_created: formatDate(address.dateCreated),
    date_updated: formatDate(address.dateUpdated),
    url: `${ctx.baseUrl}/v1/Configuration/Addresses/${address.sid}`,
    address_country: address.addressCountry,
  };
}

/** Finds an address configuration by IG SID or by the address itself, as `Addresses/{Sid}` allows. */
export function findAddressConfiguration(
  account: AccountState,
  sidOrAddress: string,
): AddressConfigurationState | undefined {
  return findBySidOrName(account.addressConfigurations, 'IG', sidOrAddress, (address) => address.address);
}

function requireAddressConfiguration(ctx: RouteContext): AddressConfigurationState {
  const address = findAddressConfiguration(ctx.account, ctx.param('Sid'));
  if (!address) throw ctx.notFound();
  return address;
}

/**
 * Applies the flat `AutoCreation.*` parameters over the current settings. Every value is validated
 * before anything changes, so a rejected update leaves the configuration as it was.
 */
function parseAutoCreation(ctx: RouteContext, current: AutoCreation): AutoCreation {
  const body: Params = ctx.body;
  const next: AutoCreation = { ...current, webhookFilters: [...current.webhookFilters] };
  const enabled = body.bool('AutoCreation.Enabled');
  if (enabled !== undefined) next.enabled = enabled;

  if (body.has('AutoCreation.Type')) {
    next.type =
      body.string('AutoCreation.Type') === ''
        ? null
        : (body.enumValue('AutoCreation.Type', AUTO_CREATION_TYPES) ?? null);
  }

  const serviceSid = body.string('AutoCreation.ConversationServiceSid');
  if (serviceSid !== undefined) {
    if (serviceSid !== '' && !(looksLikeSid(serviceSid, 'IS') && ctx.account.services[serviceSid]))
      throw new EmulatorError(
        50050,
        `AutoCreation.ConversationServiceSid ${serviceSid} is not a Conversation Service of this account`,
      );
    next.conversationServiceSid = serviceSid || null;
  }

  const webhookUrl = parseWebhookUrl(body, 'AutoCreation.WebhookUrl');
  if (webhookUrl !== undefined) next.webhookUrl = webhookUrl;

  const method = body.string('AutoCreation.WebhookMethod');
  if (method !== undefined) {
    const lower = method.toLowerCase();
    if (lower !== '' && lower !== 'get' && lower !== 'post')
      throw new EmulatorError(50055, `Invalid AutoCreation.WebhookMethod "${method}": expected GET or POST`);
    next.webhookMethod = lower === '' ? null : lower;
  }

  const filters = body.list('AutoCreation.WebhookFilters');
  if (filters !== undefined) {
    const values = filters.filter((value) => value !== '');
    for (const value of values) {
      if (!AUTO_CREATION_FILTERS.includes(value))
        throw new EmulatorError(50365, `Invalid AutoCreation.WebhookFilters value "${value}"`);
    }
    next.webhookFilters = [...new Set(values)];
  }

  const flowSid = body.string('AutoCreation.StudioFlowSid');
  if (flowSid !== undefined) {
    if (flowSid !== '' && !STUDIO_FLOW_SID.test(flowSid)) throw new EmulatorError(50367);
    next.studioFlowSid = flowSid || null;
  }

  if (body.has('AutoCreation.StudioRetryCount')) {
    next.studioRetryCount =
      body.string('AutoCreation.StudioRetryCount') === ''
        ? null
        : (body.int('AutoCreation.StudioRetryCount', { min: 0 }) ?? null);
  }
  return next;
}

function parseFriendlyName(ctx: RouteContext): string | undefined {
  return ctx.body.string('FriendlyName', { max: FRIENDLY_NAME_MAX, tooLong: 50003 });
}

function createAddressConfiguration(ctx: RouteContext) {
  const body = ctx.body;
  const account = ctx.account;
  const type = body.enumValue('Type', ADDRESS_TYPES);
  if (type === undefined)
    throw createInvalidParameter('Type', `required: one of ${ADDRESS_TYPES.join(', ')}`);
  const address = body.string('Address', { max: ADDRESS_MAX });
  if (!address) throw createInvalidParameter('Address', 'required');
  if (Object.values(account.addressConfigurations).some((existing) => existing.address === address))
    throw new EmulatorError(20409, `An address configuration for ${address} already exists`);
  const friendlyName = parseFriendlyName(ctx);
  const country = body.string('AddressCountry');
  if (country && !/^[A-Za-z]{2}$/.test(country))
    throw createInvalidParameter('AddressCountry', 'expected an ISO 3166-1 alpha-2 country code');
  const autoCreation = parseAutoCreation(ctx, {
    enabled: false,
    type: null,
    conversationServiceSid: null,
    webhookUrl: null,
    webhookMethod: null,
    webhookFilters: [],
    studioFlowSid: null,
    studioRetryCount: null,
  });
  const now = ctx.now();
  const record: AddressConfigurationState = {
    ...ctx.store.newRecord('IG', now),
    type,
    address,
    friendlyName: friendlyName || null,
    addressCountry: country ? country.toUpperCase() : null,
    autoCreation,
  };
  account.addressConfigurations[record.sid] = record;
  return { status: 201, body: renderAddressConfiguration(ctx, record) };
}

function updateAddressConfiguration(ctx: RouteContext) {
  const record = requireAddressConfiguration(ctx);
  const friendlyName = parseFriendlyName(ctx);
  const autoCreation = parseAutoCreation(ctx, record.autoCreation);
  if (friendlyName !== undefined) record.friendlyName = friendlyName || null;
  record.autoCreation = autoCreation;
  record.dateUpdated = ctx.now();
  return { status: 200, body: renderAddressConfiguration(ctx, record) };
}

const addresses: Records<AccountState, AddressConfigurationState> = {
  parent: (ctx) => ctx.account,
  records: (account) => account.addressConfigurations,
  find: (ctx) => requireAddressConfiguration(ctx),
  render: (ctx, address) => renderAddressConfiguration(ctx, address),
};

export function registerAddressConfigurations(router: Router): void {
  router.resource('ConfigurationAddress', false, {
    list: listRoute(addresses, (ctx) => {
      const type = ctx.query.enumValue('Type', ADDRESS_TYPES);
      return type ? (address) => address.type === type : undefined;
    }),
    create: createAddressConfiguration,
    fetch: fetchRoute(addresses),
    update: updateAddressConfiguration,
    delete: deleteRoute(addresses),
  });
}
