/**
 * Personal ID numbers (số định danh cá nhân / CCCD), VN-ID-06 (NĐ 137/2015 Điều 13): 3-digit birth-registration
 * province code, a century-and-sex digit, 2-digit birth year, 6 random digits. Never log the number itself.
 */
export const PERSONAL_ID_RULES_VERSION = '2021-TT59-BCA';

/** Province codes of TT 07/2016/TT-BCA (63 provinces). IDs keep these codes after the 2025 province mergers. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

export interface ParsedPersonalId {
  provinceCode: string;
  sex: 'male' | 'female';
  birthYear: number;
}

export type PersonalIdProblem = 'format' | 'province' | 'century' | 'birth-year-mismatch';

/** Century digit: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s … (even = male, odd = female). */
function centuryOf(digit: number): number {
  return 1900 + Math.floor(digit / 2) * 100;
}

export function checkPersonalId(raw: string, opts: { birthYear?: number; now?: Date } = {}):
  { ok: true; value: ParsedPersonalId } | { ok: false; problem: PersonalIdProblem } {
  const id = raw.trim();
  if (!/^\d{12}$/.test(id)) return { ok: false, problem: 'format' };
  const provinceCode = id.slice(0, 3);
  if (!PROVINCE_CODES.has(provinceCode)) return { ok: false, problem: 'province' };
  const digit = Number(id[3]);
  const birthYear = centuryOf(digit) + Number(id.slice(4, 6));
  const thisYear = (opts.now ?? new Date()).getFullYear();
  if (digit > 7 || birthYear > thisYear) return { ok: false, problem: 'century' };
  if (opts.birthYear !== undefined && opts.birthYear !== birthYear) return { ok: false, problem: 'birth-year-mismatch' };
  return { ok: true, value: { provinceCode, sex: digit % 2 === 0 ? 'male' : 'female', birthYear } };
}

export const PERSONAL_ID_MESSAGES_VI: Record<PersonalIdProblem, string> = {
  format: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
  province: 'Ba số đầu của số định danh không phải mã tỉnh hợp lệ. Hãy kiểm tra lại thẻ CCCD.',
  century: 'Chữ số thứ 4 (mã thế kỷ và giới tính) hoặc năm sinh trong số định danh không hợp lệ.',
  'birth-year-mismatch': 'Năm sinh trong số định danh không khớp với ngày sinh đã nhập.',
};

/** For display and logs: keeps the province code and last two digits only. */
export function maskPersonalId(id: string): string {
  return id.length === 12 ? `${id.slice(0, 3)}*******${id.slice(10)}` : '***';
}
