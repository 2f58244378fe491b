import { z } from 'zod';
import { malformedResponseError } from './esclErrors';
import { parseDeviceXml } from './safeXml';

const Text = z.string().max(1000);
const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(500));
const opt = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const JobInfo = z.object({
  JobUri: opt(Text), JobUuid: opt(Text), JobState: opt(Text),
  ImagesCompleted: opt(Text), ImagesToTransfer: opt(Text),
  JobStateReasons: opt(z.union([Text, z.object({ JobStateReason: many(Text) })])),
});
const Status = z.object({
  ScannerStatus: z.object({
    State: Text,
    AdfState: opt(Text),
    Jobs: opt(z.object({ JobInfo: many(JobInfo) })),
  }),
});

/** One job as ScannerStatus reports it. */
export interface EsclJobInfo {
  uri: string;
  state: string;
  imagesCompleted: number | null;
}

/** Parsed ScannerStatus: `state` is pwg:State (Idle, Processing, Testing, Stopped, Down). */
export interface EsclStatus {
  state: string;
  /** scan:AdfState (ScannerAdfLoaded, ScannerAdfEmpty, ScannerAdfJam, …); null when the device has no ADF. */
  adfState: string | null;
  jobs: EsclJobInfo[];
}

const count = (v: string | undefined): number | null => (v !== undefined && /^\d{1,6}$/.test(v) ? Number(v) : null);

export function parseStatus(body: Uint8Array): EsclStatus {
  const parsed = Status.safeParse(parseDeviceXml(body, 'ScannerStatus'));
  if (!parsed.success) throw malformedResponseError('ScannerStatus: thiếu trạng thái', parsed.error);
  const s = parsed.data.ScannerStatus;
  return {
    state: s.State,
    adfState: s.AdfState ?? null,
    jobs: (s.Jobs?.JobInfo ?? []).map((j) => ({ uri: j.JobUri ?? '', state: j.JobState ?? '', imagesCompleted: count(j.ImagesCompleted) })),
  };
}

/** The status entry of a job, matched on the path's last segment (devices report relative or absolute URIs). */
export function findJob(status: EsclStatus, jobUrl: string): EsclJobInfo | null {
  const id = jobUrl.replace(/\/+$/, '').split('/').pop() ?? '';
  return status.jobs.find((j) => j.uri.replace(/\/+$/, '').split('/').pop() === id) ?? null;
}
