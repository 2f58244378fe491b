import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}

/** A modal `<dialog>`: the browser traps focus and closes it on Escape; the first field gets the focus. */
export function Dialog({ title, onClose, children, wide, testId }: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useEffectEvent(() => onClose());
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
    const onCancel = (e: Event) => { e.preventDefault(); close(); };
    dialog.addEventListener('cancel', onCancel);
    return () => { dialog.removeEventListener('cancel', onCancel); dialog.close(); };
  }, []);
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-label={title} data-testid={testId}>
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" className="btn-icon" aria-label={t('common.close')} onClick={onClose}>×</button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
