/** XML documents the simulator serves, written as templates in the shapes real devices (HP, Canon, Brother) use. */
import type { EsclSimJob, EsclSimState } from './types.js';

export const NS_SCAN = 'http://schemas.hp.com/imaging/escl/2011/05/03';
export const NS_PWG = 'http://www.pwg.org/schemas/2010/12/sm';
const NS = `xmlns:scan="${NS_SCAN}" xmlns:pwg="${NS_PWG}"`;
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Max scan area in 1/300 inch: US Letter width (8.5 in) by A4 height, like most office ADFs. */
export const MAX_WIDTH = 2550;
export const MAX_HEIGHT = 3508;
/** A4 in 1/300 inch, the page delivered when a job names no ScanRegion. */
export const A4 = { width: 2480, height: 3508 } as const;

export interface CapsInput {
  makeAndModel: string;
  serial: string;
  uuid: string;
  resolutions: number[];
  adf: boolean;
  duplex: boolean;
  adminUri: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inputCaps(tag: string, resolutions: number[]): string {
  const res = resolutions
    .map((r) => `<scan:DiscreteResolution><scan:XResolution>${r}</scan:XResolution><scan:YResolution>${r}</scan:YResolution></scan:DiscreteResolution>`)
    .join('');
  const modes = ['BlackAndWhite1', 'Grayscale8', 'RGB24'].map((m) => `<scan:ColorMode>${m}</scan:ColorMode>`).join('');
  const formats = ['image/jpeg', 'image/png', 'application/pdf']
    .map((f) => `<pwg:DocumentFormat>${f}</pwg:DocumentFormat><scan:DocumentFormatExt>${f}</scan:DocumentFormatExt>`)
    .join('');
  const intents = ['Document', 'TextAndGraphic', 'Photo', 'Preview'].map((i) => `<scan:Intent>${i}</scan:Intent>`).join('');
  return `<scan:${tag}>
<scan:MinWidth>16</scan:MinWidth><scan:MaxWidth>${MAX_WIDTH}</scan:MaxWidth>
<scan:MinHeight>16</scan:MinHeight><scan:MaxHeight>${MAX_HEIGHT}</scan:MaxHeight>
<scan:MaxScanRegions>1</scan:MaxScanRegions>
<scan:SettingProfiles><scan:SettingProfile>
<scan:ColorModes>${modes}</scan:ColorModes>
<scan:DocumentFormats>${formats}</scan:DocumentFormats>
<scan:SupportedResolutions><scan:DiscreteResolutions>${res}</scan:DiscreteResolutions></scan:SupportedResolutions>
</scan:SettingProfile></scan:SettingProfiles>
<scan:SupportedIntents>${intents}</scan:SupportedIntents>
<scan:MaxOpticalXResolution>${Math.max(...resolutions)}</scan:MaxOpticalXResolution>
<scan:MaxOpticalYResolution>${Math.max(...resolutions)}</scan:MaxOpticalYResolution>
</scan:${tag}>`;
}

function adfCaps(c: CapsInput): string {
  if (!c.adf) return '';
  const duplex = c.duplex ? inputCaps('AdfDuplexInputCaps', c.resolutions) : '';
  const options = `<scan:AdfOption>DetectPaperLoaded</scan:AdfOption>${c.duplex ? '<scan:AdfOption>Duplex</scan:AdfOption>' : ''}`;
  return `<scan:Adf>${inputCaps('AdfSimplexInputCaps', c.resolutions)}${duplex}
<scan:FeederCapacity>50</scan:FeederCapacity>
<scan:AdfOptions>${options}</scan:AdfOptions>
<scan:Justification><pwg:XImagePosition>Center</pwg:XImagePosition><pwg:YImagePosition>Top</pwg:YImagePosition></scan:Justification>
</scan:Adf>`;
}

export function capabilitiesXml(c: CapsInput): string {
  return `${DECL}<scan:ScannerCapabilities ${NS}>
<pwg:Version>2.63</pwg:Version>
<pwg:MakeAndModel>${esc(c.makeAndModel)}</pwg:MakeAndModel>
<pwg:SerialNumber>${esc(c.serial)}</pwg:SerialNumber>
<scan:UUID>${esc(c.uuid)}</scan:UUID>
<scan:AdminURI>${esc(c.adminUri)}</scan:AdminURI>
<scan:Platen>${inputCaps('PlatenInputCaps', c.resolutions)}</scan:Platen>
${adfCaps(c)}
<scan:CompressionFactorSupport><scan:Min>0</scan:Min><scan:Max>100</scan:Max><scan:Normal>25</scan:Normal><scan:Step>1</scan:Step></scan:CompressionFactorSupport>
</scan:ScannerCapabilities>`;
}

function imagesToTransfer(job: EsclSimJob, adfPages: number): number {
  if (job.state !== 'Pending' && job.state !== 'Processing') return 0;
  if (job.settings.inputSource === 'Platen') return 1 - job.imagesCompleted;
  // A duplex job that has delivered an odd number of images still owes the back of the current sheet.
  const owedBack = job.settings.duplex && job.imagesCompleted % 2 === 1 ? 1 : 0;
  return adfPages * (job.settings.duplex ? 2 : 1) + owedBack;
}

function jobInfo(job: EsclSimJob, adfPages: number, now: number): string {
  const reasons = job.reasons.map((r) => `<pwg:JobStateReason>${r}</pwg:JobStateReason>`).join('');
  return `<scan:JobInfo>
<pwg:JobUri>${job.uri}</pwg:JobUri><pwg:JobUuid>${job.uuid}</pwg:JobUuid>
<scan:Age>${Math.floor((now - job.createdAt) / 1000)}</scan:Age>
<pwg:ImagesCompleted>${job.imagesCompleted}</pwg:ImagesCompleted>
<pwg:ImagesToTransfer>${imagesToTransfer(job, adfPages)}</pwg:ImagesToTransfer>
<pwg:JobState>${job.state}</pwg:JobState>
<pwg:JobStateReasons>${reasons}</pwg:JobStateReasons>
</scan:JobInfo>`;
}

/** True while a job still holds the scanner (the device answers 503 to a second ScanJobs POST). */
export function isActive(job: EsclSimJob): boolean {
  return job.state === 'Pending' || job.state === 'Processing';
}

export function adfState(state: EsclSimState, hasAdf: boolean): string | null {
  if (!hasAdf) return null;
  if (state.jammed) return 'ScannerAdfJam';
  if (state.adfPages <= 0) return 'ScannerAdfEmpty';
  const feeding = [...state.jobs.values()].some((j) => isActive(j) && j.settings.inputSource === 'Feeder');
  return feeding ? 'ScannerAdfProcessing' : 'ScannerAdfLoaded';
}

export function statusXml(state: EsclSimState, hasAdf: boolean, now = Date.now()): string {
  const jobs = [...state.jobs.values()];
  const pwgState = state.jammed ? 'Stopped' : jobs.some(isActive) ? 'Processing' : 'Idle';
  const adf = adfState(state, hasAdf);
  // Newest first, like HP and Canon firmware.
  const infos = jobs.reverse().map((j) => jobInfo(j, state.adfPages, now)).join('\n');
  return `${DECL}<scan:ScannerStatus ${NS}>
<pwg:Version>2.63</pwg:Version>
<pwg:State>${pwgState}</pwg:State>
${adf ? `<scan:AdfState>${adf}</scan:AdfState>` : ''}
<scan:Jobs>${infos}</scan:Jobs>
</scan:ScannerStatus>`;
}

export function imageInfoXml(job: EsclSimJob): string {
  const img = job.lastImage ?? { width: 0, height: 0, bytesPerLine: 0 };
  return `${DECL}<scan:ImageInfo ${NS}>
<pwg:JobUri>${job.uri}</pwg:JobUri><pwg:JobUuid>${job.uuid}</pwg:JobUuid>
<scan:ActualWidth>${img.width}</scan:ActualWidth><scan:ActualHeight>${img.height}</scan:ActualHeight>
<scan:ActualBytesPerLine>${img.bytesPerLine}</scan:ActualBytesPerLine>
</scan:ImageInfo>`;
}
