import { AppError } from '../../../electron/shared/errors/AppError';

export interface FieldIssue { path: string; message: string }
export interface ErrorInfo { code: string; detail: string; issues: FieldIssue[] }

function readIssues(details: Record<string, unknown> | undefined): FieldIssue[] {
  const raw = details?.issues;
  if (!Array.isArray(raw)) return [];
  const out: FieldIssue[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    out.push({ path: Array.isArray(path) ? path.map(String).join('.') : '', message });
  }
  return out;
}

/** Normalises anything thrown by a `station` call: the wire code, the server's specific text and field issues. */
export function errorInfo(err: unknown): ErrorInfo {
  if (err instanceof AppError) return { code: err.code, detail: err.message, issues: readIssues(err.details) };
  return { code: 'internal/unexpected', detail: '', issues: [] };
}

/** Field path (`applicant.personalId`) → the first Vietnamese message the router returned for it. */
export function issuesByField(err: unknown): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const issue of errorInfo(err).issues) map[issue.path] ??= issue.message;
  return map;
}
