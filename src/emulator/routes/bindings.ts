import { createInvalidParameter, EmulatorError } from '../errors.ts';
import { formatDate } from '../params.ts';
import type { RouteContext, RouteHandler, Router } from '../router.ts';
import { looksLikeSid } from '../sids.ts';
import type { BindingRecord, ServiceState } from '../store.ts';
import type { PushType, Wire } from '../wire.ts';
import { deleteRoute, fetchRoute, listRoute, type Records, requireBySid } from './records.ts';

const BINDING_TYPES: readonly PushType[] = ['apn', 'gcm', 'fcm'];
/** The push types a Conversations binding can subscribe to (spec example of ServiceBinding). */
const MESSAGE_TYPES = ['new_message', 'added_to_conversation', 'removed_from_conversation'] as const;
const IDENTITY_MAX = 256;

export function renderBinding(
  ctx: RouteContext,
  binding: BindingRecord,
): Wire<'conversations.v1.service.service_binding'> {
  const service = ctx.service();
  return {
    sid: binding.sid,
    account_sid: ctx.account.sid,
    chat_service_sid: service.sid,
    credential_sid: binding.credentialSid,
    date_created: formatDate(binding.dateCreated),
    date_updated: formatDate(binding.dateUpdated),
    endpoint: binding.endpoint,
    identity: binding.identity,
    binding_type: binding.bindingType,
    message_types: [...binding.messageTypes],
    // Bindings exist only under /Services/{ChatServiceSid} in the spec, so their URL always has that form.
    url: `${ctx.baseUrl}/v1/Services/${service.sid}/Bindings/${binding.sid}`,
  };
}

function findBinding(ctx: RouteContext): BindingRecord {
  return requireBySid(ctx, ctx.service().bindings, 'BS');
}

const bindings: Records<ServiceState, BindingRecord> = {
  parent: (ctx) => ctx.service(),
  records: (service) => service.bindings,
  find: findBinding,
  render: (ctx, binding) => renderBinding(ctx, binding),
};

export function registerBindings(router: Router): void {
  router.resource('ServiceBinding', false, {
    list: listRoute(bindings, (ctx) => {
      const types = ctx.query.enumList('BindingType', BINDING_TYPES);
      const identities = ctx.query.list('Identity');
      return (binding) =>
        (!types || types.includes(binding.bindingType)) &&
        (!identities || identities.includes(binding.identity));
    }),
    fetch: fetchRoute(bindings),
    delete: deleteRoute(bindings),
  });
}

/**
 * A device registering for push, which Twilio's client SDKs do over their own channel rather than
 * REST. Registering the same endpoint again for the same identity and push type replaces the
 * earlier registration (200), as a device refreshing its token does; otherwise a binding is created (201).
 */
const registerBinding: RouteHandler = (ctx) => {
  const service = ctx.service();
  const body = ctx.body;
  const identity = body.requiredString('Identity', 50204, { max: IDENTITY_MAX, tooLong: 50207 });
  const bindingType = body.enumValue('BindingType', BINDING_TYPES);
  if (bindingType === undefined)
    throw createInvalidParameter('BindingType', 'required: one of apn, gcm, fcm');
  const endpoint = body.string('Endpoint') || null;
  const credentialSid = body.string('CredentialSid');
  if (!credentialSid) throw createInvalidParameter('CredentialSid', 'required');
  if (!looksLikeSid(credentialSid, 'CR') || !ctx.account.credentials[credentialSid])
    throw new EmulatorError(
      20001,
      `Invalid parameter CredentialSid: no credential ${credentialSid} in this account`,
    );
  const requested = body.enumList('MessageTypes', MESSAGE_TYPES);
  const messageTypes = requested && requested.length > 0 ? [...new Set(requested)] : [...MESSAGE_TYPES];

  const now = ctx.now();
  const existing =
    endpoint === null
      ? undefined
      : Object.values(service.bindings).find(
          (binding) =>
            binding.identity === identity &&
            binding.bindingType === bindingType &&
            binding.endpoint === endpoint,
        );
  if (existing) {
    existing.credentialSid = credentialSid;
    existing.messageTypes = messageTypes;
    existing.dateUpdated = now;
    return { status: 200, body: renderBinding(ctx, existing) };
  }
  const binding: BindingRecord = {
    ...ctx.store.newRecord('BS', now),
    credentialSid,
    endpoint,
    identity,
    bindingType,
    messageTypes,
  };
  service.bindings[binding.sid] = binding;
  return { status: 201, body: renderBinding(ctx, binding) };
};

/** Emulator-only: create a push binding, which Twilio's SDKs do outside REST. */
export function registerBindingAdmin(router: Router): void {
  router.add({
    method: 'POST',
    pattern: '/_emulator/Services/{ChatServiceSid}/Bindings',
    operationId: 'EmulatorCreateServiceBinding',
    handler: registerBinding,
  });
  router.add({
    method: 'POST',
    pattern: '/_emulator/Bindings',
    operationId: 'EmulatorCreateBinding',
    handler: registerBinding,
  });
}
