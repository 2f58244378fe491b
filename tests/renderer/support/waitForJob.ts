import type { Station } from './startStation';

interface JobLike { state: string; error: unknown }

/** Polls jobs.get until the job is final; returns the final snapshot. */
export async function waitForJob(station: Station, jobId: string, timeoutMs = 240_000): Promise<JobLike> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await station.call<JobLike>('ss:jobs.get', { jobId });
    if (job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled') return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.state}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
