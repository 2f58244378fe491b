/**
 * Scanning throughput from the eSCL simulator (tests/support/escl) to stored pages through the real core (forked
 * device host with STATION_ESCL_URLS, SQLite, fsync): ADF, 20 sheets, duplex → 40 images, colour 300 dpi JPEG.
 * `BENCH_ESCL_SHEETS=N` changes the sheet count.
 */
import type { JobT } from '../../electron/shared/contract/models';
import { startEsclSimulator } from '../support/escl/startEsclSimulator';
import { call, latencyRows, makeBenchRig, thumbLatency, type BenchRig, type PageTiming } from './common';

const CODE = 'H55.242-260310-029901';
const CODE2 = 'H55.242-260310-029902';

interface BatchResult { pages: number; ms: number; timings: PageTiming[] }

async function batch(rig: BenchRig, code: string, device: Record<string, string>): Promise<BatchResult> {
  const t0 = performance.now();
  const { jobId } = await call<{ jobId: string }>(rig.core, 'ss:scan.start', { dossierCode: code, componentIndex: 1, overrides: { device, source: 'feeder', dpi: 300, colorMode: 'color', duplex: true } });
  const job: JobT = await rig.core.jobs.waitFor(jobId);
  const ms = performance.now() - t0;
  if (job.state !== 'succeeded') throw new Error(`eSCL batch: ${job.state} ${job.error?.code ?? ''} ${job.error?.message ?? ''}`);
  return { pages: (job.result as { pagesScanned: number }).pagesScanned, ms, timings: await rig.takeTimings() };
}

const rate = (r: BatchResult) => `${(r.pages / (r.ms / 1000)).toFixed(2)} images/s (${Math.round(r.ms / r.pages)} ms/image, ${(r.ms / 1000).toFixed(1)} s)`;

export async function benchEscl(): Promise<string> {
  const sheets = Number(process.env.BENCH_ESCL_SHEETS ?? 20);
  const sim = await startEsclSimulator({ adfPages: sheets, duplex: true });
  const rig = await makeBenchRig({ STATION_ESCL_URLS: sim.url });
  try {
    const device = { driver: 'escl', id: sim.url, name: 'Máy quét mạng giả lập' };
    await call(rig.core, 'ss:devices.getCaps', { device }); // starts the device host outside the measurement
    const results: BatchResult[] = [];
    for (const code of [CODE, CODE2]) {
      await call(rig.core, 'ss:dossiers.create', { code, procedureCode: '2.000815', applicant: { fullName: 'Đo Hiệu Năng', personalId: '001099012345' } });
      sim.setAdfPages(sheets); // the clerk reloads the feeder
      results.push(await batch(rig, code, device));
    }
    const [cold, warm] = results as [BatchResult, BatchResult];
    const kb = Math.round(warm.timings.reduce((a, t) => a + t.bytes, 0) / warm.timings.length / 1024);
    const added = warm.timings.map((t) => t.addedAt);
    const steady = (warm.pages - 1) / ((Math.max(...added) - Math.min(...added)) / 1000);
    return [
      '### eSCL simulator → stored pages (issue 4)',
      '',
      '| measure | value |',
      '|---|---|',
      `| images stored per batch | ${warm.pages} (${sheets} sheets, duplex, colour 300 dpi JPEG, ~${kb} KB/image) |`,
      `| 1st batch (simulator renders each image in the bench process) | ${rate(cold)} |`,
      `| **2nd batch** (simulator images cached: the station's own cost) | **${rate(warm)}** |`,
      `| 2nd batch, steady state (first → last pageAdded) | ${steady.toFixed(2)} images/s |`,
      '| latency of the 2nd batch, ms (p50 / p95 / max) | |',
      ...latencyRows(warm.timings),
      `| 1st batch: \`scan.pageAdded\` → thumbnail, ms | ${thumbLatency(cold.timings)} |`,
    ].join('\n');
  } finally {
    await rig.close();
    await sim.close();
  }
}
