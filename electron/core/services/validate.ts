import type { z } from 'zod';
import { AppError } from '../../shared/errors/AppError';
import type { ErrorCode } from '../../shared/errors/errorCodes';

// Field names whose problems have their own wire code, so the UI can point at the right input.
const FIELD_CODES: Record<string, ErrorCode> = {
  code: 'validation/dossier-code',
  dossierCode: 'validation/dossier-code',
  personalId: 'validation/personal-id',
  procedureCode: 'validation/procedure-code',
};

/**
 * Parses service input with the contract schema. The router already did so for IPC calls; this guards the CLI,
 * jobs and tests, and turns a zod error into an AppError carrying the schema's Vietnamese message.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = String(issue?.path[issue.path.length - 1] ?? '');
  const code = FIELD_CODES[field] ?? 'validation/input';
  const message = issue?.message && !issue.message.startsWith('Invalid') ? issue.message : 'Thông tin nhập chưa hợp lệ. Hãy kiểm tra lại các ô được đánh dấu.';
  throw new AppError(code, message, { details: { field: issue?.path.join('.') ?? '' } });
}
