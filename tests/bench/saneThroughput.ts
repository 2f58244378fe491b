/**
 * Scanning throughput from the SANE `test` backend to stored pages through the real core (forked device host,
 * SQLite, fsync): 10-sheet ADF batches, colour A4, at 200 and 300 dpi. The test backend's feeder empties after 10
 * sheets; every batch is a new scan job (a new SANE handle re-arms the feeder), as the scan tests do.
 * `BENCH_SANE_BATCHES=N` (default 4 → 40 pages per resolution).
 */
import type { JobT } from '../../electron/shared/contract/models';
import { setUpSaneTestEnv } from '../support/saneTestEnv';
import { call, latencyRows, makeBenchRig, type BenchRig, type PageTiming } from './common';

const SANE0 = { driver: 'sane' as const, id: 'test:0', name: 'frontend-tester' };
/** A colour pattern rather than the backend's default solid black, and no injected fault. */
const DRIVER_OPTIONS = { 'read-return-value': 'Default', 'read-delay': false, 'test-picture': 'Color pattern' };

interface DpiResult { dpi: number; pages: number; batchMs: number[]; timings: PageTiming[] }

async function runDpi(rig: BenchRig, code: string, dpi: number, batches: number): Promise<DpiResult> {
  const res: DpiResult = { dpi, pages: 0, batchMs: [], timings: [] };
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    const req = { dossierCode: code, componentIndex: 1, noteCapture: false, overrides: { device: SANE0, source: 'feeder' as const, dpi, colorMode: 'color' as const } };
    const job: JobT = await rig.core.jobs.waitFor(rig.core.scanner.start(req, 'bench:scan', { driverOptions: DRIVER_OPTIONS }).id);
    res.batchMs.push(performance.now() - t0);
    if (job.state !== 'succeeded') throw new Error(`SANE batch ${b + 1} at ${dpi} dpi: ${job.state} ${job.error?.code ?? ''} ${job.error?.message ?? ''}`);
    res.pages += (job.result as { pagesScanned: number }).pagesScanned;
    res.timings.push(...(await rig.takeTimings()));
  }
  return res;
}

function table(r: DpiResult): string[] {
  const totalS = r.batchMs.reduce((a, b) => a + b, 0) / 1000;
  const perBatch = r.batchMs.map((ms) => (10 / (ms / 1000)).toFixed(2)).join(', ');
  const kb = Math.round(r.timings.reduce((a, t) => a + t.bytes, 0) / r.timings.length / 1024);
  return [
    `#### ${r.dpi} dpi, colour, A4, ADF`,
    '',
    '| measure | value |',
    '|---|---|',
    `| pages stored | ${r.pages} (${r.batchMs.length} batches of 10 sheets), ~${kb} KB/page JPEG |`,
    `| throughput (scan.start → job done, all batches) | **${(r.pages / totalS).toFixed(2)} pages/s** (${Math.round((totalS * 1000) / r.pages)} ms/page) |`,
    `| per batch (pages/s) | ${perBatch} |`,
    '| latency, ms (p50 / p95 / max) | |',
    ...latencyRows(r.timings),
  ];
}

export async function benchSane(): Promise<string> {
  const batches = Number(process.env.BENCH_SANE_BATCHES ?? 4);
  const env = await setUpSaneTestEnv(); // before the device host is forked: it inherits SANE_CONFIG_DIR
  const rig = await makeBenchRig({ SANE_CONFIG_DIR: env.configDir });
  try {
    await call(rig.core, 'ss:devices.getCaps', { device: SANE0 }); // starts the device host and libsane outside the measurement
    const out = ['### SANE test backend → stored pages (issue 4)', ''];
    for (const [i, dpi] of [200, 300].entries()) {
      const code = `H55.242-260310-0298${String(i).padStart(2, '0')}`;
      await call(rig.core, 'ss:dossiers.create', { code, procedureCode: '2.000815', applicant: { fullName: 'Đo Hiệu Năng', personalId: '001099012345' } });
      out.push(...table(await runDpi(rig, code, dpi, batches)), '');
    }
    return out.join('\n').trimEnd();
  } finally {
    await rig.close();
    await env.cleanup();
  }
}
