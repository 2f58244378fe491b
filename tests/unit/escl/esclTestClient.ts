/** Tiny fetch-based eSCL client for the simulator's own tests (the product driver lives in electron/core). */
import { scanSettingsXml, startEsclSimulator, type EsclSim, type EsclSimOptions, type ScanSettingsInput } from '../../support/escl/startEsclSimulator.js';

export async function postJob(sim: EsclSim, settings: ScanSettingsInput | string = {}): Promise<Response> {
  const body = typeof settings === 'string' ? settings : scanSettingsXml(settings);
  return fetch(`${sim.url}/ScanJobs`, { method: 'POST', body, headers: { 'Content-Type': 'text/xml' } });
}

/** POSTs a job that must be created and returns its absolute URL (re-hosted onto the simulator, as clients must). */
export async function createJob(sim: EsclSim, settings: ScanSettingsInput = {}): Promise<string> {
  const res = await postJob(sim, settings);
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`ScanJobs answered ${res.status}`);
  const location = new URL(res.headers.get('location') ?? '');
  return new URL(location.pathname, sim.url).href;
}

export async function nextDocument(job: string): Promise<{ status: number; body: Buffer; type: string | null }> {
  const res = await fetch(`${job}/NextDocument`);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

export async function getText(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

/** Value of the first element with this local name (any prefix). */
export function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(xml)?.[1];
}

/** One simulator per test, closed after it: `const start = useSimulatorPerTest(afterEach)` at file level. */
export function useSimulatorPerTest(afterEach: (fn: () => Promise<void>) => void): (opts?: EsclSimOptions) => Promise<EsclSim> {
  let sim: EsclSim | null = null;
  afterEach(async () => {
    await sim?.close();
    sim = null;
  });
  return async (opts: EsclSimOptions = {}) => {
    sim = await startEsclSimulator(opts);
    return sim;
  };
}
