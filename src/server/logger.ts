import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../config/index.ts';
import { createIsoTime } from './log-time.ts';
import type { SecretRedactor } from './redact.ts';

export type { Logger };

/** Lines are written together once this many bytes wait (pino's buffered destination). */
const BUFFER_BYTES = 4096;
/** …or this long after the first of them was logged, whichever comes first. */
const FLUSH_AFTER_MS = 100;

/**
 * The gateway's logs: pino, one JSON object per line, `{"level":"info","time":"…","msg":"…", …}`.
 * Every line passes through the secret redactor as it is written, whoever wrote it. Lines go to
 * stdout through an asynchronous, buffered destination: they are gathered up to `BUFFER_BYTES` and
 * written together, or at most `FLUSH_AFTER_MS` after the first of them (pino flushes what is left
 * when the process exits). One write per line was the largest single cost of a small request
 * (BENCHMARKS.md); the timer runs only while something waits, so an idle gateway does not wake up
 * for its log. Call sites build their fields only when their level is on (`logger.isLevelEnabled`);
 * pino's methods for a level that is off do nothing.
 */
export function createLogger(options: {
  level: LogLevel;
  redactor: SecretRedactor;
  /** Where lines go instead of stdout, one call per line (tests). */
  write?: (line: string) => void;
}): Logger {
  const { redactor, write } = options;
  let flushLater: () => void = () => {};
  let destination: DestinationStream;
  if (write) destination = { write };
  else {
    const stream = pino.destination({ dest: 1, sync: false, minLength: BUFFER_BYTES });
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      try {
        stream.flush();
      } catch {
        // Closed at exit, after its last flush: nothing is left to write.
      }
    };
    flushLater = () => {
      if (timer) return;
      timer = setTimeout(flush, FLUSH_AFTER_MS);
      timer.unref();
    };
    destination = stream;
  }
  return pino(
    {
      level: options.level,
      // No pid or hostname on every line: the supervisor knows both.
      base: undefined,
      timestamp: createIsoTime(),
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError },
      hooks: {
        streamWrite: (line) => {
          flushLater();
          return redactor.redact(line);
        },
      },
    },
    destination,
  );
}

/**
 * Errors serialise to `{}` by default; keep what helps an operator, which the redactor then scrubs.
 * An error that says how it wants to be logged (`toJSON`, as TwilioApiError does, without a stack)
 * is taken at its word.
 */
function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  if ('toJSON' in value && typeof value.toJSON === 'function') return value.toJSON();
  return { name: value.name, message: value.message, stack: value.stack };
}
