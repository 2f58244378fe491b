import { AppError } from '../../shared/errors/AppError';
import { LOG_LEVELS, recordLine, type LogLevel, type LogLine } from './logBuffer';
import { scrub } from './scrub';

/** A scoped logger (`createLogger('ScanController')`). Lines are scrubbed of personal data before they are kept. */
export interface Logger {
  readonly scope: string;
  debug(message: string, data?: unknown): void;
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
  /** `err` may be anything thrown: an AppError adds its code, other errors their name, message and top frames. */
  error(message: string, err?: unknown): void;
}

export interface LoggingConfig {
  /** Lines below this level are dropped. */
  minLevel: LogLevel;
  /** Also print lines to the console (the app's main process and `station ui`; off in tests and one-shot CLI). */
  console: boolean;
}

const config: LoggingConfig = { minLevel: 'info', console: false };
// 2026-03: long enough for an error with a few stack frames; a runaway message must not fill the bundle.
const MAX_LINE_CHARS = 2000;
const STACK_FRAMES = 4;

/** Changes the process-wide logging configuration; returns the previous one (tests restore it). */
export function configureLogging(patch: Partial<LoggingConfig>): LoggingConfig {
  const before = { ...config };
  Object.assign(config, patch);
  return before;
}

function describeError(err: unknown): { text: string; code?: string } {
  if (err instanceof AppError) return { text: `[${err.code}] ${err.message}`, code: err.code };
  if (err instanceof Error) {
    const frames = (err.stack ?? '').split('\n').slice(1, 1 + STACK_FRAMES).map((f) => f.trim()).join(' | ');
    return { text: `${err.name}: ${err.message}${frames ? ` @ ${frames}` : ''}` };
  }
  return { text: describeData(err) };
}

function describeData(data: unknown): string {
  if (typeof data === 'string') return data;
  try {
    return JSON.stringify(data) ?? String(data);
  } catch {
    return '[dữ liệu không tuần tự hóa được]';
  }
}

function emit(scope: string, level: LogLevel, message: string, extra: unknown): void {
  if (LOG_LEVELS.indexOf(level) < LOG_LEVELS.indexOf(config.minLevel)) return;
  const described = extra === undefined ? null : extra instanceof Error || level === 'error' ? describeError(extra) : { text: describeData(extra) };
  const full = described ? `${message} ${described.text}` : message;
  const line: LogLine = { at: new Date().toISOString(), level, scope, message: scrub(full).slice(0, MAX_LINE_CHARS) };
  if (described?.code) line.code = described.code;
  recordLine(line);
  if (config.console) {
    const text = `${line.at} ${level.toUpperCase()} [${scope}] ${line.message}`;
    if (level === 'error') console.error(text);
    else if (level === 'warn') console.warn(text);
    else console.log(text);
  }
}

/** A logger for one module; all loggers of a process share the ring buffer read by the support bundle. */
export function createLogger(scope: string): Logger {
  return {
    scope,
    debug: (message, data) => emit(scope, 'debug', message, data),
    info: (message, data) => emit(scope, 'info', message, data),
    warn: (message, data) => emit(scope, 'warn', message, data),
    error: (message, err) => emit(scope, 'error', message, err),
  };
}
