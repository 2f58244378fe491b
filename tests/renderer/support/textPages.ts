import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cachedTestPage, renderBlankPage, type HeaderSpec } from '../../support/testPages';

/** Writes scanned-looking Vietnamese pages (deterministic generator, 300 dpi JPEG) and returns their paths. */
export async function writeTextPages(dir: string, headers: readonly HeaderSpec[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [i, header] of headers.entries()) {
    const page = await cachedTestPage({ id: `ui-pipeline-${i + 1}`, paragraphs: 1, skewDeg: 1.2, header, darkEdge: false });
    const file = path.join(dir, `trang-${String(i + 1).padStart(3, '0')}.jpg`);
    await writeFile(file, page.scanned);
    files.push(file);
  }
  return files;
}

/** Writes a scanned-looking blank sheet (paper tone, noise, dust) as `name`.jpg and returns its path. */
export async function writeBlankPage(dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.jpg`);
  await writeFile(file, await renderBlankPage({ id: `ui-pipeline-${name}`, darkEdge: false }));
  return file;
}
