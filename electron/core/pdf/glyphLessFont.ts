import type { PDFDocument, PDFRef } from 'pdf-lib';
import { PDFString } from 'pdf-lib';

/**
 * Tesseract's GlyphLessFont as a Type0 font (guide §3, text layer A): every CID maps to GID 1, a blank glyph of
 * advance 500/1000, so any UTF-16 code unit is one invisible glyph of known width and the text layer can be
 * stretched over the word box with `Tz`. ToUnicode maps each code unit to itself.
 */

/** Registers the font objects once per document and returns the Type0 font's reference. */
export function registerGlyphLessFont(doc: PDFDocument, fontFile: Uint8Array): PDFRef {
  const { context } = doc;
  const fontFileRef = context.register(context.flateStream(fontFile, { Length1: fontFile.length }));
  const descriptorRef = context.register(context.obj({
    Type: 'FontDescriptor',
    FontName: 'GlyphLessFont',
    Flags: 5,
    FontBBox: [0, 0, 500, 1000],
    ItalicAngle: 0,
    Ascent: 1000,
    Descent: 0,
    CapHeight: 1000,
    StemV: 80,
    FontFile2: fontFileRef,
  }));
  const cidToGidRef = context.register(context.flateStream(cidToGidMapAllToGlyph1()));
  const cidFontRef = context.register(context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: 'GlyphLessFont',
    // pdf-lib's `obj()` turns JS strings into names; CIDSystemInfo needs literal strings.
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: descriptorRef,
    DW: 500,
    CIDToGIDMap: cidToGidRef,
  }));
  const toUnicodeRef = context.register(context.flateStream(identityToUnicodeCMap()));
  return context.register(context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: 'GlyphLessFont',
    Encoding: 'Identity-H',
    DescendantFonts: [cidFontRef],
    ToUnicode: toUnicodeRef,
  }));
}

/** 65,536 big-endian GIDs, all 1: never `.notdef` (GID 0), which PDF/A-2 forbids showing. */
export function cidToGidMapAllToGlyph1(): Uint8Array {
  const map = new Uint8Array(65536 * 2);
  for (let i = 1; i < map.length; i += 2) map[i] = 1;
  return map;
}

/**
 * Identity ToUnicode CMap: one `bfrange` per high byte (`<XX00> <XXFF> <XX00>`), so no range crosses a high-byte
 * boundary (a range's destination may only vary in its last byte). Surrogates D800–DFFF are left out: the text
 * layer writes BMP characters only. At most 100 rows per block (CMap limit).
 */
export function identityToUnicodeCMap(): string {
  const rows: string[] = [];
  for (let high = 0; high < 256; high++) {
    if (high >= 0xd8 && high <= 0xdf) continue;
    const h = high.toString(16).padStart(2, '0').toUpperCase();
    rows.push(`<${h}00> <${h}FF> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMapResource defineresource pop',
    'end',
    'end',
    '',
  ].join('\n');
}

/** Advance of every glyph as a fraction of the font size (DW 500). */
export const GLYPHLESS_ADVANCE = 0.5;
