import { AppError } from '../../../../shared/errors/AppError';
import type { ListOptions, ScanCaps, ScanDevice } from '../../ScanCaps';
import type { ValidScanOptions } from '../../ScanOptions';
import type { RawPage, ScanDriver, ScanDriverEvents } from '../ScanDriver';
import { browseEscl } from './browseEscl';
import { EsclClient, type EsclTimings } from './EsclClient';
import { unsupportedFormatError } from './esclErrors';
import { runEsclJob } from './esclJob';
import { toRawPage } from './esclPage';
import type { EsclCapabilities } from './esclXml';
import type { PinStore } from './httpExchange';
import { quirksFor } from './quirks';
import { buildScanSettings } from './scanSettings';

export interface EsclDriverOptions {
  /** Devices typed in by IT (`http://192.168.1.20:80/eSCL`): mDNS does not cross subnets or VLANs. */
  manualUrls?: string[];
  /** TOFU certificate pins; defaults to memory (pins then last for the life of the process). */
  pinStore?: PinStore | null;
  /** mDNS browse time for listDevices; 0 turns discovery off. */
  discoveryMs?: number;
  timings?: Partial<EsclTimings>;
}

/** An in-memory pin store, used when the core gives none. */
export function memoryPinStore(): PinStore {
  const pins = new Map<string, string>();
  return { get: (id) => pins.get(id) ?? null, set: (id, fp) => { pins.set(id, fp); } };
}

/** `STATION_ESCL_URLS=http://a/eSCL,http://b/eSCL` → valid http(s) URLs only. */
export function parseUrlList(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter((s) => /^https?:\/\/[^\s/]+(\/\S*)?$/i.test(s));
}

const isUrl = (id: string): boolean => /^https?:\/\//i.test(id);

/**
 * eSCL (AirScan) network scanners in pure TypeScript (scanning.md §3). Device ids are the device UUID
 * (discovered) or the URL (manual); a discovered device's URL is remembered for getCaps/scan.
 */
export class EsclScanDriver implements ScanDriver {
  readonly id = 'escl' as const;
  private readonly known = new Map<string, string>();
  private readonly manualUrls: string[];
  private readonly pinStore: PinStore | null;
  private readonly discoveryMs: number;

  constructor(private readonly opts: EsclDriverOptions = {}) {
    this.manualUrls = (opts.manualUrls ?? []).map((u) => u.replace(/\/+$/, ''));
    this.pinStore = opts.pinStore === undefined ? memoryPinStore() : opts.pinStore;
    this.discoveryMs = opts.discoveryMs ?? 5_000;
  }

  /**
   * Manual devices first, named while mDNS browses alongside (for `opts.timeoutMs`, else `discoveryMs`): the
   * listing takes the longer of the two, not the sum. Discovery stops when the consumer stops reading.
   */
  async *listDevices(opts: ListOptions, signal: AbortSignal): AsyncIterable<ScanDevice> {
    const stop = new AbortController();
    const inner = AbortSignal.any([signal, stop.signal]);
    const discovered = this.discover(opts.timeoutMs ?? this.discoveryMs, inner);
    discovered.catch(() => undefined); // awaited below; must not count as unhandled if the consumer stops early
    const names = this.manualUrls.map((url) => this.nameOf(url, inner));
    try {
      for (const [i, url] of this.manualUrls.entries()) {
        const name = await names[i]!;
        if (signal.aborted) return;
        yield { driver: 'escl', id: url, name };
      }
      for (const d of await discovered) {
        if (signal.aborted) return;
        yield d;
      }
    } finally {
      stop.abort();
    }
  }

  /** mDNS devices seen within `ms` (none when discovery is off), remembered for getCaps/scan. */
  private async discover(ms: number, signal: AbortSignal): Promise<ScanDevice[]> {
    if (this.discoveryMs <= 0 || ms <= 0) return [];
    const found: ScanDevice[] = [];
    for await (const d of browseEscl(ms, signal)) {
      if (this.manualUrls.includes(d.url)) continue;
      this.known.set(d.id, d.url);
      found.push({ driver: 'escl', id: d.id, name: d.name });
    }
    return found;
  }

  async getCaps(device: ScanDevice, signal: AbortSignal): Promise<ScanCaps> {
    const { caps, maxAreaMm } = await this.readCaps(this.clientFor(device), signal);
    return { ...caps, maxAreaMm };
  }

  async *scan(opts: ValidScanOptions, signal: AbortSignal, events: ScanDriverEvents): AsyncIterable<RawPage> {
    if (opts.kind !== 'device') throw new AppError('validation/input', 'Máy quét mạng không nhập tệp; hãy chọn "Nhập từ tệp".');
    const client = this.clientFor(opts.device);
    const ecaps = await this.readCaps(client, signal);
    const maxDpi = client.quirks.clampMaxDpi;
    const dpi = maxDpi !== null && opts.dpi > maxDpi ? maxDpi : opts.dpi;
    const plan = buildScanSettings({ source: opts.source, duplex: opts.duplex, dpi, colorMode: opts.colorMode }, ecaps);
    if (!plan) throw unsupportedFormatError();
    const colorMode = plan.colorMode === 'RGB24' ? 'color' : plan.colorMode === 'Grayscale8' ? 'gray' : 'bw';
    let index = 0;
    for await (const doc of runEsclJob(client, plan.xml, opts.source === 'feeder', signal)) {
      events.pageStarted?.();
      const rotate = client.quirks.rotateBacks && opts.duplex && index % 2 === 1;
      yield await toRawPage(doc, { sourceName: opts.device.name, index, dpi, colorMode, advertised: ecaps.caps.resolutions, rotate });
      index += 1;
    }
  }

  /** Reads capabilities and adopts the model's quirks (resolutions clamped where the device over-promises). */
  private async readCaps(client: EsclClient, signal: AbortSignal): Promise<EsclCapabilities> {
    const ecaps = await client.capabilities(signal);
    client.quirks = quirksFor(ecaps.makeAndModel);
    const max = client.quirks.clampMaxDpi;
    return max === null ? ecaps : { ...ecaps, caps: { ...ecaps.caps, resolutions: ecaps.caps.resolutions.filter((r) => r <= max) } };
  }

  private clientFor(device: ScanDevice): EsclClient {
    const url = isUrl(device.id) ? device.id : this.known.get(device.id);
    if (!url) {
      throw new AppError('device/not-found', `Không tìm thấy máy quét ${device.name} trên mạng. Bấm "Tìm máy quét" để dò lại, hoặc nhờ bộ phận CNTT nhập địa chỉ máy.`, { retryable: true });
    }
    return new EsclClient({ baseUrl: url, deviceId: device.id, deviceName: device.name, pinStore: this.pinStore, ...(this.opts.timings ? { timings: this.opts.timings } : {}) });
  }

  /** The model name for a manual URL; a device that does not answer quickly (2.5 s, within the listing's deadline) is listed by its address. */
  private async nameOf(url: string, signal: AbortSignal): Promise<string> {
    const client = new EsclClient({ baseUrl: url, deviceId: url, deviceName: url, pinStore: this.pinStore, timings: { ...this.opts.timings, connectMs: 2_000, requestMs: 2_500 } });
    try {
      const caps = await client.capabilities(signal);
      return caps.makeAndModel || new URL(url).host;
    } catch {
      return `Máy quét ${new URL(url).host}`;
    }
  }
}
