import { arch, platform, release } from 'node:os';
import type { ScanProfileT } from '../../shared/contract/scanModels';
import { toWireError } from '../../shared/errors/AppError';
import type { CoreDeps } from '../handlers/CoreDeps';
import { recentErrors, recentLogLines, type LogLine } from '../logging/logBuffer';
import { scrubDeep } from '../logging/scrub';
import { procedureCatalogVersion } from '../services/procedures';
import { listProfiles } from '../services/profiles';
import { getSettings } from '../services/settings';
import { dataDirStats, type DataDirStats } from './dataDirStats';
import { probeDevices, type DeviceProbe, type DriverProbe, type ProbeError, type ProbeOptions } from './probeDevices';

/** A section that could not be collected says why instead of failing the whole bundle. */
export type Section<T> = T | { error: ProbeError };

/** The support bundle, version 1. Every string in it has been through `scrub`. */
export interface DiagnosticsBundle {
  format: 'tram-so-hoa/diagnostics';
  version: 1;
  createdAt: string;
  app: { version: string; node: string; electron: string | null; platform: string; arch: string; osRelease: string };
  data: Section<DataDirStats>;
  procedureCatalogVersion: Section<string>;
  settings: Section<Record<string, unknown>>;
  profiles: Section<ScanProfileT[]>;
  drivers: DriverProbe[];
  devices: DeviceProbe[];
  errors: LogLine[];
  logs: LogLine[];
}

export const DEFAULT_PROBE: ProbeOptions = { listTimeoutMs: 3000, capsTimeoutMs: 10_000, maxDevices: 10 };
// Keys that could hold a secret in a future setting (upload credentials, token PIN): never copied into a bundle.
const SECRET_KEY = /pass|secret|token|pin|credential|private|key/i;

async function section<T>(fn: () => T | Promise<T>): Promise<Section<T>> {
  try {
    return await fn();
  } catch (err) {
    const w = toWireError(err);
    return { error: { code: w.code, message: w.message } };
  }
}

/** Settings without anything that looks like a secret. */
export function settingsWithoutSecrets(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([k]) => !SECRET_KEY.test(k)));
}

/** Collects the bundle; never throws for a failing part (each section records its own error). */
export async function buildDiagnostics(deps: CoreDeps, probe: ProbeOptions = DEFAULT_PROBE): Promise<DiagnosticsBundle> {
  const { store } = deps;
  const { drivers, devices } = await probeDevices(deps.scan, probe);
  const bundle: DiagnosticsBundle = {
    format: 'tram-so-hoa/diagnostics',
    version: 1,
    createdAt: store.now().toISOString(),
    app: { version: deps.version, node: process.versions.node, electron: process.versions.electron ?? null, platform: platform(), arch: arch(), osRelease: release() },
    data: await section(() => dataDirStats(store)),
    procedureCatalogVersion: await section(() => procedureCatalogVersion(store)),
    settings: await section(() => settingsWithoutSecrets(getSettings(store))),
    profiles: await section(() => listProfiles(store)),
    drivers,
    devices,
    errors: recentErrors(),
    logs: recentLogLines(),
  };
  // Log lines were scrubbed on entry; device names and driver messages come from outside and are scrubbed here.
  return scrubDeep(bundle);
}
