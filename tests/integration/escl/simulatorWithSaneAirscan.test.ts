/**
 * Proves the simulator speaks real eSCL: Debian's sane-airscan (through scanimage) lists it, scans from the
 * platen and the feeder, reports an empty feeder and a jam the way it does with real devices (guide §7.2).
 * On Linux a missing scanimage/sane-airscan FAILS the suite: CI installs them (.ci/run).
 */
import { afterEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readPageNumber } from '../../support/escl/startEsclSimulator.js';
import { DEVICE, batchArgs, missingClient, startAirscanPeer, type AirscanPeer } from './airscanHarness.js';

const timings: string[] = [];
let peer: AirscanPeer | null = null;

afterEach(async () => {
  await peer?.dispose();
  peer = null;
});

async function sizes(files: string[]): Promise<Array<{ width: number; height: number; channels: number; page: number }>> {
  return Promise.all(
    files.map(async (f) => {
      const m = await sharp(f).metadata();
      return { width: m.width ?? 0, height: m.height ?? 0, channels: m.channels ?? 0, page: await readPageNumber(f) };
    }),
  );
}

describe.skipIf(process.platform !== 'linux')('eSCL simulator checked by sane-airscan', () => {
  it('has the real client installed (sane-utils, sane-airscan)', () => {
    expect(missingClient()).toBeNull();
  });

  it('scanimage -L lists the simulator', async () => {
    peer = await startAirscanPeer();
    const r = await peer.scanimage(['-L']);
    timings.push(`scanimage -L: ${r.ms.toFixed(0)} ms`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`\`${DEVICE}'`);
  });

  it('ADF colour 150 dpi: every page at A4-area size, then "out of documents"', async () => {
    peer = await startAirscanPeer({ adfPages: 3 });
    const r = await peer.scanimage(batchArgs(peer, 'ADF', 'Color', 150));
    timings.push(`ADF 3 pages colour 150 dpi: ${r.ms.toFixed(0)} ms`);
    expect(r.stderr).toContain('Document feeder out of documents');
    const got = await sizes(await peer.files());
    // sane-airscan asks for its full area, 8.5 in x A4 height: 2550 x 3508 / 300 * 150.
    expect(got).toEqual([1, 2, 3].map((page) => ({ width: 1275, height: 1754, channels: 3, page })));
    expect(peer.sim.state.adfPages).toBe(0);
    // sane-airscan runs the whole ADF batch as one job: NextDocument until 404, then checks ScannerStatus.
    const reqs = peer.sim.state.requests;
    expect(reqs.filter((q) => q.method === 'POST').map((q) => q.status)).toEqual([201]);
    expect(reqs.filter((q) => q.path.endsWith('/NextDocument')).map((q) => q.status)).toEqual([200, 200, 200, 404]);
  });

  it('flatbed gives exactly one page', async () => {
    peer = await startAirscanPeer({ adfPages: 3 });
    const r = await peer.scanimage(batchArgs(peer, 'Flatbed', 'Color', 100).concat('--batch-count=1'));
    timings.push(`flatbed 1 page colour 100 dpi: ${r.ms.toFixed(0)} ms`);
    expect(r.code, r.stderr).toBe(0);
    expect(await sizes(await peer.files())).toEqual([{ width: 850, height: 1169, channels: 3, page: 1 }]);
    expect(peer.sim.state.adfPages).toBe(3); // the feeder was not touched
  });

  it('a jam at page 2 stops the batch after page 1 with "Document feeder jammed"', async () => {
    peer = await startAirscanPeer({ adfPages: 5, jamAtPage: 2 });
    const r = await peer.scanimage(batchArgs(peer, 'ADF', 'Color', 150));
    timings.push(`jam at page 2: ${r.ms.toFixed(0)} ms`);
    expect(r.stderr).toContain('Document feeder jammed');
    expect(await peer.files()).toHaveLength(1);
    expect(peer.sim.state.jammed).toBe(true);
    expect([...peer.sim.state.jobs.values()].map((j) => j.state)).toContain('Aborted');
  });

  it('Gray mode delivers one-channel pages', async () => {
    peer = await startAirscanPeer({ adfPages: 2 });
    const r = await peer.scanimage(batchArgs(peer, 'ADF', 'Gray', 200));
    timings.push(`ADF 2 pages gray 200 dpi: ${r.ms.toFixed(0)} ms`);
    expect(r.stderr).toContain('Document feeder out of documents');
    expect(await sizes(await peer.files())).toEqual([1, 2].map((page) => ({ width: 1700, height: 2339, channels: 1, page })));
    expect([...peer.sim.state.jobs.values()].every((j) => j.settings.colorMode === 'Grayscale8')).toBe(true);
  });

  it('300 dpi colour from the feeder', async () => {
    peer = await startAirscanPeer({ adfPages: 2 });
    const r = await peer.scanimage(batchArgs(peer, 'ADF', 'Color', 300));
    timings.push(`ADF 2 pages colour 300 dpi: ${r.ms.toFixed(0)} ms`);
    expect(r.stderr).toContain('Document feeder out of documents');
    expect(await sizes(await peer.files())).toEqual([1, 2].map((page) => ({ width: 2550, height: 3508, channels: 3, page })));
  });

  it('duplex feeder: two images per sheet', async () => {
    peer = await startAirscanPeer({ adfPages: 2, duplex: true });
    const r = await peer.scanimage(batchArgs(peer, 'ADF Duplex', 'Color', 100));
    timings.push(`ADF duplex 2 sheets 100 dpi: ${r.ms.toFixed(0)} ms`);
    expect(r.stderr).toContain('Document feeder out of documents');
    expect((await sizes(await peer.files())).map((s) => s.page)).toEqual([1, 2, 3, 4]);
  });

  it('busy 503s before each page are retried by the client', async () => {
    peer = await startAirscanPeer({ adfPages: 2, busy503Count: 1 });
    const r = await peer.scanimage(batchArgs(peer, 'ADF', 'Color', 100));
    timings.push(`ADF 2 pages with one 503 each: ${r.ms.toFixed(0)} ms`);
    expect(r.stderr).toContain('Document feeder out of documents');
    expect(await peer.files()).toHaveLength(2);
    expect(peer.sim.state.requests.filter((q) => q.status === 503)).toHaveLength(2);
  });

  it('reports timings', () => {
    console.log(`[escl/airscan] ${timings.join('; ')}`);
  });
});
