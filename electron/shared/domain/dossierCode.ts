/**
 * Dossier codes (mã hồ sơ) per VN-ID-01 (legacy, TT 01/2018 Điều 19) and VN-ID-02 (2026 centralised format,
 * TT 03/2025 Điều 13 as amended by TT 04/2025). The station never generates codes: it only validates and parses
 * codes given by the provincial TTHC system. Patterns are versioned configuration (regulations change often).
 */
export type DossierCodeFormat = 'legacy' | 'centralised-2026';

export interface ParsedDossierCode {
  format: DossierCodeFormat;
  agencyCode: string;
  /** Receipt date encoded in the code, ISO `YYYY-MM-DD`. */
  receiptDate: string;
  /** Daily sequence (with the two platform digits `AA` removed for the 2026 format). */
  sequence: string;
  platformDigits?: string;
}

export const DOSSIER_CODE_RULES_VERSION = '2026-01-25';

// Full legacy V1V2V3.Z1Z2.Y1Y2.MX1X2 plus the truncated variants seen in real systems (e.g. 38.98.H29-…).
const LEGACY = /^((?:\d{2,3}\.){1,3}[A-Z]\d{2})-(\d{6})-(\d{4})$/;
// MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX: e-ID in QĐ 20/2020 order (level 1 first, M in A–Y), AA + ≥ 4-digit sequence.
const CENTRALISED = /^([A-Y]\d{2}(?:\.[A-Z0-9]+)*)-(\d{6})-(\d{2})(\d{4,})$/;

function yymmddToIso(yymmdd: string): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  const year = 2000 + yy;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return null;
  return `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Returns the parsed code, or null when the text matches neither format or carries an impossible date. */
export function parseDossierCode(raw: string): ParsedDossierCode | null {
  const code = raw.trim();
  const c = CENTRALISED.exec(code);
  if (c && code.length <= 35 + 20) {
    const receiptDate = yymmddToIso(c[2]!);
    if (!receiptDate || c[1]!.length > 35) return null;
    return { format: 'centralised-2026', agencyCode: c[1]!, receiptDate, platformDigits: c[3]!, sequence: c[4]! };
  }
  const l = LEGACY.exec(code);
  if (l) {
    const receiptDate = yymmddToIso(l[2]!);
    if (!receiptDate) return null;
    return { format: 'legacy', agencyCode: l[1]!, receiptDate, sequence: l[3]! };
  }
  return null;
}

export function isValidDossierCode(raw: string): boolean {
  return parseDossierCode(raw) !== null;
}

export const DOSSIER_CODE_HINT_VI =
  'Mã hồ sơ không hợp lệ. Dạng cũ: 000.00.01.H29-260310-0420; dạng 2026: H55.242-260125-010001 (mã cơ quan-YYMMDD-AA+số thứ tự). Hãy lấy mã từ Hệ thống thông tin giải quyết TTHC.';
