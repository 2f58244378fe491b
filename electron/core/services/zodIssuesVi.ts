import type { z } from 'zod';

/** One schema problem with its path (`profiles.0.dpi`) and a Vietnamese explanation. */
export interface IssueVi { path: string; message: string }

// Zod's built-in messages are English; a message set in the schema (already Vietnamese) is kept as is.
const ENGLISH_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function describe(issue: z.core.$ZodIssue): string {
  if (!ENGLISH_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'thiếu giá trị bắt buộc.' : `sai kiểu dữ liệu (cần ${issue.expected}).`;
    case 'too_small':
      return `nhỏ hơn giới hạn cho phép (tối thiểu ${String(issue.minimum)}).`;
    case 'too_big':
      return `vượt quá giới hạn cho phép (tối đa ${String(issue.maximum)}).`;
    case 'invalid_value':
      return `giá trị không được hỗ trợ (chỉ nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}).`;
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    default:
      return 'giá trị không hợp lệ.';
  }
}

/** Turns zod issues into Vietnamese lines a support technician can act on, each with its path. */
export function issuesVi(error: z.ZodError): IssueVi[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: describe(i) }));
}

/** `path: message` lines joined for an error message. */
export function issuesText(issues: readonly IssueVi[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}
