import type { ErrorCode } from './errorCodes';

/** The shape an error takes when it crosses a process edge (IPC, device host, CLI --json). */
export interface WireError {
  code: ErrorCode;
  message: string;
  retryable: boolean;
  details?: Record<string, unknown>;
}

/**
 * Every error the station raises on purpose. `code` is `area/kebab-case` and lets any UI show a specific
 * Vietnamese message; `message` is already Vietnamese, written for the desk clerk (what happened, what to do).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, opts: { retryable?: boolean; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryable = opts.retryable ?? false;
    if (opts.details) this.details = opts.details;
  }

  toWire(): WireError {
    const wire: WireError = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.details) wire.details = this.details;
    return wire;
  }

  static fromWire(wire: WireError): AppError {
    return new AppError(wire.code, wire.message, { retryable: wire.retryable, ...(wire.details ? { details: wire.details } : {}) });
  }
}

/** Wraps anything thrown into a WireError; unknown errors never pass raw (their text may hold personal data). */
export function toWireError(err: unknown): WireError {
  if (err instanceof AppError) return err.toWire();
  return {
    code: 'internal/unexpected',
    message: 'Lỗi không mong đợi trong ứng dụng. Hãy thử lại; nếu lỗi lặp lại, gửi nhật ký cho bộ phận CNTT.',
    retryable: false,
  };
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
