import { AppError, toWireError, type WireError } from '../shared/errors/AppError';

/** Exit codes a script can rely on (documented in the README). */
export const EXIT = { ok: 0, failed: 1, invalidInput: 2, partial: 3 } as const;

export interface OutputMode { json: boolean }

/** Prints a result: JSON on stdout with --json, otherwise the human text. */
export function printResult(mode: OutputMode, value: unknown, text: () => string): void {
  process.stdout.write(mode.json ? `${JSON.stringify({ ok: true, value }, null, 2)}\n` : `${text()}\n`);
}

export function exitCodeFor(error: WireError): number {
  return error.code === 'ipc/invalid-input' || error.code.startsWith('validation/') ? EXIT.invalidInput : EXIT.failed;
}

/** Prints an error (JSON on stdout with --json, Vietnamese text on stderr otherwise) and sets the exit code. */
export function printError(mode: OutputMode, err: unknown): void {
  const wire = err instanceof AppError ? err.toWire() : toWireError(err);
  if (!(err instanceof AppError)) console.error(err);
  if (mode.json) process.stdout.write(`${JSON.stringify({ ok: false, error: wire }, null, 2)}\n`);
  else process.stderr.write(`Lỗi [${wire.code}]: ${wire.message}\n`);
  process.exitCode = exitCodeFor(wire);
}

/** A one-line progress bar on stderr (only when it is a terminal, so logs and pipes stay clean). */
export function progressLine(done: number, total: number | null, note: string | null): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = total ? Math.round((done / Math.max(total, 1)) * width) : 0;
  const bar = total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}` : `${done}`;
  process.stderr.write(`\r${bar} ${(note ?? '').slice(0, 60).padEnd(60)}`);
}
