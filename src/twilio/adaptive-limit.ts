/**
 * How many calls a credential may have in flight, below the configured maximum once Twilio has said
 * it is too many. Twilio answers too many concurrent requests of one account with 429 / 20429, never
 * processed and safe to retry, and does not disclose the ceiling (docs/twilio-rest-behaviour.md §7;
 * it is per account, so other programs and other gateway instances share it). So the limit adapts:
 *
 * - a 429 to an attempt sent as the n-th call of the credential in flight says n was too many: the
 *   limit drops to n − 1 (at least 1). Taking the smallest such n of a wave, whatever order its
 *   answers come back in, lands on what Twilio accepted in one step instead of halving again and
 *   again while the rest of the wave is refused;
 * - after as many successes as the limit, it grows by one (additive increase, as TCP's window),
 *   back to the maximum, where the credential is forgotten (only lowered credentials are kept, at
 *   most `maxKept`), so a ceiling that rose is found again.
 *
 * See docs/decisions/0029-in-flight-default-and-twilio-concurrency.md.
 */
export interface AdaptiveLimits {
  /** The in-flight limit of `key` now. */
  limitOf(key: string): number;
  /**
   * A 429 answered to an attempt of `key` sent with `sentWith` calls in flight, itself included.
   * True when the limit is now below `sentWith` (lowered by this answer or an earlier one): the call
   * may simply wait for a slot again. False when the limit already allowed fewer (Twilio's ceiling
   * is taken by others, or the limit is 1): the caller backs off as for any retry.
   */
  rateLimited(key: string, sentWith: number): boolean;
  /** A call of `key` succeeded; true when that raised its limit (slots may be free now). */
  succeeded(key: string): boolean;
  /** Credentials held below the maximum now (for /metrics). */
  lowered(): number;
}

interface State {
  limit: number;
  successes: number;
}

export function createAdaptiveLimits(options: { max: number; maxKept?: number }): AdaptiveLimits {
  const { max } = options;
  const maxKept = options.maxKept ?? 1000;
  const states = new Map<string, State>();

  return {
    limitOf: (key) => states.get(key)?.limit ?? max,
    rateLimited(key, sentWith) {
      let state = states.get(key);
      const current = state?.limit ?? max;
      const allowed = Math.max(1, sentWith - 1);
      if (allowed < current) {
        if (!state) {
          if (states.size >= maxKept) {
            // The oldest lowered credential goes back to the maximum (a Map keeps insertion order).
            const oldest = states.keys().next();
            if (!oldest.done) states.delete(oldest.value);
          }
          state = { limit: max, successes: 0 };
          states.set(key, state);
        }
        state.limit = allowed;
        state.successes = 0;
      }
      return Math.min(current, allowed) < sentWith;
    },
    succeeded(key) {
      const state = states.get(key);
      if (!state) return false;
      state.successes += 1;
      if (state.successes < state.limit) return false;
      state.successes = 0;
      state.limit += 1;
      if (state.limit >= max) states.delete(key);
      return true;
    },
    lowered: () => states.size,
  };
}
