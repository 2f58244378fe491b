import sharp from 'sharp';

/** Raw 8-bit RGB pixels. */
export interface RgbImage {
  data: Buffer;
  width: number;
  height: number;
}

export const PAPER = 235;
export const INK = 40;
const NOISE_SIGMA = 10;
const DUST_SPECKS = 400;

export interface ScanParams {
  /** Skew in sharp's rotate sign (positive = content turned clockwise); 0 = none. */
  skewDeg: number;
  /** Clockwise quarter turn of the whole sheet in the scanner. */
  rotation: 0 | 90 | 180 | 270;
  darkEdge: boolean;
  noise: boolean;
  dpi: 300 | 200;
  rnd: () => number;
}

/** Dimensions of an A4 page at 200 dpi (the 300-dpi scan is resized to this). */
export const PAGE_200 = { width: 1654, height: 2339 } as const;

async function toRaw(pipeline: sharp.Sharp): Promise<RgbImage> {
  const { data, info } = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const rawInput = (img: RgbImage): sharp.Sharp => sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } });

/** Paper tone, quarter turn, skew (kept at the original size, paper fills the corners) and a 0.9 blur. */
async function geometry(clean: RgbImage, p: ScanParams): Promise<RgbImage> {
  const toned = await toRaw(rawInput(clean).linear((PAPER - INK) / 255, INK).rotate(p.rotation));
  if (p.skewDeg === 0) return toRaw(rawInput(toned).blur(0.9));
  const paper = { r: PAPER, g: PAPER, b: PAPER };
  const turned = await toRaw(rawInput(toned).rotate(p.skewDeg, { background: paper }));
  const left = Math.floor((turned.width - toned.width) / 2);
  const top = Math.floor((turned.height - toned.height) / 2);
  return toRaw(rawInput(turned).extract({ left, top, width: toned.width, height: toned.height }).blur(0.9));
}

const clampByte = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/** Gaussian sensor noise (σ 10), drawn from a 4096-entry table of seeded Box–Muller samples for speed. */
function addNoise(img: RgbImage, rnd: () => number): void {
  const table = new Float32Array(4096);
  for (let i = 0; i < table.length; i++) {
    const u = Math.max(rnd(), 1e-12);
    table[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd()) * NOISE_SIGMA;
  }
  const d = img.data;
  for (let i = 0; i < d.length; i++) d[i] = clampByte(d[i]! + table[(rnd() * 4096) | 0]!);
}

/** Dark specks of dust, 1–4 px elliptic blobs of grey 30–130. */
function addDust(img: RgbImage, rnd: () => number): void {
  for (let s = 0; s < DUST_SPECKS; s++) {
    const cx = Math.floor(rnd() * img.width);
    const cy = Math.floor(rnd() * img.height);
    const rx = 0.8 + rnd() * 2.4;
    const ry = 0.8 + rnd() * 2.4;
    const shade = 30 + Math.floor(rnd() * 100);
    for (let y = Math.floor(cy - ry); y <= cy + ry; y++) {
      for (let x = Math.floor(cx - rx); x <= cx + rx; x++) {
        if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
        if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1) continue;
        const at = (y * img.width + x) * 3;
        for (let c = 0; c < 3; c++) img.data[at + c] = Math.min(img.data[at + c]!, shade);
      }
    }
  }
}

/** The scanner's black border: a ragged dark band along the left and top edges of the scan. */
function addDarkEdge(img: RgbImage, rnd: () => number): void {
  const leftWidth = 18 + Math.floor(rnd() * 28);
  const topWidth = 10 + Math.floor(rnd() * 20);
  const darken = (x: number, y: number): void => {
    const at = (y * img.width + x) * 3;
    const v = 12 + Math.floor(rnd() * 16);
    img.data[at] = v;
    img.data[at + 1] = v;
    img.data[at + 2] = v;
  };
  const columnDepth = Array.from({ length: img.width }, () => topWidth + Math.floor(rnd() * 4));
  for (let x = 0; x < img.width; x++) for (let y = 0; y < columnDepth[x]!; y++) darken(x, y);
  for (let y = 0; y < img.height; y++) {
    const rowWidth = leftWidth + Math.floor(rnd() * 4);
    for (let x = 0; x < rowWidth; x++) darken(x, y);
  }
}

async function encode(img: RgbImage, p: ScanParams): Promise<Buffer> {
  let pipeline = rawInput(img);
  if (p.dpi === 200) {
    const landscape = img.width > img.height;
    const w = landscape ? PAGE_200.height : PAGE_200.width;
    const h = landscape ? PAGE_200.width : PAGE_200.height;
    pipeline = pipeline.resize(w, h, { fit: 'fill' });
  }
  return pipeline
    .jpeg({ quality: p.dpi === 200 ? 60 : 40 })
    .withMetadata({ density: p.dpi })
    .toBuffer();
}

/** Degrades a clean 300-dpi RGB page into a scanner-looking JPEG (see TestPage.scanned). */
export async function toScanned(clean: RgbImage, p: ScanParams): Promise<Buffer> {
  const img = await geometry(clean, p);
  if (p.noise) addNoise(img, p.rnd);
  addDust(img, p.rnd);
  if (p.darkEdge) addDarkEdge(img, p.rnd);
  return encode(img, p);
}
