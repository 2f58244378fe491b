/**
 * Deterministic Vietnamese test pages (guide §7): an administrative header, justified Liberation Serif paragraphs,
 * optionally a red seal and a blue signature, as a clean PNG and a scanner-looking JPEG, with the exact ground truth.
 * Everything random is seeded from the page id: the same spec gives byte-identical output on the same sharp build.
 */
import sharp from 'sharp';
import { PARAGRAPHS } from './corpus';
import { layoutPage, PAGE_300, type Box, type HeaderSpec } from './pageLayout';
import { PAGE_200, toScanned, type RgbImage } from './scanEffects';
import { sealSvg, signatureSvg } from './sealArt';
import { defaultHeader, defaultSignature, defaultSkew, rngFor, shuffled } from './seeds';
import type { Coverage } from './textBlock';

export { cachedTestPage } from './cache';
export type { HeaderSpec } from './pageLayout';

export interface TestPageSpec {
  /** Seeds everything (paragraph order, header, skew, noise, dust, signature). */
  id: string;
  /** Default 300: A4 2480×3508; 200: 1654×2339 (the 300-dpi page resized). */
  dpi?: 300 | 200;
  /** Default: fill the page. */
  paragraphs?: number;
  /** Skew of the scanned variant in sharp's rotate sign (positive = clockwise); default seeded ±(1..3)°; 0 allowed. */
  skewDeg?: number;
  /** The sheet lies turned clockwise by this much in the scan (applied before skew). */
  rotation?: 0 | 90 | 180 | 270;
  /** Red round seal and blue signature in a signature block ("TM. …", role, signer) after the text. */
  seal?: boolean;
  /** Administrative header; `number` without "Số: ", `date` the whole line, `body` lines split by "\n" (see HeaderSpec). */
  header?: HeaderSpec;
  /** Black scanner border on the left and top of the scan; default true. */
  darkEdge?: boolean;
}

export interface TestPage {
  id: string;
  dpi: number;
  /** Of the upright page (the clean PNG); the scan is `height × width` for rotations 90 and 270. */
  width: number;
  height: number;
  /** Exactly the rendered text, NFC, one line per header line or paragraph, in reading order. */
  groundTruth: string;
  /** PNG, RGB, upright, no skew or noise. */
  clean: Buffer;
  /** JPEG: rotation, skew, blur 0.9, noise σ 10, 400 dust specks, dark edge, q40 (q60 at 200 dpi). */
  scanned: Buffer;
  /** Applied with `sharp.rotate(skewDeg)` (positive = clockwise): undo with `rotate(-skewDeg)`. */
  skewDeg: number;
  rotation: 0 | 90 | 180 | 270;
}

function coverageToRgb(cov: Coverage): RgbImage {
  const data = Buffer.alloc(cov.width * cov.height * 3);
  for (let i = 0; i < cov.data.length; i++) {
    const v = 255 - cov.data[i]!;
    data[i * 3] = v;
    data[i * 3 + 1] = v;
    data[i * 3 + 2] = v;
  }
  return { data, width: cov.width, height: cov.height };
}

/** Blue signature across the space, the seal over its left half (overlapping the role and name lines, as stamped). */
async function stamp(page: RgbImage, space: Box, id: string, ringText: string): Promise<RgbImage> {
  const rnd = rngFor(id, 'signature');
  const sealSize = 470;
  const sealLeft = space.x + 80;
  const sealTop = Math.round(space.y + space.height / 2 - sealSize / 2);
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } })
    .composite([
      { input: Buffer.from(signatureSvg(640, space.height, rnd)), left: space.x + 200, top: space.y, blend: 'multiply' },
      { input: Buffer.from(sealSvg(sealSize, ringText, (rnd() - 0.5) * 30)), left: sealLeft, top: sealTop, blend: 'multiply' },
    ])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function encodeClean(page: RgbImage, dpi: 300 | 200): Promise<Buffer> {
  let pipeline = sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } });
  if (dpi === 200) pipeline = pipeline.resize(PAGE_200.width, PAGE_200.height, { fit: 'fill' });
  return pipeline.png({ compressionLevel: 6 }).withMetadata({ density: dpi }).toBuffer();
}

export async function renderTestPage(spec: TestPageSpec): Promise<TestPage> {
  const { id } = spec;
  const dpi = spec.dpi ?? 300;
  const header = spec.header ?? defaultHeader(id);
  const layout = await layoutPage({
    header: { ...header },
    source: shuffled(PARAGRAPHS, rngFor(id, 'paragraphs')),
    ...(spec.paragraphs !== undefined ? { paragraphs: spec.paragraphs } : {}),
    signature: spec.seal ? defaultSignature(id, header.body) : null,
  });
  let page = coverageToRgb(layout.coverage);
  if (layout.signatureSpace) page = await stamp(page, layout.signatureSpace, id, `${header.body.replace(/\n/g, ' ')} • `);
  const skewDeg = spec.skewDeg ?? defaultSkew(id);
  const rotation = spec.rotation ?? 0;
  const scanned = await toScanned(page, { skewDeg, rotation, darkEdge: spec.darkEdge ?? true, noise: true, dpi, rnd: rngFor(id, 'scan') });
  const size = dpi === 300 ? PAGE_300 : PAGE_200;
  return {
    id,
    dpi,
    width: size.width,
    height: size.height,
    groundTruth: layout.lines.join('\n').normalize('NFC'),
    clean: await encodeClean(page, dpi),
    scanned,
    skewDeg,
    rotation,
  };
}

/** A scanned-looking blank sheet (paper tone, noise, dust, optional dark edge) as JPEG. */
export async function renderBlankPage(opts: { id: string; dpi?: 300 | 200; darkEdge?: boolean; noise?: boolean }): Promise<Buffer> {
  const white: RgbImage = { data: Buffer.alloc(PAGE_300.width * PAGE_300.height * 3, 255), ...PAGE_300 };
  return toScanned(white, {
    skewDeg: 0,
    rotation: 0,
    darkEdge: opts.darkEdge ?? true,
    noise: opts.noise ?? true,
    dpi: opts.dpi ?? 300,
    rnd: rngFor(opts.id, 'blank'),
  });
}
