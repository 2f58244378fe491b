// Development and tests only (core/threads/ThreadPool.ts): worker_threads do not inherit the parent's `--import tsx` hooks, so a TypeScript worker entry
// is started through this file, which registers tsx inside the thread and imports the entry named in workerData.
// Bundled builds start dist/workers/<name>.cjs directly and never load this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__tsEntry);
