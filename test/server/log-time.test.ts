import { describe, expect, it } from 'vitest';
import { createIsoTime } from '../../src/server/log-time.ts';

/** What pino's own `isoTime` writes for the same instant. */
const expected = (ms: number) => `,"time":"${new Date(ms).toISOString()}"`;

describe('the log line’s time', () => {
  it('is the ISO time pino writes, to the millisecond, across seconds, padding and dates', () => {
    let clock = 0;
    const isoTime = createIsoTime(() => clock);
    const instants = [
      Date.UTC(2026, 11, 6, 22, 1, 19, 0),
      Date.UTC(2026, 11, 6, 22, 1, 19, 7),
      Date.UTC(2026, 11, 6, 22, 1, 19, 42),
      Date.UTC(2026, 11, 6, 22, 1, 19, 999),
      Date.UTC(2026, 11, 6, 22, 1, 20, 1),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1, 0, 0, 0, 0),
      // Back in time (the wall clock was set back): still the right second.
      Date.UTC(2026, 11, 6, 22, 1, 19, 500),
    ];
    for (const instant of instants) {
      clock = instant;
      expect(isoTime()).toBe(expected(instant));
    }
  });

  it('agrees with pino’s for every millisecond of two seconds', () => {
    let clock = Date.UTC(2026, 5, 30, 12, 0, 0, 0);
    const isoTime = createIsoTime(() => clock);
    for (let i = 0; i < 2000; i += 1, clock += 1) expect(isoTime()).toBe(expected(clock));
  });
});
