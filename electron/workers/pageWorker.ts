/**
 * Page worker thread: clean-up, orientation, blank and code detection for one page at a time, and the PDF encoding
 * of page images at export, off the core's event loop. Started by core/threads/ThreadPool; the logic lives in
 * core/pipeline/pageWork.ts and core/pipeline/encodeWork.ts.
 */
import { encodeTransferables, runEncode, type EncodeRequest, type EncodeResult } from '../core/pipeline/encodeWork';
import { runPageWork, transferablesOf, type PageWorkRequest, type PageWorkResult } from '../core/pipeline/pageWork';
import { serveThread } from '../core/threads/serveThread';

serveThread<PageWorkRequest | EncodeRequest, PageWorkResult | EncodeResult>(async (req) => {
  if (req.kind === 'encode') {
    const value = await runEncode(req);
    return { value, transfer: encodeTransferables(value) };
  }
  const value = await runPageWork(req);
  return { value, transfer: transferablesOf(value) };
});
