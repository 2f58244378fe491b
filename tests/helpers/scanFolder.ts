import { FolderScanDriver, FOLDER_DEVICE } from '../../electron/core/scan/drivers/folder/FolderScanDriver';
import type { FileRejection, RawPage } from '../../electron/core/scan/drivers/ScanDriver';
import type { QuarantineTarget } from '../../electron/core/scan/ScanOptions';
import { validateScanOptions } from '../../electron/core/scan/validateScanOptions';

/** Runs the folder driver over `paths` to the end, collecting the pages and the rejected files. */
export async function scanFolder(paths: string[], quarantine?: QuarantineTarget, driver = new FolderScanDriver()): Promise<{ pages: RawPage[]; rejections: FileRejection[] }> {
  const rejections: FileRejection[] = [];
  const pages: RawPage[] = [];
  const valid = validateScanOptions({ device: FOLDER_DEVICE, paths, ...(quarantine ? { quarantine } : {}) });
  for await (const p of driver.scan(valid, new AbortController().signal, { fileRejected: (r) => rejections.push(r) })) pages.push(p);
  return { pages, rejections };
}
