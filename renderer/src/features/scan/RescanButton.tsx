import { useI18n } from '../../i18n/I18nProvider';
import type { GridPage } from '../dossier/gridRows';

/** "Quét lại và chèn vào đây" (R): scans new pages in before the selected page of the same document. */
export function RescanButton({ selected, disabled, onClick }: { selected: GridPage | null; disabled: boolean; onClick(): void }) {
  const { t } = useI18n();
  const hint = selected ? t('scan.rescanHint', { n: selected.n, doc: selected.doc.name }) : undefined;
  return (
    <button type="button" className="btn btn-rescan" onClick={onClick} disabled={disabled || !selected} data-testid="scan-rescan" title={hint}>
      ↻ {t('scan.rescanHere')} <kbd>R</kbd>
    </button>
  );
}
