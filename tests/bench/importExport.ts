/**
 * Import and export throughput of the foundation through the real core (SQLite, device host, job manager), on
 * generated A4 pages at 200 dpi (issue 2). `BENCH_PAGES=N` changes the page count (default 200).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/createCore';
import { makePages } from '../support/makePages';
import { call } from './common';

const CODE = 'H55.242-260310-019999';

export async function benchImportExport(): Promise<string> {
  const pages = Number(process.env.BENCH_PAGES ?? 200);
  const dir = await mkdtemp(join(tmpdir(), 'station-bench-'));
  const files = await makePages(join(dir, 'in'), pages, { width: 1654 }); // A4 width at 200 dpi
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
    return [
      '### Import and export (issue 2)',
      '',
      '| measure | value |',
      '|---|---|',
      `| pages imported (A4 200 dpi JPEG, via device host) | ${(importJob.result as { imported: number }).imported} |`,
      `| import throughput | ${(pages / (importMs / 1000)).toFixed(1)} pages/s (${Math.round(importMs / pages)} ms/page) |`,
      `| export throughput (searchable PDF/A, MRC page images encoded in 2 page threads) | ${(pages / (exportMs / 1000)).toFixed(1)} pages/s |`,
      `| PDF size | ${Math.round(pdfBytes / 1024)} KB (${Math.round(pdfBytes / pages / 1024)} KB/page) |`,
      `| bench process RSS after run | ${rssMb} MB |`,
    ].join('\n');
  } finally {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
}
