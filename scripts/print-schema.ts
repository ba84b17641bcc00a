import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { printSubgraphSdl } from '../src/graphql/federation.ts';
import { buildClientSchema, buildGatewaySchema } from '../src/graphql/schema.ts';

/**
 * Prints the two committed schema files; `--check` fails when either is stale.
 * - schema.graphql: the client-facing schema (sorted), which codegen and clients read;
 * - subgraph.graphql: the Apollo Federation subgraph SDL, as `_service { sdl }` serves it, for
 *   schema registries and composition.
 */
const files = [
  { name: 'schema.graphql', printed: `${printSchema(buildClientSchema())}\n` },
  { name: 'subgraph.graphql', printed: `${printSubgraphSdl(buildGatewaySchema())}\n` },
];

const stale: string[] = [];
for (const { name, printed } of files) {
  const target = fileURLToPath(new URL(`../${name}`, import.meta.url));
  if (!process.argv.includes('--check')) {
    writeFileSync(target, printed);
    continue;
  }
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (committed !== printed) stale.push(name);
}
if (stale.length > 0) {
  process.stderr.write(`${stale.join(' and ')} stale: run \`npm run generate\` and commit the result.\n`);
  process.exit(1);
}
