import { createInvalidParameter } from '../errors.ts';
import { formatDate } from '../params.ts';
import type { RouteContext, Router } from '../router.ts';
import type { AccountState, CredentialState } from '../store.ts';
import type { PushType, Wire } from '../wire.ts';
import { deleteRoute, fetchRoute, listRoute, type Records, requireBySid } from './records.ts';

const PUSH_TYPES: readonly PushType[] = ['apn', 'gcm', 'fcm'];
const FRIENDLY_NAME_MAX = 64;

export function renderCredential(
  ctx: RouteContext,
  credential: CredentialState,
): Wire<'conversations.v1.credential'> {
  return {
    sid: credential.sid,
    account_sid: ctx.account.sid,
    friendly_name: credential.friendlyName,
    type: credential.type,
    // The schema types `sandbox` as a string and Twilio's examples send "False": a capitalised
    // string, not a boolean. Certificate, keys and secrets are never part of a response.
    sandbox: credential.sandbox === null ? null : credential.sandbox ? 'True' : 'False',
    date_created: formatDate(credential.dateCreated),
    date_updated: formatDate(credential.dateUpdated),
    url: `${ctx.baseUrl}/v1/Credentials/${credential.sid}`,
  };
}

function findCredential(ctx: RouteContext): CredentialState {
  return requireBySid(ctx, ctx.account.credentials, 'CR');
}

/**
 * Applies the secret-bearing parameters. Each push type has its own: APNs a certificate, a private
 * key and the sandbox flag; GCM an API key; FCM a server key (`Secret`). Secrets of another type are
 * dropped when the type changes, since they could never be used.
 */
function applySecrets(ctx: RouteContext, credential: CredentialState): void {
  const body = ctx.body;
  const secrets = credential.secrets;
  const sandbox = body.bool('Sandbox');
  if (credential.type === 'apn') {
    const certificate = body.string('Certificate');
    const privateKey = body.string('PrivateKey');
    if (certificate !== undefined) secrets.certificate = certificate;
    if (privateKey !== undefined) secrets.privateKey = privateKey;
    delete secrets.apiKey;
    delete secrets.secret;
    credential.sandbox = sandbox ?? credential.sandbox ?? false;
    return;
  }
  delete secrets.certificate;
  delete secrets.privateKey;
  credential.sandbox = null;
  if (credential.type === 'gcm') {
    const apiKey = body.string('ApiKey');
    if (apiKey !== undefined) secrets.apiKey = apiKey;
    delete secrets.secret;
  } else {
    const secret = body.string('Secret');
    if (secret !== undefined) secrets.secret = secret;
    delete secrets.apiKey;
  }
}

const credentials: Records<AccountState, CredentialState> = {
  parent: (ctx) => ctx.account,
  records: (account) => account.credentials,
  find: findCredential,
  render: (ctx, credential) => renderCredential(ctx, credential),
};

export function registerCredentials(router: Router): void {
  router.resource('Credential', false, {
    list: listRoute(credentials),
    create: (ctx) => {
      const type = ctx.body.enumValue('Type', PUSH_TYPES);
      if (type === undefined) throw createInvalidParameter('Type', 'required: one of apn, gcm, fcm');
      const friendlyName = ctx.body.string('FriendlyName', { max: FRIENDLY_NAME_MAX, tooLong: 50003 });
      const now = ctx.now();
      const credential: CredentialState = {
        ...ctx.store.newRecord('CR', now),
        friendlyName: friendlyName || null,
        type,
        sandbox: null,
        secrets: {},
      };
      applySecrets(ctx, credential);
      ctx.account.credentials[credential.sid] = credential;
      return { status: 201, body: renderCredential(ctx, credential) };
    },
    fetch: fetchRoute(credentials),
    update: (ctx) => {
      const credential = findCredential(ctx);
      const type = ctx.body.enumValue('Type', PUSH_TYPES);
      const friendlyName = ctx.body.string('FriendlyName', { max: FRIENDLY_NAME_MAX, tooLong: 50003 });
      if (type !== undefined && type !== credential.type) {
        credential.type = type;
        credential.sandbox = null;
      }
      if (friendlyName !== undefined) credential.friendlyName = friendlyName || null;
      applySecrets(ctx, credential);
      credential.dateUpdated = ctx.now();
      return { status: 200, body: renderCredential(ctx, credential) };
    },
    // Push bindings keep their credential_sid. A binding is a device's own registration, made by
    // the client SDK; dropping it here would be invisible to that device, so it stays (and can no
    // longer deliver) until the client re-registers or someone deletes it.
    delete: deleteRoute(credentials),
  });
}
