import path from 'node:path';
import { writeSamplePages } from './sampleImages';
import type { Station } from './startStation';
import { waitForJob } from './waitForJob';

interface Detail { documents: Array<{ id: string; name: string; componentIndex: number | null; pages: unknown[] }> }

/** Creates a dossier through the real router and imports `pages` sample JPEGs into component 1; returns its document. */
export async function prepareDossier(station: Station, code: string, pages: number): Promise<{ docId: string; docName: string }> {
  const procedures = await station.call<Array<{ code: string }>>('ss:procedures.list', {});
  await station.call('ss:dossiers.create', {
    code, procedureCode: procedures[0]!.code,
    applicant: { fullName: 'Phạm Minh Châu', personalId: '001190012345', address: '5 Tràng Tiền, Hà Nội', phone: '0912345678' },
  });
  const dir = path.join(station.tmp, `pages-${code}`);
  const files = await writeSamplePages(dir, pages);
  const { jobId } = await station.call<{ jobId: string }>('ss:imports.start', { dossierCode: code, paths: files, componentIndex: 1 });
  const job = await waitForJob(station, jobId, 60_000);
  if (job.state !== 'succeeded') throw new Error(`import ${job.state}`);
  const detail = await station.call<Detail>('ss:dossiers.get', { code });
  const doc = detail.documents.find((d) => d.pages.length > 0)!;
  return { docId: doc.id, docName: doc.name };
}
