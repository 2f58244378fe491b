import { useEffect, useState } from 'react';
import { loadPageImage, type ImageVariant } from './imageCache';

/**
 * Loads one page image while the component is mounted; stale answers for a previous page are ignored. A null
 * `pageId` loads nothing (e.g. the cleaned image before the pipeline has made it).
 */
export function usePageImage(pageId: string | null, variant: ImageVariant, version = ''): { url: string | null; failed: boolean } {
  const key = pageId === null ? null : `${pageId}@${version}`;
  const [state, setState] = useState<{ key: string | null; url: string | null; failed: boolean }>({ key: null, url: null, failed: false });
  useEffect(() => {
    if (!pageId) return undefined;
    let live = true;
    const k = `${pageId}@${version}`;
    loadPageImage(pageId, variant, version).then(
      (url) => { if (live) setState({ key: k, url, failed: false }); },
      () => { if (live) setState({ key: k, url: null, failed: true }); },
    );
    return () => { live = false; };
  }, [pageId, variant, version]);
  return state.key === key ? { url: state.url, failed: state.failed } : { url: null, failed: false };
}
