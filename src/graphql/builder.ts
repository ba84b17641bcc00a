import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import {
  DateTimeResolver,
  DurationResolver,
  JSONObjectResolver,
  JSONResolver,
  URLResolver,
} from 'graphql-scalars';
import type { GatewayContext } from './context.ts';
import { decodeGlobalId } from './global-ids.ts';
import { DEFAULT_PAGE, MAX_PAGE } from './pagination.ts';

/**
 * The one schema builder: plugins and scalars, no types. Types live in ./modules, one per resource.
 * Batching is not a plugin's: src/loaders holds per-request loaders that also prime from list pages
 * and coalesce lookups into list calls, which resolvers call directly.
 * Fields are non-null by default because Twilio guarantees most of what we expose; fields that
 * Twilio may leave unset say `nullable: true` explicitly.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Duration: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    URL: { Input: URL; Output: URL | string };
  };
}>({
  // Federation last, after the plugins that wrap resolvers; it needs the directives plugin to print
  // its @key and @shareable into the subgraph SDL (see federation.ts).
  plugins: [RelayPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: {
      description: 'An object with a globally unique ID that `node(id:)` can fetch again in one call.',
    },
    // Every Relay subgraph declares PageInfo; shareable lets them compose into one supergraph.
    pageInfoTypeOptions: {
      description: 'Where a page of a connection sits in the whole list.',
      shareable: true,
    },
    // `node` and `nodes` are defined in modules/node.ts, which refuses IDs the gateway never issued
    // with BAD_USER_INPUT, one ID at a time, instead of failing the whole list without a code.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    decodeGlobalID: (globalId) => decodeGlobalId(globalId),
    idFieldOptions: { description: 'Opaque global ID, stable across requests; encodes the full REST path.' },
    brandLoadedObjects: true,
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Whether there is more before or after this page, and where.' },
    cursorFieldOptions: { description: 'Opaque position of this item; pass it to `after` or `before`.' },
    nodeFieldOptions: { description: 'The item.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether more items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: {
      description: 'The cursor of the last item of this page; pass it to `after` for the next page.',
    },
    firstArgOptions: {
      description: `How many items to return from the start of the list, or after \`after\`: 0 to ${MAX_PAGE}, ${DEFAULT_PAGE} when neither \`first\` nor \`last\` is given. More than Twilio serves in one page are read in several.`,
    },
    afterArgOptions: {
      description:
        'Return the items after this cursor: an edge’s `cursor` or `pageInfo.endCursor` from this same list.',
    },
    lastArgOptions: {
      description: `How many items to return from the end of the list, or before \`before\`: 0 to ${MAX_PAGE}. Without \`before\`, only lists Twilio can read newest first accept it.`,
    },
    beforeArgOptions: {
      description:
        'Return the items before this cursor: an edge’s `cursor` or `pageInfo.startCursor` from this same list.',
    },
    defaultConnectionTypeOptions: { description: 'A page of a list, with cursors to walk the rest.' },
    defaultEdgeTypeOptions: { description: 'One item of a list page and its cursor.' },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('Duration', DurationResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('URL', URLResolver);

builder.queryType({ description: 'Reads from Twilio Conversations.' });
builder.subscriptionType({
  description:
    'Changes in Twilio Conversations as they happen, fed by Twilio’s post-event webhooks to `/webhooks/twilio`. Each yields the object as a query would read it; fields the webhook does not carry are read from Twilio.',
});
builder.mutationType({
  description: 'Writes to Twilio Conversations; one mutation per REST create, update or delete.',
});

/** The schema types of `builder`, for helpers that declare fields on a type they are given. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type ObjectFields<Shape> = PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>;
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;
