/**
 * Counts of named events over a rolling window, kept as `slots` buckets of `slotMs` each: adding
 * and summing cost a few array steps, whatever the traffic. The retry budget and the circuit
 * breaker both judge "recent" traffic through it.
 */
export interface RollingCounts<N extends string> {
  add(name: N): void;
  /** The counts of the buckets still inside the window. */
  totals(): Record<N, number>;
  /** Forgets everything counted so far. */
  clear(): void;
}

export function createRollingCounts<N extends string>(
  names: readonly N[],
  options: { slots: number; slotMs: number; now: () => number },
): RollingCounts<N> {
  const { slots, slotMs, now } = options;
  const zero = () => Object.fromEntries(names.map((name) => [name, 0])) as Record<N, number>;
  const buckets = Array.from({ length: slots }, () => ({ index: -1, counts: zero() }));
  const indexNow = () => Math.floor(now() / slotMs);

  return {
    add(name) {
      const index = indexNow();
      const bucket = buckets[index % slots] as (typeof buckets)[number];
      if (bucket.index !== index) {
        bucket.index = index;
        bucket.counts = zero();
      }
      bucket.counts[name] += 1;
    },
    totals() {
      const oldest = indexNow() - slots + 1;
      const sum = zero();
      for (const bucket of buckets) {
        if (bucket.index < oldest) continue;
        for (const name of names) sum[name] += bucket.counts[name];
      }
      return sum;
    },
    clear() {
      for (const bucket of buckets) bucket.index = -1;
    },
  };
}
