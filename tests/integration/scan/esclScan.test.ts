import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEsclSimulator, type EsclSim } from '../../support/escl/startEsclSimulator';
import { makeRig, newDossier, type ScanRig } from './scanHelpers';

/**
 * Failures mid-batch with pages before them, against our eSCL simulator as a manual-URL device in the real device
 * host: a jam after two sheets, and a scanner that disappears (switched off / unplugged) after two sheets.
 */
describe('scan batches against the eSCL simulator (real device host)', () => {
  let rig: ScanRig;
  let sims: EsclSim[] = [];
  let seq = 0;
  const fresh = async () => { const code = `H55.242-260310-03${String(++seq).padStart(4, '0')}`; await newDossier(rig, code); return code; };
  const device = (sim: EsclSim) => ({ driver: 'escl' as const, id: sim.url, name: 'Máy quét mạng giả lập' });
  const start = (code: string, sim: EsclSim) => rig.call<{ jobId: string }>('ss:scan.start', { dossierCode: code, componentIndex: 1, overrides: { device: device(sim), source: 'feeder', dpi: 150, colorMode: 'gray' } });
  const pages = async (code: string) => (await rig.pagesOf(code, 1)).length;

  beforeAll(async () => { rig = await makeRig(); });
  afterAll(async () => { await rig?.close(); for (const s of sims) await s.close().catch(() => undefined); });

  it('a jam after two sheets keeps both pages, fails device/paper-jam resumable, and resume scans the reloaded feeder after them', async () => {
    const sim = await startEsclSimulator({ adfPages: 5, jamAtPage: 3 });
    sims.push(sim);
    const code = await fresh();
    const job = await rig.wait((await start(code, sim)).jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'device/paper-jam', details: { pagesScanned: 2, resumable: true } });
    expect(await pages(code)).toBe(2);
    sim.setAdfPages(3); // the clerk clears the jam and puts the remaining sheets back
    const resumed = await rig.wait((await rig.call<{ jobId: string }>('ss:scan.resume', { jobId: job.id })).jobId);
    expect(resumed.state).toBe('succeeded');
    expect(resumed.result).toMatchObject({ pagesScanned: 3, batchPages: 5 });
    expect((await rig.pagesOf(code, 1)).map((p) => p.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a scanner that disappears mid-batch ends the job with a typed device error and keeps the pages received', async () => {
    const sim = await startEsclSimulator({ adfPages: 8, slowMs: 300 });
    sims.push(sim);
    const code = await fresh();
    const { jobId } = await start(code, sim);
    await new Promise<void>((resolve) => {
      const off = rig.core.events.on((name, p) => {
        if (name === 'scan.pageAdded' && (p as { dossierCode: string }).dossierCode === code) { off(); resolve(); }
      });
    });
    await sim.close();
    sims = sims.filter((s) => s !== sim);
    const job = await rig.wait(jobId);
    expect(job.state).toBe('failed');
    expect(job.error!.code).toMatch(/^device\//);
    const kept = await pages(code);
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(job.error).toMatchObject({ details: { pagesScanned: kept, resumable: true } });
  });
});
