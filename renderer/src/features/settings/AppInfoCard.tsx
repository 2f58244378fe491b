import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';

/** app.info: version, data folder and the rule versions in force. */
export function AppInfoCard() {
  const { t } = useI18n();
  const info = useQuery(() => station.app.info(), []);
  return (
    <section className="card" aria-labelledby="info-title">
      <h2 id="info-title">{t('settings.info')}</h2>
      <ErrorNotice error={info.error} onRetry={info.reload} />
      {info.data && (
        <dl className="facts facts-column" data-testid="app-info">
          <div><dt>{t('settings.version')}</dt><dd>{info.data.version}</dd></div>
          <div><dt>{t('settings.dataDir')}</dt><dd className="mono path">{info.data.dataDir}</dd></div>
          <div><dt>{t('settings.rules')}</dt><dd>{Object.entries(info.data.rules).map(([k, v]) => <span key={k} className="chip">{k}: {v}</span>)}</dd></div>
        </dl>
      )}
    </section>
  );
}
