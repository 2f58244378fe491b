import { AppError } from '../../shared/errors/AppError';
import { SEPARATOR_PREFIX, type PageSeparationInput, type SeparationPlan, type SeparationRule } from './types';

type Decision = { kind: 'keep' } | { kind: 'start'; value?: string } | { kind: 'remove-blank' };
type Decide = (page: PageSeparationInput, pagesInCurrent: number) => Decision;

const MAX_PATTERN_LENGTH = 200;

function invalid(reason: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('separation/invalid-rule', `Cách tách giấy tờ không hợp lệ (${reason}). Hãy chọn lại cách tách.`, { details: { reason, ...details } });
}

function checkPages(pages: PageSeparationInput[]): void {
  let previous = -1;
  for (const p of pages) {
    if (!Number.isInteger(p.index) || p.index <= previous) throw invalid('số trang phải tăng dần', { index: p.index });
    previous = p.index;
  }
}

function barcodeMatcher(pattern: string | undefined): (text: string) => boolean {
  if (pattern === undefined || pattern === '') return (text) => !text.startsWith(SEPARATOR_PREFIX);
  if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN_LENGTH) throw invalid('mẫu mã vạch quá dài');
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch (err) {
    throw invalid('mẫu mã vạch sai cú pháp', { pattern, cause: String(err) });
  }
  return (text) => re.test(text);
}

/** Turns a rule into the per-page decision for pages that are not separator sheets. */
function decider(rule: SeparationRule, pages: PageSeparationInput[]): Decide {
  switch (rule?.kind) {
    case 'separator-sheet':
      return () => ({ kind: 'keep' });
    case 'barcode': {
      const matches = barcodeMatcher(rule.pattern);
      return (page) => {
        const hit = page.codes.codes.find((c) => matches(c.text));
        return hit ? { kind: 'start', value: hit.text } : { kind: 'keep' };
      };
    }
    case 'blank-page':
      return (page) => (page.blank ? { kind: 'remove-blank' } : { kind: 'keep' });
    case 'fixed-count': {
      const size = rule.pages;
      if (!Number.isInteger(size) || size < 1) throw invalid('số trang mỗi giấy tờ phải từ 1 trở lên', { pages: size });
      return (_page, inCurrent) => (inCurrent >= size ? { kind: 'start' } : { kind: 'keep' });
    }
    case 'manual': {
      if (!Array.isArray(rule.startsAt)) throw invalid('thiếu danh sách trang bắt đầu');
      const known = new Set(pages.map((p) => p.index));
      const missing = rule.startsAt.filter((i) => !known.has(i));
      if (missing.length > 0) throw invalid('trang bắt đầu nằm ngoài tập trang', { missing });
      const starts = new Set(rule.startsAt);
      return (page) => (starts.has(page.index) ? { kind: 'start' } : { kind: 'keep' });
    }
    default:
      throw invalid('loại quy tắc không biết', { kind: (rule as { kind?: unknown } | undefined)?.kind });
  }
}

/** Collects documents; a document is only emitted once it has a page, so no rule yields an empty document. */
class PlanBuilder {
  readonly plan: SeparationPlan = { documents: [], removed: [] };
  private current: { pages: number[]; barcodeValue?: string } | null = null;
  private pendingValue: string | undefined;

  get pagesInCurrent(): number { return this.current?.pages.length ?? 0; }

  close(nextValue?: string): void {
    this.current = null;
    this.pendingValue = nextValue;
  }

  start(value?: string): void {
    this.close(value ?? this.pendingValue);
  }

  keep(index: number): void {
    if (!this.current) {
      this.current = { pages: [] };
      if (this.pendingValue !== undefined) this.current.barcodeValue = this.pendingValue;
      this.pendingValue = undefined;
      this.plan.documents.push(this.current);
    }
    this.current.pages.push(index);
  }

  remove(index: number, reason: 'separator' | 'blank'): void {
    this.plan.removed.push({ index, reason });
  }
}

/**
 * Splits a scanned stack into documents. Pure: it only reads what page analysis found.
 *
 * Whatever the rule, a separator sheet (Patch T, 2 or 3, or our `TSH-SEP` QR) ends the current document and is
 * removed, and so is the blank page right after it (the back of a duplex-scanned sheet); its value becomes the
 * next document's `barcodeValue`. The rule then adds its own split points. Throws AppError('separation/invalid-rule').
 */
export function planSeparation(pages: PageSeparationInput[], rule: SeparationRule): SeparationPlan {
  if (!Array.isArray(pages)) throw invalid('thiếu danh sách trang');
  checkPages(pages);
  const decide = decider(rule, pages);
  const builder = new PlanBuilder();
  let afterSeparator = false;
  for (const page of pages) {
    if (page.codes.separator) {
      builder.remove(page.index, 'separator');
      builder.close(page.codes.separator.value);
      afterSeparator = true;
      continue;
    }
    const isBackOfSheet = afterSeparator && page.blank;
    afterSeparator = false;
    if (isBackOfSheet) {
      builder.remove(page.index, 'separator');
      continue;
    }
    const decision = decide(page, builder.pagesInCurrent);
    if (decision.kind === 'remove-blank') {
      builder.remove(page.index, 'blank');
      builder.start();
      continue;
    }
    if (decision.kind === 'start') builder.start(decision.value);
    builder.keep(page.index);
  }
  return builder.plan;
}
