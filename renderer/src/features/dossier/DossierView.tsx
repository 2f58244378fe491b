import { useCallback, useEffect, useState } from 'react';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { ImportDialog } from '../imports/ImportDialog';
import { ScanPanel } from '../scan/ScanPanel';
import { DossierActions } from './DossierActions';
import { DossierHeader } from './DossierHeader';
import { DossierNotices } from './DossierNotices';
import type { GridPage } from './gridRows';
import { PageGrid } from './PageGrid';
import { PagePreview } from './PagePreview';
import { RemovePageDialog } from './RemovePageDialog';
import { useExport } from './useExport';
import { useFinish } from './useFinish';
import { useLivePages } from './useLivePages';

/** One dossier: header, scan panel, virtualised page grid with counted sheets, preview, import, export, finish. */
export function DossierView({ code, onBack }: { code: string; onBack(): void }) {
  const { t } = useI18n();
  const detail = useQuery(() => station.dossiers.get({ code }), [code]);
  const procedureCode = detail.data?.dossier.procedureCode;
  const procedure = useQuery(() => (procedureCode ? station.procedures.get({ code: procedureCode }) : Promise.resolve(undefined)), [procedureCode]);
  const [selected, setSelected] = useState(0);
  const [flat, setFlat] = useState<readonly GridPage[]>([]);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<GridPage | null>(null);
  const exporter = useExport(code);
  const { reload } = detail;
  const finisher = useFinish(code, reload);
  const documents = useLivePages(code, detail.data?.documents, reload);
  useEffect(() => station.on('dossier.changed', (e) => { if (e.code === code) reload(); }), [code, reload]);
  useShortcut('Ctrl+I', () => setImporting(true), detail.data !== undefined);
  useShortcut('Ctrl+E', exporter.start, detail.data !== undefined);
  useShortcut('Delete', () => { const item = flat[selected]; if (item) setRemoving(item); }, flat.length > 0);
  const onFlatChange = useCallback((next: readonly GridPage[]) => {
    setFlat(next);
    setSelected((s) => Math.min(s, Math.max(0, next.length - 1)));
  }, []);
  if (!detail.data) {
    return detail.error ? <ErrorNotice error={detail.error} onRetry={reload} /> : <p aria-busy="true">{t('common.loading')}</p>;
  }
  const { dossier } = detail.data;
  const actions = <DossierActions onImport={() => setImporting(true)} exporter={exporter} finisher={finisher} />;
  return (
    <section className="dossier-view">
      <DossierHeader dossier={dossier} onBack={onBack} actions={actions} />
      <DossierNotices exporter={exporter} finisher={finisher} />
      <ScanPanel dossierCode={code} procedure={procedure.data} documents={documents} selected={flat[selected] ?? null} onFinished={reload} />
      {documents.every((d) => d.pages.length === 0) && <p className="empty">{t('dossier.noPages')}</p>}
      <div className="dossier-body">
        <PageGrid documents={documents} selected={selected} onSelect={setSelected} onFlatChange={onFlatChange} onCountSaved={reload} />
        <PagePreview item={flat[selected] ?? null} />
      </div>
      {importing && <ImportDialog dossier={dossier} onClose={() => setImporting(false)} onFinished={reload} />}
      {removing && <RemovePageDialog item={removing} onClose={() => setRemoving(null)} onRemoved={() => { setRemoving(null); reload(); }} />}
    </section>
  );
}
