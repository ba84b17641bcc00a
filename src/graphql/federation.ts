import { printSubgraphSchema } from '@apollo/subgraph';
import { correctASTNodes, MapperKind, mapSchema } from '@graphql-tools/utils';
import { type GraphQLSchema, graphqlSync } from 'graphql';
import { builder } from './builder.ts';
import './federation-entities.ts';
import { lookupsByIdCost } from './prefetch.ts';

/**
 * The Federation version the subgraph SDL links to. Written out rather than left to the plugin's
 * default, so that upgrading the plugin cannot change what a registry receives unnoticed.
 */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.6';

const representationCount = (args: Record<string, unknown>) =>
  Array.isArray(args.representations) ? args.representations.length : 1;

/**
 * The served schema: the client-facing schema as an Apollo Federation v2 subgraph, with `@link`,
 * the entities' `@key`s, `_service { sdl }` and `_entities`.
 *
 * - `_entities` declares its cost the way `nodes` does, one lookup per reference (and a page for
 *   every two that may share one) and its selection once per reference, so the upstream budget holds for a router's entity fetches as for any query.
 * - The SDL is printed from each type's AST, whose fields come in the order modules registered them
 *   (a type's own fields, then those other modules add, in import order). Each object type's AST is
 *   rebuilt in the schema's sorted field order first, so the SDL, like schema.graphql, changes only
 *   when the schema does, whichever module a process happens to import first.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  let sdl: string | undefined;
  const schema = mapSchema(builder.toSubGraphSchema({ linkUrl: FEDERATION_SPEC_URL }), {
    [MapperKind.OBJECT_TYPE]: (type) => correctASTNodes(type),
    [MapperKind.QUERY_ROOT_FIELD]: (field, fieldName) => {
      if (fieldName === '_service') return { ...field, resolve: () => ({ sdl }) };
      if (fieldName !== '_entities') return field;
      return {
        ...field,
        extensions: {
          ...field.extensions,
          upstreamCost: (args: Record<string, unknown>) => lookupsByIdCost(representationCount(args)),
          upstreamListSize: representationCount,
        },
      };
    },
  });
  sdl = printSubgraphSchema(schema);
  return schema;
}

/**
 * The subgraph SDL a registry or a composition tool takes, read from `_service { sdl }` itself so
 * that the committed file is byte for byte what a router introspecting the gateway receives.
 */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const result = graphqlSync({ schema, source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: unknown } | undefined)?.sdl;
  if (typeof sdl !== 'string') throw new Error(`_service { sdl } failed: ${JSON.stringify(result.errors)}`);
  return sdl;
}
