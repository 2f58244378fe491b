import type { MessageKey } from '../i18n/Messages';

export type SectionId = 'reception' | 'results' | 'certification' | 'uploads' | 'settings';

/** The five main sections in navigation order; Alt+1 … Alt+5 follow this order. */
export const SECTIONS: ReadonlyArray<{ id: SectionId; label: MessageKey }> = [
  { id: 'reception', label: 'nav.reception' },
  { id: 'results', label: 'nav.results' },
  { id: 'certification', label: 'nav.certification' },
  { id: 'uploads', label: 'nav.uploads' },
  { id: 'settings', label: 'nav.settings' },
];
