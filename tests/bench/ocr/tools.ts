/** The reference OCR tools as child processes: OCRmyPDF and the tesseract CLI. */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchPage } from './pageSet';

const run = promisify(execFile);
const TIMEOUT_MS = 30 * 60_000;

/** True when `command` is on the PATH. */
export async function hasCommand(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

export async function fileBytes(path: string): Promise<number> {
  return (await stat(path)).size;
}

/** `ocrmypdf --jobs 2 -l vie --output-type pdfa [extra…] in.pdf out.pdf`. */
export async function runOcrmypdf(inputPdf: string, outputPdf: string, extra: readonly string[] = []): Promise<void> {
  await run('ocrmypdf', ['--jobs', '2', '-l', 'vie', '--output-type', 'pdfa', ...extra, inputPdf, outputPdf], {
    timeout: TIMEOUT_MS,
    maxBuffer: 16 * 2 ** 20,
  });
}

/**
 * `tesseract page.jpg out -l vie --psm 3 pdf` for every page, `parallel` processes at a time, each single-threaded
 * (`OMP_THREAD_LIMIT=1`): the fastest native layout on two cores (guide §1.5). Returns one PDF per page, in order.
 */
export async function runTesseractPdfs(pages: readonly BenchPage[], outDir: string, parallel = 2): Promise<string[]> {
  const outputs = pages.map((p) => join(outDir, `${p.name}.tesseract`));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pages.length) {
      const i = next++;
      await run('tesseract', [pages[i]!.file, outputs[i]!, '-l', 'vie', '--psm', '3', 'pdf'], {
        timeout: TIMEOUT_MS,
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, pages.length) }, worker));
  return outputs.map((o) => `${o}.pdf`);
}
