import { useEffect, useState } from 'react';
import { loadPageImage } from './imageCache';

/** Loads one page image while the component is mounted; stale answers for a previous page are ignored. */
export function usePageImage(pageId: string | null, variant: 'thumb' | 'full'): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ id: string | null; url: string | null; failed: boolean }>({ id: null, url: null, failed: false });
  useEffect(() => {
    if (!pageId) return undefined;
    let live = true;
    loadPageImage(pageId, variant).then(
      (url) => { if (live) setState({ id: pageId, url, failed: false }); },
      () => { if (live) setState({ id: pageId, url: null, failed: true }); },
    );
    return () => { live = false; };
  }, [pageId, variant]);
  return state.id === pageId ? { url: state.url, failed: state.failed } : { url: null, failed: false };
}
