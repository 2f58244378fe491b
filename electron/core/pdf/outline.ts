import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  page: PDFRef;
}

/**
 * A flat outline (bookmarks), one entry per dossier component, titles as UTF-16 PDF strings (Vietnamese), each
 * opening its first page fitted in the window. Sets `/PageMode /UseOutlines` so readers show them.
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const itemRefs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title.normalize('NFC')),
      Parent: rootRef,
      Dest: [entry.page, PDFName.of('Fit')],
    });
    const prev = itemRefs[i - 1];
    const next = itemRefs[i + 1];
    if (prev) item.set(PDFName.of('Prev'), prev);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(itemRefs[i] as PDFRef, item);
  });
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    First: itemRefs[0] as PDFRef,
    Last: itemRefs[itemRefs.length - 1] as PDFRef,
    Count: entries.length,
  }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
