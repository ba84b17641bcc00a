import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, SRC } from '../helpers/source-imports.ts';

/**
 * Imports flow one way, so a newcomer can read a layer knowing only what is below it:
 * server → graphql → loaders → twilio, with the side modules each may use (docs/architecture.md).
 * And no module reaches itself again through its imports, types included.
 */

/** What each folder of src/ may import besides itself; the entry points (cli.ts, index.ts) may import any. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  server: ['config', 'graphql', 'loaders', 'realtime', 'access', 'twilio', 'emulator'],
  config: ['access', 'twilio'],
  graphql: ['loaders', 'realtime', 'access', 'twilio'],
  realtime: ['twilio'],
  loaders: ['twilio'],
  twilio: ['generated'],
  access: [],
  generated: [],
  emulator: ['generated'],
};

/** Each module of src/ with the modules of src/ it imports, type-only imports included. */
const GRAPH = new Map(
  filesUnder(SRC).map((file) => [
    relative(SRC, file),
    importsOf(file).flatMap((target) => ('module' in target ? [target.module] : [])),
  ]),
);

const folderOf = (module: string): string | null =>
  module.includes('/') ? (module.split('/')[0] ?? null) : null;

/** The groups of modules that import one another round in a circle (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (module: string) => {
    index.set(module, next);
    low.set(module, next);
    next += 1;
    stack.push(module);
    onStack.add(module);
    for (const target of graph.get(module) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(module, Math.min(low.get(module) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(module, Math.min(low.get(module) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(module) !== index.get(module)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1 || (graph.get(module) ?? []).includes(module)) found.push(group.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return found;
}

describe('imports between the modules of src/', () => {
  it('reads every module (the scan itself works)', () => {
    expect(GRAPH.size).toBeGreaterThan(150);
    expect(GRAPH.get('graphql/schema.ts')).toContain('graphql/builder.ts');
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('go one way between the layers: server → graphql → loaders → twilio', () => {
    const folders = new Set([...GRAPH.keys()].map(folderOf).filter((folder) => folder !== null));
    expect([...folders].filter((folder) => !(folder in MAY_IMPORT))).toEqual([]);
    const against = [...GRAPH].flatMap(([module, targets]) => {
      const from = folderOf(module);
      if (from === null) return [];
      return targets
        .filter((target) => {
          const to = folderOf(target);
          return to !== from && !(to !== null && MAY_IMPORT[from]?.includes(to));
        })
        .map((target) => `${module} imports ${target}`);
    });
    expect(against).toEqual([]);
  });

  it('never come back round to the module they started from', () => {
    expect(cycles(GRAPH)).toEqual([]);
  });
});
