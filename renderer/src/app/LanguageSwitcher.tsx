import { drop } from '../../../electron/shared/util/drop';
import { station } from '../bridge';
import { useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/Messages';

/** VI / EN toggle. When signed in, the choice is also saved in the station settings (`persist`). */
export function LanguageSwitcher({ persist = false }: { persist?: boolean }) {
  const { lang, setLang, t } = useI18n();
  const choose = (next: Lang) => {
    setLang(next);
    if (persist) drop(station.settings.update({ language: next }), () => undefined);
  };
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {(['vi', 'en'] as const).map((l) => (
        <button key={l} type="button" className={l === lang ? 'lang-btn active' : 'lang-btn'} aria-pressed={l === lang} onClick={() => choose(l)}>
          {l === 'vi' ? 'Tiếng Việt' : 'English'}
        </button>
      ))}
    </div>
  );
}
