import type { DriverIdT } from '../../shared/contract/models';
import type { WireError } from '../../shared/errors/AppError';
import type { EventBus } from '../events/EventBus';
import type { ScanBridge } from './bridge/ScanBridge';
import { KNOWN_DRIVERS, listAllDevices, type DeviceListing } from './listAllDevices';

export interface DeviceMonitorOptions {
  scan: ScanBridge;
  events: EventBus;
  /** 2026-03: 5 s notices a plugged-in scanner before the clerk reaches for it, and costs ~0.03 s per SANE poll. */
  intervalMs?: number;
  /** Drivers to watch; the folder driver always has its one pseudo-device, so it is left out by default. */
  drivers?: readonly DriverIdT[];
  /**
   * A driver failed to list (reported once per new error code, not every poll): logged by the caller; its
   * devices are kept as they were, so a transient error is no false "detached".
   */
  onDriverError?: (driver: DriverIdT, error: WireError) => void;
}

type Key = string;
const keyOf = (d: { driver: DriverIdT; id: string }): Key => `${d.driver}\u0000${d.id}`;
const driverOf = (k: Key): DriverIdT => k.slice(0, k.indexOf('\u0000')) as DriverIdT;

/**
 * Device hot-plug by polling (SANE and eSCL have no portable attach notification): every `intervalMs` the
 * devices are listed and each difference from the previous poll becomes a `device.changed` event. The first
 * poll only sets the baseline (the UI lists devices itself when it opens). Started by the app and `station ui`
 * only; one-shot CLI commands never poll.
 */
export class DeviceMonitor {
  private known: Set<Key> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly controller = new AbortController();
  private readonly lastError = new Map<DriverIdT, string>();

  constructor(private readonly opts: DeviceMonitorOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.controller.abort();
    await this.running;
  }

  /** One poll (tests call it directly); overlapping calls share the poll in progress. */
  pollOnce(): Promise<void> {
    this.running ??= this.poll().finally(() => { this.running = null; });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.pollOnce().finally(() => this.schedule(this.opts.intervalMs ?? 5000));
    }, delayMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const drivers = this.opts.drivers ?? KNOWN_DRIVERS.filter((d) => d !== 'folder');
    // 2026-03: a 2 s mDNS browse per poll finds eSCL devices already announced without flooding the LAN every 5 s.
    const listing = await listAllDevices(this.opts.scan, { drivers, signal: this.controller.signal, timeoutMs: 2000 });
    if (this.stopped) return;
    const failed = this.noteErrors(listing.errors);
    const now = new Set(listing.devices.map(keyOf));
    // A driver that failed this time keeps its previous devices: an error is not a detach.
    for (const k of this.known ?? []) if (failed.has(driverOf(k))) now.add(k);
    const before = this.known;
    this.known = now;
    if (before) this.emitDifferences(before, now);
  }

  private noteErrors(errors: DeviceListing['errors']): Set<DriverIdT> {
    for (const e of errors) if (this.lastError.get(e.driver) !== e.error.code) this.opts.onDriverError?.(e.driver, e.error);
    this.lastError.clear();
    for (const e of errors) this.lastError.set(e.driver, e.error.code);
    return new Set(errors.map((e) => e.driver));
  }

  private emitDifferences(before: Set<Key>, now: Set<Key>): void {
    for (const k of now) if (!before.has(k)) this.opts.events.emit('device.changed', { driver: driverOf(k), kind: 'attached' });
    for (const k of before) if (!now.has(k)) this.opts.events.emit('device.changed', { driver: driverOf(k), kind: 'detached' });
  }
}
