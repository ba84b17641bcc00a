import { resourceOperations } from '../resource.ts';
import { resource } from '../wire.ts';

export const toUser = resource('conversations.v1.service.service_user', 'user', {
  required: ['chat_service_sid', 'identity'],
});

/** A user (US…). `isOnline`/`isNotifiable` are only set by a fetch, and only with reachability on. */
export type User = ReturnType<typeof toUser>;

/** A user is addressed by its SID (US…) or identity. */
export const {
  list: listUsers,
  create: createUser,
  fetch: fetchUser,
  update: updateUser,
  delete: deleteUser,
} = resourceOperations('User', toUser, { scoped: true });
