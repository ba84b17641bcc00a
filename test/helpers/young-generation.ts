import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';
import { gc } from './gc.ts';

const oldSpaceUsed = () =>
  v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')?.space_used_size ?? 0;

/**
 * How many bytes of the old generation what `make` allocated took after it became garbage and two
 * minor collections ran: what V8's scavenger could not tell was garbage and promoted. `make` runs
 * `count` times and must keep nothing it makes (its caller's long-lived objects excepted).
 */
export async function promotedAfterUse(make: () => void, count: number): Promise<number> {
  // A first round compiles `make` and whatever it calls, which leaves code and its metadata in
  // the old generation; only the second is measured.
  await promotedOnce(make, count);
  return promotedOnce(make, count);
}

async function promotedOnce(make: () => void, count: number): Promise<number> {
  gc({ type: 'major' });
  await nextTurn();
  const before = oldSpaceUsed();
  for (let i = 0; i < count; i += 1) make();
  // Off this job: nothing the loop made is held by the stack or a pending reaction.
  await nextTurn();
  gc({ type: 'minor' });
  gc({ type: 'minor' });
  return oldSpaceUsed() - before;
}
