import { z } from 'zod';
import * as m from './models';
import { PageProcessing } from './pipelineModels';

/** Events pushed from the core to every UI, all on the one channel `ss:event`. Names are `noun.pastTense`. */
export const events = {
  /** Throttled at the source (≤ 10/s per job); carries a full snapshot so a reloaded UI can rebuild its state. */
  'job.progressed': m.Job,
  'job.finished': m.Job,
  'dossier.changed': z.object({ code: z.string() }),
  'scan.pageAdded': z.object({ dossierCode: z.string(), page: m.Page }),
  /** A file from the hot folder was imported, rejected (quarantined) or left in place with a reason. */
  'hotFolder.reported': z.object({ file: z.string(), outcome: z.enum(['imported', 'rejected', 'waiting']), dossierCode: z.string().nullable(), pages: z.number().int(), message: z.string() }),
  /** The pipeline changed a page's state (cleaned, OCR done, flagged, failed). */
  'page.processed': z.object({ dossierCode: z.string(), processing: PageProcessing }),
  'device.changed': z.object({ driver: m.DriverId, kind: z.enum(['attached', 'detached', 'offline']) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const EVENT_CHANNEL = 'ss:event';
