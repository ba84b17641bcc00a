import type { ObjectRef } from '@pothos/core';
import type { Scope } from '../../loaders/index.ts';
import type { Page, PageRef } from '../../twilio/index.ts';
import { builder, type Types } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { type ConnectionArgs, resolveForwardConnection } from '../pagination.ts';
import { type InScope, inScope } from '../scope.ts';
import { ServiceRef, serviceLookahead } from './service.ts';

export const serviceSidArg = 'The Conversation Service; the account’s default service when absent.';

/**
 * A list of what a service holds (its roles, its users), read through one REST list operation.
 * Declared once, it is both the root field (`roles(serviceSid:)`) and the service's own field
 * (`Service.roles`, started by `service(sid:)`'s look-ahead), with the same cost, page cap, page
 * descriptions and loader priming. `what` names the items in the page descriptions.
 */
export function serviceList<T extends { sid: string }>(
  field: string,
  options: {
    type: ObjectRef<Types, InScope<T>>;
    maxPageSize: number;
    /** One page of the REST list in the scope, its items primed into the request's loaders. */
    fetch: (
      ctx: GatewayContext,
      scope: Scope,
      page: { pageSize: number; page: PageRef | null },
    ) => Promise<Page<T>>;
    what: string;
    root: string;
    child: string;
  },
): void {
  const { type, maxPageSize, what } = options;
  const connection = (ctx: GatewayContext, scope: Scope, args: ConnectionArgs) =>
    resolveForwardConnection(args, maxPageSize, async ({ pageSize, ref }) => {
      const page = await options.fetch(ctx, scope, { pageSize, page: ref });
      return { ...page, items: page.items.map((item) => inScope(item, scope)) };
    });
  const extensions = { upstreamCost: 1, upstreamList: { maxPageSize } };
  const page = { description: `A page of the ${what}.` };
  const edge = { description: `One of the ${what}, with the cursor to resume after it.` };
  builder.queryFields((t) => ({
    [field]: t.connection(
      {
        type,
        description: options.root,
        args: { serviceSid: t.arg.string({ description: serviceSidArg }) },
        extensions,
        resolve: (_root, args, ctx) => connection(ctx, args.serviceSid ?? undefined, args),
      },
      page,
      edge,
    ),
  }));
  builder.objectFields(ServiceRef, (t) => ({
    [field]: t.connection(
      {
        type,
        description: options.child,
        extensions,
        resolve: serviceLookahead.child(field, (service, args: ConnectionArgs, ctx) =>
          connection(ctx, service.sid, args),
        ),
      },
      page,
      edge,
    ),
  }));
}
