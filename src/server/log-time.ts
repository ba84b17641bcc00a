/**
 * The `time` of a log line, as pino's `isoTime` writes it (`,"time":"2026-12-06T22:01:19.123Z"`),
 * for less: `Date#toISOString` was about 1 % of a small request's CPU (BENCHMARKS.md), once per
 * line. The part up to the seconds is formatted once per second and the milliseconds are appended,
 * so a busy gateway formats a date once a second rather than once a request.
 */
export function createIsoTime(now: () => number = Date.now): () => string {
  let second = Number.NaN;
  let prefix = '';
  return () => {
    const ms = now();
    const remainder = ms % 1000;
    const thisSecond = ms - remainder;
    if (thisSecond !== second) {
      second = thisSecond;
      // "2026-12-06T22:01:19" of "2026-12-06T22:01:19.000Z"
      prefix = `,"time":"${new Date(thisSecond).toISOString().slice(0, -5)}.`;
    }
    return `${prefix}${remainder < 10 ? '00' : remainder < 100 ? '0' : ''}${remainder}Z"`;
  };
}
