import type { EventBus } from '../events/EventBus';
import type { JobManager } from '../jobs/JobManager';
import type { ScanBridge } from '../scan/bridge/ScanBridge';
import type { Store } from '../store/Store';

/** Everything the handlers are built from; the composition root (createCore) fills it. */
export interface CoreDeps {
  store: Store;
  events: EventBus;
  jobs: JobManager;
  /** Where drivers run (the device host in the app and the CLI). */
  scan: ScanBridge;
  version: string;
}
