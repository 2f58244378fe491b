import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createRouter, type Handlers, type Router } from '../shared/ipc/createRouter';
import { createEventBus, type EventBus } from './events/EventBus';
import { appHandlers } from './handlers/appHandlers';
import { authHandlers } from './handlers/authHandlers';
import type { CoreDeps } from './handlers/CoreDeps';
import { deviceHandlers } from './handlers/deviceHandlers';
import { dossierHandlers } from './handlers/dossierHandlers';
import { importHandlers } from './handlers/importHandlers';
import { jobHandlers } from './handlers/jobHandlers';
import { metadataHandlers } from './handlers/metadataHandlers';
import { pageHandlers } from './handlers/pageHandlers';
import { pageOrganizeHandlers } from './handlers/pageOrganizeHandlers';
import { pipelineHandlers } from './handlers/pipelineHandlers';
import { searchHandlers } from './handlers/searchHandlers';
import { profileHandlers } from './handlers/profileHandlers';
import { scanHandlers } from './handlers/scanHandlers';
import { ForkWorkerHost } from './host/ForkWorkerHost';
import type { WorkerHost } from './host/WorkerHost';
import { resolveWorkerEntry } from './host/workerEntry';
import { JobManager } from './jobs/JobManager';
import { createLogger } from './logging/createLogger';
import { HostedScanBridge } from './scan/bridge/HostedScanBridge';
import { InProcessScanBridge } from './scan/bridge/InProcessScanBridge';
import { DeviceMonitor } from './scan/DeviceMonitor';
import { deviceHostEnv } from './scan/deviceHostEnv';
import { ScanController } from './scan/ScanController';
import type { ScanBridge } from './scan/bridge/ScanBridge';
import { createDriverRegistry } from './scan/drivers/driverRegistry';
import { HotFolderService } from './import/HotFolderService';
import { getSettings } from './services/settings';
import { PagePipeline } from './pipeline/PagePipeline';
import { openStore } from './store/openStore';
import type { Store } from './store/Store';
import { STATION_VERSION } from './version';

export interface CoreOptions {
  dataDir: string;
  /** `host` (default): drivers run in the device host process; `in-process` for quick unit tests. */
  drivers?: 'host' | 'in-process';
  /**
   * The app passes a utilityProcess-based host; Node callers get a forked child. Give the host `env` (read at
   * every start): it carries the manual eSCL URLs from the settings and the certificate pin file.
   */
  createHost?: (env: () => NodeJS.ProcessEnv) => WorkerHost;
  /** Watch the hot folder from the settings (the app and `station ui`; not one-shot CLI commands). */
  watchHotFolder?: boolean;
  /** Poll for scanners being plugged in or removed (`device.changed`); the app and `station ui` only, like the hot folder. */
  monitorDevices?: boolean | { intervalMs: number };
  /**
   * Clean up and OCR stored pages in the background (the app, `station ui`, `station digitize`). Off by default so
   * one-shot commands and quick tests do not start OCR workers; `ocr: 'none'` runs only the image stage.
   */
  pipeline?: false | { ocr?: 'tesseract.js' | 'tesseract-cli' | 'none'; lanes?: number };
  /** Called for errors that are not AppErrors (bugs); the message never reaches a UI. */
  onUnexpected?: (err: unknown, where: string) => void;
}

export interface Core {
  router: Router;
  events: EventBus;
  store: Store;
  jobs: JobManager;
  hotFolder: HotFolderService | null;
  scanner: ScanController;
  deviceMonitor: DeviceMonitor | null;
  pipeline: PagePipeline | null;
  close(): Promise<void>;
}

function createScanBridge(store: Store, opts: CoreOptions): { bridge: ScanBridge; host: WorkerHost | null } {
  if (opts.drivers === 'in-process') return { bridge: new InProcessScanBridge(createDriverRegistry()), host: null };
  const env = () => deviceHostEnv(store);
  const host = opts.createHost?.(env) ?? new ForkWorkerHost({ entry: resolveWorkerEntry('deviceHost'), env });
  const stagingDir = join(store.paths.stagingDir, 'device-host');
  mkdirSync(stagingDir, { recursive: true });
  return { bridge: new HostedScanBridge(host, { stagingDir }), host };
}

function createDeviceMonitor(scan: ScanBridge, events: EventBus, opt: true | { intervalMs: number }): DeviceMonitor {
  return new DeviceMonitor({
    scan, events, ...(opt === true ? {} : { intervalMs: opt.intervalMs }),
    // A driver that cannot list is a support matter, not a UI one: log it (CNTT sees it in the diagnostics log).
    onDriverError: (driver, error) => console.warn(`[DeviceMonitor] ${driver}: ${error.code} ${error.message}`),
  });
}

const log = createLogger('core');

/** Namespaces split across files (pages, documents) are merged here. */
function allHandlers(deps: CoreDeps): Handlers {
  const dossier = dossierHandlers(deps);
  const page = pageHandlers(deps);
  const organize = pageOrganizeHandlers(deps);
  const pipeline = pipelineHandlers(deps);
  return {
    ...appHandlers(deps), ...authHandlers(deps), ...dossier, ...page, ...importHandlers(deps), ...jobHandlers(deps),
    ...deviceHandlers(deps), ...scanHandlers(deps), ...profileHandlers(deps), ...searchHandlers(deps), ...metadataHandlers(deps),
    pipeline: pipeline.pipeline,
    documents: { ...dossier.documents, ...organize.documents },
    pages: { ...page.pages, ...organize.pages, ...pipeline.pages },
  };
}

/** The composition root: every service is built here from injected dependencies, and nowhere else. */
export async function createCore(opts: CoreOptions): Promise<Core> {
  const report = opts.onUnexpected ?? ((err, where) => console.error(`[core] unexpected error in ${where}:`, err));
  // Bugs also go to the (scrubbed) log buffer, so the support bundle shows them.
  const onUnexpected = (err: unknown, where: string): void => {
    log.error(`Lỗi không mong đợi trong ${where}`, err);
    report(err, where);
  };
  const store = openStore(opts.dataDir);
  const events = createEventBus((err) => onUnexpected(err, 'event listener'));
  const jobs = new JobManager({ emit: (name, job) => events.emit(name, job), maxConcurrent: 2 });
  const { bridge, host } = createScanBridge(store, opts);
  const hotFolder = opts.watchHotFolder ? new HotFolderService({ store, events, scan: bridge }) : null;
  const scanner = new ScanController({ store, events, jobs, scan: bridge });
  const deviceMonitor = opts.monitorDevices ? createDeviceMonitor(bridge, events, opts.monitorDevices) : null;
  const pipeline = opts.pipeline ? new PagePipeline({ store, events, ...opts.pipeline, onUnexpected }) : null;
  const deps: CoreDeps = { store, events, jobs, scan: bridge, scanner, hotFolder, deviceHost: host, pipeline, version: STATION_VERSION };
  const router = createRouter(allHandlers(deps), onUnexpected);
  await hotFolder?.apply(getSettings(store).hotFolder);
  deviceMonitor?.start();
  return {
    router, events, store, jobs, hotFolder, scanner, deviceMonitor, pipeline,
    async close() {
      for (const job of jobs.list()) if (job.state === 'running' || job.state === 'queued') jobs.cancel(job.id);
      await deviceMonitor?.stop();
      await hotFolder?.stop();
      await jobs.waitForIdle();
      await pipeline?.stop();
      await host?.stop();
      store.close();
    },
  };
}
