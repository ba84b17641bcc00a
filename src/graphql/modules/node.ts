import { brandWithType } from '@pothos/core';
import { resolveNodes } from '@pothos/plugin-relay';
import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { decodeGlobalId, invalidGlobalId } from '../global-ids.ts';
import { lookupsByIdCost, prefetchForNode, prefetchForNodes } from '../prefetch.ts';
import { MalformedPathError } from '../scope.ts';

const NodeRef = builder.nodeInterfaceRef();

function implementsNode(info: GraphQLResolveInfo, typename: string): boolean {
  const type = info.schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}

/**
 * Fetches the object one global ID names. A global ID holds the whole REST path, so this is one
 * upstream call at most; an ID the gateway could not have issued (not base64, not `Type:path`, a
 * type without global IDs, a path of the wrong shape for its type) costs none and is refused with
 * BAD_USER_INPUT. A well-formed ID of an object that no longer exists is null, like every lookup.
 */
async function resolveGlobalId(globalId: string, ctx: GatewayContext, info: GraphQLResolveInfo) {
  const decoded = decodeGlobalId(globalId);
  if (!implementsNode(info, decoded.typename)) {
    throw invalidGlobalId(globalId, `\`${decoded.typename}\` is not a type with global IDs`);
  }
  // Before the first await: lookups of other IDs of the same request, made in this same tick,
  // then find the lists it starts under way and wait for them instead of fetching.
  prefetchForNode(ctx, info, decoded.typename, decoded.id);
  try {
    const [pending] = await resolveNodes(builder, ctx, info, [decoded]);
    const node = await pending;
    if (node === null || node === undefined) return null;
    // An ID given twice is loaded once and shared; the second reader may get the object before the
    // first has branded it with its type, so brand it here too (`Node` resolves its type by brand).
    // The name was checked against the schema above; Pothos types brands as its own type refs.
    if (typeof node === 'object') brandWithType(node, decoded.typename as never);
    return node;
  } catch (error) {
    if (error instanceof MalformedPathError) {
      throw invalidGlobalId(globalId, `its path is not the path of a ${decoded.typename}`);
    }
    throw error;
  }
}

const idCount = (args: Record<string, unknown>) => (Array.isArray(args.ids) ? args.ids.length : 1);

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description:
      'Fetches any object by its global ID, in one call to Twilio; null when it no longer exists. An ID this API did not issue is a BAD_USER_INPUT error.',
    args: {
      id: t.arg.id({ required: true, description: 'The `id` of any object this API returned.' }),
    },
    extensions: { upstreamCost: 1 },
    resolve: (_root, args, ctx, info) => resolveGlobalId(String(args.id), ctx, info),
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description:
      'Fetches several objects by their global IDs, in the order given: one call to Twilio each, or one list call for several in one collection (and a call for each the list does not hold). Each ID stands alone: one that no longer exists is null, one this API did not issue is null with a BAD_USER_INPUT error at its index.',
    args: {
      ids: t.arg.idList({
        required: true,
        description: 'The `id`s of objects this API returned, of any types; repeats are fetched once.',
      }),
    },
    // Each ID is its own object, whose fields resolve once each.
    extensions: {
      upstreamCost: (args: Record<string, unknown>) => lookupsByIdCost(idCount(args)),
      upstreamListSize: idCount,
    },
    // One promise per ID, so a refused or failing ID fails its own item, not the whole list.
    resolve: (_root, args, ctx, info) => {
      const ids = args.ids.map(String);
      prefetchForNodes(ctx, ids);
      return ids.map((id) => resolveGlobalId(id, ctx, info));
    },
  }),
}));
