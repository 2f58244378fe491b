import { useI18n } from '../../i18n/I18nProvider';

interface DossierActionsProps {
  onImport(): void;
  exporter: { start(): void; running: boolean };
  finisher: { finish(): void; busy: boolean };
}

/** Header buttons: import (Ctrl+I), export (Ctrl+E) and "Hoàn tất số hóa" (page-count reconciliation). */
export function DossierActions({ onImport, exporter, finisher }: DossierActionsProps) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="btn" onClick={onImport} data-testid="open-import">{t('import.button')} <kbd>Ctrl+I</kbd></button>
      <button type="button" className="btn" onClick={exporter.start} disabled={exporter.running} data-testid="start-export">{t('export.button')} <kbd>Ctrl+E</kbd></button>
      <button type="button" className="btn btn-ok" onClick={finisher.finish} disabled={finisher.busy} data-testid="finish-dossier">✓ {t('finish.button')}</button>
    </>
  );
}
