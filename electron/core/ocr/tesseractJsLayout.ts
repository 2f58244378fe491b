import type Tesseract from 'tesseract.js';
import type { OcrLine, OcrWord } from './OcrTypes';
import { cleanWord, keepNonEmpty } from './ocrText';

/** tesseract.js `blocks` (block → paragraph → line → word) as OcrLines in reading order, NFC, empty words dropped. */
export function linesFromBlocks(blocks: Tesseract.Block[] | null): OcrLine[] {
  const lines: OcrLine[] = [];
  let paragraph = 0;
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) lines.push(lineOf(line, paragraph));
      paragraph += 1;
    }
  }
  return keepNonEmpty(lines);
}

function lineOf(line: Tesseract.Line, paragraph: number): OcrLine {
  return {
    bbox: { ...line.bbox },
    baseline: { x0: line.baseline.x0, y0: line.baseline.y0, x1: line.baseline.x1, y1: line.baseline.y1 },
    rowHeight: line.rowAttributes.rowHeight,
    words: line.words.map(wordOf),
    paragraph,
  };
}

function wordOf(word: Tesseract.Word): OcrWord {
  return { text: cleanWord(word.text), confidence: word.confidence, bbox: { ...word.bbox } };
}
