import { useEffect, useRef } from 'react';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nProvider';
import type { PendingAction } from './useOrganize';

/** Asks before a split or merge (they change the documents the PDF is built from); Enter confirms, Esc cancels. */
export function OrganizeDialog({ action, onConfirm, onCancel }: { action: PendingAction; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Runs after the Dialog's own effect (showModal focuses the close button), so Enter lands on "confirm".
  useEffect(() => confirmRef.current?.focus(), []);
  const split = action.kind === 'split';
  const intro = split
    ? t('organize.splitIntro', { n: action.item.n, doc: action.item.doc.name })
    : t('organize.mergeIntro', { count: action.next.pages.length, next: action.next.name, doc: action.doc.name });
  return (
    <Dialog title={t(split ? 'organize.splitTitle' : 'organize.mergeTitle')} onClose={onCancel} testId="organize-dialog">
      <p>{intro}</p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>{t('common.cancel')}</button>
        <button ref={confirmRef} type="button" className="btn btn-primary" onClick={onConfirm} data-testid="organize-confirm">
          {t(split ? 'organize.splitConfirm' : 'organize.mergeConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
