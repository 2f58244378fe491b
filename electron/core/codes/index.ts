/** Code recognition and document separation (issue 3, deliverable 4). See README.md. */
export type { FoundCode, PageCodes, PageSeparationInput, PatchCode, SeparationPlan, SeparationRule } from './types';
export { SEPARATOR_PREFIX } from './types';
export { readBarcodes, type ReadBarcodesOptions } from './readBarcodes';
export { detectPatchCode } from './detectPatchCode';
export { analyzePageCodes, CODES_DPI } from './analyzePageCodes';
export { renderSeparatorSheet, type SeparatorSheetOptions } from './separatorSheet';
export { planSeparation } from './planSeparation';
