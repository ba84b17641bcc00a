/**
 * Work a request causes that its caller does not wait for (its log line, its metrics, releasing its
 * secret from the redactor) is queued here from `onResponse` and done after the response has been
 * handed to the socket: yoga runs `onResponse` hooks before it writes the response, so anything done
 * in them is time the caller waits for (BENCHMARKS.md, "Costs by part"; docs/decisions/0040).
 *
 * One `setImmediate` drains everything queued since the last drain, in the order it was queued, so
 * a request's release of its secret still comes after its log line. Values the work reports (the
 * duration, the status) are read in `onResponse` and handed over; nothing is read later from the
 * request.
 */
export type AfterResponse = (work: () => void) => void;

export function createAfterResponse(onError: (error: unknown) => void): AfterResponse {
  let queued: (() => void)[] = [];
  const drain = () => {
    const now = queued;
    queued = [];
    for (const work of now) {
      try {
        work();
      } catch (error) {
        // One failing piece of bookkeeping must not cost the others theirs.
        onError(error);
      }
    }
  };
  return (work) => {
    // Check phase of the same turn of the event loop: after the response's write, before the next read.
    if (queued.length === 0) setImmediate(drain);
    queued.push(work);
  };
}
