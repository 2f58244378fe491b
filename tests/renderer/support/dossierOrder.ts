import type { Station } from './startStation';

interface Detail { documents: Array<{ id: string; name: string; pages: Array<{ id: string; sourceName: string; excluded?: string | null }> }> }

/** The dossier's documents that hold pages, each as its pages' source file names in stored order (from the core). */
export async function pageOrder(station: Station, code: string): Promise<string[][]> {
  const detail = await station.call<Detail>('ss:dossiers.get', { code });
  return detail.documents.filter((d) => d.pages.length > 0).map((d) => d.pages.map((p) => p.sourceName.replace(/\.jpg$/, '')));
}

export async function dossierDetail(station: Station, code: string): Promise<Detail> {
  return station.call<Detail>('ss:dossiers.get', { code });
}

/** The id of the page imported from `trang-NNN.jpg`. */
export async function pageIdOf(station: Station, code: string, source: string): Promise<string> {
  const detail = await dossierDetail(station, code);
  const page = detail.documents.flatMap((d) => d.pages).find((p) => p.sourceName.startsWith(source));
  if (!page) throw new Error(`no page ${source} in ${code}`);
  return page.id;
}
