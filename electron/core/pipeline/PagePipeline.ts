import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { PageFlagT } from '../../shared/contract/pipelineModels';
import { AppError } from '../../shared/errors/AppError';
import type { EventBus } from '../events/EventBus';
import { createOcrEngine, recognizePage, type OcrEngine } from '../ocr';
import { extractDocumentMetadata } from '../metadata';
import type { Store } from '../store/Store';
import { ThreadPool } from '../threads/ThreadPool';
import type { PageWorkRequest, PageWorkResult } from './pageWork';
import { applySeparation, ruleFor } from './applySeparation';
import { pipelineSettings } from './pipelineSettings';
import { claimNext, getProcessing, getRawProcessing, queueUnprocessed, requeueInterrupted, setStatus, type ClaimedPage } from './processingRows';
import { SYSTEM_ACTOR, saveCleanResult, saveFailure, saveOcrResult } from './saveResults';

export interface PagePipelineOptions {
  store: Store;
  events: EventBus;
  /** OCR engine; `none` cleans pages without recognising text (tests of the image stage). */
  ocr?: 'tesseract.js' | 'tesseract-cli' | 'none';
  /** OCR workers; default min(2, cores). */
  ocrWorkers?: number;
  /** Pages in flight at once (each with a page thread); default OCR workers + 1. */
  lanes?: number;
  onUnexpected?: (err: unknown, where: string) => void;
}

/**
 * The page pipeline: every stored page is cleaned (worker threads), checked for blank/separator, recognised
 * (tesseract.js workers) and indexed, in capture order, while the UI and the scanner go on. State lives in SQLite
 * (`page_processing`), so a restart continues where the last run stopped; the master image is never modified.
 */
export class PagePipeline {
  private readonly lanes: number;
  private readonly ocrWorkers: number;
  private readonly pool: ThreadPool<PageWorkRequest, PageWorkResult>;
  private engine: Promise<OcrEngine> | null = null;
  private running = 0;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];
  private readonly offEvents: () => void;

  constructor(private readonly opts: PagePipelineOptions) {
    this.ocrWorkers = opts.ocrWorkers ?? Math.max(1, Math.min(2, availableParallelism()));
    // One page more than OCR workers: the next page is cleaned while both workers read, so no worker waits for a
    // clean-up and the last pages' clean-up is not left for the end (measured: see BENCHMARKS.md, issue 3).
    this.lanes = opts.lanes ?? this.ocrWorkers + 1;
    this.pool = new ThreadPool('pageWorker', this.lanes);
    requeueInterrupted(opts.store);
    this.offEvents = opts.events.on((name) => {
      if (name === 'scan.pageAdded' || name === 'dossier.changed') this.kick();
    });
    this.kick();
  }

  /** Queues new pages and starts lanes up to the limit. */
  kick(): void {
    if (this.stopped) return;
    queueUnprocessed(this.opts.store);
    while (this.running < this.lanes) {
      const claim = claimNext(this.opts.store);
      if (!claim) break;
      this.running++;
      void this.process(claim).finally(() => {
        this.running--;
        this.kick();
        if (this.running === 0) this.resolveIdle();
      });
    }
    if (this.running === 0) this.resolveIdle();
  }

  /** Resolves when nothing is queued or running (CLI digitize, tests). */
  whenIdle(): Promise<void> {
    this.kick();
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.offEvents();
    await this.whenIdleAfterStop();
    await this.pool.close();
    if (this.engine) await (await this.engine.catch(() => null))?.close();
  }

  private whenIdleAfterStop(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private resolveIdle(): void {
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private emit(claim: ClaimedPage): void {
    const processing = getProcessing(this.opts.store, claim.pageId);
    if (processing) this.opts.events.emit('page.processed', { dossierCode: claim.dossierCode, processing });
  }

  private ocrEngine(): Promise<OcrEngine> {
    const kind = this.opts.ocr ?? 'tesseract.js';
    if (kind === 'none') return Promise.reject(new AppError('ocr/engine-unavailable', 'OCR đang tắt trên trạm này.'));
    this.engine ??= createOcrEngine({ kind, workers: this.ocrWorkers });
    return this.engine;
  }

  private async process(claim: ClaimedPage): Promise<void> {
    const { store } = this.opts;
    try {
      this.emit(claim);
      const { work, flags } = await this.clean(claim);
      this.emit(claim);
      const needsOcr = this.opts.ocr !== 'none' && getRawProcessing(store, claim.pageId)?.status !== 'done';
      if (needsOcr) {
        const outcome = await recognizePage(await this.ocrEngine(), work.ocrImage, { dpi: claim.dpi, ink: work.inkGrid });
        saveOcrResult(store, claim, outcome, flags);
      } else {
        // Blank and separator pages need no OCR; with OCR off the page is done once clean.
        setStatus(store, claim.pageId, 'done');
      }
      this.emit(claim);
      // Also after a blank or separator page: it can be the document's last one.
      this.afterPage(claim);
    } catch (err) {
      const app = err instanceof AppError ? err : null;
      if (!app) this.opts.onUnexpected?.(err, 'page pipeline');
      saveFailure(store, claim.pageId, app?.code ?? 'ocr/failed', app?.message ?? 'Xử lý trang bị lỗi. Hãy chạy lại.');
      this.emit(claim);
    }
  }

  /** Clean-up and code detection in a page thread; the derived image is durable before its row commits. */
  private async clean(claim: ClaimedPage): Promise<{ work: PageWorkResult; flags: PageFlagT[] }> {
    const { store } = this.opts;
    const firstRun = getRawProcessing(store, claim.pageId)?.derived_sha256 == null;
    const settings = pipelineSettings(store);
    const master = await readFile(join(store.paths.dataDir, claim.fileRelPath));
    const work = await this.pool.run({
      kind: 'process', master, dpi: claim.dpi, output: claim.colorMode, deskew: settings.deskew, manualRotation: claim.manualRotation,
      detectCodes: true, smallCodes: settings.separation.mode === 'barcode-value', pdfMode: settings.pdfMode,
    });
    const file = await store.files.write(work.derived.bytes, work.derived.ext);
    const pdfImage = work.pdfImage ? { file: await store.files.write(work.pdfImage.bytes, 'pdfimg'), mode: work.pdfImage.mode } : null;
    const flags = saveCleanResult(store, claim, work, file, { excludeBlank: firstRun && settings.blankHandling === 'flag', firstRun, pdfImage });
    return { work, flags };
  }

  /**
   * When every page of the document is processed: split it by the desk profile's separation rule, then extract the
   * metadata of each resulting document (VN-DG-08/09) for the clerk to confirm.
   */
  private afterPage(claim: ClaimedPage): void {
    const { store } = this.opts;
    const pending = store.db.prepare(`SELECT COUNT(*) AS n FROM pages p LEFT JOIN page_processing pp ON pp.page_id = p.id
      WHERE p.document_id = ? AND p.trash_id IS NULL AND (pp.status IS NULL OR pp.status IN ('queued', 'cleaning', 'ocr'))`).get(claim.documentId) as { n: number };
    if (pending.n > 0) return;
    try {
      const rule = ruleFor(pipelineSettings(store).separation);
      const documents = rule ? applySeparation(store, claim.documentId, rule, SYSTEM_ACTOR) : [claim.documentId];
      for (const documentId of documents) extractDocumentMetadata(store, documentId, SYSTEM_ACTOR);
      this.opts.events.emit('dossier.changed', { code: claim.dossierCode });
    } catch (err) {
      this.opts.onUnexpected?.(err, 'separation and metadata extraction');
    }
  }
}
