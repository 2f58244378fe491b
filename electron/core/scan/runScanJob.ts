import { isAppError, AppError } from '../../shared/errors/AppError';
import type { EventBus } from '../events/EventBus';
import { storeDeliveredPage, type StorePlacement } from '../import/storeDeliveredPage';
import type { JobContext } from '../jobs/JobContext';
import type { Store } from '../store/Store';
import type { DeliveredPage, ScanBridge } from './bridge/ScanBridge';
import type { ScanOptions } from './ScanOptions';
import { imagesWanted, progressBasis, type ScanBatch } from './scanBatch';
import { noteCaptureIncomplete, scanFailure, type FailureCounts } from './scanFailure';
import { validateScanOptions } from './validateScanOptions';

export interface ScanJobDeps {
  store: Store;
  events: EventBus;
  scan: ScanBridge;
}

/** The job's result (stored on the job): where the pages went and how many. */
export interface ScanJobResult extends Record<string, unknown> {
  batchId: string;
  documentId: string;
  pagesScanned: number;
  batchPages: number;
  pageIds: string[];
}

function scanOptionsOf(batch: ScanBatch): ScanOptions {
  const s = batch.settings;
  return {
    device: s.device, source: s.source, dpi: s.dpi, colorMode: s.colorMode, duplex: s.duplex,
    ...(batch.driverOptions ? { driverOptions: batch.driverOptions } : {}),
  };
}

function placementOf(batch: ScanBatch, jobId: string, n: number): StorePlacement {
  const placement: StorePlacement = { captureId: `${batch.id}/${jobId}/${n}` };
  if (batch.insertBefore) placement.insertBefore = batch.insertBefore;
  if (batch.request.noteCapture) placement.captureNote = batch.noteCaptures === 0 ? 'with-note' : 'without-note';
  return placement;
}

/** 2026-03: a device released by a just-cancelled batch (maxPages, note capture, cancel) is free again within ~1 s. */
const BUSY_RETRIES = 6;
const BUSY_WAIT_MS = 500;

/**
 * Device settings are checked before the first sheet moves, so an impossible request fails with no paper fed.
 * A device still closing the previous batch answers "busy" for a moment: wait for it rather than fail the clerk.
 */
async function checkAgainstDevice(deps: ScanJobDeps, opts: ScanOptions, signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      validateScanOptions(opts, await deps.scan.getCaps(opts.device, signal));
      return;
    } catch (err) {
      if (!isAppError(err, 'device/busy') || attempt >= BUSY_RETRIES || signal.aborted) throw err;
      await new Promise((r) => setTimeout(r, BUSY_WAIT_MS));
    }
  }
}

/**
 * One job of a scan batch, as a pipeline: check the settings against the device → scan → for each page store it
 * (fsync + commit), ack it, count it, report progress → stop after the images wanted. Every page stored before a
 * failure stays stored; the failure carries how many and whether the batch can be resumed.
 */
export async function runScanJob(deps: ScanJobDeps, batch: ScanBatch, actor: string, ctx: JobContext): Promise<ScanJobResult> {
  const result: ScanJobResult = { batchId: batch.id, documentId: batch.documentId, pagesScanned: 0, batchPages: batch.pages, pageIds: [] };
  const counts = (): FailureCounts => ({ pagesScanned: result.pagesScanned, batchPages: batch.pages, documentId: batch.documentId });
  const wanted = imagesWanted(batch);
  const basis = progressBasis(deps.store, batch);
  const report = (note: string) => ctx.progress({ done: basis.offset + batch.pages, ...(basis.total !== undefined ? { total: basis.total } : {}), note });
  const opts = scanOptionsOf(batch);
  try {
    report(`Đang chuẩn bị máy quét ${batch.settings.device.name}…`);
    await checkAgainstDevice(deps, opts, ctx.signal);
    if (wanted !== 0) {
      for await (const page of deps.scan.scan(opts, ctx.signal, { pageStarted: () => report(`Đang quét trang ${batch.pages + 1}…`) })) {
        await storeOne(deps, batch, page, actor, ctx.jobId, result);
        report(`Trang ${batch.pages}`);
        if (wanted !== null && result.pagesScanned >= wanted) break; // ends the scan in the driver too
      }
    }
  } catch (err) {
    if (ctx.signal.aborted || !isAppError(err) || isAppError(err, 'job/cancelled')) throw err;
    throw scanFailure(err, counts());
  } finally {
    if (result.pagesScanned > 0) deps.events.emit('dossier.changed', { code: batch.dossierCode });
  }
  if (batch.request.noteCapture && batch.noteCaptures < 2) throw noteCaptureIncomplete(counts());
  result.batchPages = batch.pages;
  return result;
}

async function storeOne(deps: ScanJobDeps, batch: ScanBatch, page: DeliveredPage, actor: string, jobId: string, result: ScanJobResult): Promise<void> {
  const placement = placementOf(batch, jobId, batch.pages + 1);
  const stored = await storeDeliveredPage(deps, { dossierCode: batch.dossierCode, documentId: batch.documentId }, page, actor, placement);
  if (stored.duplicate) {
    // Cannot happen with a capture id in the file; refuse loudly rather than count a page that was not added.
    throw new AppError('store/conflict', 'Trang vừa quét trùng với một trang đã có trong hồ sơ. Hãy kiểm tra lại hồ sơ.', { details: { pageId: stored.page.id } });
  }
  batch.pages++;
  if (batch.request.noteCapture) batch.noteCaptures++;
  result.pagesScanned++;
  result.pageIds.push(stored.page.id);
}
