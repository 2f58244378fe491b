import { useCallback, useEffect, useState } from 'react';
import type { JobT } from '../../../../electron/shared/contract/models';
import type { InputOf } from '../../../../electron/shared/contract/api';
import { AppError } from '../../../../electron/shared/errors/AppError';
import { station } from '../../bridge';
import { useJob } from '../../hooks/useJob';

export type ScanStartInput = InputOf<'scan', 'start'>;

export interface ScanJob {
  job: JobT | null;
  /** A refused start/resume/cancel, or the failed job's error: shown in place with the action to take. */
  error: unknown;
  running: boolean;
  /** Pages that arrived (`scan.pageAdded`) since the batch started, resumes included. */
  added: number;
  /** The document the last page went into (for "Trang N/M"). */
  documentId: string | null;
  /** The request of the current batch (for "Thử lại" and the rescan hint). */
  request: ScanStartInput | null;
  start(req: ScanStartInput): void;
  cancel(): void;
  resume(): void;
  retry(): void;
  dismiss(): void;
}

function jobError(job: JobT | null): unknown {
  if (job?.state !== 'failed' || !job.error) return null;
  return AppError.fromWire({ ...job.error, code: job.error.code as AppError['code'] });
}

/** Drives one scan batch: scan.start, live page count, scan.cancel, and scan.resume after a jam or empty feeder. */
export function useScanJob(dossierCode: string): ScanJob {
  const [jobId, setJobId] = useState<string | null>(null);
  const [request, setRequest] = useState<ScanStartInput | null>(null);
  const [callError, setCallError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [added, setAdded] = useState(0);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const job = useJob(jobId);
  const running = pending || job?.state === 'queued' || job?.state === 'running';
  useEffect(() => station.on('scan.pageAdded', (e) => {
    if (e.dossierCode !== dossierCode) return;
    setAdded((n) => n + 1);
    setDocumentId(e.page.documentId);
  }), [dossierCode]);
  const follow = useCallback((call: Promise<{ jobId: string }>) => {
    setPending(true);
    setCallError(null);
    call.then((r) => setJobId(r.jobId), (err: unknown) => setCallError(err)).finally(() => setPending(false));
  }, []);
  const start = useCallback((req: ScanStartInput) => {
    if (running) return;
    setRequest(req);
    setAdded(0);
    setDocumentId(null);
    setJobId(null);
    follow(station.scan.start(req));
  }, [follow, running]);
  const resume = useCallback(() => { if (jobId && !running) follow(station.scan.resume({ jobId })); }, [follow, jobId, running]);
  const retry = useCallback(() => { if (request) start(request); }, [request, start]);
  const cancel = useCallback(() => {
    if (jobId && running) station.scan.cancel({ jobId }).catch((err: unknown) => setCallError(err));
  }, [jobId, running]);
  const dismiss = useCallback(() => { setCallError(null); setJobId(null); setRequest(null); }, []);
  return { job, error: callError ?? jobError(job), running, added, documentId, request, start, cancel, resume, retry, dismiss };
}
