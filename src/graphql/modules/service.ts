import type { FieldRef, ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { keys, primeFromPage, type Scope } from '../../loaders/index.ts';
import {
  createService,
  deleteService,
  listServices,
  MAX_PAGE_SIZE,
  type Service,
} from '../../twilio/index.ts';
import { builder, type ObjectFields, type Types } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { createLookahead } from '../lookahead.ts';
import { deleteMutation, mutation, payloadType } from '../mutations.ts';
import { resolveForwardConnection } from '../pagination.ts';
import { splitPath } from '../scope.ts';
import { withNameAndDates, withResourceFields } from './common-fields.ts';
import {
  type ConversationFilters,
  ConversationRef,
  conversationFilterArgs,
  loadConversation,
  resolveConversations,
} from './conversation.ts';

/**
 * A Conversation Service is addressed by its SID alone, so unlike its children it carries no
 * route scope; everything read under it uses the `/v1/Services/{IS}/…` form with its SID.
 */
export const ServiceRef = builder.objectRef<Service>('Service');

/**
 * The service of something inside a conversation (a message, participant, receipt, webhook). Read
 * through a service route, it names the service itself. Twilio's short routes leave
 * `chat_service_sid` out, so there the parent conversation names it; that conversation is usually
 * in the request's cache already, since the child was reached through it. The children of one
 * conversation share one conversation key and one service key, so a page of them costs at most
 * these two calls, once.
 */
export async function loadServiceOf(
  ctx: GatewayContext,
  child: { chatServiceSid: string | null; scope: Scope; conversationSid: string },
): Promise<Service> {
  const sid =
    child.chatServiceSid ??
    child.scope ??
    (await loadConversation(ctx.loaders, undefined, child.conversationSid))?.chatServiceSid;
  return loadNamedService(ctx, sid);
}

/**
 * The service an object names. Twilio deletes everything in a service with it, so it only goes
 * missing when it was deleted while this request ran.
 */
export async function loadNamedService(
  ctx: GatewayContext,
  sid: string | null | undefined,
): Promise<Service> {
  const service = sid ? await ctx.loaders.service.load(keys.service(sid)) : null;
  if (!service) {
    throw new GraphQLError('The Conversation Service was deleted while this request ran.', {
      extensions: { code: 'NOT_FOUND' },
    });
  }
  return service;
}

/** How `service` is declared on the children of a conversation, for the cost estimate. */
export const serviceOfCost = {
  // At most the parent conversation (short routes only) and the service, shared by every item of a page.
  upstreamCost: 2,
  upstreamBatched: true,
} as const;

/** How `service` is declared on objects that always name their service, for the cost estimate. */
export const namedServiceCost = {
  // Every item of a page belongs to the same service: one fetch, or none when the service is cached.
  upstreamCost: 1,
  upstreamBatched: true,
} as const;

builder.node(ServiceRef, {
  description:
    'A Conversation Service: the container that holds conversations, users, roles, push bindings and their settings.',
  id: { resolve: (s) => s.sid },
  loadOne: (id, ctx) => {
    const [sid] = splitPath(id, 1) as [string];
    return ctx.loaders.service.load(keys.service(sid));
  },
  fields: (t) => ({
    conversations: t.connection(
      {
        type: ConversationRef,
        description:
          'The conversations of this service, oldest first; the same list as the root `conversations` field with this `serviceSid`.',
        args: conversationFilterArgs(t.arg),
        extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listConversations } },
        // The children of a service read through its named route, so their own children do too.
        resolve: serviceLookahead.child('conversations', (service, args: ConversationFilters, ctx) =>
          resolveConversations(ctx, service.sid, args),
        ),
      },
      { description: 'A page of the conversations of a service.' },
      { description: 'One of the conversations of a service, with the cursor to resume after it.' },
    ),
  }),
});

withResourceFields(ServiceRef, { noun: 'service', prefix: 'IS' });
withNameAndDates(ServiceRef);

withNamedService(ConversationRef, 'conversation');

/** Children of a service that `service(sid:)` starts from its argument; their modules register here. */
export const serviceLookahead = createLookahead<{ sid: string }>('Service', {
  // What is under a service is read through its named route: its SID is their scope.
  prefetchAt: (k) => ({ scope: k.sid }),
});

builder.queryFields((t) => ({
  service: t.field({
    type: ServiceRef,
    nullable: true,
    description: 'A Conversation Service by SID; null when it does not exist.',
    args: { sid: t.arg.string({ required: true, description: 'The IS… SID.' }) },
    extensions: { upstreamCost: 1 },
    // The lists selected under it (conversations, users, roles) start from the argument, next to
    // the service's own fetch.
    resolve: (_root, args, ctx, info) =>
      serviceLookahead.lookUp(ctx, info, { sid: args.sid }, () =>
        ctx.loaders.service.load(keys.service(args.sid)),
      ),
  }),
  services: t.connection(
    {
      type: ServiceRef,
      description: 'The account’s Conversation Services, oldest first.',
      extensions: { upstreamCost: 1, upstreamList: { maxPageSize: MAX_PAGE_SIZE.listServices } },
      resolve: (_root, args, ctx) =>
        resolveForwardConnection(args, MAX_PAGE_SIZE.listServices, async ({ pageSize, ref }) =>
          primeFromPage(
            ctx.loaders.service,
            await listServices(ctx.session, { pageSize, page: ref }),
            (s) => [keys.service(s.sid)],
          ),
        ),
    },
    { description: 'A page of the Conversation Services.' },
    { description: 'One of the Conversation Services, with the cursor to resume after it.' },
  ),
}));

const CreateServiceInput = builder.inputType('CreateServiceInput', {
  description: 'A new Conversation Service.',
  fields: (t) => ({
    friendlyName: t.string({ required: true, description: 'A display name for the service.' }),
  }),
});

mutation('createService', {
  description: 'Creates a Conversation Service with its default roles.',
  input: CreateServiceInput,
  inputDescription: 'The name of the new service.',
  payload: payloadType('ServicePayload', {
    description: 'The result of creating a Conversation Service.',
    key: 'service',
    type: ServiceRef,
    result: 'The new service; null when Twilio refused to create it.',
    userErrors: 'Why the service was not created, if it was not.',
  }),
  run: (input, ctx) => createService(ctx.session, input),
});

deleteMutation('deleteService', {
  description:
    'Deletes a Conversation Service and everything in it (conversations, users, roles, bindings); it cannot be undone.',
  input: 'The Conversation Service to delete, with everything in it.',
  inputDescription: 'The service to delete, with everything in it.',
  sid: 'The IS… SID.',
  call: (session, input) => deleteService(session, input),
});

/**
 * `chatServiceSid` and `service` of something inside a conversation (a message, participant,
 * receipt, webhook), which Twilio's short routes read without naming its service.
 */
export function withServiceOfChild(
  ref: ObjectRef<Types, { chatServiceSid: string | null; scope: Scope; conversationSid: string }>,
  noun: string,
): void {
  builder.objectFields(ref, (t) => ({
    chatServiceSid: t.exposeString('chatServiceSid', {
      nullable: true,
      description: 'The conversation service (IS…); Twilio only tells it when read with a `serviceSid`.',
    }),
    service: t.field({
      type: ServiceRef,
      description: `The Conversation Service the ${noun} belongs to.`,
      extensions: serviceOfCost,
      resolve: (child, _args, ctx) => loadServiceOf(ctx, child),
    }),
  }));
}

/**
 * `service` of something that always names its service in `chatServiceSid` (a conversation, user,
 * role or push binding): one read through the service loader.
 */
export function withNamedService(ref: ObjectRef<Types, { chatServiceSid: string }>, noun: string): void {
  builder.objectFields(ref, (t) => ({
    service: t.field({
      type: ServiceRef,
      nullable: true,
      description: `The Conversation Service the ${noun} belongs to.`,
      extensions: { upstreamCost: 1 },
      resolve: (x, _args, ctx) => ctx.loaders.service.load(keys.service(x.chatServiceSid)),
    }),
  }));
}

/** The field of a service that a SID of its parent may name (a default, a target): null when it names none. */
export function serviceNamedBy<Parent>(
  t: ObjectFields<Parent>,
  sid: (parent: Parent) => string | null,
  description: string,
): FieldRef<Types, Service | null | undefined, 'Object'> {
  return t.field({
    type: ServiceRef,
    nullable: true,
    description,
    extensions: { upstreamCost: 1 },
    resolve: (parent, _args, ctx) => {
      const named = sid(parent);
      return named ? ctx.loaders.service.load(keys.service(named)) : null;
    },
  });
}
