import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The cost estimate is an upper bound: for a corpus of operations generated from the schema itself
 * (every root field without required arguments, expanded through linked objects and nested
 * connections), the calls the gateway really made never exceed what it estimated. A module that
 * forgets to declare a field's cost shows up here as a field that calls Twilio while estimated free.
 */
const schema = buildGatewaySchema();

/** The node type of a connection type (`edges { node }`), or null for any other type. */
function connectionNode(type: GraphQLNamedType): GraphQLNamedType | null {
  if (!isObjectType(type)) return null;
  const edges = type.getFields().edges;
  const edge = edges ? getNamedType(edges.type) : null;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : null;
}

const hasRequiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** Every field of `type` without required arguments; objects and connections expanded `depth` more levels. */
function selection(type: GraphQLNamedType, depth: number, first: number): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (hasRequiredArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(field.name);
      continue;
    }
    if (depth === 0) continue;
    const node = connectionNode(named);
    parts.push(
      node && field.args.some((arg) => arg.name === 'first')
        ? `${field.name}(first: ${first}) { pageInfo { hasNextPage } edges { node { ${selection(node, depth - 1, first)} } } }`
        : `${field.name} { ${selection(named, depth - 1, first)} }`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : '__typename';
}

function corpus(): Array<{ name: string; query: string }> {
  const operations: Array<{ name: string; query: string }> = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (hasRequiredArgs(field)) continue;
    const node = connectionNode(getNamedType(field.type));
    for (const depth of [0, 1, 2]) {
      for (const first of [1, 3, 5]) {
        operations.push({
          name: `${field.name} depth ${depth} first ${first}`,
          query: node
            ? `{ ${field.name}(first: ${first}) { edges { node { ${selection(node, depth, first)} } } } }`
            : `{ ${field.name} { ${selection(getNamedType(field.type), depth, first)} } }`,
        });
      }
    }
  }
  return operations;
}

let gateway: GatewayProcess;
beforeAll(async () => {
  gateway = await startGatewayProcess({ MAX_DEPTH: '50', MAX_TOKENS: '20000', MAX_QUERY_CHARS: '200000' });
});
afterAll(async () => {
  await gateway?.stop();
});

describe('upstream cost estimate over a generated corpus', () => {
  const operations = corpus();
  const accepted: Array<{ name: string; count: number }> = [];

  it('generates a corpus of at least 50 operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(50);
  });

  for (const operation of operations) {
    it(`never calls Twilio more than estimated: ${operation.name}`, async () => {
      const response = await gateway.graphql({ query: operation.query }, { 'x-debug-upstream-calls': '1' });
      const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
      expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
      if (codes.includes('COST_ESTIMATED_TOO_EXPENSIVE')) return;
      const calls = response.body.extensions?.upstreamCalls as {
        count: number;
        estimated: number;
        byOperation: unknown;
      };
      accepted.push({ name: operation.name, count: calls.count });
      expect({ count: calls.count, within: calls.count <= calls.estimated, calls }).toMatchObject({
        within: true,
      });
    });
  }

  it('ran most of them rather than refusing them, some with many nested calls', () => {
    expect(accepted.length).toBeGreaterThanOrEqual(40);
    expect(Math.max(...accepted.map((operation) => operation.count))).toBeGreaterThanOrEqual(10);
  });
});
