import type { ReactNode } from 'react';
import type { DossierSummaryT } from '../../../../electron/shared/contract/models';
import { maskPersonalId } from '../../../../electron/shared/domain/personalId';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../dossiers/formatDate';

/** Code, procedure, applicant (personal ID masked: 001*******45), due date and status, with the actions. */
export function DossierHeader({ dossier, onBack, actions }: { dossier: DossierSummaryT; onBack(): void; actions: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <header className="dossier-header" data-testid="dossier-header">
      <div className="dossier-header-top">
        <button type="button" className="link-btn" onClick={onBack}>{t('dossier.backToList')}</button>
        <div className="panel-actions">{actions}</div>
      </div>
      <h1 className="mono" data-testid="dossier-code">{dossier.code}</h1>
      <dl className="facts">
        <div><dt>{t('dossier.procedure')}</dt><dd>{dossier.procedureName ?? dossier.procedureCode}</dd></div>
        <div><dt>{t('dossier.applicant')}</dt><dd>{dossier.applicant.fullName}</dd></div>
        <div><dt>{t('dossier.personalId')}</dt><dd className="mono" data-testid="masked-id">{maskPersonalId(dossier.applicant.personalId)}</dd></div>
        <div><dt>{t('dossier.due')}</dt><dd>{formatDate(dossier.dueAt, lang) ?? t('common.none')}</dd></div>
        <div><dt>{t('dossier.status')}</dt><dd><StatusBadge status={dossier.status} /> <span className="muted">{t('dossier.pages', { count: dossier.pageCount })}</span></dd></div>
      </dl>
    </header>
  );
}
