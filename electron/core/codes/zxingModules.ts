import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as zxingReader from 'zxing-wasm/reader';
import * as zxingWriter from 'zxing-wasm/writer';
import { AppError } from '../../shared/errors/AppError';

/**
 * zxing-wasm's loader fetches its .wasm from a CDN unless told otherwise. The station is offline, so both modules
 * are instantiated from the .wasm files shipped inside the npm package (guide §6); nothing is fetched.
 */

type ModuleName = 'reader' | 'writer';

function resolvePackageFile(specifier: string): string {
  // Bundled as CJS `require` exists; under tsx/vitest (ESM) only import.meta.url does.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  return req.resolve(specifier);
}

function wasmBinary(name: ModuleName): ArrayBuffer {
  const file = readFileSync(resolvePackageFile(`zxing-wasm/${name}/zxing_${name}.wasm`));
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
}

function failed(name: ModuleName, cause: unknown): AppError {
  return new AppError('codes/failed', 'Không nạp được bộ đọc mã vạch. Hãy cài lại ứng dụng; trong lúc chờ, tách giấy tờ bằng tay.', {
    details: { module: `zxing-wasm/${name}` },
    cause,
  });
}

let readerReady: Promise<zxingReader.ZXingReaderModule> | null = null;
let writerReady: Promise<unknown> | null = null;

/** Instantiates the zxing reader from its local .wasm once per process; later calls reuse it. */
export function loadZxingReader(): Promise<zxingReader.ZXingReaderModule> {
  readerReady ??= Promise.resolve()
    .then(() => zxingReader.prepareZXingModule({ overrides: { wasmBinary: wasmBinary('reader') }, fireImmediately: true }))
    .catch((err: unknown) => {
      readerReady = null;
      throw failed('reader', err);
    });
  return readerReady;
}

/** Instantiates the zxing writer from its local .wasm once per process. */
export function loadZxingWriter(): Promise<unknown> {
  writerReady ??= Promise.resolve()
    .then(() => zxingWriter.prepareZXingModule({ overrides: { wasmBinary: wasmBinary('writer') }, fireImmediately: true }))
    .catch((err: unknown) => {
      writerReady = null;
      throw failed('writer', err);
    });
  return writerReady;
}
