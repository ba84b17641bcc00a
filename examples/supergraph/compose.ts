import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';

/** A subgraph to compose: where it serves GraphQL, and the headers it needs to hand out its SDL. */
export interface SubgraphSource {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

/**
 * Reads a subgraph's SDL as a router introspecting it does: `{ _service { sdl } }` over HTTP. The
 * gateway answers it like any query (credentials), and in production mode only with an
 * introspection token.
 */
export async function fetchSubgraphSdl(source: SubgraphSource): Promise<string> {
  const response = await fetch(source.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...source.headers },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as {
    data?: { _service?: { sdl?: unknown } } | null;
    errors?: unknown;
  };
  const sdl = body.data?._service?.sdl;
  if (!response.ok || typeof sdl !== 'string') {
    throw new Error(
      `${source.name} (${source.url}) did not serve its SDL: ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return sdl;
}

/**
 * Composes subgraphs into a supergraph SDL with The Guild's composition library (what Hive's
 * registry runs), reading each SDL from the subgraph itself. Every composition error is reported
 * at once.
 */
export async function composeSupergraph(sources: readonly SubgraphSource[]): Promise<string> {
  const services = await Promise.all(
    sources.map(async (source) => ({
      name: source.name,
      url: source.url,
      typeDefs: parse(await fetchSubgraphSdl(source)),
    })),
  );
  const result = composeServices(services);
  if (compositionHasErrors(result)) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
