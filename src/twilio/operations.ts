import type { operations, paths } from '../generated/conversations-v1.ts';
import type { HttpMethod } from './errors.ts';
import { MALFORMED_TEXT } from './form.ts';
import type { OperationId } from './wire.ts';

/**
 * The 103 operations of the official spec: method, path template, the rule for each path
 * parameter, and for lists the envelope key and the largest page Twilio serves. Paths are only
 * ever built from these templates. A path parameter is either a SID of a given prefix (the
 * spec's pattern `^XX[0-9a-fA-F]{32}$`) or, where Twilio also accepts a unique name, an identity
 * or an address (`name`), any text that is percent-encoded as one segment.
 * test/twilio/operations.test.ts checks this table against the spec file.
 */
export type Route = keyof paths;
export type SidPrefix = 'IS' | 'IM' | 'DY' | 'WH' | 'CR' | 'RL' | 'BS';
export type PathParamRule = SidPrefix | 'name';

type Placeholders<R extends string> = R extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type MethodsOf<R extends Route> = {
  [M in HttpMethod]: paths[R][Lowercase<M>] extends undefined ? never : M;
}[HttpMethod];

export interface OperationSpec {
  method: HttpMethod;
  route: Route;
  params: Readonly<Record<string, PathParamRule>>;
  list?: { key: string; maxPageSize: number };
  /** The operation takes the `X-Twilio-Webhook-Enabled` header. */
  webhookEnabled?: true;
}

/** An entry whose method exists on its route and whose params are exactly the route's placeholders. */
type SpecFor<R extends Route> = OperationSpec & {
  method: MethodsOf<R>;
  route: R;
  params: Record<Placeholders<R>, PathParamRule>;
};

type Matches<Id extends OperationId, R extends Route, M extends HttpMethod> =
  M extends MethodsOf<R>
    ? [paths[R][Lowercase<M>], operations[Id]] extends [operations[Id], paths[R][Lowercase<M>]]
      ? SpecFor<R>
      : { operationId: 'is not the operation of this method and route' }
    : SpecFor<R>;

type Checked<T> = {
  [Id in keyof T]: T[Id] extends { route: infer R extends Route; method: infer M extends HttpMethod }
    ? Matches<Id & OperationId, R, M>
    : never;
};

function defineOperations<const T extends Record<OperationId, OperationSpec>>(table: T & Checked<T>): T {
  return table;
}

export const OPERATIONS = defineOperations({
  CreateConfigurationAddress: { method: 'POST', route: '/v1/Configuration/Addresses', params: {} },
  CreateConversation: { method: 'POST', route: '/v1/Conversations', params: {}, webhookEnabled: true },
  CreateConversationMessage: {
    method: 'POST',
    route: '/v1/Conversations/{ConversationSid}/Messages',
    params: { ConversationSid: 'name' },
    webhookEnabled: true,
  },
  CreateConversationParticipant: {
    method: 'POST',
    route: '/v1/Conversations/{ConversationSid}/Participants',
    params: { ConversationSid: 'name' },
    webhookEnabled: true,
  },
  CreateConversationScopedWebhook: {
    method: 'POST',
    route: '/v1/Conversations/{ConversationSid}/Webhooks',
    params: { ConversationSid: 'name' },
  },
  CreateConversationWithParticipants: {
    method: 'POST',
    route: '/v1/ConversationWithParticipants',
    params: {},
    webhookEnabled: true,
  },
  CreateCredential: { method: 'POST', route: '/v1/Credentials', params: {} },
  CreateRole: { method: 'POST', route: '/v1/Roles', params: {} },
  CreateService: { method: 'POST', route: '/v1/Services', params: {} },
  CreateServiceConversation: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations',
    params: { ChatServiceSid: 'IS' },
    webhookEnabled: true,
  },
  CreateServiceConversationMessage: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name' },
    webhookEnabled: true,
  },
  CreateServiceConversationParticipant: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name' },
    webhookEnabled: true,
  },
  CreateServiceConversationScopedWebhook: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name' },
  },
  CreateServiceConversationWithParticipants: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/ConversationWithParticipants',
    params: { ChatServiceSid: 'IS' },
    webhookEnabled: true,
  },
  CreateServiceRole: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Roles',
    params: { ChatServiceSid: 'IS' },
  },
  CreateServiceUser: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Users',
    params: { ChatServiceSid: 'IS' },
    webhookEnabled: true,
  },
  CreateUser: { method: 'POST', route: '/v1/Users', params: {}, webhookEnabled: true },
  DeleteConfigurationAddress: {
    method: 'DELETE',
    route: '/v1/Configuration/Addresses/{Sid}',
    params: { Sid: 'name' },
  },
  DeleteConversation: {
    method: 'DELETE',
    route: '/v1/Conversations/{Sid}',
    params: { Sid: 'name' },
    webhookEnabled: true,
  },
  DeleteConversationMessage: {
    method: 'DELETE',
    route: '/v1/Conversations/{ConversationSid}/Messages/{Sid}',
    params: { ConversationSid: 'name', Sid: 'IM' },
    webhookEnabled: true,
  },
  DeleteConversationParticipant: {
    method: 'DELETE',
    route: '/v1/Conversations/{ConversationSid}/Participants/{Sid}',
    params: { ConversationSid: 'name', Sid: 'name' },
    webhookEnabled: true,
  },
  DeleteConversationScopedWebhook: {
    method: 'DELETE',
    route: '/v1/Conversations/{ConversationSid}/Webhooks/{Sid}',
    params: { ConversationSid: 'name', Sid: 'WH' },
  },
  DeleteCredential: { method: 'DELETE', route: '/v1/Credentials/{Sid}', params: { Sid: 'CR' } },
  DeleteRole: { method: 'DELETE', route: '/v1/Roles/{Sid}', params: { Sid: 'RL' } },
  DeleteService: { method: 'DELETE', route: '/v1/Services/{Sid}', params: { Sid: 'IS' } },
  DeleteServiceBinding: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Bindings/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'BS' },
  },
  DeleteServiceConversation: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'name' },
    webhookEnabled: true,
  },
  DeleteServiceConversationMessage: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'IM' },
    webhookEnabled: true,
  },
  DeleteServiceConversationParticipant: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'name' },
    webhookEnabled: true,
  },
  DeleteServiceConversationScopedWebhook: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'WH' },
  },
  DeleteServiceRole: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Roles/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'RL' },
  },
  DeleteServiceUser: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Users/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'name' },
    webhookEnabled: true,
  },
  DeleteServiceUserConversation: {
    method: 'DELETE',
    route: '/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}',
    params: { ChatServiceSid: 'IS', UserSid: 'name', ConversationSid: 'name' },
  },
  DeleteUser: { method: 'DELETE', route: '/v1/Users/{Sid}', params: { Sid: 'name' }, webhookEnabled: true },
  DeleteUserConversation: {
    method: 'DELETE',
    route: '/v1/Users/{UserSid}/Conversations/{ConversationSid}',
    params: { UserSid: 'name', ConversationSid: 'name' },
  },
  FetchConfiguration: { method: 'GET', route: '/v1/Configuration', params: {} },
  FetchConfigurationAddress: {
    method: 'GET',
    route: '/v1/Configuration/Addresses/{Sid}',
    params: { Sid: 'name' },
  },
  FetchConfigurationWebhook: { method: 'GET', route: '/v1/Configuration/Webhooks', params: {} },
  FetchConversation: { method: 'GET', route: '/v1/Conversations/{Sid}', params: { Sid: 'name' } },
  FetchConversationMessage: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Messages/{Sid}',
    params: { ConversationSid: 'name', Sid: 'IM' },
  },
  FetchConversationMessageReceipt: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}',
    params: { ConversationSid: 'name', MessageSid: 'IM', Sid: 'DY' },
  },
  FetchConversationParticipant: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Participants/{Sid}',
    params: { ConversationSid: 'name', Sid: 'name' },
  },
  FetchConversationScopedWebhook: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Webhooks/{Sid}',
    params: { ConversationSid: 'name', Sid: 'WH' },
  },
  FetchCredential: { method: 'GET', route: '/v1/Credentials/{Sid}', params: { Sid: 'CR' } },
  FetchRole: { method: 'GET', route: '/v1/Roles/{Sid}', params: { Sid: 'RL' } },
  FetchService: { method: 'GET', route: '/v1/Services/{Sid}', params: { Sid: 'IS' } },
  FetchServiceBinding: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Bindings/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'BS' },
  },
  FetchServiceConfiguration: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Configuration',
    params: { ChatServiceSid: 'IS' },
  },
  FetchServiceConversation: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'name' },
  },
  FetchServiceConversationMessage: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'IM' },
  },
  FetchServiceConversationMessageReceipt: {
    method: 'GET',
    route:
      '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', MessageSid: 'IM', Sid: 'DY' },
  },
  FetchServiceConversationParticipant: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'name' },
  },
  FetchServiceConversationScopedWebhook: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'WH' },
  },
  FetchServiceNotification: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Configuration/Notifications',
    params: { ChatServiceSid: 'IS' },
  },
  FetchServiceRole: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Roles/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'RL' },
  },
  FetchServiceUser: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Users/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'name' },
  },
  FetchServiceUserConversation: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}',
    params: { ChatServiceSid: 'IS', UserSid: 'name', ConversationSid: 'name' },
  },
  FetchServiceWebhookConfiguration: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Configuration/Webhooks',
    params: { ChatServiceSid: 'IS' },
  },
  FetchUser: { method: 'GET', route: '/v1/Users/{Sid}', params: { Sid: 'name' } },
  FetchUserConversation: {
    method: 'GET',
    route: '/v1/Users/{UserSid}/Conversations/{ConversationSid}',
    params: { UserSid: 'name', ConversationSid: 'name' },
  },
  ListConfigurationAddress: {
    method: 'GET',
    route: '/v1/Configuration/Addresses',
    params: {},
    list: { key: 'address_configurations', maxPageSize: 50 },
  },
  ListConversation: {
    method: 'GET',
    route: '/v1/Conversations',
    params: {},
    list: { key: 'conversations', maxPageSize: 100 },
  },
  ListConversationMessage: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Messages',
    params: { ConversationSid: 'name' },
    list: { key: 'messages', maxPageSize: 100 },
  },
  ListConversationMessageReceipt: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts',
    params: { ConversationSid: 'name', MessageSid: 'IM' },
    list: { key: 'delivery_receipts', maxPageSize: 50 },
  },
  ListConversationParticipant: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Participants',
    params: { ConversationSid: 'name' },
    list: { key: 'participants', maxPageSize: 100 },
  },
  ListConversationScopedWebhook: {
    method: 'GET',
    route: '/v1/Conversations/{ConversationSid}/Webhooks',
    params: { ConversationSid: 'name' },
    list: { key: 'webhooks', maxPageSize: 5 },
  },
  ListCredential: {
    method: 'GET',
    route: '/v1/Credentials',
    params: {},
    list: { key: 'credentials', maxPageSize: 100 },
  },
  ListParticipantConversation: {
    method: 'GET',
    route: '/v1/ParticipantConversations',
    params: {},
    list: { key: 'conversations', maxPageSize: 50 },
  },
  ListRole: { method: 'GET', route: '/v1/Roles', params: {}, list: { key: 'roles', maxPageSize: 50 } },
  ListService: {
    method: 'GET',
    route: '/v1/Services',
    params: {},
    list: { key: 'services', maxPageSize: 100 },
  },
  ListServiceBinding: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Bindings',
    params: { ChatServiceSid: 'IS' },
    list: { key: 'bindings', maxPageSize: 100 },
  },
  ListServiceConversation: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations',
    params: { ChatServiceSid: 'IS' },
    list: { key: 'conversations', maxPageSize: 100 },
  },
  ListServiceConversationMessage: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name' },
    list: { key: 'messages', maxPageSize: 100 },
  },
  ListServiceConversationMessageReceipt: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', MessageSid: 'IM' },
    list: { key: 'delivery_receipts', maxPageSize: 50 },
  },
  ListServiceConversationParticipant: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name' },
    list: { key: 'participants', maxPageSize: 100 },
  },
  ListServiceConversationScopedWebhook: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name' },
    list: { key: 'webhooks', maxPageSize: 5 },
  },
  ListServiceParticipantConversation: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/ParticipantConversations',
    params: { ChatServiceSid: 'IS' },
    list: { key: 'conversations', maxPageSize: 50 },
  },
  ListServiceRole: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Roles',
    params: { ChatServiceSid: 'IS' },
    list: { key: 'roles', maxPageSize: 50 },
  },
  ListServiceUser: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Users',
    params: { ChatServiceSid: 'IS' },
    list: { key: 'users', maxPageSize: 50 },
  },
  ListServiceUserConversation: {
    method: 'GET',
    route: '/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations',
    params: { ChatServiceSid: 'IS', UserSid: 'name' },
    list: { key: 'conversations', maxPageSize: 50 },
  },
  ListUser: { method: 'GET', route: '/v1/Users', params: {}, list: { key: 'users', maxPageSize: 50 } },
  ListUserConversation: {
    method: 'GET',
    route: '/v1/Users/{UserSid}/Conversations',
    params: { UserSid: 'name' },
    list: { key: 'conversations', maxPageSize: 50 },
  },
  UpdateConfiguration: { method: 'POST', route: '/v1/Configuration', params: {} },
  UpdateConfigurationAddress: {
    method: 'POST',
    route: '/v1/Configuration/Addresses/{Sid}',
    params: { Sid: 'name' },
  },
  UpdateConfigurationWebhook: { method: 'POST', route: '/v1/Configuration/Webhooks', params: {} },
  UpdateConversation: {
    method: 'POST',
    route: '/v1/Conversations/{Sid}',
    params: { Sid: 'name' },
    webhookEnabled: true,
  },
  UpdateConversationMessage: {
    method: 'POST',
    route: '/v1/Conversations/{ConversationSid}/Messages/{Sid}',
    params: { ConversationSid: 'name', Sid: 'IM' },
    webhookEnabled: true,
  },
  UpdateConversationParticipant: {
    method: 'POST',
    route: '/v1/Conversations/{ConversationSid}/Participants/{Sid}',
    params: { ConversationSid: 'name', Sid: 'name' },
    webhookEnabled: true,
  },
  UpdateConversationScopedWebhook: {
    method: 'POST',
    route: '/v1/Conversations/{ConversationSid}/Webhooks/{Sid}',
    params: { ConversationSid: 'name', Sid: 'WH' },
  },
  UpdateCredential: { method: 'POST', route: '/v1/Credentials/{Sid}', params: { Sid: 'CR' } },
  UpdateRole: { method: 'POST', route: '/v1/Roles/{Sid}', params: { Sid: 'RL' } },
  UpdateServiceConfiguration: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Configuration',
    params: { ChatServiceSid: 'IS' },
  },
  UpdateServiceConversation: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'name' },
    webhookEnabled: true,
  },
  UpdateServiceConversationMessage: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'IM' },
    webhookEnabled: true,
  },
  UpdateServiceConversationParticipant: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'name' },
    webhookEnabled: true,
  },
  UpdateServiceConversationScopedWebhook: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}',
    params: { ChatServiceSid: 'IS', ConversationSid: 'name', Sid: 'WH' },
  },
  UpdateServiceNotification: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Configuration/Notifications',
    params: { ChatServiceSid: 'IS' },
  },
  UpdateServiceRole: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Roles/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'RL' },
  },
  UpdateServiceUser: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Users/{Sid}',
    params: { ChatServiceSid: 'IS', Sid: 'name' },
    webhookEnabled: true,
  },
  UpdateServiceUserConversation: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}',
    params: { ChatServiceSid: 'IS', UserSid: 'name', ConversationSid: 'name' },
  },
  UpdateServiceWebhookConfiguration: {
    method: 'POST',
    route: '/v1/Services/{ChatServiceSid}/Configuration/Webhooks',
    params: { ChatServiceSid: 'IS' },
  },
  UpdateUser: { method: 'POST', route: '/v1/Users/{Sid}', params: { Sid: 'name' }, webhookEnabled: true },
  UpdateUserConversation: {
    method: 'POST',
    route: '/v1/Users/{UserSid}/Conversations/{ConversationSid}',
    params: { UserSid: 'name', ConversationSid: 'name' },
  },
});

export type OperationTable = typeof OPERATIONS;
export type ListOperationId = {
  [Id in OperationId]: OperationTable[Id] extends { list: object } ? Id : never;
}[OperationId];

const SID_PATTERN = /^[0-9a-fA-F]{32}$/;
/** C0 and C1 control characters and DEL: never part of a name, and a classic header or log injection vector. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Percent-encodes one path segment. Beyond encodeURIComponent, `!'()*` are encoded too, so a
 * segment only ever holds unreserved characters and escapes. Callers check `isWellFormed` first:
 * encodeURIComponent throws on a lone surrogate.
 */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Checks and encodes one path parameter; returns the reason when it is refused. */
export function encodePathParam(rule: PathParamRule, value: unknown): string | { refused: string } {
  if (typeof value !== 'string') return { refused: 'is missing' };
  if (rule !== 'name') {
    if (value.length !== 34 || !value.startsWith(rule) || !SID_PATTERN.test(value.slice(2)))
      return { refused: `must be a ${rule} SID (${rule} followed by 32 hexadecimal digits)` };
    return value;
  }
  // Dot segments would be resolved away by any URL parser on the way, changing the resource addressed.
  if (value === '' || value === '.' || value === '..') return { refused: 'must not be empty, "." or ".."' };
  if (hasControlCharacter(value)) return { refused: 'must not contain control characters' };
  if (!value.isWellFormed()) return { refused: MALFORMED_TEXT };
  return encodeSegment(value);
}

/** The concrete path of an operation; only the template's literal segments and encoded params. */
export function buildPath(
  spec: OperationSpec,
  values: Readonly<Record<string, unknown>>,
): string | { param: string; refused: string } {
  const rules = spec.params as Readonly<Record<string, PathParamRule>>;
  let path = '';
  for (const segment of spec.route.split('/').slice(1)) {
    if (!segment.startsWith('{')) {
      path += `/${segment}`;
      continue;
    }
    const param = segment.slice(1, -1);
    const rule = rules[param];
    if (rule === undefined) return { param, refused: 'is not a parameter of this operation' };
    const encoded = encodePathParam(rule, values[param]);
    if (typeof encoded !== 'string') return { param, refused: encoded.refused };
    path += `/${encoded}`;
  }
  return path;
}
