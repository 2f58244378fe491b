import type { DossierT } from '../../../electron/shared/contract/models';
import { useI18n } from '../i18n/I18nProvider';

export function StatusBadge({ status }: { status: DossierT['status'] }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
