import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';
import { pageBadges } from './pageBadges';
import './pipeline.css';

/** The page's pipeline state and flags as small coloured badges (thumbnail overlay and viewer header). */
export function PageBadges({ processing }: { processing: PageProcessingT | undefined }) {
  const { t } = useI18n();
  const badges = pageBadges(processing);
  if (badges.length === 0) return null;
  return (
    <span className="page-badges" data-testid="page-badges">
      {badges.map((b) => (
        <span key={b.key} className={`badge page-badge tone-${b.tone}`} data-badge={b.key} data-testid="page-badge">{t(b.label)}</span>
      ))}
    </span>
  );
}
