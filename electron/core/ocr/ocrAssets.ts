import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a shipped file of assets/ocr is, from source (electron/core/ocr), from a bundle (dist/<entry>) or the cwd. */
export function ocrAssetPath(name: string): string {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, '..', '..', '..', 'assets', 'ocr', name),
    path.join(here, '..', '..', 'assets', 'ocr', name),
    path.resolve('assets', 'ocr', name),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[0] ?? name;
}
