import type { PageT } from '../../shared/contract/models';
import type { PageProcessingT } from '../../shared/contract/pipelineModels';

/** One page of `station digitize --json`: what was captured and what the pipeline found. */
export interface DigitizedPage extends Pick<PageT, 'position' | 'width' | 'height' | 'dpi' | 'colorMode' | 'bytes' | 'sourceName' | 'captureNote'> {
  status: PageProcessingT['status'];
  flags: PageProcessingT['flags'];
  excluded: PageProcessingT['excluded'];
  deskewDeg: number | null;
  rotation: number | null;
  meanConfidence: number | null;
  coverage: number | null;
  error: string | null;
}

export interface DigitizeReport {
  dossierCode: string;
  scratch: boolean;
  out: string;
  pages: { count: number; inPdf: number; items: DigitizedPage[] };
  bytes: number;
  bytesPerPage: number;
  timings: { acquireMs: number; processMs: number; exportMs: number; totalMs: number };
  /** How many pages carry each flag (blank, low-confidence, dropped-text, separator, failed). */
  flags: Record<string, number>;
  rejected: Array<{ path: string; message: string }>;
}

export function digitizedPages(pages: PageT[], processing: PageProcessingT[]): DigitizedPage[] {
  const byId = new Map(processing.map((p) => [p.pageId, p]));
  return pages.map((p) => {
    const proc = byId.get(p.id);
    return {
      position: p.position, width: p.width, height: p.height, dpi: p.dpi, colorMode: p.colorMode, bytes: p.bytes, sourceName: p.sourceName,
      captureNote: p.captureNote, status: proc?.status ?? 'queued', flags: proc?.flags ?? [], excluded: proc?.excluded ?? null,
      deskewDeg: proc?.deskewDeg ?? null, rotation: proc?.rotation ?? null, meanConfidence: proc?.meanConfidence ?? null,
      coverage: proc?.coverage ?? null, error: proc?.error?.message ?? null,
    };
  });
}

export function countFlags(items: DigitizedPage[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) for (const f of item.flags) counts[f] = (counts[f] ?? 0) + 1;
  return counts;
}

const FLAG_VI: Record<string, string> = {
  blank: 'trang trắng (đã tách riêng)', 'low-confidence': 'OCR tin cậy thấp', 'dropped-text': 'nghi mất chữ',
  separator: 'tờ phân cách (đã tách riêng)', failed: 'lỗi xử lý',
};

function pageLine(p: DigitizedPage): string {
  const flags = p.flags.map((f) => FLAG_VI[f] ?? f).join(', ');
  const ocr = p.meanConfidence === null ? '' : `, OCR ${Math.round(p.meanConfidence)}%`;
  const skew = p.deskewDeg ? `, nghiêng ${p.deskewDeg.toFixed(1)}°` : '';
  return `  ${p.sourceName}: ${p.width}×${p.height} px, ${p.dpi} dpi, ${p.colorMode}${skew}${ocr}${flags ? ` — ${flags}` : ''}`;
}

export function digitizeSummary(r: DigitizeReport): string {
  return [
    `Đã số hóa ${r.pages.count} trang (${r.pages.inPdf} trang trong PDF) vào ${r.scratch ? 'hồ sơ nháp (tạm)' : `hồ sơ ${r.dossierCode}`}; PDF/A ${Math.round(r.bytes / 1024)} KB: ${r.out}`,
    ...r.pages.items.map(pageLine),
    ...r.rejected.map((x) => `  ✗ ${x.message}`),
    `Thời gian: lấy ảnh ${r.timings.acquireMs} ms, làm sạch + OCR ${r.timings.processMs} ms, xuất PDF ${r.timings.exportMs} ms`,
  ].join('\n');
}
