import { useEffect, useEffectEvent } from 'react';

/** `Ctrl+N`, `Alt+1`, `?`, `Escape`: modifiers in the order Ctrl, Alt, Shift; letters upper case. */
export type Combo = string;

function keyName(e: KeyboardEvent): string {
  // Layout-independent for letters and digits (Alt+1 on some keyboards types another character).
  if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3);
  if (/^Digit\d$/.test(e.code)) return e.code.slice(5);
  return e.key;
}

export function comboOf(e: KeyboardEvent): Combo {
  if (e.key === '?') return '?';
  const mods = `${e.ctrlKey || e.metaKey ? 'Ctrl+' : ''}${e.altKey ? 'Alt+' : ''}${e.shiftKey ? 'Shift+' : ''}`;
  return mods + keyName(e);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A window-wide shortcut. Plain keys (`?`, `Delete`) are ignored while the user types in a field; shortcuts with
 * Ctrl or Alt always work. Disabled shortcuts (and those behind an open modal dialog) do nothing.
 */
export function useShortcut(combo: Combo | readonly Combo[], handler: (e: KeyboardEvent) => void, enabled = true): void {
  const fire = useEffectEvent((e: KeyboardEvent) => handler(e));
  const key = Array.isArray(combo) ? combo.join('|') : (combo as string);
  useEffect(() => {
    if (!enabled) return undefined;
    const combos = key.split('|');
    const onKey = (e: KeyboardEvent) => {
      const c = comboOf(e);
      if (!combos.includes(c)) return;
      const modified = c.startsWith('Ctrl+') || c.startsWith('Alt+');
      if (!modified && isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      fire(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, enabled]);
}
