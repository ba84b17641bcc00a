import { resourceOperations } from '../resource.ts';
import {
  type Camelized,
  looseBoolean,
  oneOf,
  requiredDate,
  requiredString,
  type Schemas,
  shape,
  string,
} from '../wire.ts';

type CredentialWire = Schemas['conversations.v1.credential'];

/**
 * A push credential (CR…). Twilio never returns the certificate, key or secret. The spec types
 * `sandbox` as a string (Twilio answers "False"); it is read as a boolean.
 */
export type Credential = Camelized<
  CredentialWire,
  'sid' | 'account_sid' | 'date_created' | 'date_updated' | 'url',
  { sandbox: boolean | null }
>;

export const pushTypes: Record<Schemas['credential_enum_push_type'], true> = {
  apn: true,
  gcm: true,
  fcm: true,
};

export const toCredential = shape<CredentialWire, Credential>('credential', {
  sid: requiredString,
  account_sid: requiredString,
  friendly_name: string,
  type: oneOf(pushTypes),
  sandbox: looseBoolean,
  date_created: requiredDate,
  date_updated: requiredDate,
  url: requiredString,
});

export const {
  list: listCredentials,
  create: createCredential,
  fetch: fetchCredential,
  update: updateCredential,
  delete: deleteCredential,
} = resourceOperations('Credential', toCredential, {
  scoped: false,
  name: 'credential',
});
