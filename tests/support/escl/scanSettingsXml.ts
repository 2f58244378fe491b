/** Builds a `scan:ScanSettings` request body the way sane-airscan sends it, for tests that talk to the simulator. */
import { NS_PWG, NS_SCAN } from './xml.js';

export interface ScanSettingsInput {
  source?: 'Platen' | 'Feeder';
  colorMode?: 'BlackAndWhite1' | 'Grayscale8' | 'RGB24';
  dpi?: number;
  format?: 'image/jpeg' | 'image/png' | 'application/pdf';
  duplex?: boolean;
  /** 1/300 inch; omitted = no ScanRegions element (the simulator then scans A4). */
  region?: { x?: number; y?: number; width: number; height: number };
}

export function scanSettingsXml(s: ScanSettingsInput = {}): string {
  const dpi = s.dpi ?? 150;
  const region = s.region
    ? `<pwg:ScanRegions><pwg:ScanRegion><pwg:ContentRegionUnits>escl:ThreeHundredthsOfInches</pwg:ContentRegionUnits>` +
      `<pwg:XOffset>${s.region.x ?? 0}</pwg:XOffset><pwg:YOffset>${s.region.y ?? 0}</pwg:YOffset>` +
      `<pwg:Width>${s.region.width}</pwg:Width><pwg:Height>${s.region.height}</pwg:Height></pwg:ScanRegion></pwg:ScanRegions>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<scan:ScanSettings xmlns:scan="${NS_SCAN}" xmlns:pwg="${NS_PWG}">
<pwg:Version>2.0</pwg:Version><scan:Intent>Document</scan:Intent>${region}
<pwg:InputSource>${s.source ?? 'Platen'}</pwg:InputSource>${s.duplex ? '<scan:Duplex>true</scan:Duplex>' : ''}
<scan:ColorMode>${s.colorMode ?? 'RGB24'}</scan:ColorMode>
<pwg:DocumentFormat>${s.format ?? 'image/jpeg'}</pwg:DocumentFormat>
<scan:XResolution>${dpi}</scan:XResolution><scan:YResolution>${dpi}</scan:YResolution>
</scan:ScanSettings>`;
}
