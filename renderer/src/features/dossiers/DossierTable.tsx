import type { DossierSummaryT } from '../../../../electron/shared/contract/models';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from './formatDate';

/** The dossier rows; a row opens with a click or Enter (each row is a button for keyboard users). */
export function DossierTable({ items, onOpen }: { items: readonly DossierSummaryT[]; onOpen?: (code: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <table className="table" data-testid="dossier-table">
      <thead>
        <tr>
          <th>{t('dossiers.col.code')}</th>
          <th>{t('dossiers.col.applicant')}</th>
          <th>{t('dossiers.col.procedure')}</th>
          <th className="num">{t('dossiers.col.pages')}</th>
          <th>{t('dossiers.col.received')}</th>
          <th>{t('dossiers.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id} data-code={d.code}>
            <td>
              {onOpen
                ? <button type="button" className="link-btn mono" onClick={() => onOpen(d.code)}>{d.code}</button>
                : <span className="mono">{d.code}</span>}
            </td>
            <td>{d.applicant.fullName}</td>
            <td className="truncate" title={d.procedureName ?? d.procedureCode}>{d.procedureName ?? d.procedureCode}</td>
            <td className="num">{d.pageCount}</td>
            <td>{formatDate(d.receivedAt, lang) ?? t('common.none')}</td>
            <td><StatusBadge status={d.status} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
