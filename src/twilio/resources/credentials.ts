import type { TwilioSession } from '../client.ts';
import type { BodyParams, ListParams } from '../form.ts';
import type { Page } from '../paging.ts';
import { readList, readNothing, readOne } from '../resource.ts';
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

export function listCredentials(
  session: TwilioSession,
  params: ListCredentialsParams = {},
): Promise<Page<Credential>> {
  return session.send(
    'ListCredential',
    { paging: { pageSize: params.pageSize, page: params.page } },
    readList('ListCredential', toCredential),
  );
}

export function createCredential(
  session: TwilioSession,
  params: CreateCredentialParams,
): Promise<Credential> {
  return session.send('CreateCredential', { form: params }, readOne(toCredential, 'credential'));
}

export function fetchCredential(session: TwilioSession, params: CredentialRef): Promise<Credential> {
  return session.send('FetchCredential', { path: { Sid: params.sid } }, readOne(toCredential, 'credential'));
}

export function updateCredential(
  session: TwilioSession,
  params: UpdateCredentialParams,
): Promise<Credential> {
  return session.send(
    'UpdateCredential',
    { path: { Sid: params.sid }, form: params },
    readOne(toCredential, 'credential'),
  );
}

export function deleteCredential(session: TwilioSession, params: CredentialRef): Promise<void> {
  return session.send('DeleteCredential', { path: { Sid: params.sid } }, readNothing);
}
