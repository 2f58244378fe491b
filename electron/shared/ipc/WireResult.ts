import type { WireError } from '../errors/AppError';

/** What crosses a process edge: values, because ipcMain.handle passes only an error's message to the renderer. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: WireError };
