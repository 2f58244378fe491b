import type { PageFlagT, PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import type { MessageKey } from '../../i18n/Messages';

export type BadgeTone = 'muted' | 'busy' | 'ok' | 'warn' | 'danger' | 'info';
export interface PageBadge { key: string; label: MessageKey; tone: BadgeTone }

const STATUS_TONE: Readonly<Record<PageProcessingT['status'], BadgeTone>> = {
  queued: 'muted', cleaning: 'busy', ocr: 'busy', done: 'ok', failed: 'danger',
};
const FLAG_TONE: Readonly<Record<PageFlagT, BadgeTone>> = {
  blank: 'warn', 'low-confidence': 'warn', 'dropped-text': 'danger', separator: 'info', failed: 'danger',
};

/**
 * The badges under a thumbnail: the page's state (Đang làm sạch, Đang OCR, Xong, Lỗi), then what needs the clerk's
 * eye (Trang trắng, Tin cậy thấp, Mất chữ, Tờ phân cách). The `failed` flag repeats the status, so it is left out.
 */
export function pageBadges(p: PageProcessingT | undefined): PageBadge[] {
  if (!p) return [];
  const badges: PageBadge[] = [{ key: p.status, label: `pipeline.status.${p.status}`, tone: STATUS_TONE[p.status] }];
  for (const flag of p.flags) {
    if (flag === 'failed' && p.status === 'failed') continue;
    badges.push({ key: flag, label: `pipeline.flag.${flag}`, tone: FLAG_TONE[flag] });
  }
  return badges;
}

/** Counts for the dossier progress bar; pages the pipeline has not reported yet count as waiting. */
export function pipelineCounts(pageIds: readonly string[], byPage: ReadonlyMap<string, PageProcessingT>) {
  let done = 0;
  let failed = 0;
  for (const id of pageIds) {
    const status = byPage.get(id)?.status;
    if (status === 'done') done++;
    else if (status === 'failed') failed++;
  }
  return { total: pageIds.length, done, failed, pending: pageIds.length - done - failed };
}
