import type { ColorModeT } from '../../../../shared/contract/models';
import type { EsclCapabilities, EsclSourceCaps } from './esclXml';

/** What one eSCL job asks for; built from ValidDeviceScanOptions and the device's capabilities. */
export interface EsclScanRequest {
  source: 'flatbed' | 'feeder';
  duplex: boolean;
  dpi: number;
  colorMode: ColorModeT;
}

/** The concrete wire choices, kept so the page loop knows what it asked for. */
export interface EsclJobPlan {
  inputSource: 'Platen' | 'Feeder';
  colorMode: 'RGB24' | 'Grayscale8' | 'BlackAndWhite1';
  format: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  xml: string;
}

const WIRE_MODE = { color: 'RGB24', gray: 'Grayscale8', bw: 'BlackAndWhite1' } as const;

function pickColorMode(wanted: ColorModeT, src: EsclSourceCaps): EsclJobPlan['colorMode'] {
  const mode = WIRE_MODE[wanted];
  // B/W falls back to grey (the image pipeline thresholds); a device without a listed mode gets what was asked.
  if (src.colorModes.length === 0 || src.colorModes.includes(mode)) return mode;
  return mode === 'BlackAndWhite1' && src.colorModes.includes('Grayscale8') ? 'Grayscale8' : mode;
}

/** JPEG per page by default (scanning.md §3.3); PNG for B/W or when JPEG is not offered. Null: neither offered. */
function pickFormat(colorMode: EsclJobPlan['colorMode'], src: EsclSourceCaps): EsclJobPlan['format'] | null {
  const has = (f: string): boolean => src.formats.length === 0 || src.formats.includes(f);
  if (colorMode === 'BlackAndWhite1' && has('image/png')) return 'image/png';
  if (has('image/jpeg')) return 'image/jpeg';
  return has('image/png') ? 'image/png' : null;
}

/** Builds the `scan:ScanSettings` body; numbers only come from our own types, so no escaping is needed. */
export function buildScanSettings(req: EsclScanRequest, caps: EsclCapabilities): EsclJobPlan | null {
  const src = req.source === 'feeder' ? (req.duplex ? caps.adfDuplex ?? caps.adf : caps.adf) : caps.platen;
  if (!src) return null;
  const colorMode = pickColorMode(req.colorMode, src);
  const format = pickFormat(colorMode, src);
  if (!format) return null;
  const inputSource = req.source === 'feeder' ? 'Feeder' : 'Platen';
  // A4 width/height clipped to the source: the whole A4 page without asking for more than the glass/feeder has.
  const width = Math.min(src.maxWidth, 2480);
  const height = Math.min(src.maxHeight, 3508);
  const formatLine = `<pwg:DocumentFormat>${format}</pwg:DocumentFormat>`
    + (src.formatExt ? `<scan:DocumentFormatExt>${format}</scan:DocumentFormatExt>` : '');
  const compression = caps.compression && format === 'image/jpeg' ? `<scan:CompressionFactor>${caps.compression.min}</scan:CompressionFactor>` : '';
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<scan:ScanSettings xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">'
    + '<pwg:Version>2.0</pwg:Version><scan:Intent>Document</scan:Intent>'
    + '<pwg:ScanRegions><pwg:ScanRegion><pwg:ContentRegionUnits>escl:ThreeHundredthsOfInches</pwg:ContentRegionUnits>'
    + `<pwg:XOffset>0</pwg:XOffset><pwg:YOffset>0</pwg:YOffset><pwg:Width>${width}</pwg:Width><pwg:Height>${height}</pwg:Height>`
    + '</pwg:ScanRegion></pwg:ScanRegions>'
    + `<pwg:InputSource>${inputSource}</pwg:InputSource>`
    + (req.source === 'feeder' ? `<scan:Duplex>${req.duplex}</scan:Duplex>` : '')
    + `<scan:ColorMode>${colorMode}</scan:ColorMode>${formatLine}`
    + `<scan:XResolution>${req.dpi}</scan:XResolution><scan:YResolution>${req.dpi}</scan:YResolution>${compression}`
    + '</scan:ScanSettings>';
  return { inputSource, colorMode, format, width, height, xml };
}
