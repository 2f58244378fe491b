import type { EventBus } from '../events/EventBus';
import type { WorkerHost } from '../host/WorkerHost';
import type { HotFolderService } from '../import/HotFolderService';
import type { JobManager } from '../jobs/JobManager';
import type { PagePipeline } from '../pipeline/PagePipeline';
import type { ScanBridge } from '../scan/bridge/ScanBridge';
import type { ScanController } from '../scan/ScanController';
import type { Store } from '../store/Store';

/** Everything the handlers are built from; the composition root (createCore) fills it. */
export interface CoreDeps {
  store: Store;
  events: EventBus;
  jobs: JobManager;
  /** Where drivers run (the device host in the app and the CLI). */
  scan: ScanBridge;
  /** Scan jobs and their batches (scan.start / scan.resume). */
  scanner: ScanController;
  /** Null in one-shot processes (CLI commands), which must not start watching. */
  hotFolder: HotFolderService | null;
  /** The device host, restarted when the manual eSCL URLs change; null with in-process drivers. */
  deviceHost: Pick<WorkerHost, 'restart'> | null;
  /** Clean-up and OCR of stored pages; null in one-shot processes that do not process pages. */
  pipeline: Pick<PagePipeline, 'kick'> | null;
  version: string;
}
