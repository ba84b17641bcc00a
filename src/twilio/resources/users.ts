import type { BodyParams, ListParams } from '../form.ts';
import {
  emptyOperation,
  itemOperation,
  listOperation,
  type ServiceScope,
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

export const listUsers = listOperation<ListUsersParams, User>(['ListUser', 'ListServiceUser'], toUser);

export const createUser = itemOperation<CreateUserParams, User>(
  ['CreateUser', 'CreateServiceUser'],
  toUser,
  'user',
);

export const fetchUser = itemOperation<UserRef, User>(['FetchUser', 'FetchServiceUser'], toUser, 'user');

export const updateUser = itemOperation<UpdateUserParams, User>(
  ['UpdateUser', 'UpdateServiceUser'],
  toUser,
  'user',
);

export const deleteUser = emptyOperation<DeleteUserParams>(['DeleteUser', 'DeleteServiceUser']);
