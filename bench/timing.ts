/**
 * Where a bench run's time goes, so the whole run can be kept short enough to repeat (under 5
 * minutes on 2 cores): every phase is timed, and within a phase every step, a step being what runs
 * from one progress message of the phase to the next (or to the phase's end). The phases' own
 * files need nothing more than the progress messages they print already. Steps whose messages
 * differ only in their numbers (`cpu: round 3 of 31`) are added up into one line with a count.
 */

export interface StepTime {
  /** The step's first progress message. */
  label: string;
  seconds: number;
  /** How many progress messages of this kind were added up. */
  count: number;
}

export interface PhaseTime {
  name: string;
  seconds: number;
  /**
   * CPU seconds the bench and the children it ran spent in the phase: the work, which moves less
   * with the machine's load than the wall time does. Null where it cannot be read.
   */
  cpuSeconds: number | null;
  steps: StepTime[];
}

export interface RunTimes {
  phases: PhaseTime[];
  /** The whole run, from the clock's start to `finish()`. */
  seconds: number;
}

/** A progress message with its numbers taken out: messages that differ only there are one step. */
function kindOf(message: string): string {
  return message.replace(/\d+(\.\d+)?/g, '#');
}

export class RunClock {
  private readonly startedAt: number;
  private readonly phases: PhaseTime[] = [];

  constructor(
    private readonly now: () => number = () => performance.now(),
    /** CPU seconds used so far by this process and its children that have ended. */
    private readonly cpu: () => number | null = () => null,
  ) {
    this.startedAt = now();
  }

  /**
   * Runs one phase, timing it and each of its steps. `progress` receives the phase's messages (to
   * print) after the clock has marked them.
   */
  async phase<T>(
    name: string,
    run: (progress: (message: string) => void) => Promise<T>,
    progress: (message: string) => void = () => {},
  ): Promise<T> {
    const phaseStart = this.now();
    const cpuStart = this.cpu();
    const steps = new Map<string, StepTime>();
    let current: { kind: string; label: string; at: number } | null = null;
    const close = (at: number) => {
      if (current === null) return;
      const step = steps.get(current.kind) ?? { label: current.label, seconds: 0, count: 0 };
      step.seconds += (at - current.at) / 1000;
      step.count += 1;
      steps.set(current.kind, step);
    };
    const mark = (message: string) => {
      const at = this.now();
      close(at);
      current = { kind: kindOf(message), label: message, at };
      progress(message);
    };
    try {
      return await run(mark);
    } finally {
      const end = this.now();
      const cpuEnd = this.cpu();
      close(end);
      this.phases.push({
        name,
        seconds: (end - phaseStart) / 1000,
        cpuSeconds: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart,
        steps: [...steps.values()],
      });
    }
  }

  /** Times a piece of the run that prints no progress of its own (e.g. the build) as a phase. */
  time<T>(name: string, run: () => Promise<T>): Promise<T> {
    return this.phase(name, () => run());
  }

  finish(): RunTimes {
    return { phases: [...this.phases], seconds: (this.now() - this.startedAt) / 1000 };
  }
}

const seconds = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} s`;
const withCpu = (phase: PhaseTime) =>
  `${seconds(phase.seconds)}${phase.cpuSeconds === null ? '' : ` (CPU ${seconds(phase.cpuSeconds)})`}`;

/** One line per phase (`queries 41 s (CPU 20 s)`), for BENCHMARKS.md's header. */
export function renderPhaseLine(times: RunTimes): string {
  return times.phases.map((phase) => `${phase.name} ${withCpu(phase)}`).join(', ');
}

/** The phases and their steps, longest step first within each phase, for the end of a run's output. */
export function renderTimes(times: RunTimes, budgetSeconds: number): string[] {
  const out = [
    `Run time: ${seconds(times.seconds)} (budget ${budgetSeconds} s${times.seconds > budgetSeconds ? ', **over**' : ''}).`,
  ];
  for (const phase of times.phases) {
    out.push(`- ${phase.name}: ${withCpu(phase)}`);
    for (const step of [...phase.steps].sort((a, b) => b.seconds - a.seconds)) {
      const count = step.count > 1 ? ` (×${step.count})` : '';
      out.push(`  - ${seconds(step.seconds)}: ${step.label}${count}`);
    }
  }
  return out;
}
