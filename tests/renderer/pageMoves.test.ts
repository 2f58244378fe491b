import { describe, expect, it } from 'vitest';
import type { DossierDetailT } from '../../electron/shared/contract/models';
import { buildGridRows } from '../../renderer/src/features/dossier/gridRows';
import { nextDocument, placeNear, stepMove } from '../../renderer/src/features/dossier/pageMoves';

type Docs = DossierDetailT['documents'];

/** Documents with pages at the given stored positions (gaps = trashed pages, which keep their positions). */
function docs(spec: Record<string, number[]>): Docs {
  return Object.entries(spec).map(([id, positions], d) => ({
    id, dossierId: 'x', componentIndex: d + 1, name: `Giấy tờ ${id}`, category: 'a', presentOnly: false, classified: false,
    expectedPages: null, position: d + 1,
    pages: positions.map((position) => ({
      id: `${id}${position}`, documentId: id, position, sha256: '0'.repeat(64), width: 10, height: 10, dpi: 300, colorMode: 'gray',
      blank: false, bytes: 1, sourceName: `${id}${position}.jpg`, captureNote: null, excluded: null, createdAt: '',
    })),
  }));
}

describe('placeNear: the stored position pages.move needs', () => {
  const d = docs({ A: [1, 2, 3, 4, 5] });
  it('counts the gap the moved page leaves in its own document', () => {
    expect(placeNear(d, 'A2', 'A', 'A5', 'before')).toEqual({ pageId: 'A2', documentId: 'A', position: 4 });
    expect(placeNear(d, 'A4', 'A', 'A2', 'before')).toEqual({ pageId: 'A4', documentId: 'A', position: 2 });
    expect(placeNear(d, 'A2', 'A', 'A3', 'after')).toEqual({ pageId: 'A2', documentId: 'A', position: 3 });
    expect(placeNear(d, 'A1', 'A', null, 'after')).toEqual({ pageId: 'A1', documentId: 'A', position: 5 });
  });
  it('is null when the page would stay where it is', () => {
    expect(placeNear(d, 'A3', 'A', 'A2', 'after')).toBeNull();
    expect(placeNear(d, 'A3', 'A', 'A4', 'before')).toBeNull();
    expect(placeNear(d, 'A5', 'A', null, 'after')).toBeNull();
    expect(placeNear(d, 'A3', 'A', 'A3', 'before')).toBeNull();
  });
  it('uses stored positions across documents, trashed gaps included', () => {
    const two = docs({ A: [1, 2], B: [1, 3, 4] });
    expect(placeNear(two, 'A1', 'B', 'B3', 'before')).toEqual({ pageId: 'A1', documentId: 'B', position: 3 });
    expect(placeNear(two, 'A1', 'B', null, 'after')).toEqual({ pageId: 'A1', documentId: 'B', position: 5 });
  });
});

describe('stepMove: Alt+← / Alt+→', () => {
  const d = docs({ A: [1, 2, 3], B: [1, 2] });
  const { flat } = buildGridRows(d, 4);
  it('swaps with the neighbour inside the document', () => {
    expect(stepMove(flat, d, 0, 1)).toEqual({ pageId: 'A1', documentId: 'A', position: 2 });
    expect(stepMove(flat, d, 2, -1)).toEqual({ pageId: 'A3', documentId: 'A', position: 2 });
  });
  it('crosses into the end of the previous or the start of the next document', () => {
    expect(stepMove(flat, d, 2, 1)).toEqual({ pageId: 'A3', documentId: 'B', position: 1 });
    expect(stepMove(flat, d, 3, -1)).toEqual({ pageId: 'B1', documentId: 'A', position: 4 });
  });
  it('does nothing at the dossier’s ends', () => {
    expect(stepMove(flat, d, 0, -1)).toBeNull();
    expect(stepMove(flat, d, 4, 1)).toBeNull();
  });
  it('finds the next document for a merge', () => {
    expect(nextDocument(d, 'A')?.id).toBe('B');
    expect(nextDocument(d, 'B')).toBeNull();
  });
});
