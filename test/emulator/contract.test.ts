import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RestClient, startTestEmulator } from '../helpers/emulator.ts';
import { createContractValidator, type SpecOperation } from '../helpers/openapi-contract.ts';

/**
 * Drives every operation of the official Conversations v1 OpenAPI file against the emulator over
 * HTTP with real data, then checks each answer against the spec, made strict: every property the
 * spec lists must be present (null when unset) and nothing else may appear.
 */

const contract = createContractValidator();
const OPERATIONS = contract.operations;

const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const SID = /^[A-Z]{2}[0-9a-f]{32}$/;
const DATE_KEY = /^(?:.+_)?date_(?:created|updated|inactive|closed)$/;
/** Short routes that act on the default service and have a `/v1/Services/{IS}/…` twin. */
const SHORT_SERVICE_ROUTES = [
  '/v1/Conversations',
  '/v1/ConversationWithParticipants',
  '/v1/Users',
  '/v1/Roles',
];
const SHORT_PARTICIPANT_CONVERSATIONS = '/v1/ParticipantConversations';

const SMS_ADDRESS = '+15551230001';
const PROXY_ADDRESS = '+15559870001';
const MESSAGING_SERVICE_SID = `MG${'1'.repeat(32)}`;
const STUDIO_FLOW_SID = `FW${'2'.repeat(32)}`;

/** A push-notification template placeholder such as `${CONVERSATION}`. */
const placeholder = (name: string) => `\${${name}}`;

type Params = Record<string, string | number | boolean | Array<string | number | boolean> | undefined>;

interface Exchange {
  /** The operation this request was sent to exercise. */
  intended: string;
  /** The operation the emulator says it answered (from its request log). */
  logged: string | null;
  method: 'GET' | 'POST' | 'DELETE';
  /** Request pathname, e.g. `/v1/Conversations/CH…`. */
  path: string;
  /** Request query string as sent, without `?`. */
  query: string;
  status: number;
  /** Parsed JSON body; undefined when the body was empty. */
  body: unknown;
  /** Set when the body was not JSON or the request failed outright. */
  failure?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const found = value[key];
  return typeof found === 'string' ? found : undefined;
}

/** Records every request of the flow with what the emulator logged for it. */
class Flow {
  readonly exchanges: Exchange[] = [];
  readonly adminFailures: string[] = [];
  readonly client: RestClient;

  constructor(client: RestClient) {
    this.client = client;
  }

  get base(): string {
    return this.client.emulator.url;
  }

  async send(
    intended: string,
    method: Exchange['method'],
    pathAndQuery: string,
    params: Params = {},
  ): Promise<Exchange> {
    const path = pathAndQuery.split('?')[0] ?? pathAndQuery;
    const exchange: Exchange = {
      intended,
      logged: null,
      method,
      path,
      query: '',
      status: 0,
      body: undefined,
    };
    const before = this.client.emulator.requests.length;
    try {
      const response = await this.client.call<unknown>(method, pathAndQuery, params);
      exchange.status = response.status;
      exchange.body = response.body;
    } catch (error) {
      exchange.failure = error instanceof Error ? error.message : String(error);
    }
    const entry = this.client.emulator.requests.slice(before).find((candidate) => candidate.path === path);
    exchange.logged = entry?.operationId ?? null;
    exchange.query = entry?.query ?? '';
    this.exchanges.push(exchange);
    return exchange;
  }

  /** GETs an absolute paging URL verbatim, as Twilio's SDKs do. */
  async follow(intended: string, url: unknown): Promise<Exchange | undefined> {
    if (typeof url !== 'string') return undefined;
    if (!url.startsWith(this.base)) {
      this.exchanges.push({
        intended,
        logged: null,
        method: 'GET',
        path: url,
        query: '',
        status: 0,
        body: undefined,
        failure: `paging URL ${url} does not point at the emulator (${this.base})`,
      });
      return undefined;
    }
    return this.send(intended, 'GET', url.slice(this.base.length));
  }

  async admin(path: string, params: Params): Promise<unknown> {
    try {
      const response = await this.client.call<unknown>('POST', path, params);
      if (response.status < 200 || response.status > 299)
        this.adminFailures.push(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body;
    } catch (error) {
      this.adminFailures.push(
        `POST ${path} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  }
}

/** The `sid` of a created resource, or a well-formed SID that exists nowhere (so later steps 404). */
function sidOf(exchange: Exchange, prefix: string): string {
  return text(exchange.body, 'sid') ?? `${prefix}${'0'.repeat(32)}`;
}

function nextPageUrl(exchange: Exchange): unknown {
  const meta = isRecord(exchange.body) ? exchange.body.meta : undefined;
  return isRecord(meta) ? meta.next_page_url : undefined;
}

function previousPageUrl(exchange: Exchange): unknown {
  const meta = isRecord(exchange.body) ? exchange.body.meta : undefined;
  return isRecord(meta) ? meta.previous_page_url : undefined;
}

function firstItem(exchange: Exchange, key: string): unknown {
  const list = isRecord(exchange.body) ? exchange.body[key] : undefined;
  return Array.isArray(list) ? list[0] : undefined;
}

async function runFlow(flow: Flow): Promise<void> {
  // Account configuration.
  const configuration = await flow.send('FetchConfiguration', 'GET', '/v1/Configuration');
  const defaultService = text(configuration.body, 'default_chat_service_sid') ?? `IS${'0'.repeat(32)}`;
  await flow.send('UpdateConfiguration', 'POST', '/v1/Configuration', {
    DefaultChatServiceSid: defaultService,
    DefaultMessagingServiceSid: MESSAGING_SERVICE_SID,
  });
  await flow.send('FetchConfigurationWebhook', 'GET', '/v1/Configuration/Webhooks');
  await flow.send('UpdateConfigurationWebhook', 'POST', '/v1/Configuration/Webhooks', {
    Method: 'POST',
    Filters: ['onMessageAdded', 'onConversationUpdated'],
    PreWebhookUrl: 'https://hooks.example.com/pre',
    PostWebhookUrl: 'https://hooks.example.com/post',
    Target: 'webhook',
  });

  // A named service and its configuration.
  const service = await flow.send('CreateService', 'POST', '/v1/Services', {
    FriendlyName: 'Contract service',
  });
  const IS = sidOf(service, 'IS');
  const S = `/v1/Services/${IS}`;
  await flow.send('FetchService', 'GET', S);
  const services = await flow.send('ListService', 'GET', '/v1/Services', { PageSize: 1 });
  const servicesPage2 = await flow.follow('ListService', nextPageUrl(services));
  if (servicesPage2) await flow.follow('ListService', previousPageUrl(servicesPage2));
  const serviceConfiguration = await flow.send('FetchServiceConfiguration', 'GET', `${S}/Configuration`);
  const defaultServiceRole = text(serviceConfiguration.body, 'default_chat_service_role_sid');
  await flow.send('FetchServiceNotification', 'GET', `${S}/Configuration/Notifications`);
  await flow.send('UpdateServiceNotification', 'POST', `${S}/Configuration/Notifications`, {
    LogEnabled: true,
    'NewMessage.Enabled': true,
    'NewMessage.Template': `New message in ${placeholder('CONVERSATION')} from ${placeholder('PARTICIPANT')}: ${placeholder('MESSAGE')}`,
    'NewMessage.Sound': 'default',
    'NewMessage.BadgeCountEnabled': true,
    'NewMessage.WithMedia.Enabled': true,
    'NewMessage.WithMedia.Template': `${placeholder('PARTICIPANT')} sent ${placeholder('MEDIA_COUNT')} file(s)`,
    'AddedToConversation.Enabled': true,
    'AddedToConversation.Template': `You joined ${placeholder('CONVERSATION')}`,
    'RemovedFromConversation.Enabled': true,
  });
  await flow.send('FetchServiceWebhookConfiguration', 'GET', `${S}/Configuration/Webhooks`);
  await flow.send('UpdateServiceWebhookConfiguration', 'POST', `${S}/Configuration/Webhooks`, {
    PreWebhookUrl: 'https://hooks.example.com/service/pre',
    PostWebhookUrl: 'https://hooks.example.com/service/post',
    Filters: ['onMessageAdd', 'onMessageAdded'],
    Method: 'POST',
  });

  // Roles.
  const role = await flow.send('CreateRole', 'POST', '/v1/Roles', {
    FriendlyName: 'Contract conversation role',
    Type: 'conversation',
    Permission: ['sendMessage', 'leaveConversation'],
  });
  const RL = sidOf(role, 'RL');
  await flow.send('FetchRole', 'GET', `/v1/Roles/${RL}`);
  await flow.send('UpdateRole', 'POST', `/v1/Roles/${RL}`, {
    Permission: ['sendMessage', 'leaveConversation', 'editOwnMessage'],
  });
  const roles = await flow.send('ListRole', 'GET', '/v1/Roles', { PageSize: 2 });
  await flow.follow('ListRole', nextPageUrl(roles));
  const serviceRole = await flow.send('CreateServiceRole', 'POST', `${S}/Roles`, {
    FriendlyName: 'Contract service role',
    Type: 'service',
    Permission: ['createConversation', 'joinConversation'],
  });
  const SRL = sidOf(serviceRole, 'RL');
  await flow.send('FetchServiceRole', 'GET', `${S}/Roles/${SRL}`);
  await flow.send('UpdateServiceRole', 'POST', `${S}/Roles/${SRL}`, {
    Permission: ['createConversation', 'joinConversation', 'editOwnUserInfo'],
  });
  const serviceRoles = await flow.send('ListServiceRole', 'GET', `${S}/Roles`, { PageSize: 2 });
  await flow.follow('ListServiceRole', nextPageUrl(serviceRoles));
  await flow.send('UpdateServiceConfiguration', 'POST', `${S}/Configuration`, {
    DefaultChatServiceRoleSid: SRL,
    ReachabilityEnabled: true,
  });

  // Users.
  const alice = await flow.send('CreateUser', 'POST', '/v1/Users', {
    Identity: 'alice',
    FriendlyName: 'Alice',
    Attributes: '{"team":"blue"}',
  });
  const US = sidOf(alice, 'US');
  await flow.send('CreateUser', 'POST', '/v1/Users', { Identity: 'bob' });
  await flow.send('FetchUser', 'GET', `/v1/Users/${US}`);
  await flow.send('UpdateUser', 'POST', `/v1/Users/${US}`, { FriendlyName: 'Alice A.' });
  const users = await flow.send('ListUser', 'GET', '/v1/Users', { PageSize: 1 });
  await flow.follow('ListUser', nextPageUrl(users));
  const carol = await flow.send('CreateServiceUser', 'POST', `${S}/Users`, {
    Identity: 'carol',
    FriendlyName: 'Carol',
    RoleSid: SRL,
  });
  const SUS = sidOf(carol, 'US');
  const dave = await flow.send('CreateServiceUser', 'POST', `${S}/Users`, { Identity: 'dave' });
  await flow.send('FetchServiceUser', 'GET', `${S}/Users/${sidOf(dave, 'US')}`);
  await flow.send('FetchServiceUser', 'GET', `${S}/Users/${SUS}`);
  await flow.send('UpdateServiceUser', 'POST', `${S}/Users/${SUS}`, { Attributes: '{"desk":4}' });
  const serviceUsers = await flow.send('ListServiceUser', 'GET', `${S}/Users`, { PageSize: 1 });
  await flow.follow('ListServiceUser', nextPageUrl(serviceUsers));

  // Push credentials and a binding registered through the emulator-only route.
  const fcm = await flow.send('CreateCredential', 'POST', '/v1/Credentials', {
    Type: 'fcm',
    FriendlyName: 'Contract FCM',
    Secret: 'fcm-server-key',
  });
  const CR = sidOf(fcm, 'CR');
  const apn = await flow.send('CreateCredential', 'POST', '/v1/Credentials', {
    Type: 'apn',
    FriendlyName: 'Contract APN',
    Certificate: '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----',
    PrivateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----',
    Sandbox: true,
  });
  const CR2 = sidOf(apn, 'CR');
  await flow.send('FetchCredential', 'GET', `/v1/Credentials/${CR}`);
  await flow.send('UpdateCredential', 'POST', `/v1/Credentials/${CR}`, {
    FriendlyName: 'Contract FCM (renamed)',
  });
  const credentials = await flow.send('ListCredential', 'GET', '/v1/Credentials', { PageSize: 1 });
  await flow.follow('ListCredential', nextPageUrl(credentials));
  const binding = await flow.admin(`/_emulator/Services/${IS}/Bindings`, {
    Identity: 'carol',
    BindingType: 'fcm',
    CredentialSid: CR,
    Endpoint: 'fcm-device-token-1',
    MessageTypes: ['new_message', 'added_to_conversation'],
  });
  const BS = text(binding, 'sid') ?? `BS${'0'.repeat(32)}`;
  await flow.send('ListServiceBinding', 'GET', `${S}/Bindings`, { BindingType: 'fcm', Identity: 'carol' });
  await flow.send('FetchServiceBinding', 'GET', `${S}/Bindings/${BS}`);

  // Address configuration.
  const address = await flow.send('CreateConfigurationAddress', 'POST', '/v1/Configuration/Addresses', {
    Type: 'sms',
    Address: '+15559870002',
    FriendlyName: 'Contract number',
    'AutoCreation.Enabled': true,
    'AutoCreation.Type': 'webhook',
    'AutoCreation.ConversationServiceSid': IS,
    'AutoCreation.WebhookUrl': 'https://hooks.example.com/autocreate',
    'AutoCreation.WebhookMethod': 'post',
    'AutoCreation.WebhookFilters': ['onParticipantAdded', 'onMessageAdded'],
    AddressCountry: 'US',
  });
  const IG = sidOf(address, 'IG');
  await flow.send('FetchConfigurationAddress', 'GET', `/v1/Configuration/Addresses/${IG}`);
  await flow.send('UpdateConfigurationAddress', 'POST', `/v1/Configuration/Addresses/${IG}`, {
    FriendlyName: 'Contract number (renamed)',
  });
  await flow.send('ListConfigurationAddress', 'GET', '/v1/Configuration/Addresses', { Type: 'sms' });

  // A conversation of the default service, with a chat and an SMS participant.
  const conversation = await flow.send('CreateConversation', 'POST', '/v1/Conversations', {
    FriendlyName: 'Contract support',
    UniqueName: 'contract-support',
    Attributes: '{"topic":"contract"}',
    MessagingServiceSid: MESSAGING_SERVICE_SID,
    State: 'active',
    'Timers.Inactive': 'PT60M',
    'Timers.Closed': 'PT600M',
  });
  const CH = sidOf(conversation, 'CH');
  const C = `/v1/Conversations/${CH}`;
  await flow.send('FetchConversation', 'GET', C);
  await flow.send('FetchConversation', 'GET', '/v1/Conversations/contract-support');
  await flow.send('UpdateConversation', 'POST', C, { FriendlyName: 'Contract support (renamed)' });
  const chat = await flow.send('CreateConversationParticipant', 'POST', `${C}/Participants`, {
    Identity: 'alice',
    Attributes: '{"seat":1}',
  });
  const MB = sidOf(chat, 'MB');
  const sms = await flow.send('CreateConversationParticipant', 'POST', `${C}/Participants`, {
    'MessagingBinding.Address': SMS_ADDRESS,
    'MessagingBinding.ProxyAddress': PROXY_ADDRESS,
  });
  const MB_SMS = sidOf(sms, 'MB');
  await flow.send('FetchConversationParticipant', 'GET', `${C}/Participants/${MB}`);
  await flow.send('FetchConversationParticipant', 'GET', `${C}/Participants/alice`);
  const participants = await flow.send('ListConversationParticipant', 'GET', `${C}/Participants`, {
    PageSize: 1,
  });
  await flow.follow('ListConversationParticipant', nextPageUrl(participants));

  const hello = await flow.send('CreateConversationMessage', 'POST', `${C}/Messages`, {
    Author: 'alice',
    Body: 'Hello from the contract test',
    Attributes: '{"importance":"high"}',
  });
  const IM = sidOf(hello, 'IM');
  const second = await flow.send('CreateConversationMessage', 'POST', `${C}/Messages`, {
    Body: 'System notice',
  });
  const IM2 = sidOf(second, 'IM');
  await flow.send('FetchConversationMessage', 'GET', `${C}/Messages/${IM}`);
  await flow.send('UpdateConversationMessage', 'POST', `${C}/Messages/${IM}`, {
    Body: 'Hello from the contract test (edited)',
  });
  const messages = await flow.send('ListConversationMessage', 'GET', `${C}/Messages`, {
    Order: 'desc',
    PageSize: 1,
  });
  const messagesPage2 = await flow.follow('ListConversationMessage', nextPageUrl(messages));
  if (messagesPage2) await flow.follow('ListConversationMessage', previousPageUrl(messagesPage2));
  const receipts = await flow.send('ListConversationMessageReceipt', 'GET', `${C}/Messages/${IM}/Receipts`);
  const DY = text(firstItem(receipts, 'delivery_receipts'), 'sid') ?? `DY${'0'.repeat(32)}`;
  await flow.admin(`/_emulator/Conversations/${CH}/Messages/${IM}/Receipts/${DY}`, { Status: 'delivered' });
  await flow.send('FetchConversationMessageReceipt', 'GET', `${C}/Messages/${IM}/Receipts/${DY}`);
  await flow.send('UpdateConversationParticipant', 'POST', `${C}/Participants/${MB}`, {
    Attributes: '{"seat":2}',
    LastReadMessageIndex: 0,
    LastReadTimestamp: '2024-01-01T00:00:00Z',
  });

  const hook = await flow.send('CreateConversationScopedWebhook', 'POST', `${C}/Webhooks`, {
    Target: 'webhook',
    'Configuration.Url': 'https://hooks.example.com/scoped',
    'Configuration.Method': 'POST',
    'Configuration.Filters': ['onMessageAdded', 'onParticipantAdded'],
  });
  const WH = sidOf(hook, 'WH');
  await flow.send('CreateConversationScopedWebhook', 'POST', `${C}/Webhooks`, {
    Target: 'studio',
    'Configuration.FlowSid': STUDIO_FLOW_SID,
  });
  await flow.send('FetchConversationScopedWebhook', 'GET', `${C}/Webhooks/${WH}`);
  await flow.send('UpdateConversationScopedWebhook', 'POST', `${C}/Webhooks/${WH}`, {
    'Configuration.Filters': ['onMessageAdded'],
    'Configuration.Method': 'GET',
  });
  const hooks = await flow.send('ListConversationScopedWebhook', 'GET', `${C}/Webhooks`, { PageSize: 1 });
  await flow.follow('ListConversationScopedWebhook', nextPageUrl(hooks));

  // The same conversation seen from its user and from its participants.
  await flow.send('ListUserConversation', 'GET', `/v1/Users/${US}/Conversations`);
  await flow.send('FetchUserConversation', 'GET', `/v1/Users/${US}/Conversations/${CH}`);
  await flow.send('UpdateUserConversation', 'POST', `/v1/Users/${US}/Conversations/${CH}`, {
    NotificationLevel: 'muted',
    LastReadMessageIndex: 0,
  });
  await flow.send('ListParticipantConversation', 'GET', '/v1/ParticipantConversations', {
    Identity: 'alice',
  });
  await flow.send('ListParticipantConversation', 'GET', '/v1/ParticipantConversations', {
    Address: SMS_ADDRESS,
  });

  const group = await flow.send(
    'CreateConversationWithParticipants',
    'POST',
    '/v1/ConversationWithParticipants',
    {
      FriendlyName: 'Contract group',
      UniqueName: 'contract-group',
      MessagingServiceSid: MESSAGING_SERVICE_SID,
      Participant: [
        JSON.stringify({ identity: 'bob' }),
        JSON.stringify({ messaging_binding: { address: '+15551230002', proxy_address: PROXY_ADDRESS } }),
      ],
    },
  );
  const CH2 = sidOf(group, 'CH');
  const conversations = await flow.send('ListConversation', 'GET', '/v1/Conversations', { PageSize: 1 });
  await flow.follow('ListConversation', nextPageUrl(conversations));

  // The same resources under the named service.
  const serviceConversation = await flow.send('CreateServiceConversation', 'POST', `${S}/Conversations`, {
    FriendlyName: 'Service support',
    UniqueName: 'service-support',
    MessagingServiceSid: MESSAGING_SERVICE_SID,
  });
  const SCH = sidOf(serviceConversation, 'CH');
  const SC = `${S}/Conversations/${SCH}`;
  await flow.send('FetchServiceConversation', 'GET', SC);
  await flow.send('UpdateServiceConversation', 'POST', SC, {
    Attributes: '{"tier":"gold"}',
    State: 'inactive',
  });
  const serviceChat = await flow.send('CreateServiceConversationParticipant', 'POST', `${SC}/Participants`, {
    Identity: 'carol',
  });
  const SMB = sidOf(serviceChat, 'MB');
  const serviceSms = await flow.send('CreateServiceConversationParticipant', 'POST', `${SC}/Participants`, {
    'MessagingBinding.Address': '+15551230003',
    'MessagingBinding.ProxyAddress': PROXY_ADDRESS,
  });
  const SMB_SMS = sidOf(serviceSms, 'MB');
  await flow.send('FetchServiceConversationParticipant', 'GET', `${SC}/Participants/${SMB}`);
  await flow.send('UpdateServiceConversationParticipant', 'POST', `${SC}/Participants/${SMB}`, {
    Attributes: '{"desk":4}',
  });
  const serviceParticipants = await flow.send(
    'ListServiceConversationParticipant',
    'GET',
    `${SC}/Participants`,
    {
      PageSize: 1,
    },
  );
  await flow.follow('ListServiceConversationParticipant', nextPageUrl(serviceParticipants));
  const serviceMessage = await flow.send('CreateServiceConversationMessage', 'POST', `${SC}/Messages`, {
    Author: 'carol',
    Body: 'Hello from the service',
  });
  const SIM = sidOf(serviceMessage, 'IM');
  await flow.send('CreateServiceConversationMessage', 'POST', `${SC}/Messages`, {
    Body: 'Second service message',
  });
  await flow.send('FetchServiceConversationMessage', 'GET', `${SC}/Messages/${SIM}`);
  await flow.send('UpdateServiceConversationMessage', 'POST', `${SC}/Messages/${SIM}`, {
    Attributes: '{"pinned":true}',
  });
  const serviceMessages = await flow.send('ListServiceConversationMessage', 'GET', `${SC}/Messages`, {
    PageSize: 1,
  });
  await flow.follow('ListServiceConversationMessage', nextPageUrl(serviceMessages));
  const serviceReceipts = await flow.send(
    'ListServiceConversationMessageReceipt',
    'GET',
    `${SC}/Messages/${SIM}/Receipts`,
  );
  const SDY = text(firstItem(serviceReceipts, 'delivery_receipts'), 'sid') ?? `DY${'0'.repeat(32)}`;
  await flow.send('FetchServiceConversationMessageReceipt', 'GET', `${SC}/Messages/${SIM}/Receipts/${SDY}`);
  const serviceHook = await flow.send('CreateServiceConversationScopedWebhook', 'POST', `${SC}/Webhooks`, {
    Target: 'trigger',
    'Configuration.Url': 'https://hooks.example.com/trigger',
    'Configuration.Method': 'POST',
    'Configuration.Triggers': ['help', 'agent'],
  });
  const SWH = sidOf(serviceHook, 'WH');
  await flow.send('FetchServiceConversationScopedWebhook', 'GET', `${SC}/Webhooks/${SWH}`);
  await flow.send('UpdateServiceConversationScopedWebhook', 'POST', `${SC}/Webhooks/${SWH}`, {
    'Configuration.Triggers': ['help'],
  });
  await flow.send('ListServiceConversationScopedWebhook', 'GET', `${SC}/Webhooks`);
  await flow.send('ListServiceUserConversation', 'GET', `${S}/Users/${SUS}/Conversations`);
  await flow.send('FetchServiceUserConversation', 'GET', `${S}/Users/${SUS}/Conversations/${SCH}`);
  await flow.send(
    'UpdateServiceUserConversation',
    'POST',
    `${S}/Users/${SUS}/Conversations/service-support`,
    {
      LastReadMessageIndex: 0,
    },
  );
  await flow.send('ListServiceParticipantConversation', 'GET', `${S}/ParticipantConversations`, {
    Identity: 'carol',
  });
  const serviceGroup = await flow.send(
    'CreateServiceConversationWithParticipants',
    'POST',
    `${S}/ConversationWithParticipants`,
    {
      FriendlyName: 'Service group',
      MessagingServiceSid: MESSAGING_SERVICE_SID,
      Participant: [JSON.stringify({ identity: 'dave' })],
    },
  );
  const SCH2 = sidOf(serviceGroup, 'CH');
  const serviceConversations = await flow.send('ListServiceConversation', 'GET', `${S}/Conversations`, {
    PageSize: 1,
  });
  await flow.follow('ListServiceConversation', nextPageUrl(serviceConversations));

  // Removal, children first.
  await flow.send('DeleteServiceConversationScopedWebhook', 'DELETE', `${SC}/Webhooks/${SWH}`);
  await flow.send('DeleteConversationScopedWebhook', 'DELETE', `${C}/Webhooks/${WH}`);
  await flow.send('DeleteServiceConversationMessage', 'DELETE', `${SC}/Messages/${SIM}`);
  await flow.send('DeleteConversationMessage', 'DELETE', `${C}/Messages/${IM2}`);
  await flow.send('DeleteServiceUserConversation', 'DELETE', `${S}/Users/${SUS}/Conversations/${SCH}`);
  await flow.send('DeleteUserConversation', 'DELETE', `/v1/Users/${US}/Conversations/${CH}`);
  await flow.send('DeleteServiceConversationParticipant', 'DELETE', `${SC}/Participants/${SMB_SMS}`);
  await flow.send('DeleteConversationParticipant', 'DELETE', `${C}/Participants/${MB_SMS}`);
  await flow.send('DeleteServiceConversation', 'DELETE', SC);
  await flow.send('DeleteServiceConversation', 'DELETE', `${S}/Conversations/${SCH2}`);
  await flow.send('DeleteConversation', 'DELETE', C);
  await flow.send('DeleteConversation', 'DELETE', `/v1/Conversations/${CH2}`);
  await flow.send('DeleteServiceBinding', 'DELETE', `${S}/Bindings/${BS}`);
  await flow.send('DeleteServiceUser', 'DELETE', `${S}/Users/${SUS}`);
  await flow.send('DeleteServiceUser', 'DELETE', `${S}/Users/dave`);
  await flow.send('DeleteUser', 'DELETE', `/v1/Users/${US}`);
  // A role the service configuration names as a default cannot go; hand the default back first.
  await flow.send('UpdateServiceConfiguration', 'POST', `${S}/Configuration`, {
    DefaultChatServiceRoleSid: defaultServiceRole,
    ReachabilityEnabled: false,
  });
  await flow.send('DeleteServiceRole', 'DELETE', `${S}/Roles/${SRL}`);
  await flow.send('DeleteRole', 'DELETE', `/v1/Roles/${RL}`);
  await flow.send('DeleteCredential', 'DELETE', `/v1/Credentials/${CR}`);
  await flow.send('DeleteCredential', 'DELETE', `/v1/Credentials/${CR2}`);
  await flow.send('DeleteConfigurationAddress', 'DELETE', `/v1/Configuration/Addresses/${IG}`);
  await flow.send('DeleteService', 'DELETE', S);
}

/** `url`, `links` and paging URLs of a body: the resource's own, or each listed item's plus `meta`. */
function advertisedUrls(body: unknown): Array<{ where: string; url: unknown }> {
  const found: Array<{ where: string; url: unknown }> = [];
  const fromResource = (resource: unknown, where: string) => {
    if (!isRecord(resource)) return;
    if ('url' in resource) found.push({ where: `${where}url`, url: resource.url });
    if (isRecord(resource.links))
      for (const [name, url] of Object.entries(resource.links))
        found.push({ where: `${where}links.${name}`, url });
  };
  if (!isRecord(body)) return found;
  const meta = body.meta;
  if (isRecord(meta) && typeof meta.key === 'string') {
    for (const name of ['url', 'first_page_url', 'next_page_url', 'previous_page_url']) {
      if (meta[name] !== null) found.push({ where: `meta.${name}`, url: meta[name] });
    }
    const items = body[meta.key];
    if (Array.isArray(items))
      for (const [index, item] of items.entries()) fromResource(item, `${meta.key}[${index}].`);
  } else {
    fromResource(body, '');
  }
  return found;
}

function urlProblems(operation: SpecOperation, exchange: Exchange, base: string): string[] {
  const problems: string[] = [];
  let prefix = `${base}/v1/`;
  let forbidServiceForm = false;
  if (operation.path.startsWith('/v1/Services/{ChatServiceSid}/')) {
    prefix = `${base}${exchange.path.split('/').slice(0, 4).join('/')}/`;
  } else if (
    SHORT_SERVICE_ROUTES.some(
      (route) => operation.path === route || operation.path.startsWith(`${route}/`),
    ) ||
    operation.path === SHORT_PARTICIPANT_CONVERSATIONS
  ) {
    forbidServiceForm = true;
  }
  const urls = advertisedUrls(exchange.body);
  for (const { where, url } of urls) {
    if (typeof url !== 'string') {
      problems.push(`${where} is ${JSON.stringify(url)}, not a URL`);
      continue;
    }
    if (!url.startsWith(prefix)) problems.push(`${where} ${url} does not start with ${prefix}`);
    if (forbidServiceForm && url.includes('/v1/Services/'))
      problems.push(`${where} ${url} is in the /Services/ form on a short route`);
    try {
      const parsed = new URL(url);
      if (!/^https?:$/.test(parsed.protocol)) problems.push(`${where} ${url} is not an http(s) URL`);
    } catch {
      problems.push(`${where} ${url} is not an absolute URL`);
    }
  }
  if (!isRecord(exchange.body)) return problems;
  const meta = exchange.body.meta;
  if (isRecord(meta)) {
    // A list: the meta describes the request that was made.
    if (!Array.isArray(exchange.body[String(meta.key)])) problems.push(`meta.key ${meta.key} names no array`);
    const requestedSize = new URLSearchParams(exchange.query).get('PageSize');
    if (operation.pageSize) {
      const expectedSize = requestedSize
        ? Math.min(Number(requestedSize), operation.pageSize.maximum)
        : operation.pageSize.default;
      if (meta.page_size !== expectedSize)
        problems.push(
          `meta.page_size is ${meta.page_size}, expected ${expectedSize} (PageSize=${requestedSize})`,
        );
    }
    const page = Number(new URLSearchParams(exchange.query).get('Page') ?? 0);
    if (meta.page !== page) problems.push(`meta.page is ${meta.page}, the request asked for page ${page}`);
    for (const [name, step] of [
      ['next_page_url', 1],
      ['previous_page_url', -1],
    ] as const) {
      const link = meta[name];
      if (typeof link !== 'string' || !link.startsWith(base)) continue;
      const params = new URL(link).searchParams;
      if (params.get('Page') !== String(page + step))
        problems.push(`meta.${name} has Page=${params.get('Page')}, expected ${page + step}`);
      if (!params.get('PageToken')) problems.push(`meta.${name} carries no PageToken`);
    }
    // Filters first in request order, then PageSize and Page, then the PageToken when one was sent.
    const sent = new URLSearchParams(exchange.query);
    const filters = [...sent.keys()].filter((name) => !['PageSize', 'Page', 'PageToken'].includes(name));
    const token = sent.get('PageToken');
    const expectedKeys = {
      url: [...filters, 'PageSize', 'Page', ...(token ? ['PageToken'] : [])],
      first_page_url: [...filters, 'PageSize', 'Page'],
    };
    for (const name of ['url', 'first_page_url'] as const) {
      const url = meta[name];
      if (typeof url === 'string' && url.startsWith(base)) {
        const parsed = new URL(url);
        if (parsed.pathname !== exchange.path)
          problems.push(`meta.${name} has path ${parsed.pathname}, the request was ${exchange.path}`);
        const keys = [...parsed.searchParams.keys()];
        if (keys.join('&') !== expectedKeys[name].join('&'))
          problems.push(
            `meta.${name} has query keys ${keys.join('&')}, expected ${expectedKeys[name].join('&')}`,
          );
        for (const filter of filters) {
          if (parsed.searchParams.get(filter) !== sent.get(filter))
            problems.push(
              `meta.${name} has ${filter}=${parsed.searchParams.get(filter)}, the request sent ${sent.get(filter)}`,
            );
        }
        if (name === 'first_page_url' && parsed.searchParams.get('Page') !== '0')
          problems.push(`meta.first_page_url has Page=${parsed.searchParams.get('Page')}`);
        if (name === 'url' && token && parsed.searchParams.get('PageToken') !== token)
          problems.push(
            `meta.url has PageToken=${parsed.searchParams.get('PageToken')}, the request sent ${token}`,
          );
        if (parsed.searchParams.get('PageSize') !== String(meta.page_size))
          problems.push(
            `meta.${name} has PageSize=${parsed.searchParams.get('PageSize')}, meta.page_size is ${meta.page_size}`,
          );
      }
    }
  } else if ('url' in exchange.body && operation.method !== 'DELETE') {
    // A single resource: its url is the canonical address of what was fetched, updated or created.
    const sid = text(exchange.body, 'sid');
    const last = exchange.path.split('/').at(-1) ?? '';
    let expected: string | undefined;
    if (operation.operationId.startsWith('Create') && sid) {
      expected = `${base}${exchange.path.replace(/ConversationWithParticipants$/, 'Conversations')}/${sid}`;
    } else if (SID.test(last)) {
      expected = `${base}${exchange.path}`;
    }
    if (expected && exchange.body.url !== expected)
      problems.push(`url is ${JSON.stringify(exchange.body.url)}, expected ${expected}`);
  }
  return problems;
}

function dateProblems(body: unknown, where = ''): string[] {
  const problems: string[] = [];
  if (Array.isArray(body)) {
    for (const [index, item] of body.entries()) problems.push(...dateProblems(item, `${where}[${index}]`));
  } else if (isRecord(body)) {
    for (const [key, value] of Object.entries(body)) {
      const path = where ? `${where}.${key}` : key;
      if (DATE_KEY.test(key)) {
        if (key === 'date_created' && value === null) problems.push(`${path} is null`);
        if (value !== null && (typeof value !== 'string' || !DATE.test(value)))
          problems.push(`${path} is ${JSON.stringify(value)}`);
      } else {
        problems.push(...dateProblems(value, path));
      }
    }
  }
  return problems;
}

describe('the emulator against the official Conversations v1 OpenAPI file', () => {
  let client: RestClient;
  let flow: Flow;

  beforeAll(async () => {
    client = await startTestEmulator();
    flow = new Flow(client);
    await runFlow(flow);
  });

  afterAll(async () => {
    await client?.emulator.close();
  });

  it('reads 103 operations from the spec, each list with its page size default and maximum', () => {
    expect(OPERATIONS).toHaveLength(103);
    expect(new Set(OPERATIONS.map((operation) => operation.operationId)).size).toBe(103);
    const lists = OPERATIONS.filter((operation) => operation.operationId.startsWith('List'));
    expect(lists).toHaveLength(22);
    expect(
      lists.filter((operation) => !operation.pageSize).map((operation) => operation.operationId),
    ).toEqual([]);
  });

  it('answers every operation of the spec with a success status during the flow', () => {
    const answered = new Set(
      client.emulator.requests
        .filter((entry) => entry.status >= 200 && entry.status < 300 && entry.operationId !== null)
        .map((entry) => entry.operationId),
    );
    const missing = OPERATIONS.map((operation) => operation.operationId).filter((id) => !answered.has(id));
    expect(missing).toEqual([]);
  });

  it('accepts the emulator-only routes that register push bindings and move delivery receipts', () => {
    expect(flow.adminFailures).toEqual([]);
  });

  it('rejects, under the strict schema, a body with an unlisted, a missing or a mistyped property', () => {
    const fetched = flow.exchanges.find(
      (exchange) => exchange.intended === 'FetchConversation' && exchange.status === 200,
    );
    expect(fetched, 'the flow fetched no conversation').toBeDefined();
    const body = isRecord(fetched?.body) ? fetched.body : {};
    expect(contract.validate('FetchConversation', 200, body)).toEqual([]);
    expect(contract.validate('FetchConversation', 200, { ...body, extra: 1 })).not.toEqual([]);
    const { unique_name: _, ...withoutUniqueName } = body;
    expect(contract.validate('FetchConversation', 200, withoutUniqueName)).not.toEqual([]);
    expect(contract.validate('FetchConversation', 200, { ...body, state: 'initializing' })).not.toEqual([]);
    expect(
      contract.validate('FetchConversation', 200, { ...body, links: { participants: 'relative' } }),
    ).not.toEqual([]);
    expect(contract.validate('FetchConversation', 201, body)).not.toEqual([]);
    expect(contract.validate('DeleteConversation', 204, {})).not.toEqual([]);
    const listed = flow.exchanges.find(
      (exchange) => exchange.intended === 'ListConversation' && exchange.status === 200,
    );
    const list = isRecord(listed?.body) ? listed.body : {};
    expect(contract.validate('ListConversation', 200, list)).toEqual([]);
    const meta = isRecord(list.meta) ? list.meta : {};
    const { key: __, ...metaWithoutKey } = meta;
    expect(contract.validate('ListConversation', 200, { ...list, meta: metaWithoutKey })).not.toEqual([]);
  });

  describe.each(OPERATIONS.map((operation) => [operation.operationId, operation] as const))(
    '%s',
    (_, operation) => {
      const exchangesOf = () =>
        flow.exchanges.filter((exchange) => exchange.intended === operation.operationId);

      it('answers real requests with a declared status and a body that matches the strict response schema', () => {
        const exchanges = exchangesOf();
        expect(exchanges.length, 'the flow sent no request for this operation').toBeGreaterThan(0);
        const problems = exchanges.flatMap((exchange) => {
          const label = `${exchange.method} ${exchange.path} → ${exchange.status}`;
          if (exchange.failure) return [`${label}: ${exchange.failure}`];
          if (exchange.logged !== operation.operationId)
            return [
              `${label}: the emulator logged it as ${exchange.logged}: ${JSON.stringify(exchange.body)}`,
            ];
          return contract
            .validate(operation.operationId, exchange.status, exchange.body)
            .map(
              (problem) =>
                `${label}: ${problem}${exchange.status >= 300 ? ` ${JSON.stringify(exchange.body)}` : ''}`,
            );
        });
        expect(problems).toEqual([]);
      });

      it('advertises absolute URLs in the form of the route used and second-precision UTC dates', () => {
        const exchanges = exchangesOf().filter((exchange) => exchange.status >= 200 && exchange.status < 300);
        expect(exchanges.length, 'no request of this operation succeeded').toBeGreaterThan(0);
        const problems = exchanges.flatMap((exchange) =>
          [...urlProblems(operation, exchange, flow.base), ...dateProblems(exchange.body)].map(
            (problem) => `${exchange.method} ${exchange.path}: ${problem}`,
          ),
        );
        expect(problems).toEqual([]);
      });
    },
  );
});
