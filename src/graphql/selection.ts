import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the selection of the field being resolved asks only for fields in `allowed` (fragments
 * and inline fragments followed). Directives are not evaluated: a field under `@skip` still counts,
 * which can only make the answer more cautious.
 */
export function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>): boolean {
  const visited = new Set<string>();
  const check = (selectionSet: SelectionSetNode | undefined): boolean => {
    if (!selectionSet) return true;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!allowed.has(selection.name.value)) return false;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!check(selection.selectionSet)) return false;
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        if (!check(info.fragments[name]?.selectionSet)) return false;
      }
    }
    return true;
  };
  return info.fieldNodes.every((node) => check(node.selectionSet));
}
