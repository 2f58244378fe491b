import { useI18n } from '../i18n/I18nProvider';
import { errorInfo } from './errorInfo';

/**
 * Shows an error in place: the "what to do next" sentence for its code, then the server's specific text
 * (already Vietnamese) when it adds something. Field issues are shown next to their fields by the forms.
 */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  if (error === null || error === undefined) return null;
  const info = errorInfo(error);
  const main = errorText(info.code);
  const showDetail = info.detail !== '' && info.code !== 'ipc/invalid-input' && info.detail !== main;
  return (
    <div className="notice notice-error" role="alert" data-code={info.code}>
      <p className="notice-main">{main}</p>
      {showDetail && <p className="notice-detail">{info.detail}</p>}
      {onRetry && <button type="button" className="btn btn-small" onClick={onRetry}>{t('common.retry')}</button>}
    </div>
  );
}
