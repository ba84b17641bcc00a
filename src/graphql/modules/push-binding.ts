import { keys, primeFromPage } from '../../loaders/index.ts';
import { deletePushBinding, listPushBindings, MAX_PAGE_SIZE, type PushBinding } from '../../twilio/index.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { deleteMutation } from '../mutations.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { splitPath } from '../scope.ts';
import { withResourceFields } from './common-fields.ts';
import { CredentialRef, PushTypeEnum } from './credential.ts';
import { ServiceRef, withNamedService } from './service.ts';

/**
 * Twilio only serves bindings under `/v1/Services/{IS}/Bindings`, never through the short
 * routes, so a binding always knows its service and needs no route scope of its own.
 */
export const PushBindingRef = builder.objectRef<PushBinding>('PushBinding');

builder.node(PushBindingRef, {
  description:
    'A push registration of one device of one user: where Twilio sends that device’s notifications. Client SDKs create them; REST can only read and delete them.',
  id: { resolve: (b) => `${b.chatServiceSid}/${b.sid}` },
  loadOne: (id, ctx) => {
    const [serviceSid, sid] = splitPath(id, 2) as [string, string];
    return ctx.loaders.binding.load(keys.binding(serviceSid, sid));
  },
  fields: (t) => ({
    chatServiceSid: t.exposeString('chatServiceSid', {
      description: 'The Conversation Service it belongs to (IS…).',
    }),
    identity: t.exposeString('identity', {
      nullable: true,
      description: 'The identity of the user whose device it is.',
    }),
    bindingType: t.expose('bindingType', {
      type: PushTypeEnum,
      description: 'The push service the device uses.',
    }),
    endpoint: t.exposeString('endpoint', {
      nullable: true,
      description: 'The device and app the binding points at, as the SDK registered it.',
    }),
    messageTypes: t.field({
      type: ['String'],
      description: 'The kinds of notification the device wants, e.g. `new_message`, `added_to_conversation`.',
      resolve: (b) => b.messageTypes ?? [],
    }),
    credentialSid: t.exposeString('credentialSid', {
      nullable: true,
      description: 'The push credential used to reach the device (CR…).',
    }),
    dateCreated: t.expose('dateCreated', { type: 'DateTime', description: 'When it was created.' }),
    dateUpdated: t.expose('dateUpdated', { type: 'DateTime', description: 'When it last changed.' }),
    credential: t.field({
      type: CredentialRef,
      nullable: true,
      description: 'The push credential used to reach the device; null when it no longer exists.',
      extensions: { upstreamCost: 1 },
      resolve: (b, _args, ctx) =>
        b.credentialSid ? ctx.loaders.credential.load(keys.credential(b.credentialSid)) : null,
    }),
  }),
});

withNamedService(PushBindingRef, 'binding');
withResourceFields(PushBindingRef, { noun: 'binding', prefix: 'BS' });

interface BindingFilters {
  bindingTypes?: ('apn' | 'gcm' | 'fcm')[] | null;
  identities?: string[] | null;
}

function bindingsConnection(ctx: GatewayContext, serviceSid: string, args: ConnectionArgs & BindingFilters) {
  return resolveForwardConnection(args, MAX_PAGE_SIZE.listPushBindings, async ({ pageSize, ref }) =>
    primeFromPage(
      ctx.loaders.binding,
      await listPushBindings(ctx.session, {
        serviceSid,
        pageSize,
        page: ref,
        ...(args.bindingTypes?.length ? { bindingType: args.bindingTypes } : {}),
        ...(args.identities?.length ? { identity: args.identities } : {}),
      }),
      (b) => [keys.binding(serviceSid, b.sid)],
    ),
  );
}

const filterDescriptions = {
  bindingTypes: 'Only bindings of these push services; all when absent.',
  identities: 'Only bindings of these users’ identities; all when absent.',
};

builder.objectFields(ServiceRef, (t) => ({
  bindings: t.connection(
    {
      type: PushBindingRef,
      description: 'The push bindings registered in this service.',
      args: {
        bindingTypes: t.arg({ type: [PushTypeEnum], description: filterDescriptions.bindingTypes }),
        identities: t.arg.stringList({ description: filterDescriptions.identities }),
      },
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listPushBindings } },
      resolve: (service, args, ctx) => bindingsConnection(ctx, service.sid, args),
    },
    { description: 'A page of the push bindings of a service.' },
    { description: 'One of the push bindings of a service, with the cursor to resume after it.' },
  ),
}));

builder.queryFields((t) => ({
  pushBinding: t.field({
    type: PushBindingRef,
    nullable: true,
    description: 'A push binding by SID; null when it does not exist.',
    args: {
      sid: t.arg.string({ required: true, description: 'The BS… SID.' }),
      serviceSid: t.arg.string({
        required: true,
        description: 'The Conversation Service; bindings are only reachable through a named service.',
      }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx) => ctx.loaders.binding.load(keys.binding(args.serviceSid, args.sid)),
  }),
  pushBindings: t.connection(
    {
      type: PushBindingRef,
      description: 'The push bindings registered in a service.',
      args: {
        serviceSid: t.arg.string({
          required: true,
          description: 'The Conversation Service; bindings are only reachable through a named service.',
        }),
        bindingTypes: t.arg({ type: [PushTypeEnum], description: filterDescriptions.bindingTypes }),
        identities: t.arg.stringList({ description: filterDescriptions.identities }),
      },
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listPushBindings } },
      resolve: (_root, args, ctx) => bindingsConnection(ctx, args.serviceSid, args),
    },
    { description: 'A page of the push bindings of a service.' },
    { description: 'One of the push bindings of a service, with the cursor to resume after it.' },
  ),
}));

deleteMutation('deletePushBinding', {
  description: 'Deletes a push binding: the device gets no more notifications until its app registers again.',
  input: 'The push binding to delete.',
  inputDescription: 'The push binding to delete, by its service and SID.',
  fields: (t) => ({
    serviceSid: t.string({ required: true, description: 'The Conversation Service it belongs to.' }),
  }),
  sid: 'The BS… SID.',
  call: (session, input) => deletePushBinding(session, input),
});
