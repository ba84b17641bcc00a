import type { TwilioSession } from '../client.ts';
import type { BodyParams, ListParams } from '../form.ts';
import type { Page } from '../paging.ts';
import {
  readList,
  readNothing,
  readOne,
  type ServiceScope,
  scoped,
  type WebhookOption,
} from '../resource.ts';
import {
  boolean,
  type Camelized,
  json,
  links,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';

type UserWire = Schemas['conversations.v1.service.service_user'];

/** A user (US…). `isOnline`/`isNotifiable` are only set by a fetch, and only with reachability on. */
export type User = Camelized<
  UserWire,
  'sid' | 'account_sid' | 'chat_service_sid' | 'identity' | 'date_created' | 'date_updated' | 'url'
>;

export const toUser = shape<UserWire, User>('user', {
  sid: requiredString,
  account_sid: requiredString,
  chat_service_sid: requiredString,
  role_sid: string,
  identity: requiredString,
  friendly_name: string,
  attributes: json,
  is_online: boolean,
  is_notifiable: boolean,
  date_created: requiredDate,
  date_updated: requiredDate,
  url: requiredString,
  links,
});

export interface UserRef extends ServiceScope {
  /** The user's SID (US…) or identity. */
  sid: string;
}

export type ListUsersParams = ServiceScope & ListParams<'ListUser'>;
export type CreateUserParams = ServiceScope & WebhookOption & BodyParams<'CreateUser'>;
export type UpdateUserParams = UserRef & WebhookOption & BodyParams<'UpdateUser'>;
export type DeleteUserParams = UserRef & WebhookOption;

export function listUsers(session: TwilioSession, params: ListUsersParams = {}): Promise<Page<User>> {
  const operationId = scoped(params, 'ListUser', 'ListServiceUser');
  return session.send(
    operationId,
    { path: { ChatServiceSid: params.serviceSid }, paging: { pageSize: params.pageSize, page: params.page } },
    readList(operationId, toUser),
  );
}

export function createUser(session: TwilioSession, params: CreateUserParams): Promise<User> {
  return session.send(
    scoped(params, 'CreateUser', 'CreateServiceUser'),
    {
      path: { ChatServiceSid: params.serviceSid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toUser, 'user'),
  );
}

export function fetchUser(session: TwilioSession, params: UserRef): Promise<User> {
  return session.send(
    scoped(params, 'FetchUser', 'FetchServiceUser'),
    { path: { ChatServiceSid: params.serviceSid, Sid: params.sid } },
    readOne(toUser, 'user'),
  );
}

export function updateUser(session: TwilioSession, params: UpdateUserParams): Promise<User> {
  return session.send(
    scoped(params, 'UpdateUser', 'UpdateServiceUser'),
    {
      path: { ChatServiceSid: params.serviceSid, Sid: params.sid },
      form: params,
      webhookEnabled: params.webhookEnabled,
    },
    readOne(toUser, 'user'),
  );
}

export function deleteUser(session: TwilioSession, params: DeleteUserParams): Promise<void> {
  return session.send(
    scoped(params, 'DeleteUser', 'DeleteServiceUser'),
    { path: { ChatServiceSid: params.serviceSid, Sid: params.sid }, webhookEnabled: params.webhookEnabled },
    readNothing,
  );
}
