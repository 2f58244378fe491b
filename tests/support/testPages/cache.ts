import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { TestPage, TestPageSpec } from './index';

const CACHE_ROOT = resolve(import.meta.dirname, '../../artifacts/testPages');

/** The generator's own source and sharp's build: a change to either invalidates every cached page. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(import.meta.dirname).filter((n) => n.endsWith('.ts')).sort()) {
    hash.update(name).update(readFileSync(join(import.meta.dirname, name)));
  }
  hash.update(readFileSync(resolve(import.meta.dirname, '../seededRandom.ts')));
  return hash.update(JSON.stringify(sharp.versions)).digest('hex');
}

let fingerprint: string | null = null;

function cacheKey(spec: TestPageSpec): string {
  fingerprint ??= generatorFingerprint();
  const { id, dpi, paragraphs, skewDeg, rotation, seal, header, darkEdge } = spec;
  const canonical = JSON.stringify({ id, dpi, paragraphs, skewDeg, rotation, seal, header, darkEdge });
  return createHash('sha256').update(fingerprint).update(canonical).digest('hex').slice(0, 20);
}

type Meta = Omit<TestPage, 'clean' | 'scanned'>;

/**
 * `renderTestPage` memoised on disk under tests/artifacts/testPages/<hash>/ (clean.png, scanned.jpg, page.json).
 * Written to a temporary folder and renamed, so parallel test workers never read half a page.
 */
export async function cachedTestPage(spec: TestPageSpec): Promise<TestPage> {
  const dir = join(CACHE_ROOT, cacheKey(spec));
  if (existsSync(join(dir, 'page.json'))) {
    const meta = JSON.parse(await readFile(join(dir, 'page.json'), 'utf8')) as Meta;
    return { ...meta, clean: await readFile(join(dir, 'clean.png')), scanned: await readFile(join(dir, 'scanned.jpg')) };
  }
  const { renderTestPage } = await import('./index');
  const page = await renderTestPage(spec);
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmp, { recursive: true });
  const { clean, scanned, ...meta } = page;
  await writeFile(join(tmp, 'clean.png'), clean);
  await writeFile(join(tmp, 'scanned.jpg'), scanned);
  await writeFile(join(tmp, 'page.json'), JSON.stringify(meta, null, 1));
  try {
    await rename(tmp, dir);
  } catch {
    await rm(tmp, { recursive: true, force: true }); // another worker won the race with identical content
  }
  return page;
}
