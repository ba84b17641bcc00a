import type { LogLevel } from '../config/index.ts';
import type { SecretRedactor } from './redact.ts';

/** Structured JSON logs, one object per line, every line passed through the redactor. */
export interface Logger {
  level: LogLevel;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  enabled(level: LogLevel): boolean;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(options: {
  level: LogLevel;
  redactor: SecretRedactor;
  write?: (line: string) => void;
}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const enabled = (level: LogLevel) => RANK[level] >= RANK[options.level];
  const log = (level: LogLevel, message: string, fields: Record<string, unknown> = {}) => {
    if (!enabled(level)) return;
    let line: string;
    try {
      line = JSON.stringify(
        { time: new Date().toISOString(), level, msg: message, ...fields },
        replaceErrors,
      );
    } catch {
      line = JSON.stringify({
        time: new Date().toISOString(),
        level,
        msg: message,
        fields: 'unserializable',
      });
    }
    write(`${options.redactor.redact(line)}\n`);
  };
  return {
    level: options.level,
    enabled,
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

/** Errors serialise to `{}` by default; keep what helps an operator, which the redactor then scrubs. */
function replaceErrors(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  return value;
}
