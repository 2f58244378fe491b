import type { JobT } from '../../shared/contract/models';
import type { ScanRequestT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';
import type { EventBus } from '../events/EventBus';
import type { JobManager } from '../jobs/JobManager';
import { getDefaultProfile, getProfile } from '../services/profiles';
import type { Store } from '../store/Store';
import type { ScanBridge } from './bridge/ScanBridge';
import { resolveScanSettings, type ScanProfileLike } from './resolveScanSettings';
import { openBatch, type ScanBatch } from './scanBatch';
import { notResumable } from './scanFailure';
import type { DriverOptions } from './ScanOptions';
import { runScanJob } from './runScanJob';

export interface ScanControllerDeps {
  store: Store;
  events: EventBus;
  jobs: JobManager;
  scan: ScanBridge;
}

/** Not part of the IPC contract: the CLI and tests pass driver options (e.g. SANE fault injection) this way. */
export interface ScanExtras {
  driverOptions?: DriverOptions;
}

/** The profile a request names, or the desk's default; null (built-in defaults) when the desk has none. */
export function profileFor(store: Store, profileId: string | undefined): ScanProfileLike | null {
  if (profileId === undefined) return getDefaultProfile(store);
  const profile = getProfile(store, profileId);
  if (!profile) throw new AppError('store/not-found', 'Không tìm thấy cấu hình quét đã chọn (có thể đã bị xóa). Hãy chọn cấu hình khác.', { details: { profileId } });
  return profile;
}

/**
 * Scanning into dossiers behind `scan.start` / `scan.resume`. Each start opens a batch (settings resolved once,
 * target document fixed) and runs it as a job; a failed job of a batch can be resumed by a new job that
 * continues the same batch. Batches live in memory, like scan jobs.
 */
export class ScanController {
  private readonly batchOfJob = new Map<string, ScanBatch>();

  constructor(private readonly deps: ScanControllerDeps) {}

  start(req: ScanRequestT, actor: string, extras: ScanExtras = {}): JobT {
    const settings = resolveScanSettings(profileFor(this.deps.store, req.profileId), req.overrides);
    const batch = openBatch(this.deps.store, req, settings, actor, extras.driverOptions ?? null);
    return this.enqueue(batch, actor, `Quét vào hồ sơ ${batch.dossierCode}`);
  }

  /** Continues the batch of a failed scan job; `extras` replace the batch's driver options (tests clear a fault). */
  resume(jobId: string, actor: string, extras?: ScanExtras): JobT {
    const job = this.deps.jobs.get(jobId);
    const batch = this.batchOfJob.get(jobId);
    if (job.kind !== 'scan' || !batch) throw notResumable('Chỉ quét tiếp được một lượt quét vào hồ sơ.', jobId);
    if (job.state !== 'failed') throw notResumable('Lượt quét này không dừng vì lỗi nên không cần quét tiếp. Hãy bắt đầu lượt quét mới.', jobId);
    if (batch.lastJobId !== jobId) throw notResumable('Lượt quét này đã được quét tiếp rồi. Hãy xem lượt quét mới nhất.', jobId);
    if (job.error?.details?.['resumable'] !== true) throw notResumable('Lỗi lần trước không khắc phục bằng cách quét tiếp được. Hãy kiểm tra thiết lập rồi bắt đầu lượt quét mới.', jobId);
    if (extras) batch.driverOptions = extras.driverOptions ?? null;
    return this.enqueue(batch, actor, `Quét tiếp vào hồ sơ ${batch.dossierCode} (từ trang ${batch.pages + 1})`);
  }

  /** The batch a scan job belongs to (tests and the CLI read where pages went). */
  batchOf(jobId: string): Readonly<ScanBatch> | null {
    return this.batchOfJob.get(jobId) ?? null;
  }

  private enqueue(batch: ScanBatch, actor: string, title: string): JobT {
    const job = this.deps.jobs.enqueue({ kind: 'scan', title, dossierCode: batch.dossierCode, run: (ctx) => runScanJob(this.deps, batch, actor, ctx) });
    batch.lastJobId = job.id;
    this.batchOfJob.set(job.id, batch);
    return job;
  }
}
