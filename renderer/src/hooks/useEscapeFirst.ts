import { useEffect, useEffectEvent } from 'react';

/**
 * While `active`, Escape runs `handler` before any other Escape shortcut (capture phase) and stops there:
 * during a scan Esc cancels the batch instead of leaving the dossier. Open modal dialogs keep their own Esc.
 */
export function useEscapeFirst(active: boolean, handler: () => void): void {
  const fire = useEffectEvent(() => handler());
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      fire();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}
