import { RingBuffer } from './RingBuffer';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** One log line as kept in memory and written to a support bundle; `message` is already scrubbed. */
export interface LogLine {
  at: string;
  level: LogLevel;
  scope: string;
  message: string;
  /** The wire code of an AppError logged with the line. */
  code?: string;
}

/** Lines kept per process (the support bundle shows them). */
export const LOG_CAPACITY = 500;
// Errors get their own ring so a flood of info lines (a 500-page batch) does not push the last failure out.
export const ERROR_CAPACITY = 50;

/** Process-wide: every scoped logger writes into the same buffers. */
const lines = new RingBuffer<LogLine>(LOG_CAPACITY);
const errors = new RingBuffer<LogLine>(ERROR_CAPACITY);

export function recordLine(line: LogLine): void {
  lines.push(line);
  if (line.level === 'error') errors.push(line);
}

/** The newest log lines, oldest first. */
export function recentLogLines(limit = LOG_CAPACITY): LogLine[] {
  return lines.toArray(limit);
}

/** The newest error lines, oldest first. */
export function recentErrors(limit = ERROR_CAPACITY): LogLine[] {
  return errors.toArray(limit);
}

/** Empties both buffers (tests). */
export function clearLogBuffer(): void {
  lines.clear();
  errors.clear();
}
