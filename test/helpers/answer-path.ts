/**
 * The object at `path` in a GraphQL answer, typed as the strings a test reads from it; throws when
 * nothing is there, so a test fails on the missing object rather than on a later `undefined`.
 */
export function at(value: unknown, ...path: Array<string | number>): Record<string, string> {
  let current = value;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) throw new Error(`nothing at ${path.join('.')}`);
    current = (current as Record<string | number, unknown>)[step];
  }
  if (typeof current !== 'object' || current === null) throw new Error(`nothing at ${path.join('.')}`);
  return current as Record<string, string>;
}

/** The nodes of the connection at `path`. */
export function nodesAt(value: unknown, ...path: Array<string | number>): Array<Record<string, string>> {
  const edges = (at(value, ...path) as unknown as { edges?: unknown }).edges;
  if (!Array.isArray(edges)) throw new Error(`no connection at ${path.join('.')}`);
  return edges.map((_edge, i) => at(edges, i, 'node'));
}
