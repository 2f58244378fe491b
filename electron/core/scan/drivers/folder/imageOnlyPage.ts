import { contentOperations, type ContentOp, type Operand } from './pdfContentOps';

/** An axis-aligned rectangle in PDF user space (points, origin bottom-left). */
export interface Box { x: number; y: number; width: number; height: number }

/** The one XObject a page draws and where: the CTM in force at `Do` maps the image's unit square onto the page. */
export interface PageImageUse { name: string; rect: Box }

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

// 2026-03: scanner firmware computes the MediaBox from the pixel size and rounds it (595.2 vs 595.28 pt for A4 at
// 150 dpi); 2 % of the page per edge absorbs that without accepting an image that leaves a visible margin.
const COVER_TOLERANCE = 0.02;

/** Operators that only set state: on a page with no painting operator they change nothing visible. */
const STATE_ONLY = new Set([
  'gs', 'w', 'J', 'j', 'M', 'd', 'ri', 'i', 'CS', 'cs', 'SC', 'SCN', 'sc', 'scn', 'G', 'g', 'RG', 'rg', 'K', 'k',
  'BT', 'ET', 'Tf', 'Tc', 'Tw', 'Tz', 'TL', 'Ts', 'Td', 'TD', 'Tm', 'T*', 'BX', 'EX', 'MP', 'DP', 'BMC', 'BDC', 'EMC',
]);
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
/** Text render mode 3 = invisible: the OCR layer of a "searchable PDF" scan, which draws nothing. */
const INVISIBLE_TEXT = 3;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function numbers(operands: Operand[], count: number): number[] | null {
  if (operands.length !== count) return null;
  const out = operands.map((o) => (o.kind === 'number' ? o.value : Number.NaN));
  return out.every(Number.isFinite) ? out : null;
}

/** Maps a rectangle through a matrix; null when the matrix rotates, skews or mirrors (the JPEG would be wrong). */
function mapRect(ctm: Matrix, r: Box): Box | null {
  const [a, b, c, d, e, f] = ctm;
  if (b !== 0 || c !== 0 || a <= 0 || d <= 0) return null;
  return { x: r.x * a + e, y: r.y * d + f, width: r.width * a, height: r.height * d };
}

/** True when `inner` reaches every edge of `page` (within tolerance): nothing of the page is left outside it. */
export function coversPage(inner: Box, page: Box): boolean {
  const tx = page.width * COVER_TOLERANCE;
  const ty = page.height * COVER_TOLERANCE;
  return inner.x <= page.x + tx && inner.y <= page.y + ty
    && inner.x + inner.width >= page.x + page.width - tx && inner.y + inner.height >= page.y + page.height - ty;
}

interface State { ctm: Matrix; tr: number }

/** Walks the operators; returns false on the first one that could paint something other than the one image. */
class PageWalker {
  private state: State = { ctm: IDENTITY, tr: 0 };
  private readonly stack: State[] = [];
  private pathRects: Box[] = [];
  private clipping = false;
  image: PageImageUse | null = null;

  constructor(private readonly page: Box) {}

  /** Operators with an effect this walker tracks; a Map, so an operator named `toString` finds nothing. */
  private readonly handlers = new Map<string, (operands: Operand[]) => boolean>([
    ['q', () => { this.stack.push({ ...this.state }); return true; }],
    ['Q', () => { this.state = this.stack.pop() ?? this.state; return true; }],
    ['Tr', (o) => this.setRenderMode(o)],
    ['cm', (o) => this.concat(o)],
    ['re', (o) => this.addRect(o)],
    ['W', () => { this.clipping = true; return true; }],
    ['W*', () => { this.clipping = true; return true; }],
    ['n', () => this.endPath()],
    ['Do', (o) => this.draw(o)],
  ]);

  step({ op, operands }: ContentOp): boolean {
    if (STATE_ONLY.has(op)) return true;
    if (TEXT_SHOW.has(op)) return this.state.tr === INVISIBLE_TEXT;
    // Anything else (painting, curves, shadings, inline images, Type 3 glyph operators …) refuses the page.
    return this.handlers.get(op)?.(operands) ?? false;
  }

  private setRenderMode(operands: Operand[]): boolean {
    const [mode] = numbers(operands, 1) ?? [];
    if (mode === undefined) return false;
    this.state.tr = mode;
    return true;
  }

  private concat(operands: Operand[]): boolean {
    const m = numbers(operands, 6);
    if (!m) return false;
    this.state.ctm = multiply(m as unknown as Matrix, this.state.ctm);
    return true;
  }

  private addRect(operands: Operand[]): boolean {
    const r = numbers(operands, 4);
    const mapped = r && mapRect(this.state.ctm, { x: Math.min(r[0]!, r[0]! + r[2]!), y: Math.min(r[1]!, r[1]! + r[3]!), width: Math.abs(r[2]!), height: Math.abs(r[3]!) });
    if (!mapped) return false;
    this.pathRects.push(mapped);
    return true;
  }

  /** `re W n` clips; a clip that covers the whole page hides nothing and is harmless (some scanners emit it). */
  private endPath(): boolean {
    const ok = !this.clipping || this.pathRects.every((r) => coversPage(r, this.page));
    this.pathRects = [];
    this.clipping = false;
    return ok;
  }

  private draw(operands: Operand[]): boolean {
    const name = operands.length === 1 && operands[0]!.kind === 'name' ? operands[0]!.value : null;
    if (name === null || this.image !== null) return false;
    const rect = mapRect(this.state.ctm, { x: 0, y: 0, width: 1, height: 1 });
    if (!rect || !coversPage(rect, this.page)) return false;
    this.image = { name, rect };
    return true;
  }
}

/**
 * Decides whether a page's content does nothing but draw one XObject over the whole page (upright, unmirrored),
 * optionally with an invisible OCR text layer. Returns that XObject's resource name, or null for any other page.
 * Throws only when the stream cannot be tokenized; callers treat that as "not an image-only page" too.
 */
export function findSinglePageImage(content: Uint8Array, page: Box): PageImageUse | null {
  const walker = new PageWalker(page);
  for (const op of contentOperations(content)) {
    if (!walker.step(op)) return null;
  }
  return walker.image;
}
