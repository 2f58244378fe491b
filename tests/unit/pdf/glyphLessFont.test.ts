import { readFileSync } from 'node:fs';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cidToGidMapAllToGlyph1, identityToUnicodeCMap, registerGlyphLessFont } from '../../../electron/core/pdf/glyphLessFont';
import { loadPdfAssets, pdfAssetsDir } from '../../../electron/core/pdf/pdfAssets';

describe('GlyphLessFont (Tesseract pdf.ttf) as Type0 / Identity-H', () => {
  it('ships the Apache-2.0 font and the ICC v2 sRGB profile with their notices', () => {
    const { glyphLessFont, srgbIcc } = loadPdfAssets();
    expect(glyphLessFont.length).toBe(572);
    expect(Buffer.from(glyphLessFont.subarray(0, 4)).toString('hex')).toBe('00010000'); // TrueType
    expect(srgbIcc.length).toBe(6922);
    expect(srgbIcc[8]).toBe(2); // ICC major version 2 (PDF/A-1)
    expect(Buffer.from(srgbIcc.subarray(36, 40)).toString('latin1')).toBe('acsp');
    const notice = readFileSync(`${pdfAssetsDir()}/NOTICE.md`, 'utf8');
    expect(notice).toContain('Apache License, Version 2.0');
    expect(notice).toContain('zlib/libpng License');
  });

  it('maps every CID to glyph 1, never .notdef', () => {
    const map = cidToGidMapAllToGlyph1();
    expect(map.length).toBe(131072);
    const view = new DataView(map.buffer);
    for (const cid of [0, 0x41, 0x1ec7, 0xffff]) expect(view.getUint16(cid * 2)).toBe(1);
  });

  it('ToUnicode: identity bfranges that never cross a high-byte boundary, surrogates skipped, ≤ 100 per block', () => {
    const cmap = identityToUnicodeCMap();
    const rows = [...cmap.matchAll(/^<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]{4})>$/gm)];
    expect(rows).toHaveLength(248);
    for (const [, from, to, dest] of rows) {
      expect(from!.slice(0, 2)).toBe(to!.slice(0, 2));
      expect(dest).toBe(from);
      expect(from!.endsWith('00') && to!.endsWith('FF')).toBe(true);
    }
    expect(rows.some(([, from]) => from!.startsWith('D8'))).toBe(false);
    for (const m of cmap.matchAll(/(\d+) beginbfrange/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
  });

  it('registers Type0 → CIDFontType2 with the embedded font file', async () => {
    const doc = await PDFDocument.create();
    const ref = registerGlyphLessFont(doc, loadPdfAssets().glyphLessFont);
    const type0 = doc.context.lookup(ref, PDFDict);
    expect(type0.get(PDFName.of('Subtype'))).toBe(PDFName.of('Type0'));
    expect(type0.get(PDFName.of('Encoding'))).toBe(PDFName.of('Identity-H'));
    const cid = doc.context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
    expect(cid.get(PDFName.of('Subtype'))).toBe(PDFName.of('CIDFontType2'));
    expect(cid.get(PDFName.of('DW'))?.toString()).toBe('500');
    const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const file = descriptor.lookup(PDFName.of('FontFile2'));
    if (!(file instanceof PDFRawStream)) throw new Error('FontFile2 is not a stream');
    expect(Buffer.from(decodePDFRawStream(file).decode())).toEqual(Buffer.from(loadPdfAssets().glyphLessFont));
  });
});
