import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../electron/shared/errors/errorCodes';
import { en } from './en';
import { errorsEn } from './errors.en';
import { errorsVi } from './errors.vi';
import type { Lang, MessageKey, Messages, Params } from './Messages';
import { vi } from './vi';

const MESSAGES: Readonly<Record<Lang, Messages>> = { vi, en };
const ERRORS: Readonly<Record<Lang, Record<ErrorCode, string>>> = { vi: errorsVi, en: errorsEn };
const LANG_KEY = 'ss.lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
  /** The "what to do next" text for a wire error code (unknown codes fall back to internal/unexpected). */
  errorText(code: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function format(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function initialLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
}

/** Vietnamese first; the choice is remembered on this machine and mirrored into settings by the switcher. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => ({
    lang,
    setLang,
    t: (key, params) => format(MESSAGES[lang][key], params),
    errorText: (code) => {
      const table = ERRORS[lang];
      return code in table ? table[code as ErrorCode] : table['internal/unexpected'];
    },
  }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
