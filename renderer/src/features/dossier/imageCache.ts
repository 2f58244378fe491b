import { station } from '../../bridge';

export type ImageVariant = 'thumb' | 'full' | 'derived';

/** 2026-01: 800 thumbnails ≈ 8 MB of data URLs; full and cleaned images are large, so only the last few are kept. */
const LIMITS: Readonly<Record<ImageVariant, number>> = { thumb: 800, full: 6, derived: 6 };
const caches: Record<ImageVariant, Map<string, Promise<string>>> = { thumb: new Map(), full: new Map(), derived: new Map() };

/**
 * The page image as a data URL, fetched once (pages.image) and kept in a small LRU. Concurrent requests for the
 * same page share one call; failures are not cached, so scrolling back retries. `version` tells apart images that
 * change for the same page (the cleaned image after a rotation or reprocessing).
 */
export function loadPageImage(pageId: string, variant: ImageVariant, version = ''): Promise<string> {
  const cache = caches[variant];
  const key = `${pageId}@${version}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const p = station.pages.image({ pageId, variant }).then((r) => r.dataUrl);
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  while (cache.size > LIMITS[variant]) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return p;
}
