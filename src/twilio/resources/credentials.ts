import type { BodyParams, ListParams } from '../form.ts';
import { emptyOperation, itemOperation, listOperation } from '../resource.ts';
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

export interface CredentialRef {
  sid: string;
}

export type ListCredentialsParams = ListParams<'ListCredential'>;
export type CreateCredentialParams = BodyParams<'CreateCredential'>;
export type UpdateCredentialParams = CredentialRef & BodyParams<'UpdateCredential'>;

export const listCredentials = listOperation<ListCredentialsParams, Credential>(
  'ListCredential',
  toCredential,
);

export const createCredential = itemOperation<CreateCredentialParams, Credential>(
  'CreateCredential',
  toCredential,
  'credential',
);

export const fetchCredential = itemOperation<CredentialRef, Credential>(
  'FetchCredential',
  toCredential,
  'credential',
);

export const updateCredential = itemOperation<UpdateCredentialParams, Credential>(
  'UpdateCredential',
  toCredential,
  'credential',
);

export const deleteCredential = emptyOperation<CredentialRef>('DeleteCredential');
