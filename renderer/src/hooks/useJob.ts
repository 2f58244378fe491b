import { useEffect, useState } from 'react';
import type { JobT } from '../../../electron/shared/contract/models';
import { drop } from '../../../electron/shared/util/drop';
import { station } from '../bridge';

export function isJobDone(job: JobT | null): boolean {
  return job !== null && (job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled');
}

/**
 * The live snapshot of one job: fetched once, then replaced by every `job.progressed` / `job.finished` event
 * for that id (each event carries a full snapshot). A late progress event never overwrites the final state.
 */
export function useJob(jobId: string | null): JobT | null {
  const [job, setJob] = useState<JobT | null>(null);
  useEffect(() => {
    if (!jobId) return undefined;
    let finished = false;
    const accept = (j: JobT) => {
      if (j.id !== jobId || (finished && !isJobDone(j))) return;
      finished = isJobDone(j);
      setJob(j);
    };
    const offs = [station.on('job.progressed', accept), station.on('job.finished', accept)];
    drop(station.jobs.get({ jobId }).then(accept));
    return () => offs.forEach((off) => off());
  }, [jobId]);
  return job !== null && job.id === jobId ? job : null;
}
