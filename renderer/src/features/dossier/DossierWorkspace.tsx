import { useState } from 'react';
import type { DossierDetailT } from '../../../../electron/shared/contract/models';
import type { PipelineStatus } from '../pipeline/usePipelineStatus';
import { ExcludedStrip } from './ExcludedStrip';
import type { ExcludedPage } from './excludedPages';
import type { GridPage } from './gridRows';
import { OrganizeDialog } from './OrganizeDialog';
import { OrganizeToolbar } from './OrganizeToolbar';
import { PageGrid } from './PageGrid';
import { SidePane, type PaneId } from './SidePane';
import { useOrganize } from './useOrganize';
import './organize.css';
import { usePageDrag } from './usePageDrag';
import type { PageSelection } from './usePageSelection';

type Docs = DossierDetailT['documents'];

interface DossierWorkspaceProps {
  /** Every live page (positions for moves count the set-aside ones too). */
  allDocuments: Docs;
  /** The pages of the output, shown in the grid. */
  shown: Docs;
  excluded: readonly ExcludedPage[];
  flat: readonly GridPage[];
  onFlatChange(flat: readonly GridPage[]): void;
  selection: PageSelection;
  pipeline: PipelineStatus;
  unconfirmed: ReadonlySet<string>;
  pane: PaneId;
  onPane(pane: PaneId): void;
  onChanged(): void;
  onMetadataChanged(): void;
  metadataVersion: number;
}

/** The working area of a dossier: organise toolbar, page grid, the side pane (page / details) and set-aside pages. */
export function DossierWorkspace(props: DossierWorkspaceProps) {
  const { allDocuments, shown, excluded, flat, onFlatChange, selection, pipeline, unconfirmed, pane, onPane, onChanged, onMetadataChanged, metadataVersion } = props;
  const [expanded, setExpanded] = useState(false);
  const organize = useOrganize({ documents: allDocuments, flat, selected: selection.item, onChanged, onProcessed: pipeline.accept });
  const drag = usePageDrag(organize.drop);
  return (
    <>
      <OrganizeToolbar organize={organize} enabled={selection.item !== null} />
      <div className={expanded ? 'dossier-body expanded' : 'dossier-body'}>
        <PageGrid documents={shown} selected={selection.index} onSelect={selection.select} onFlatChange={onFlatChange} onCountSaved={onChanged}
          byPage={pipeline.byPage} drag={drag} unconfirmed={unconfirmed} />
        <SidePane item={selection.item} processing={selection.item ? pipeline.byPage.get(selection.item.page.id) : undefined}
          pane={pane} onPane={onPane} expanded={expanded} onToggleExpand={() => setExpanded((e) => !e)}
          onMetadataChanged={onMetadataChanged} metadataVersion={metadataVersion} />
      </div>
      <ExcludedStrip items={excluded} onChanged={onChanged} />
      {organize.pending && <OrganizeDialog action={organize.pending} onConfirm={organize.confirm} onCancel={organize.cancel} />}
    </>
  );
}
