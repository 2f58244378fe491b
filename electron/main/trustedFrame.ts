import type { WebFrameMain } from 'electron';
import { pathToFileURL } from 'node:url';
import { AppError } from '../shared/errors/AppError';

/**
 * Only our own renderer page (the bundled file:// index.html, top frame) may call the router. Anything else —
 * a navigated-away page, an iframe, a devtools extension — gets `ipc/unauthorized`.
 */
export function createFrameGuard(rendererIndexPath: string): (frame: WebFrameMain | null) => void {
  const trusted = pathToFileURL(rendererIndexPath);
  return function assertTrustedFrame(frame) {
    if (!frame || frame.parent !== null) throw unauthorized();
    let url: URL;
    try { url = new URL(frame.url); } catch { throw unauthorized(); }
    // Hash routes (`index.html#/scan`) and queries are fine; the document itself must be ours.
    if (url.protocol !== 'file:' || url.pathname !== trusted.pathname) throw unauthorized();
  };
}

function unauthorized(): AppError {
  return new AppError('ipc/unauthorized', 'Yêu cầu không đến từ giao diện của Trạm Số hóa nên đã bị từ chối.');
}
