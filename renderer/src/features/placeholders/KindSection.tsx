import type { DossierT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/Messages';
import { DossierList } from '../dossiers/DossierList';

/** Số hóa kết quả / Chứng thực: for now the dossiers of that kind and a "next version" note. */
export function KindSection({ kind, title }: { kind: DossierT['kind']; title: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <p className="notice notice-info" role="note">{t('common.nextVersion')}</p>
      <DossierList title={t(title)} kind={kind} />
    </>
  );
}
