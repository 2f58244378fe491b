import { basename, extname } from 'node:path';
import { parseDossierCode } from '../../shared/domain/dossierCode';

/** Where a file dropped in the hot folder belongs. */
export interface HotFolderTarget {
  dossierCode: string;
  componentIndex: number | null;
}

/**
 * Multifunction printers name scans after what the clerk types on their panel, so the station's rule is: the file
 * name starts with the dossier code, optionally followed by `_tpN` (component N of the procedure), then anything,
 * e.g. `H55.242-260310-010001_tp2_scan0001.pdf`. Returns null for names that do not follow the rule.
 */
export function hotFolderTarget(filePath: string): HotFolderTarget | null {
  const stem = basename(filePath, extname(filePath));
  const [first, ...rest] = stem.split(/[_\s]+/);
  if (!first || !parseDossierCode(first)) return null;
  const component = rest.map((t) => /^tp(\d{1,3})$/i.exec(t)).find((m) => m !== null);
  return { dossierCode: first, componentIndex: component ? Number(component[1]) : null };
}

export const HOT_FOLDER_NAMING_HINT_VI =
  'Đặt tên tệp bắt đầu bằng mã hồ sơ, có thể thêm _tpN cho thành phần thứ N, ví dụ: H55.242-260310-010001_tp2.pdf. Tệp vẫn nằm trong thư mục quét, đổi tên là trạm tự nhập.';
