import { timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SidFactory, SidPrefix } from './sids.ts';
import type {
  AddressType,
  ConversationState,
  NotificationLevel,
  PushType,
  ReceiptStatus,
  RoleType,
  ScopedWebhookTarget,
} from './wire.ts';

/**
 * The emulator's whole state: plain JSON-able objects so that `--data-file` can persist it
 * verbatim. Object keys keep insertion order, which is creation order for every collection.
 * Dates are epoch milliseconds; the routes render them in Twilio's format.
 */
export interface EmulatorState {
  version: 1;
  seq: number;
  accounts: Record<string, AccountState>;
}

export interface AccountState {
  sid: string;
  authToken: string;
  apiKeys: Record<string, string>;
  configuration: {
    defaultChatServiceSid: string;
    defaultMessagingServiceSid: string | null;
    defaultInactiveTimer: string | null;
    defaultClosedTimer: string | null;
  };
  webhookConfiguration: {
    method: 'GET' | 'POST';
    filters: string[];
    preWebhookUrl: string | null;
    postWebhookUrl: string | null;
    target: 'webhook' | 'flex';
  };
  services: Record<string, ServiceState>;
  credentials: Record<string, CredentialState>;
  addressConfigurations: Record<string, AddressConfigurationState>;
}

export interface ServiceState {
  sid: string;
  seq: number;
  friendlyName: string;
  dateCreated: number;
  dateUpdated: number;
  configuration: {
    defaultConversationCreatorRoleSid: string | null;
    defaultConversationRoleSid: string | null;
    defaultChatServiceRoleSid: string | null;
    reachabilityEnabled: boolean;
  };
  notifications: {
    logEnabled: boolean;
    newMessage: {
      enabled: boolean;
      template: string | null;
      sound: string | null;
      badgeCountEnabled: boolean;
      withMedia: { enabled: boolean; template: string | null };
    };
    addedToConversation: { enabled: boolean; template: string | null; sound: string | null };
    removedFromConversation: { enabled: boolean; template: string | null; sound: string | null };
  };
  webhookConfiguration: {
    preWebhookUrl: string | null;
    postWebhookUrl: string | null;
    filters: string[];
    method: 'GET' | 'POST';
  };
  conversations: Record<string, ConversationRecord>;
  users: Record<string, UserRecord>;
  roles: Record<string, RoleRecord>;
  bindings: Record<string, BindingRecord>;
}

export interface ConversationRecord {
  sid: string;
  seq: number;
  friendlyName: string | null;
  uniqueName: string | null;
  attributes: string;
  messagingServiceSid: string | null;
  state: ConversationState;
  dateCreated: number;
  dateUpdated: number;
  /** Timer durations as set, and the activity instant they count from. */
  timers: { inactiveMs: number | null; closedMs: number | null; anchor: number };
  bindings: { email?: { address: string | null; name: string | null } };
  createdBy: string | null;
  nextMessageIndex: number;
  messages: Record<string, MessageRecord>;
  participants: Record<string, ParticipantRecord>;
  webhooks: Record<string, ScopedWebhookRecord>;
}

export interface MediaItem {
  sid: string;
  content_type: string;
  filename: string | null;
  size: number;
}

export interface MessageRecord {
  sid: string;
  seq: number;
  index: number;
  author: string;
  body: string | null;
  media: MediaItem[] | null;
  attributes: string;
  participantSid: string | null;
  contentSid: string | null;
  subject: string | null;
  dateCreated: number;
  dateUpdated: number;
  receipts: Record<string, ReceiptRecord>;
}

export interface ReceiptRecord {
  sid: string;
  seq: number;
  participantSid: string;
  channelMessageSid: string;
  status: ReceiptStatus;
  errorCode: number;
  dateCreated: number;
  dateUpdated: number;
}

export interface MessagingBinding {
  type: 'sms' | 'whatsapp';
  address: string | null;
  proxyAddress: string | null;
  projectedAddress: string | null;
}

export interface ParticipantRecord {
  sid: string;
  seq: number;
  identity: string | null;
  attributes: string;
  messagingBinding: MessagingBinding | null;
  roleSid: string | null;
  lastReadMessageIndex: number | null;
  lastReadTimestamp: string | null;
  notificationLevel: NotificationLevel;
  dateCreated: number;
  dateUpdated: number;
}

export interface ScopedWebhookRecord {
  sid: string;
  seq: number;
  target: ScopedWebhookTarget;
  url: string | null;
  method: 'get' | 'post' | null;
  filters: string[];
  triggers: string[];
  flowSid: string | null;
  replayAfter: number | null;
  dateCreated: number;
  dateUpdated: number;
}

export interface UserRecord {
  sid: string;
  seq: number;
  identity: string;
  friendlyName: string | null;
  attributes: string;
  roleSid: string | null;
  dateCreated: number;
  dateUpdated: number;
}

export interface RoleRecord {
  sid: string;
  seq: number;
  friendlyName: string;
  type: RoleType;
  permissions: string[];
  dateCreated: number;
  dateUpdated: number;
}

export interface BindingRecord {
  sid: string;
  seq: number;
  credentialSid: string | null;
  endpoint: string | null;
  identity: string;
  bindingType: PushType;
  messageTypes: string[];
  dateCreated: number;
  dateUpdated: number;
}

export interface CredentialState {
  sid: string;
  seq: number;
  friendlyName: string | null;
  type: PushType;
  sandbox: boolean | null;
  /** Kept so the emulator behaves like a store of secrets; never rendered. */
  secrets: { certificate?: string; privateKey?: string; apiKey?: string; secret?: string };
  dateCreated: number;
  dateUpdated: number;
}

export interface AddressConfigurationState {
  sid: string;
  seq: number;
  type: AddressType;
  address: string;
  friendlyName: string | null;
  addressCountry: string | null;
  autoCreation: {
    enabled: boolean;
    type: 'webhook' | 'studio' | 'default' | null;
    conversationServiceSid: string | null;
    webhookUrl: string | null;
    webhookMethod: 'get' | 'post' | null;
    webhookFilters: string[];
    studioFlowSid: string | null;
    studioRetryCount: number | null;
  };
  dateCreated: number;
  dateUpdated: number;
}

/** Default roles of a new service (docs/twilio-rest-behaviour.md §5.9). */
export const SERVICE_SCOPE_PERMISSIONS = [
  'addParticipant',
  'createConversation',
  'deleteAnyMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'joinConversation',
  'removeParticipant',
] as const;

export const CONVERSATION_SCOPE_PERMISSIONS = [
  'addParticipant',
  'deleteAnyMessage',
  'deleteOwnMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'leaveConversation',
  'removeParticipant',
  'sendMediaMessage',
  'sendMessage',
  'editAnyParticipantAttributes',
  'editOwnParticipantAttributes',
  'editNotificationLevel',
  'addNonChatParticipant',
] as const;

const CHANNEL_USER_PERMISSIONS = [
  'sendMessage',
  'sendMediaMessage',
  'leaveConversation',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'deleteOwnMessage',
  'editOwnParticipantAttributes',
  'editNotificationLevel',
];

const CHANNEL_ADMIN_PERMISSIONS = [
  ...CHANNEL_USER_PERMISSIONS,
  'addParticipant',
  'removeParticipant',
  'deleteConversation',
  'editConversationName',
  'editConversationAttributes',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'deleteAnyMessage',
  'editAnyParticipantAttributes',
];

export interface StoreOptions {
  createSid: SidFactory;
  now: () => number;
  dataFile?: string | undefined;
}

export class Store {
  state: EmulatorState;
  readonly createSid: SidFactory;
  readonly now: () => number;
  readonly dataFile: string | undefined;

  constructor(options: StoreOptions) {
    this.createSid = options.createSid;
    this.now = options.now;
    this.dataFile = options.dataFile;
    this.state = { version: 1, seq: 0, accounts: {} };
    if (this.dataFile) this.state = loadState(this.dataFile) ?? this.state;
  }

  nextSeq(): number {
    this.state.seq += 1;
    return this.state.seq;
  }

  /** What every new record starts with: a SID of its prefix, its place in creation order, its dates. */
  newRecord(
    prefix: SidPrefix,
    dateCreated: number,
    dateUpdated = dateCreated,
  ): { sid: string; seq: number; dateCreated: number; dateUpdated: number } {
    return { sid: this.createSid(prefix), seq: this.nextSeq(), dateCreated, dateUpdated };
  }

  /** Adds an account (or updates its token) and gives it a default service, as Twilio does. */
  ensureAccount(sid: string, authToken: string): AccountState {
    const existing = this.state.accounts[sid];
    if (existing) {
      existing.authToken = authToken;
      return existing;
    }
    const account: AccountState = {
      sid,
      authToken,
      apiKeys: {},
      configuration: {
        defaultChatServiceSid: '',
        defaultMessagingServiceSid: null,
        defaultInactiveTimer: null,
        defaultClosedTimer: null,
      },
      webhookConfiguration: {
        method: 'POST',
        filters: [],
        preWebhookUrl: null,
        postWebhookUrl: null,
        target: 'webhook',
      },
      services: {},
      credentials: {},
      addressConfigurations: {},
    };
    this.state.accounts[sid] = account;
    const service = this.createService(account, 'Default Conversations Service');
    account.configuration.defaultChatServiceSid = service.sid;
    return account;
  }

  addApiKey(account: AccountState, keySid: string, secret: string): void {
    account.apiKeys[keySid] = secret;
  }

  /** Resolves HTTP Basic credentials: an Account SID and auth token, or an API key and its secret. */
  authenticate(username: string, password: string): AccountState | undefined {
    const direct = this.state.accounts[username];
    if (direct) return timingSafeEqualString(direct.authToken, password) ? direct : undefined;
    for (const account of Object.values(this.state.accounts)) {
      const secret = account.apiKeys[username];
      if (secret !== undefined) return timingSafeEqualString(secret, password) ? account : undefined;
    }
    return undefined;
  }

  createService(account: AccountState, friendlyName: string): ServiceState {
    const now = this.now();
    const role = (name: string, type: RoleType, permissions: readonly string[]): RoleRecord => ({
      ...this.newRecord('RL', now),
      friendlyName: name,
      type,
      permissions: [...permissions],
    });
    const serviceAdmin = role('service admin', 'service', SERVICE_SCOPE_PERMISSIONS);
    const serviceUser = role('service user', 'service', [
      'createConversation',
      'joinConversation',
      'editOwnUserInfo',
    ]);
    const channelAdmin = role('channel admin', 'conversation', CHANNEL_ADMIN_PERMISSIONS);
    const channelUser = role('channel user', 'conversation', CHANNEL_USER_PERMISSIONS);
    const service: ServiceState = {
      ...this.newRecord('IS', now),
      friendlyName,
      configuration: {
        defaultConversationCreatorRoleSid: channelAdmin.sid,
        defaultConversationRoleSid: channelUser.sid,
        defaultChatServiceRoleSid: serviceUser.sid,
        reachabilityEnabled: false,
      },
      notifications: {
        logEnabled: false,
        newMessage: {
          enabled: false,
          template: null,
          sound: null,
          badgeCountEnabled: false,
          withMedia: { enabled: false, template: null },
        },
        addedToConversation: { enabled: false, template: null, sound: null },
        removedFromConversation: { enabled: false, template: null, sound: null },
      },
      webhookConfiguration: { preWebhookUrl: null, postWebhookUrl: null, filters: [], method: 'POST' },
      conversations: {},
      users: {},
      roles: Object.fromEntries(
        [serviceAdmin, serviceUser, channelAdmin, channelUser].map((r) => [r.sid, r]),
      ),
      bindings: {},
    };
    account.services[service.sid] = service;
    return service;
  }

  /** Writes the state atomically (temp file + rename) so a crash never leaves half a file. */
  persist(): void {
    if (!this.dataFile) return;
    const temp = `${this.dataFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.dataFile);
  }
}

function loadState(file: string): EmulatorState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as EmulatorState;
  if (parsed.version !== 1 || typeof parsed.accounts !== 'object') {
    throw new Error(`${file} is not an emulator data file (expected version 1)`);
  }
  return parsed;
}

function timingSafeEqualString(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
