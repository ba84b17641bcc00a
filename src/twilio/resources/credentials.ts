import { resourceOperations } from '../resource.ts';
import { looseBoolean, resource } from '../wire.ts';

/** The spec types `sandbox` as a string (Twilio answers "False"); it is read as a boolean. */
export const toCredential = resource('conversations.v1.credential', 'credential', {
  fields: { sandbox: looseBoolean },
});

/** A push credential (CR…). Twilio never returns the certificate, key or secret. */
export type Credential = ReturnType<typeof toCredential>;

export const {
  list: listCredentials,
  create: createCredential,
  fetch: fetchCredential,
  update: updateCredential,
  delete: deleteCredential,
} = resourceOperations('Credential', toCredential, { scoped: false });
