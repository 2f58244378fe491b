import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { PageViewer } from '../pipeline/PageViewer';
import type { GridPage } from './gridRows';

export type PaneId = 'page' | 'metadata';

interface SidePaneProps {
  item: GridPage | null;
  processing: PageProcessingT | undefined;
  pane: PaneId;
  onPane(pane: PaneId): void;
  expanded: boolean;
  onToggleExpand(): void;
  onMetadataChanged(): void;
  metadataVersion: number;
}

/** Right of the grid: the selected page (Xem trang) or its document's details (Thông tin giấy tờ); I switches. */
export function SidePane(props: SidePaneProps) {
  const { item, processing, pane, onPane, expanded, onToggleExpand, onMetadataChanged, metadataVersion } = props;
  const { t } = useI18n();
  useShortcut('I', () => onPane(pane === 'page' ? 'metadata' : 'page'));
  const tab = (id: PaneId, label: string) => (
    <button type="button" role="tab" aria-selected={pane === id} className={pane === id ? 'tab active' : 'tab'} onClick={() => onPane(id)}
      data-pane={id}>{label}</button>
  );
  return (
    <aside className="preview side-pane" aria-label={t('dossier.preview')} data-testid="page-preview">
      <div className="tabs side-tabs" role="tablist" aria-label={t('viewer.tabsLabel')}>
        {tab('page', t('viewer.tab.page'))}
        {tab('metadata', t('viewer.tab.metadata'))}
        <kbd className="side-kbd">I</kbd>
      </div>
      <div role="tabpanel" className="side-body">
        {pane === 'page'
          ? <PageViewer item={item} processing={processing} expanded={expanded} onToggleExpand={onToggleExpand} active={pane === 'page'} />
          : item ? <MetadataPanel key={item.doc.id} doc={item.doc} version={metadataVersion} onChanged={onMetadataChanged} />
            : <p className="muted">{t('metadata.pickPage')}</p>}
      </div>
    </aside>
  );
}
