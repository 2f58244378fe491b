import { station } from '../../bridge';

type Variant = 'thumb' | 'full';

/** 2026-01: 800 thumbnails ≈ 8 MB of data URLs; full images are large, so only the last few are kept. */
const LIMITS: Readonly<Record<Variant, number>> = { thumb: 800, full: 6 };
const caches: Record<Variant, Map<string, Promise<string>>> = { thumb: new Map(), full: new Map() };

/**
 * The page image as a data URL, fetched once (pages.image) and kept in a small LRU. Concurrent requests for the
 * same page share one call; failures are not cached, so scrolling back retries.
 */
export function loadPageImage(pageId: string, variant: Variant): Promise<string> {
  const cache = caches[variant];
  const hit = cache.get(pageId);
  if (hit) {
    cache.delete(pageId);
    cache.set(pageId, hit);
    return hit;
  }
  const p = station.pages.image({ pageId, variant }).then((r) => r.dataUrl);
  cache.set(pageId, p);
  p.catch(() => cache.delete(pageId));
  while (cache.size > LIMITS[variant]) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return p;
}

