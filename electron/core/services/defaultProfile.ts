import type { z } from 'zod';
import type { ScanProfileInput } from '../../shared/contract/scanModels';

/**
 * The profile a fresh station starts with, so a clerk can scan before IT has set anything up: A4 from the
 * feeder at 300 dpi colour (VN-DG-07: 300 dpi by default, colour whenever there is a seal), blank pages
 * flagged (never deleted), deskew on.
 */
export const SEED_PROFILE: z.output<typeof ScanProfileInput> = {
  name: 'Hồ sơ giấy A4 – khay nạp, 300 dpi, màu',
  device: null,
  source: 'feeder',
  duplex: false,
  dpi: 300,
  colorMode: 'color',
  paperSize: 'A4',
  blankHandling: 'flag',
  deskew: true,
  separation: { mode: 'none', pageCount: null },
  outputProfile: 'color-mrc',
  lockedFields: [],
  isDefault: true,
};
