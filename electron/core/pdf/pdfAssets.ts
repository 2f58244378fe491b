import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors/AppError';

/** Files shipped in `assets/pdf/` (licences in `assets/pdf/NOTICE.md`). */
export interface PdfAssets {
  /** Tesseract's GlyphLessFont (572 B, Apache-2.0): one blank glyph, advance 500. */
  glyphLessFont: Uint8Array;
  /** sRGB IEC61966-2.1, ICC v2 (icc-profiles-free, zlib): the PDF/A OutputIntent profile. */
  srgbIcc: Uint8Array;
}

let cached: PdfAssets | undefined;

/**
 * Where `assets/pdf` is: next to the packaged app (`resources/assets`, electron-builder extraResources), relative
 * to this file in the source tree (electron/core/pdf) or a bundle (dist/<entry>/x.cjs), or under the working folder.
 */
function candidateDirs(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  return [
    ...(resources ? [join(resources, 'assets', 'pdf')] : []),
    join(here, '..', '..', '..', 'assets', 'pdf'),
    join(here, '..', '..', 'assets', 'pdf'),
    resolve('assets', 'pdf'),
  ];
}

export function pdfAssetsDir(): string {
  const found = candidateDirs().find((dir) => existsSync(join(dir, 'pdf.ttf')) && existsSync(join(dir, 'sRGB.icc')));
  if (!found) {
    throw new AppError('pdf/failed', 'Thiếu tệp phông chữ hoặc hồ sơ màu để tạo PDF/A (assets/pdf). Hãy cài đặt lại ứng dụng.', {
      details: { searched: candidateDirs() },
    });
  }
  return found;
}

/** Reads the two files once per process. */
export function loadPdfAssets(): PdfAssets {
  if (!cached) {
    const dir = pdfAssetsDir();
    cached = {
      glyphLessFont: new Uint8Array(readFileSync(join(dir, 'pdf.ttf'))),
      srgbIcc: new Uint8Array(readFileSync(join(dir, 'sRGB.icc'))),
    };
  }
  return cached;
}
