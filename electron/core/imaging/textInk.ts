import { componentBoxes, type RunComponents } from './components';

/** Text-sized marks, in millimetres: a small letter (1.5 mm x-height at 9 pt) up to a tall capital with its accents. */
const MIN_HEIGHT_MM = 1;
const MAX_HEIGHT_MM = 10;
/** Words (and at ~75 dpi, touching words) stay under this; rules, signatures' sweeps and seals do not. */
const MAX_WIDTH_MM = 60;

export interface TextInk {
  /** the ink's runs (row by row, left to right) */
  runs: RunComponents;
  /** 1 for the root run of a text-sized mark (indexed by root run) */
  keep: Uint8Array;
  /** how many text-sized marks were kept */
  marks: number;
}

/**
 * Keeps only ink components shaped like letters or words, so signatures, seals, rules and photos neither pull the
 * skew nor vote on which way up the page stands.
 */
export function textInk(cc: RunComponents, width: number, height: number, dpi: number): TextInk {
  const pxPerMm = dpi / 25.4;
  const { minX, maxX, minY, maxY } = componentBoxes(cc, width, height);
  const keep = new Uint8Array(cc.count);
  let marks = 0;
  for (let r = 0; r < cc.count; r++) {
    if (cc.root[r] !== r) continue;
    const h = (maxY[r]! - minY[r]! + 1) / pxPerMm;
    const w = (maxX[r]! - minX[r]! + 1) / pxPerMm;
    if (h >= MIN_HEIGHT_MM && h <= MAX_HEIGHT_MM && w <= MAX_WIDTH_MM) {
      keep[r] = 1;
      marks++;
    }
  }
  return { runs: cc, keep, marks };
}
