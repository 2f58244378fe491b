import type { MetadataEntryT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';

/** VN-DG-08: where the value came from — OCR, Nhập tay or OCR đã sửa. */
export function SourceTag({ entry }: { entry: MetadataEntryT | undefined }) {
  const { t } = useI18n();
  if (!entry || entry.value === '') return null;
  return <span className={`badge source-tag source-${entry.source}`} data-testid="source-tag" data-source={entry.source}>{t(`metadata.source.${entry.source}`)}</span>;
}
