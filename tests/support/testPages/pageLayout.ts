import { drawHeader, type HeaderSpec } from './header';
import { blit, renderText, type Coverage, type TextStyle } from './textBlock';

export type { HeaderSpec } from './header';

/** A4 at 300 dpi; every page is laid out at 300 dpi and resized for 200 dpi. */
export const PAGE_300 = { width: 2480, height: 3508 } as const;
const MM = 300 / 25.4;
/** Margins 20/20/30/20 mm (top/bottom/left/right), the usual Vietnamese administrative layout. */
export const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(20 * MM) };
const TEXT_WIDTH = PAGE_300.width - MARGIN.left - MARGIN.right;
const LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.42);
const LINE_GAP = 10;
const PARAGRAPH_GAP = 26;
const BODY: TextStyle = { pt: 13, width: TEXT_WIDTH, justify: true };
const SIGNATURE_COLUMN = 900;
const SIGNATURE_SPACE = 330;

export interface SignatureSpec {
  /** Lines above the signature, e.g. ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
  roles: string[];
  signer: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutInput {
  header: HeaderSpec;
  /** Paragraph source in order; cycled when the page needs more. */
  source: readonly string[];
  /** Stop after this many paragraphs (the page may fill first); default: fill the page. */
  paragraphs?: number;
  signature: SignatureSpec | null;
}

export interface Layout {
  coverage: Coverage;
  /** Ground truth, one entry per header line or paragraph, in reading order. */
  lines: string[];
  /** The empty space left for the handwritten signature (and the seal), if any. */
  signatureSpace: Box | null;
}

interface Cursor {
  canvas: Coverage;
  lines: string[];
}

/** Renders `text` centred in the column [x, x + width) at `y`; returns the y below it. */
async function centred(cur: Cursor, text: string, style: TextStyle, x: number, width: number, y: number): Promise<number> {
  const block = await renderText(text, { ...style, width, align: 'centre' });
  blit(cur.canvas, block, x + Math.max(0, Math.floor((width - block.width) / 2)), y);
  cur.lines.push(text);
  return y + block.height + LINE_GAP;
}

/** The longest word prefix of `text` whose rendering fits in `room` pixels of height (binary search), or null. */
async function fittingPrefix(text: string, room: number): Promise<{ text: string; block: Coverage } | null> {
  const words = text.split(' ');
  let lo = 1;
  let hi = words.length - 1;
  let best: { text: string; block: Coverage } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = words.slice(0, mid).join(' ');
    const block = await renderText(candidate, BODY);
    if (block.height <= room) {
      best = { text: candidate, block };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

async function drawBody(cur: Cursor, input: LayoutInput, startY: number, limit: number): Promise<number> {
  let y = startY;
  const count = input.paragraphs ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const text = input.source[i % input.source.length]!;
    const block = await renderText(text, BODY);
    if (y + block.height <= limit) {
      blit(cur.canvas, block, MARGIN.left, y);
      cur.lines.push(text);
      y += block.height + PARAGRAPH_GAP;
      continue;
    }
    const part = await fittingPrefix(text, limit - y);
    if (part) {
      blit(cur.canvas, part.block, MARGIN.left, y);
      cur.lines.push(part.text);
      y += part.block.height + PARAGRAPH_GAP;
    }
    break;
  }
  return y;
}

async function drawSignature(cur: Cursor, sig: SignatureSpec, y: number): Promise<Box> {
  const x = MARGIN.left + TEXT_WIDTH - SIGNATURE_COLUMN;
  let at = y;
  for (const role of sig.roles) at = await centred(cur, role, { pt: 13, bold: true }, x, SIGNATURE_COLUMN, at);
  const space: Box = { x, y: at, width: SIGNATURE_COLUMN, height: SIGNATURE_SPACE };
  await centred(cur, sig.signer, { pt: 13, bold: true }, x, SIGNATURE_COLUMN, at + SIGNATURE_SPACE);
  return space;
}

/** Lays out header, justified paragraphs and the optional signature block on one A4 page at 300 dpi. */
export async function layoutPage(input: LayoutInput): Promise<Layout> {
  const { width, height } = PAGE_300;
  const cur: Cursor = { canvas: { data: Buffer.alloc(width * height), width, height }, lines: [] };
  const frame = { left: MARGIN.left, width: TEXT_WIDTH, leftColumn: LEFT_COLUMN, top: MARGIN.top };
  const bodyTop = await drawHeader(cur.canvas, cur.lines, input.header, frame);
  const signatureHeight = input.signature ? SIGNATURE_SPACE + (input.signature.roles.length + 1) * 75 + 40 : 0;
  const bodyEnd = await drawBody(cur, input, bodyTop, height - MARGIN.bottom - signatureHeight);
  const signatureSpace = input.signature ? await drawSignature(cur, input.signature, bodyEnd + 30) : null;
  return { coverage: cur.canvas, lines: cur.lines, signatureSpace };
}
