/**
 * Job state machine: what NextDocument answers for a job, given the feeder and the fault knobs. Pure decisions
 * only (no I/O), so the order of checks — which mirrors how real firmware behaves — is easy to read and test.
 */
import { randomUUID } from 'node:crypto';
import type { EsclScanSettings, EsclSimJob, EsclSimOptions, EsclSimState } from './types.js';
import { isActive } from './xml.js';

const ABANDONED_MS = 30_000;

export type NextDocDecision =
  | { kind: 'busy' } // 503, retry later
  | { kind: 'jam' } // 503 now; the status shows ScannerAdfJam and the job Aborted
  | { kind: 'none' } // 404, no more pages
  | { kind: 'gone' } // 410, job cancelled or gone
  | { kind: 'page'; image: number; disconnect: boolean };

export function createJob(settings: EsclScanSettings, now: number, opts: EsclSimOptions): EsclSimJob {
  const uuid = randomUUID();
  return {
    id: uuid,
    uuid,
    uri: `/eSCL/ScanJobs/${uuid}`,
    settings,
    state: 'Pending',
    reasons: ['JobScanning'],
    createdAt: now,
    touchedAt: now,
    imagesCompleted: 0,
    readyAt: now + (opts.slowMs ?? 0),
    busyLeft: opts.busy503Count ?? 0,
    spent: new Set(),
    lastImage: null,
  };
}

/** Images a job may still deliver, counting the sheets left in the feeder (and the back of the current one). */
function remaining(job: EsclSimJob, state: EsclSimState): number {
  if (job.settings.inputSource === 'Platen') return 1 - job.imagesCompleted;
  if (!job.settings.duplex) return state.adfPages;
  return state.adfPages * 2 + (job.imagesCompleted % 2);
}

export function finish(job: EsclSimJob, state: EsclSimJob['state'], reason: string): void {
  job.state = state;
  job.reasons = [reason];
}

function faultDecision(job: EsclSimJob, image: number, state: EsclSimState, opts: EsclSimOptions): NextDocDecision | null {
  const q = opts.quirks ?? {};
  if (q.spurious404Once && !job.spent.has('spurious404')) {
    job.spent.add('spurious404');
    return { kind: 'none' };
  }
  if (q.gone410AtPage === image && !job.spent.has('gone410')) {
    job.spent.add('gone410');
    return { kind: 'gone' };
  }
  if (opts.jamAtPage === image && job.settings.inputSource === 'Feeder' && !state.jamFired) {
    state.jamFired = true;
    state.jammed = true;
    finish(job, 'Aborted', 'JobCanceledBySystem');
    return { kind: 'jam' };
  }
  return null;
}

export function decideNextDocument(job: EsclSimJob, state: EsclSimState, opts: EsclSimOptions, now: number): NextDocDecision {
  job.touchedAt = now;
  if (job.state === 'Canceled' || job.state === 'Aborted') return { kind: 'gone' };
  if (job.state === 'Completed' || remaining(job, state) <= 0) {
    if (isActive(job)) finish(job, 'Completed', 'JobCompletedSuccessfully');
    return { kind: 'none' };
  }
  const image = job.imagesCompleted + 1;
  const fault = faultDecision(job, image, state, opts);
  if (fault) return fault;
  job.state = 'Processing';
  if (now < job.readyAt) return { kind: 'busy' };
  if (job.busyLeft > 0) {
    job.busyLeft--;
    return { kind: 'busy' };
  }
  const disconnect = opts.disconnectAtPage === image && !job.spent.has('disconnect');
  if (disconnect) job.spent.add('disconnect');
  return { kind: 'page', image, disconnect };
}

/** Book-keeping once an image has been fully sent: consume the sheet, arm the next page's delays. */
export function imageDelivered(job: EsclSimJob, state: EsclSimState, opts: EsclSimOptions, now: number): void {
  job.imagesCompleted++;
  const frontSide = !job.settings.duplex || job.imagesCompleted % 2 === 1;
  if (job.settings.inputSource === 'Feeder' && frontSide) state.adfPages = Math.max(0, state.adfPages - 1);
  job.readyAt = now + (opts.slowMs ?? 0);
  job.busyLeft = opts.busy503Count ?? 0;
  if (remaining(job, state) <= 0 && job.settings.inputSource === 'Platen') finish(job, 'Completed', 'JobCompletedSuccessfully');
}

/** Why a new ScanJobs POST is refused, as an HTTP status, or null when the job may start. */
export function refuseNewJob(settings: EsclScanSettings, state: EsclSimState, opts: EsclSimOptions, now: number): 409 | 503 | null {
  for (const job of state.jobs.values()) {
    // A client that died mid-job must not block the scanner forever.
    if (isActive(job) && now - job.touchedAt > ABANDONED_MS) finish(job, 'Aborted', 'JobTimedOut');
  }
  if ([...state.jobs.values()].some(isActive)) return 503;
  if (settings.inputSource !== 'Feeder') return null;
  if (opts.quirks?.platenOnly || state.jammed || state.adfPages <= 0) return 409;
  if (settings.duplex && !opts.duplex) return 409;
  return null;
}
