/**
 * MRC encode cost on generated scans (not a test: `npx tsx tests/integration/pdf/mrcBench.ts`).
 * One libvips thread, one page at a time, as in a page worker. Prints the median process CPU time per page of
 * `encodePageImage(image, 'mrc', { dpi: 300 })` (JavaScript and libvips together, warm) and of `separateMrc`
 * alone, with the mask and background bytes.
 *
 * A/B: `npx tsx tests/integration/pdf/mrcBench.ts /abs/path/to/other/pdf` loads `encodePageImage.ts` and
 * `mrcSeparation.ts` from that folder too, alternates both in the same process (the machine is shared: timings
 * drift) and prints how far the outputs differ (mask pixels, background mean absolute difference).
 */
import { resolve } from 'node:path';
import sharp from 'sharp';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import * as current from '../../../electron/core/pdf/encodePageImage';
import * as currentSep from '../../../electron/core/pdf/mrcSeparation';
import { cachedTestPage } from '../../support/testPages';
import { cpuMs, median } from '../../support/cpuTime';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));

interface Variant {
  label: string;
  encode: typeof current.encodePageImage;
  separate: typeof currentSep.separateMrc;
}

/** As `core/pipeline/encodeWork.ts` decodes a colour page. */
async function decode(bytes: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(bytes).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

async function loadVariants(): Promise<Variant[]> {
  const variants: Variant[] = [{ label: 'current', encode: current.encodePageImage, separate: currentSep.separateMrc }];
  const other = process.argv[2];
  if (other) {
    const dir = resolve(other);
    const enc = (await import(`${dir}/encodePageImage.ts`)) as typeof current;
    const sep = (await import(`${dir}/mrcSeparation.ts`)) as typeof currentSep;
    variants.push({ label: other, encode: enc.encodePageImage, separate: sep.separateMrc });
  }
  return variants;
}

interface Sample {
  encodeCpu: number[];
  separateCpu: number[];
}

async function measure(v: Variant, image: RawImage, s: Sample): Promise<void> {
  let start = cpuMs();
  await v.encode(image, 'mrc', { dpi: 300 });
  s.encodeCpu.push(cpuMs() - start);
  start = cpuMs();
  v.separate(image, { width: Math.round(image.width / 2), height: Math.round(image.height / 2) }, 300);
  s.separateCpu.push(cpuMs() - start);
}

async function describeOutput(v: Variant, image: RawImage): Promise<string> {
  const out = await v.encode(image, 'mrc', { dpi: 300 });
  if (out.kind !== 'mrc') throw new Error('expected mrc');
  const maskBytes = out.mask.strips.reduce((n, st) => n + st.data.length, 0);
  const kb = (n: number): string => (n / 1024).toFixed(1);
  return `mask ${kb(maskBytes)} KB, background ${kb(out.background.bytes.length)} KB, total ${kb(maskBytes + out.background.bytes.length)} KB, ink colour ${out.maskColour.join(',')}`;
}

/** Differences between the first variant's layers and another's: mask pixels, background mean |Δ| and max |Δ|. */
function compareLayers(variants: Variant[], image: RawImage): string {
  const size = { width: Math.round(image.width / 2), height: Math.round(image.height / 2) };
  const [a, b] = variants.map((v) => v.separate(image, size, 300)) as [currentSep.MrcLayers, currentSep.MrcLayers];
  let maskDiff = 0;
  for (let i = 0; i < a.mask.length; i++) if (a.mask[i] !== b.mask[i]) maskDiff++;
  let sum = 0;
  let max = 0;
  for (let i = 0; i < a.background.data.length; i++) {
    const d = Math.abs(a.background.data[i]! - b.background.data[i]!);
    sum += d;
    max = Math.max(max, d);
  }
  const meanDiff = (sum / a.background.data.length).toFixed(2);
  return `mask pixels differing ${maskDiff}, background mean |Δ| ${meanDiff}, max |Δ| ${max}, ink colour ${a.maskColour.join(',')} vs ${b.maskColour.join(',')}`;
}

async function main(): Promise<void> {
  sharp.concurrency(1);
  sharp.cache(false);
  const variants = await loadVariants();
  const pages = [
    { label: 'bench-ocr-1', spec: { id: 'bench-ocr-1' } },
    { label: 'bench-ocr-4 seal', spec: { id: 'bench-ocr-4', seal: true } },
  ];
  for (const p of pages) {
    const image = await decode((await cachedTestPage(p.spec)).scanned);
    const samples = variants.map((): Sample => ({ encodeCpu: [], separateCpu: [] }));
    for (const v of variants) await measure(v, image, { encodeCpu: [], separateCpu: [] }); // warm-up
    for (let run = 0; run < RUNS; run++) {
      for (let k = 0; k < variants.length; k++) await measure(variants[k]!, image, samples[k]!);
    }
    console.log(`\n${p.label} (${image.width}×${image.height}, ${RUNS} runs, median CPU ms)`);
    for (let k = 0; k < variants.length; k++) {
      const s = samples[k]!;
      const cpu = `encode ${Math.round(median(s.encodeCpu))} ms, separateMrc ${Math.round(median(s.separateCpu))} ms`;
      console.log(`  ${variants[k]!.label}: ${cpu}; ${await describeOutput(variants[k]!, image)}`);
    }
    if (variants.length > 1) console.log(`  diff: ${compareLayers(variants, image)}`);
  }
}

void main();
