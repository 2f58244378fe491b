import { httpExchange, type HttpAnswer, type HttpCall, type PinStore } from './httpExchange';
import { busyError, communicationError, feederEmptyError, statusError } from './esclErrors';
import { parseCapabilities, type EsclCapabilities } from './esclXml';
import { parseStatus, type EsclStatus } from './esclStatus';
import { MAX_XML_BYTES } from './safeXml';
import { NO_QUIRKS, type EsclQuirks } from './quirks';

/** Timeouts and retry pacing; tests shorten them, production uses the defaults (scanning.md §1.2, §3.3). */
export interface EsclTimings {
  connectMs: number;
  requestMs: number;
  nextDocumentMs: number;
  /** Pause between 503 retries (sane-airscan: 1 s). */
  retryDelayMs: number;
  /** Short wait before retrying a spurious 404 (Brother). */
  spuriousWaitMs: number;
  /** DELETE gets its own short deadline: cleanup must never hold up a cancel. */
  deleteMs: number;
}

export const DEFAULT_TIMINGS: EsclTimings = { connectMs: 5_000, requestMs: 10_000, nextDocumentMs: 120_000, retryDelayMs: 1_000, spuriousWaitMs: 1_000, deleteMs: 3_000 };

/** One page image at most (a 600-dpi A4 colour PNG is ~30 MB). */
export const MAX_IMAGE_BYTES = 100 * 1024 * 1024;

export interface EsclClientOptions {
  /** Root of the eSCL resources, e.g. `http://192.168.1.20:80/eSCL`. */
  baseUrl: string;
  deviceId: string;
  deviceName: string;
  pinStore?: PinStore | null;
  timings?: Partial<EsclTimings>;
  quirks?: EsclQuirks;
}

/**
 * The eSCL resources as typed calls (scanning.md §3.2). Knows hosts, timeouts and status codes of single
 * requests; the NextDocument loop with its retry rules is `runEsclJob`.
 */
export class EsclClient {
  readonly base: URL;
  readonly timings: EsclTimings;
  quirks: EsclQuirks;
  private readonly opts: EsclClientOptions;

  constructor(opts: EsclClientOptions) {
    this.opts = opts;
    this.base = new URL(opts.baseUrl.replace(/\/+$/, '') + '/');
    this.timings = { ...DEFAULT_TIMINGS, ...opts.timings };
    this.quirks = opts.quirks ?? NO_QUIRKS;
  }

  get deviceName(): string { return this.opts.deviceName; }

  async capabilities(signal?: AbortSignal): Promise<EsclCapabilities> {
    const res = await this.call('GET', 'ScannerCapabilities', { signal });
    if (res.status !== 200) throw communicationError({ deviceName: this.deviceName }, new Error(`ScannerCapabilities HTTP ${res.status}`));
    return parseCapabilities(res.body);
  }

  async status(signal?: AbortSignal, timeoutMs?: number): Promise<EsclStatus> {
    const res = await this.call('GET', 'ScannerStatus', { signal, ...(timeoutMs ? { timeoutMs } : {}) });
    if (res.status !== 200) throw communicationError({ deviceName: this.deviceName }, new Error(`ScannerStatus HTTP ${res.status}`));
    return parseStatus(res.body);
  }

  /**
   * POST ScanJobs → the job URL, always rebuilt on our own base host and port (Location hosts are bogus on some
   * HP and Xerox devices). 409: feeder empty or busy, decided by ScannerStatus; 503: busy.
   */
  async createJob(settingsXml: string, feeder: boolean, signal?: AbortSignal): Promise<URL> {
    const res = await this.call('POST', 'ScanJobs', { body: settingsXml, signal, headersOnly: true });
    if (res.status === 201) {
      const location = res.headers.location;
      const job = typeof location === 'string' ? this.rehost(location) : null;
      if (!job) throw communicationError({ deviceName: this.deviceName }, new Error('201 without a usable Location'));
      return job;
    }
    if (res.status === 409) {
      const st = await this.status(signal).catch(() => null);
      throw (st && statusError(st, feeder)) ?? (feeder && !st ? feederEmptyError() : busyError());
    }
    if (res.status === 503) throw busyError();
    throw communicationError({ deviceName: this.deviceName }, new Error(`ScanJobs HTTP ${res.status}`));
  }

  nextDocument(job: URL, signal?: AbortSignal): Promise<HttpAnswer> {
    return this.exchange({ method: 'GET', url: new URL(job.pathname.replace(/\/+$/, '') + '/NextDocument', this.base), timeoutMs: this.timings.nextDocumentMs, maxBodyBytes: MAX_IMAGE_BYTES, ...(signal ? { signal } : {}) });
  }

  /** Best-effort cleanup: never throws, bounded by its own short deadline, skipped for devices that break on it. */
  async deleteJob(job: URL): Promise<void> {
    if (this.quirks.skipDeleteCleanup) return;
    await this.exchange({ method: 'DELETE', url: job, timeoutMs: this.timings.deleteMs, maxBodyBytes: 64 * 1024, connectTimeoutMs: Math.min(this.timings.connectMs, this.timings.deleteMs) }).catch(() => undefined);
  }

  /** Keeps only the path of a Location (absolute, relative or truncated like `http://[fe80/eSCL/ScanJobs/1`). */
  rehost(location: string): URL | null {
    const trimmed = location.trim();
    const path = trimmed.startsWith('/') ? trimmed : /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)$/i.exec(trimmed)?.[1];
    if (!path || !/ScanJobs\/[^/]+/.test(path) || path.length > 1000) return null;
    return new URL(path.replace(/\/+$/, ''), this.base);
  }

  private call(method: 'GET' | 'POST', resource: string, o: { body?: string; signal?: AbortSignal | undefined; headersOnly?: boolean; timeoutMs?: number }): Promise<HttpAnswer> {
    return this.exchange({
      method, url: new URL(resource, this.base), timeoutMs: o.timeoutMs ?? this.timings.requestMs, maxBodyBytes: MAX_XML_BYTES,
      ...(o.body !== undefined ? { body: o.body } : {}), ...(o.signal ? { signal: o.signal } : {}), ...(o.headersOnly ? { headersOnly: true } : {}),
    });
  }

  private exchange(c: Omit<HttpCall, 'hostHeader' | 'connectTimeoutMs'> & { connectTimeoutMs?: number }): Promise<HttpAnswer> {
    const port = this.base.port || (this.base.protocol === 'https:' ? '443' : '80');
    // Always with the port (Epson needs it; harmless elsewhere); some HP models insist on `localhost`.
    const hostHeader = `${this.quirks.hostHeaderLocalhost ? 'localhost' : this.base.hostname}:${port}`;
    const pinStore = this.opts.pinStore;
    return httpExchange({
      connectTimeoutMs: this.timings.connectMs, ...c, hostHeader,
      ...(this.base.protocol === 'https:' && pinStore ? { pin: { deviceId: this.opts.deviceId, deviceName: this.deviceName, store: pinStore } } : {}),
    });
  }
}
