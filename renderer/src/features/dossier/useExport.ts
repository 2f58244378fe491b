import { useCallback, useState } from 'react';
import type { JobT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { useJob } from '../../hooks/useJob';

/** Starts exports.start for the dossier and follows the job; `running` blocks a second start. */
export function useExport(dossierCode: string): { start(): void; job: JobT | null; error: unknown; running: boolean } {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const job = useJob(jobId);
  const running = starting || (job !== null && (job.state === 'queued' || job.state === 'running'));
  const start = useCallback(() => {
    if (running) return;
    setStarting(true);
    setError(null);
    station.exports.start({ dossierCode }).then(
      (r) => { setJobId(r.jobId); setStarting(false); },
      (err: unknown) => { setError(err); setStarting(false); },
    );
  }, [dossierCode, running]);
  return { start, job, error, running };
}
