import { describe, expect, it } from 'vitest';
import { RunClock, renderPhaseLine, renderTimes } from '../../bench/timing.ts';

/** A clock that moves only when told, so the durations are exact; the CPU runs at half the wall time. */
function manualClock() {
  let now = 0;
  return {
    now: () => now,
    cpu: () => now / 2000,
    advance(seconds: number) {
      now += seconds * 1000;
    },
  };
}

describe('bench run times', () => {
  it('times every phase, and each step from its progress message to the next', async () => {
    const time = manualClock();
    const clock = new RunClock(time.now, time.cpu);
    const printed: string[] = [];
    time.advance(3);
    await clock.time('build', async () => {
      time.advance(2);
    });
    await clock.phase(
      'cpu',
      async (step) => {
        time.advance(1);
        step('cpu: warming up both');
        time.advance(5);
        for (let round = 1; round <= 3; round += 1) {
          step(`cpu: round ${round} of 3`);
          time.advance(4);
        }
      },
      (message) => printed.push(message),
    );

    const times = clock.finish();
    expect(times.seconds).toBe(3 + 2 + 1 + 5 + 12);
    expect(times.phases.map((phase) => [phase.name, phase.seconds, phase.cpuSeconds])).toEqual([
      ['build', 2, 1],
      ['cpu', 18, 9],
    ]);
    // The rounds, differing only in their numbers, are one step; the time before the first message is no step.
    expect(times.phases[1]?.steps).toEqual([
      { label: 'cpu: warming up both', seconds: 5, count: 1 },
      { label: 'cpu: round 1 of 3', seconds: 12, count: 3 },
    ]);
    expect(printed).toEqual([
      'cpu: warming up both',
      'cpu: round 1 of 3',
      'cpu: round 2 of 3',
      'cpu: round 3 of 3',
    ]);
  });

  it('still times a phase that fails', async () => {
    const time = manualClock();
    const clock = new RunClock(time.now);
    await expect(
      clock.phase('realtime', async (step) => {
        step('opening subscriptions');
        time.advance(7);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(clock.finish().phases).toEqual([
      {
        name: 'realtime',
        seconds: 7,
        cpuSeconds: null,
        steps: [{ label: 'opening subscriptions', seconds: 7, count: 1 }],
      },
    ]);
  });

  it('prints the run time against its budget, each phase with its CPU and its steps longest first', async () => {
    const time = manualClock();
    const clock = new RunClock(time.now, time.cpu);
    await clock.phase('queries', async (step) => {
      step('seeding');
      time.advance(2.5);
      step('query: Chat screen');
      time.advance(30);
    });
    const times = clock.finish();
    expect(renderPhaseLine(times)).toBe('queries 33 s (CPU 16 s)');
    expect(renderTimes(times, 300)).toEqual([
      'Run time: 33 s (budget 300 s).',
      '- queries: 33 s (CPU 16 s)',
      '  - 30 s: query: Chat screen',
      '  - 2.5 s: seeding',
    ]);
    expect(renderTimes(times, 20)[0]).toBe('Run time: 33 s (budget 20 s, **over**).');
  });
});
