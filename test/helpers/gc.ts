import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';

// The test process's collector, made callable: `gc({ type: 'minor' })` runs one scavenge.
v8.setFlagsFromString('--expose-gc');
export const gc = vm.runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/**
 * A full collection once the current job is over: a WeakRef read (or made) in a job keeps its target
 * alive until that job ends, so the collection runs on a later turn, and WeakRefs read after it see
 * what is really garbage. `gc()` with no options, the forced full collection: one asked for with
 * `{ type: 'major' }` left WeakRefs to garbage set (Node 20).
 */
export async function collectGarbage(): Promise<void> {
  await nextTurn();
  gc();
  await nextTurn();
}
