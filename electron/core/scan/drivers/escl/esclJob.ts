import { isAppError, type AppError } from '../../../../shared/errors/AppError';
import { cancelledError, checkAborted } from '../../cancelled';
import type { EsclClient } from './EsclClient';
import { busyError, communicationError, feederEmptyError, jobGoneError, offlineError, paperJamError, statusError } from './esclErrors';
import { findJob, type EsclStatus } from './esclStatus';
import type { HttpAnswer } from './httpExchange';

/** NextDocument 503 retries before giving up (sane-airscan: 30; quirks add more). */
const MAX_503 = 30;
/** Other failures retried while ScannerStatus still shows the job alive (NAPS2: 5). */
const MAX_OTHER = 5;
/** Bounded retries for quirky 404/410 answers. */
const MAX_QUIRK_RETRIES = 3;

/** One page as the device sent it. */
export interface EsclDocument {
  bytes: Buffer;
  contentType: string;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) { reject(cancelledError()); return; }
    const onAbort = (): void => { clearTimeout(t); reject(cancelledError()); };
    const t = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** ScannerStatus or null: a status that cannot be read must not hide the error we are deciding about. */
async function statusOrNull(client: EsclClient, signal: AbortSignal): Promise<EsclStatus | null> {
  try { return await client.status(signal); } catch (err) {
    if (isAppError(err, 'job/cancelled')) throw err;
    return null;
  }
}

/** Before POST: busy, jammed, empty or down devices fail here with a precise error (scanning.md §3.3). */
async function precheck(client: EsclClient, feeder: boolean, signal: AbortSignal): Promise<void> {
  let st: EsclStatus;
  try { st = await client.status(signal); } catch (err) {
    // Devices without a working ScannerStatus still scan, unless the model needs the pre-check.
    if (client.quirks.statusPrecheck || isAppError(err, 'job/cancelled') || isAppError(err, 'device/offline')) throw err;
    return;
  }
  if (feeder && client.quirks.jamMeansEmptyBeforeJob && /Jam/i.test(st.adfState ?? '')) throw feederEmptyError();
  const err = statusError(st, feeder);
  if (err) throw err;
}

class JobLoop {
  pages = 0;
  private r503 = 0;
  private rOther = 0;
  private r404 = 0;
  private r410 = 0;

  constructor(private readonly client: EsclClient, private readonly job: URL, private readonly feeder: boolean, private readonly signal: AbortSignal) {}

  /** The next page, or null at the end of the job. Throws typed AppErrors carrying `pagesScanned`. */
  async next(): Promise<EsclDocument | null> {
    for (;;) {
      checkAborted(this.signal);
      let res: HttpAnswer;
      try {
        res = await this.client.nextDocument(this.job, this.signal);
      } catch (err) {
        await this.onFailure(err);
        continue;
      }
      if (res.status === 200) {
        this.pages += 1;
        this.r503 = 0; this.rOther = 0;
        return { bytes: res.body, contentType: String(res.headers['content-type'] ?? '') };
      }
      if (res.status === 503) await this.on503();
      else if (res.status === 404) { if (await this.on404()) return null; }
      else if (res.status === 410) await this.on410();
      else await this.onFailure(communicationError({}, new Error(`NextDocument HTTP ${res.status}`)));
    }
  }

  private ctx(): { pagesScanned: number; deviceName: string } { return { pagesScanned: this.pages, deviceName: this.client.deviceName }; }

  private jammed(st: EsclStatus | null): boolean {
    return !!st && (/Jam/i.test(st.adfState ?? '') || /Aborted/i.test(findJob(st, this.job.pathname)?.state ?? ''));
  }

  private async on503(): Promise<void> {
    const st = await statusOrNull(this.client, this.signal);
    if (this.jammed(st)) throw paperJamError(this.ctx());
    if (++this.r503 > MAX_503 + this.client.quirks.extraRetries503) throw busyError(this.ctx());
    await sleep(this.client.timings.retryDelayMs, this.signal);
  }

  /** True: the job is over. A 404 before any page is checked against the ADF (empty feeder, or spurious). */
  private async on404(): Promise<boolean> {
    const st = await statusOrNull(this.client, this.signal);
    if (this.feeder && this.jammed(st)) throw paperJamError(this.ctx());
    const adf = st?.adfState ?? '';
    if (this.pages === 0 && this.feeder && /Empty/i.test(adf) && !this.client.quirks.retry404) throw feederEmptyError(this.ctx());
    // A loaded (or feeding) ADF that gave nothing is never a real end (Brother answers 404 too soon): retry after a pause.
    const limit = this.client.quirks.retry404 ? MAX_QUIRK_RETRIES : this.pages === 0 && /Loaded|Processing/i.test(adf) ? 1 : 0;
    if (this.r404 < limit) {
      this.r404 += 1;
      await sleep(this.client.timings.spuriousWaitMs, this.signal);
      return false;
    }
    if (this.pages === 0 && this.feeder && /Empty/i.test(adf)) throw feederEmptyError(this.ctx());
    return true;
  }

  private async on410(): Promise<void> {
    if (this.client.quirks.retry410 && this.r410 < MAX_QUIRK_RETRIES) {
      this.r410 += 1;
      await sleep(this.client.timings.spuriousWaitMs, this.signal);
      return;
    }
    const st = await statusOrNull(this.client, this.signal);
    if (this.feeder && this.jammed(st)) throw paperJamError(this.ctx());
    throw jobGoneError(this.ctx());
  }

  /** Transport errors and unexpected statuses: retried while the device still reports the job as running. */
  private async onFailure(err: unknown): Promise<void> {
    if (isAppError(err, 'job/cancelled')) throw err;
    if (isAppError(err) && !err.retryable) throw err;
    const st = await statusOrNull(this.client, this.signal);
    if (this.jammed(st)) throw paperJamError(this.ctx());
    const job = st ? findJob(st, this.job.pathname) : null;
    const alive = !!st && (job ? /Pending|Processing/i.test(job.state) : st.state === 'Processing');
    if (!alive || ++this.rOther > MAX_OTHER) {
      const original = isAppError(err) ? err : null;
      throw (original?.code === 'device/offline' || !st ? offlineOrComm(original, this.ctx()) : communicationError(this.ctx(), err));
    }
    await sleep(this.client.timings.retryDelayMs, this.signal);
  }
}

function offlineOrComm(err: AppError | null, ctx: { pagesScanned: number; deviceName: string }): AppError {
  return err?.code === 'device/offline' ? offlineError(ctx, err) : communicationError(ctx, err ?? undefined);
}

/**
 * Runs one eSCL job: pre-check, POST ScanJobs, then NextDocument until 404. Whatever ends the job early (an
 * error, the signal, or the consumer stopping) DELETEs it, unless the model must not be cleaned up.
 */
export async function* runEsclJob(client: EsclClient, settingsXml: string, feeder: boolean, signal: AbortSignal): AsyncGenerator<EsclDocument> {
  await precheck(client, feeder, signal);
  const job = await client.createJob(settingsXml, feeder, signal);
  const loop = new JobLoop(client, job, feeder, signal);
  let finished = false;
  try {
    for (let doc = await loop.next(); doc; doc = await loop.next()) yield doc;
    finished = true;
  } finally {
    if (!finished) await client.deleteJob(job);
  }
}
