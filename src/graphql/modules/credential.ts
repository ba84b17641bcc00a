import { keys, primeFromPage } from '../../loaders/index.ts';
import {
  type Credential,
  createCredential,
  deleteCredential,
  listCredentials,
  MAX_PAGE_SIZE,
  updateCredential,
} from '../../twilio/index.ts';
import { builder, type InputFields } from '../builder.ts';
import { wireEnum } from '../enums.ts';
import { changePayload, deleteMutation, mutation } from '../mutations.ts';
import { resolveForwardConnection } from '../pagination.ts';
import { splitPath } from '../scope.ts';
import { withNameAndDates, withResourceFields } from './common-fields.ts';

export const PushTypeEnum = wireEnum(
  'PushType',
  'The push notification service a credential or binding is for.',
  {
    APN: 'Apple Push Notification service (iOS).',
    GCM: 'Google Cloud Messaging, Firebase’s predecessor.',
    FCM: 'Firebase Cloud Messaging (Android and web).',
  },
);

/**
 * Credentials belong to the account, not to a service, so they carry no route scope. Twilio never
 * returns the certificate, private key or secret, and neither does this type.
 */
export const CredentialRef = builder.objectRef<Credential>('Credential');

builder.node(CredentialRef, {
  description:
    'A push credential: what Twilio needs to send push notifications through Apple or Firebase. Its secrets can be written, never read.',
  id: { resolve: (c) => c.sid },
  loadOne: (id, ctx) => {
    const [sid] = splitPath(id, 1) as [string];
    return ctx.loaders.credential.load(keys.credential(sid));
  },
  fields: (t) => ({
    type: t.expose('type', { type: PushTypeEnum, description: 'The push service it is for.' }),
    sandbox: t.exposeBoolean('sandbox', {
      nullable: true,
      description: 'For APN: whether it targets Apple’s sandbox (development) environment.',
    }),
  }),
});

withResourceFields(CredentialRef, { noun: 'credential', prefix: 'CR' });
withNameAndDates(CredentialRef);

builder.queryFields((t) => ({
  credential: t.field({
    type: CredentialRef,
    nullable: true,
    description: 'A push credential by SID; null when it does not exist.',
    args: { sid: t.arg.string({ required: true, description: 'The CR… SID.' }) },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) => ctx.loaders.credential.load(keys.credential(args.sid)),
  }),
  credentials: t.connection(
    {
      type: CredentialRef,
      description: 'The account’s push credentials, oldest first.',
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listCredentials } },
      resolve: (_root, args, ctx) =>
        resolveForwardConnection(args, MAX_PAGE_SIZE.listCredentials, async ({ pageSize, ref }) =>
          primeFromPage(
            ctx.loaders.credential,
            await listCredentials(ctx.session, { pageSize, page: ref }),
            (c) => [keys.credential(c.sid)],
          ),
        ),
    },
    { description: 'A page of the push credentials.' },
    { description: 'One of the push credentials, with the cursor to resume after it.' },
  ),
}));

/** A credential's name and secrets, as both its create and its update take them. */
function credentialInputFields(t: InputFields) {
  return {
    friendlyName: t.string({ description: 'A display name.' }),
    certificate: t.string({
      description: 'For APN: the certificate, PEM-encoded (`-----BEGIN CERTIFICATE-----…`).',
    }),
    privateKey: t.string({ description: 'For APN: the certificate’s private key, PEM-encoded.' }),
    sandbox: t.boolean({ description: 'For APN: whether to use Apple’s sandbox (development) environment.' }),
    apiKey: t.string({ description: 'For GCM: the server key from the Google console.' }),
    secret: t.string({ description: 'For FCM: the server key from the Firebase console.' }),
  };
}

const CreateCredentialInput = builder.inputType('CreateCredentialInput', {
  description: 'A new push credential. The secrets are sent to Twilio and can never be read back.',
  fields: (t) => ({
    type: t.field({ type: PushTypeEnum, required: true, description: 'The push service it is for.' }),
    ...credentialInputFields(t),
  }),
});

const UpdateCredentialInput = builder.inputType('UpdateCredentialInput', {
  description: 'Changes to a push credential; absent fields are left as they are.',
  fields: (t) => ({
    sid: t.string({ required: true, description: 'The CR… SID.' }),
    type: t.field({
      type: PushTypeEnum,
      description: 'A new push service; the secrets of the old one are dropped.',
    }),
    ...credentialInputFields(t),
  }),
});

const CredentialPayload = changePayload('CredentialPayload', {
  key: 'credential',
  type: CredentialRef,
  about: 'creating or updating a push credential',
  current: 'The credential as it is now',
});

mutation('createCredential', {
  description: 'Creates a push credential.',
  input: CreateCredentialInput,
  inputDescription: 'The push service and its secrets for the new credential.',
  payload: CredentialPayload,
  run: (input, ctx) => createCredential(ctx.session, input),
});

mutation('updateCredential', {
  description: 'Changes a push credential, e.g. to rotate its secret.',
  input: UpdateCredentialInput,
  inputDescription: 'The credential to change, and its new push service, name or secrets.',
  payload: CredentialPayload,
  run: (input, ctx) => updateCredential(ctx.session, input),
});

deleteMutation('deleteCredential', {
  description: 'Deletes a push credential; pushes that relied on it stop.',
  input: 'The push credential to delete.',
  inputDescription: 'The credential to delete.',
  sid: 'The CR… SID.',
  call: (session, input) => deleteCredential(session, input),
});
