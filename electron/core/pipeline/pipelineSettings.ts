import type { ScanProfileT } from '../../shared/contract/scanModels';
import { getDefaultProfile } from '../services/profiles';
import type { Store } from '../store/Store';
import type { PageImageMode } from '../pdf';

/** What the pipeline does with a page, from the station's default scan profile (IT sets it, VN-DG-06/07). */
export interface PipelineSettings {
  deskew: boolean;
  /** 'flag': blank pages are flagged and taken out of the output (kept, restorable); 'keep': flagged only. */
  blankHandling: 'flag' | 'keep';
  separation: ScanProfileT['separation'];
  pdfMode: PageImageMode;
}

const PDF_MODE: Record<ScanProfileT['outputProfile'], PageImageMode> = { 'color-mrc': 'mrc', jpeg: 'jpeg', 'bw-g4': 'bw' };

export function pipelineSettings(store: Store): PipelineSettings {
  const p = getDefaultProfile(store);
  return {
    deskew: p?.deskew ?? true,
    blankHandling: p?.blankHandling ?? 'flag',
    separation: p?.separation ?? { mode: 'none', pageCount: null },
    pdfMode: PDF_MODE[p?.outputProfile ?? 'color-mrc'],
  };
}
