import { resourceOperations } from '../resource.ts';
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

/** A user is addressed by its SID (US…) or identity. */
export const {
  list: listUsers,
  create: createUser,
  fetch: fetchUser,
  update: updateUser,
  delete: deleteUser,
} = resourceOperations('User', toUser, {
  scoped: true,
  name: 'user',
});
