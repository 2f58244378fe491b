/**
 * Page worker thread: clean-up, orientation, blank and code detection for one page at a time, off the core's
 * event loop. Started by core/threads/ThreadPool; the logic lives in core/pipeline/pageWork.ts.
 */
import { runPageWork, transferablesOf, type PageWorkRequest, type PageWorkResult } from '../core/pipeline/pageWork';
import { serveThread } from '../core/threads/serveThread';

serveThread<PageWorkRequest, PageWorkResult>(async (req) => {
  const value = await runPageWork(req);
  return { value, transfer: transferablesOf(value) };
});
