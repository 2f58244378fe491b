/** Public types of the eSCL simulator (see README.md). Kept apart so the driver engineer can import them alone. */

export interface EsclQuirks {
  /** Brother: the first NextDocument of a job answers 404 although pages remain (status still ScannerAdfLoaded). */
  spurious404Once?: boolean;
  /** HP DeskJet over IPP-USB: the ScanJobs `Location:` names a host that does not resolve. */
  bogusLocationHost?: boolean;
  /** Xerox B205/B215: NextDocument for this 1-based image answers 410 once; the job stays alive and a retry works. */
  gone410AtPage?: number | null;
  /** No `scan:Adf` in the capabilities; a Feeder job is refused with 409. */
  platenOnly?: boolean;
}

export interface EsclSimOptions {
  /** 0 (default) = random port; the server binds 127.0.0.1 only. */
  port?: number;
  makeAndModel?: string;
  uuid?: string;
  /** Sheets loaded in the feeder (default 5); 0 = empty. A duplex job delivers 2 images per sheet. */
  adfPages?: number;
  /** Advertise AdfDuplexInputCaps and honour `scan:Duplex` (2 images per sheet). */
  duplex?: boolean;
  /** 1-based image of a Feeder job where the ADF jams (once per simulator, until setAdfPages()). */
  jamAtPage?: number | null;
  /** Each image becomes ready this long after the previous one (or the job start); NextDocument answers 503 until then. */
  slowMs?: number;
  /** The first attempt to send this 1-based image destroys the socket mid-body; a retry delivers it. */
  disconnectAtPage?: number | null;
  /** NextDocument answers 503 this many times before each image. */
  busy503Count?: number;
  quirks?: EsclQuirks;
  /** Discrete resolutions advertised (default [100,150,200,300]). */
  resolutions?: number[];
  /** Serve HTTPS with this PEM key/certificate (certificate-pinning tests). */
  tls?: { key: string; cert: string } | null;
}

export type EsclColorMode = 'BlackAndWhite1' | 'Grayscale8' | 'RGB24';
export type EsclFormat = 'image/jpeg' | 'image/png' | 'application/pdf';
export type EsclJobState = 'Pending' | 'Processing' | 'Completed' | 'Aborted' | 'Canceled';

/** What a client asked for in `scan:ScanSettings`, normalised. Region in 1/300 inch. */
export interface EsclScanSettings {
  inputSource: 'Platen' | 'Feeder';
  duplex: boolean;
  colorMode: EsclColorMode;
  xResolution: number;
  yResolution: number;
  format: EsclFormat;
  region: { x: number; y: number; width: number; height: number };
  intent: string | null;
}

export interface EsclSimJob {
  id: string;
  uuid: string;
  /** Path of the job resource, e.g. /eSCL/ScanJobs/3f0c… */
  uri: string;
  settings: EsclScanSettings;
  state: EsclJobState;
  reasons: string[];
  createdAt: number;
  /** Last NextDocument call; a job left alone for 30 s is aborted as abandoned (firmware does the same). */
  touchedAt: number;
  imagesCompleted: number;
  /** Epoch ms when the next image is ready (slowMs). */
  readyAt: number;
  /** 503s still to answer before the next image (busy503Count). */
  busyLeft: number;
  /** One-shot quirk flags already spent in this job. */
  spent: Set<'spurious404' | 'gone410' | 'disconnect'>;
  lastImage: { width: number; height: number; bytesPerLine: number } | null;
}

export interface EsclRequestRecord {
  method: string;
  path: string;
  status: number;
}

export interface EsclSimState {
  jobs: Map<string, EsclSimJob>;
  requests: EsclRequestRecord[];
  /** Sheets still in the feeder. */
  adfPages: number;
  /** The ADF is jammed (jamAtPage fired); cleared by setAdfPages(). */
  jammed: boolean;
  /** jamAtPage fires once per simulator, so a client can clear the jam and scan the rest. */
  jamFired: boolean;
}

export interface EsclSim {
  /** Base URL of the resource root, e.g. http://127.0.0.1:PORT/eSCL (https:// with tls). */
  url: string;
  state: EsclSimState;
  /** Load the feeder again (also clears a jam). */
  setAdfPages(n: number): void;
  close(): Promise<void>;
}
