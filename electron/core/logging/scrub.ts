import { maskPersonalId } from '../../shared/domain/personalId';

/**
 * Removes personal data from free text before it is logged or leaves the station in a support bundle
 * (architecture §9: never log personal ID numbers). Patterns are anchored on non-alphanumeric boundaries so
 * digit runs inside hex hashes (sha256) and dossier codes (H55.242-260310-010001) are left alone.
 */

// A digit run is personal only when it stands alone: not part of a hex hash, a code, a longer number, a decimal
// fraction (0.123456789) or a UUID's last group (…-4b1f-9c3e-123456789012).
const B = '(?<![0-9A-Za-z])(?<!\\d[.,])(?<![0-9A-Fa-f]{4}-)';
const E = '(?![0-9A-Za-z])(?![.,]\\d)';

/** 12-digit personal ID (CCCD / số định danh cá nhân). */
const PERSONAL_ID = new RegExp(`${B}\\d{12}${E}`, 'g');
/** 9-digit old ID card (CMND). */
const CMND = new RegExp(`${B}\\d{9}${E}`, 'g');
/**
 * Vietnamese phone numbers: 0 or +84, then a non-zero digit and 8–9 more digits, optionally grouped with
 * spaces, dots or hyphens (0912 345 678, +84 912.345.678, landline 024 3812 3456).
 */
const PHONE = new RegExp(`(?<![0-9A-Za-z+])(?:\\+84[\\s.\\-]?|0)[1-9](?:[\\s.\\-]?\\d){8,9}${E}`, 'g');
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A name after a name key in JSON-ish text: `"fullName":"…"`, `hoTen=…`, `applicant_full_name: …`. */
const NAME_VALUE = /(["']?\b(?:fullName|full_name|applicant_full_name|hoTen|ho_ten)["']?\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^,;}\]\n]+)/gi;

export const SCRUBBED = { phone: '[SĐT]', cmnd: '[CMND]', email: '[email]', name: '"[họ tên]"' } as const;

/** The text with personal IDs masked (001*******45) and phones, CMND numbers, e-mails and names replaced. */
export function scrub(text: string): string {
  return text
    .replace(NAME_VALUE, (_m, key: string) => `${key}${SCRUBBED.name}`)
    .replace(EMAIL, SCRUBBED.email)
    .replace(PERSONAL_ID, (id) => maskPersonalId(id))
    .replace(PHONE, SCRUBBED.phone)
    .replace(CMND, SCRUBBED.cmnd);
}

/** Scrubs every string inside a JSON-like value (numbers are left alone: byte counts are not personal). */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}
