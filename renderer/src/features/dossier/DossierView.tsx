import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { ImportDialog } from '../imports/ImportDialog';
import { useUnconfirmedDocs } from '../metadata/useUnconfirmedDocs';
import { PipelineProgress } from '../pipeline/PipelineProgress';
import { usePipelineStatus } from '../pipeline/usePipelineStatus';
import { ScanPanel } from '../scan/ScanPanel';
import { DossierActions } from './DossierActions';
import { DossierHeader } from './DossierHeader';
import { DossierNotices } from './DossierNotices';
import { DossierWorkspace } from './DossierWorkspace';
import { useExcludedSplit } from './excludedPages';
import type { GridPage } from './gridRows';
import { RemovePageDialog } from './RemovePageDialog';
import type { PaneId } from './SidePane';
import { useExport } from './useExport';
import { useFinish } from './useFinish';
import { useLivePages } from './useLivePages';
import { usePageSelection } from './usePageSelection';

interface DossierViewProps { code: string; onBack(): void; /** Opened from a search hit: select this page. */ initialPageId?: string | null }

/**
 * One dossier: header, scan panel, OCR progress, the workspace (organise, grid with page badges, page viewer or
 * document details, set-aside pages), import, export, finish.
 */
export function DossierView({ code, onBack, initialPageId = null }: DossierViewProps) {
  const { t } = useI18n();
  const detail = useQuery(() => station.dossiers.get({ code }), [code]);
  const procedureCode = detail.data?.dossier.procedureCode;
  const procedure = useQuery(() => (procedureCode ? station.procedures.get({ code: procedureCode }) : Promise.resolve(undefined)), [procedureCode]);
  const [flat, setFlat] = useState<readonly GridPage[]>([]);
  const selection = usePageSelection(flat, initialPageId);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<GridPage | null>(null);
  const [pane, setPane] = useState<PaneId>('page');
  const [metaVersion, bumpMeta] = useReducer((n: number) => n + 1, 0);
  const exporter = useExport(code);
  const { reload } = detail;
  const finisher = useFinish(code, reload);
  const documents = useLivePages(code, detail.data?.documents, reload);
  const pipeline = usePipelineStatus(code);
  const { shown, excluded } = useExcludedSplit(documents, pipeline.byPage);
  const pageIds = useMemo(() => documents.flatMap((d) => d.pages.map((p) => p.id)), [documents]);
  const pending = pageIds.some((id) => { const s = pipeline.byPage.get(id)?.status; return s !== 'done' && s !== 'failed'; });
  // Details are extracted once OCR is done; a refused finish may list documents that changed meanwhile.
  const unconfirmed = useUnconfirmedDocs(documents.map((d) => d.id), `${metaVersion}-${pending}-${finisher.error !== null}`);
  // Metadata changes (extraction after OCR, a confirmation) also arrive as dossier.changed.
  useEffect(() => station.on('dossier.changed', (e) => { if (e.code === code) { reload(); bumpMeta(); } }), [code, reload]);
  useShortcut('Ctrl+I', () => setImporting(true), detail.data !== undefined);
  useShortcut('Ctrl+E', exporter.start, detail.data !== undefined);
  useShortcut('Delete', () => { if (selection.item) setRemoving(selection.item); }, flat.length > 0);
  const openMetadata = (documentId: string) => {
    const first = flat.find((g) => g.doc.id === documentId);
    if (first) selection.selectPage(first.page.id);
    setPane('metadata');
  };
  const onFlatChange = useCallback((next: readonly GridPage[]) => setFlat(next), []);
  if (!detail.data) {
    return detail.error ? <ErrorNotice error={detail.error} onRetry={reload} /> : <p aria-busy="true">{t('common.loading')}</p>;
  }
  const { dossier } = detail.data;
  const actions = <DossierActions onImport={() => setImporting(true)} exporter={exporter} finisher={finisher} />;
  return (
    <section className="dossier-view">
      <DossierHeader dossier={dossier} onBack={onBack} actions={actions} />
      <DossierNotices exporter={exporter} finisher={finisher} unconfirmedDocs={documents.filter((d) => unconfirmed.has(d.id))} onOpenMetadata={openMetadata} />
      <ScanPanel dossierCode={code} procedure={procedure.data} documents={documents} selected={selection.item} onFinished={reload} />
      <PipelineProgress pageIds={pageIds} byPage={pipeline.byPage} error={pipeline.error} onRetry={pipeline.reload} />
      {documents.every((d) => d.pages.length === 0) && <p className="empty">{t('dossier.noPages')}</p>}
      <DossierWorkspace allDocuments={documents} shown={shown} excluded={excluded} flat={flat} onFlatChange={onFlatChange} selection={selection}
        pipeline={pipeline} unconfirmed={unconfirmed} pane={pane} onPane={setPane} onChanged={reload} onMetadataChanged={bumpMeta} metadataVersion={metaVersion} />
      {importing && <ImportDialog dossier={dossier} onClose={() => setImporting(false)} onFinished={reload} />}
      {removing && <RemovePageDialog item={removing} onClose={() => setRemoving(null)} onRemoved={() => { setRemoving(null); reload(); }} />}
    </section>
  );
}
