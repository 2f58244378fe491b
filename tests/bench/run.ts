/**
 * `npm run bench`: import and export throughput of the foundation through the real core (SQLite, device host,
 * job manager), on generated A4 pages at 200 dpi. Prints a Markdown table for BENCHMARKS.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/createCore';
import type { CallContext } from '../../electron/shared/ipc/createRouter';
import { makePages } from '../support/makePages';

const PAGES = Number(process.env.BENCH_PAGES ?? 200);
const CODE = 'H55.242-260310-019999';
const ctx: CallContext = { origin: 'test', session: { userId: null } };

async function call(core: Awaited<ReturnType<typeof createCore>>, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await core.router.dispatch(channel, input, ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'station-bench-'));
  const files = await makePages(join(dir, 'in'), PAGES, { width: 1654 }); // A4 width at 200 dpi
  const core = await createCore({ dataDir: join(dir, 'data') });
  try {
    await call(core, 'ss:dossiers.create', { code: CODE, procedureCode: '2.000815', applicant: { fullName: 'Đo Hiệu Năng', personalId: '001099012345' } });
    let t0 = performance.now();
    const imp = await call(core, 'ss:imports.start', { dossierCode: CODE, paths: files });
    const importJob = await core.jobs.waitFor(String(imp.jobId));
    const importMs = performance.now() - t0;
    t0 = performance.now();
    const exp = await call(core, 'ss:exports.start', { dossierCode: CODE });
    const exportJob = await core.jobs.waitFor(String(exp.jobId));
    const exportMs = performance.now() - t0;
    const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    const pdfBytes = Number((exportJob.result as { bytes: number }).bytes);
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| pages imported (A4 200 dpi JPEG, via device host) | ${(importJob.result as { imported: number }).imported} |`);
    console.log(`| import throughput | ${(PAGES / (importMs / 1000)).toFixed(1)} pages/s (${Math.round(importMs / PAGES)} ms/page) |`);
    console.log(`| export throughput (image PDF) | ${(PAGES / (exportMs / 1000)).toFixed(1)} pages/s |`);
    console.log(`| PDF size | ${Math.round(pdfBytes / 1024)} KB (${Math.round(pdfBytes / PAGES / 1024)} KB/page) |`);
    console.log(`| core process RSS after run | ${rssMb} MB |`);
  } finally {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
