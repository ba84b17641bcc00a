import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../config/index.ts';
import type { SecretRedactor } from './redact.ts';

export type { Logger };

/**
 * The gateway's logs: pino, one JSON object per line, `{"level":"info","time":"…","msg":"…", …}`.
 * Every line passes through the secret redactor as it is written, whoever wrote it. Lines go to
 * stdout through an asynchronous destination (pino flushes it when the process exits), so a busy
 * gateway does not wait on its log; call sites build their fields only when their level is on
 * (`logger.isLevelEnabled`), pino's methods for a level that is off do nothing.
 */
export function createLogger(options: {
  level: LogLevel;
  redactor: SecretRedactor;
  /** Where lines go instead of stdout, one call per line (tests). */
  write?: (line: string) => void;
}): Logger {
  const { redactor, write } = options;
  const destination: DestinationStream = write ? { write } : pino.destination({ dest: 1, sync: false });
  return pino(
    {
      level: options.level,
      // No pid or hostname on every line: the supervisor knows both.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError },
      hooks: { streamWrite: (line) => redactor.redact(line) },
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
