import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { buildGatewaySchema } from '../src/graphql/schema.ts';

/** Prints the Pothos schema (sorted) to schema.graphql; `--check` fails when the committed file is stale. */
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const printed = `${printSchema(buildGatewaySchema())}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (committed !== printed) {
    process.stderr.write('schema.graphql is stale: run `npm run generate` and commit the result.\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, printed);
}
