/**
 * CPU cost of analyzePageCodes per page (not a test): `npx tsx tests/integration/codes/codesBench.ts [rounds]`.
 * Realistic 300-dpi pages (a scanned text page without codes, the separator sheet, code test pages), decoded to
 * one grey channel like the pipeline's cleaned page. Prints the median CPU ms (process.cpuUsage, user + system,
 * warm, sharp.concurrency(1)) with and without the small-QR retry, and what was found (detection must not change).
 */
import sharp from 'sharp';
import { analyzePageCodes, renderSeparatorSheet } from '../../../electron/core/codes';
import type { PageCodes } from '../../../electron/core/codes';
import type { RawImage } from '../../../electron/core/imaging/RawImage';
import { cachedTestPage, renderBlankPage } from '../../support/testPages';
import { decodeGrey, patchOnlyPage, scanLike, tablePage, textPage, textPageWithQr } from './codePages';
import { cpuMs, median } from '../../support/cpuTime';

interface BenchPage {
  name: string;
  grey: RawImage;
  dpi: number;
}

const QR_TEXT = 'Hồ sơ 000.00.01.H29-260310-0420 — Nguyễn Văn Ánh';

async function pages(): Promise<BenchPage[]> {
  const bench = await cachedTestPage({ id: 'bench-ocr-1' });
  const sheet = await renderSeparatorSheet({ label: 'Giấy khai sinh', value: '000.00.01.H29-260310-0420' });
  const scan300 = (png: Buffer, seed: number, angleDeg = 1.3) => scanLike(png, { dpi: 300, angleDeg, seed });
  return [
    { name: 'text page (bench-ocr-1)', grey: await decodeGrey(bench.scanned), dpi: 300 },
    { name: 'text page (codePages)', grey: await scan300(await textPage(), 21, -1.5), dpi: 300 },
    { name: 'ruled table', grey: await scan300(await tablePage(), 22), dpi: 300 },
    { name: 'blank page', grey: await decodeGrey(await renderBlankPage({ id: 'codes-blank' })), dpi: 300 },
    { name: 'separator sheet 300', grey: await scan300(sheet.png, 1, 1.5), dpi: 300 },
    { name: 'separator sheet 150', grey: await scanLike(sheet.png, { dpi: 150, angleDeg: 1.8, seed: 3 }), dpi: 150 },
    { name: 'sheet upside down', grey: await scan300(await sharp(sheet.png).rotate(180).png().toBuffer(), 6, -1.6), dpi: 300 },
    { name: 'Patch 2 only', grey: await scan300(await patchOnlyPage('1001', 'top'), 300, 1.7), dpi: 300 },
    { name: 'text + 2 cm QR', grey: await scan300(await textPageWithQr(QR_TEXT), 11, 1.6), dpi: 300 },
    { name: 'text + 1 cm QR', grey: await scan300(await textPageWithQr(QR_TEXT, 1), 13, 1.2), dpi: 300 },
  ];
}

function summary(r: PageCodes): string {
  const codes = r.codes.map((c) => `${c.format}`).sort().join('+') || '-';
  return `patch ${r.patch ?? '-'}, codes ${codes}, separator ${r.separator ? `${r.separator.via}${r.separator.value ? ' +value' : ''}` : '-'}`;
}

async function main(): Promise<void> {
  sharp.concurrency(1);
  const rounds = Number(process.argv[2] ?? 5);
  const list = await pages();
  for (const p of list) await analyzePageCodes(p.grey, p.dpi, { retrySmallQr: true }); // warm-up (wasm, JIT)
  const times = new Map<string, number[]>();
  const found = new Map<string, string>();
  for (let round = 0; round < rounds; round++) {
    for (const p of list) {
      for (const retrySmallQr of [false, true]) {
        const start = process.cpuUsage();
        const r = await analyzePageCodes(p.grey, p.dpi, { retrySmallQr });
        const key = `${p.name}|${retrySmallQr}`;
        times.set(key, [...(times.get(key) ?? []), cpuMs(start)]);
        found.set(key, summary(r));
      }
    }
  }
  console.log(`median CPU ms per page over ${rounds} rounds (retrySmallQr off / on)`);
  for (const p of list) {
    const off = median(times.get(`${p.name}|false`)!);
    const on = median(times.get(`${p.name}|true`)!);
    console.log(`${p.name.padEnd(26)} ${off.toFixed(0).padStart(5)} ${on.toFixed(0).padStart(5)}   off: ${found.get(`${p.name}|false`)}; on: ${found.get(`${p.name}|true`)}`);
  }
}

await main();
