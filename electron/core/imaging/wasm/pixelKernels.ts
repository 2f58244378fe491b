import type { RawImage } from '../RawImage';
import { PIXEL_KERNELS_WASM } from './pixelKernels.wasm';

/** The exports of `native/wasm/rotate.c` (see there for what each does); arguments are byte offsets and sizes. */
interface KernelExports {
  rotate(src: number, w: number, h: number, ch: number, dst: number, cw: number, rows: number, starts: number, dx: number, dy: number): void;
  luma(rgb: number, grey: number, pixels: number): void;
  work_copy(src: number, w: number, h: number, ch: number, factor: number, out: number, sums: number): void;
  luma_histogram(src: number, ch: number, pixels: number, step: number, hist: number): void;
  __heap_base: { value: number };
}

/** The part of the WebAssembly JS API used here (the project's Node typings have no complete `WebAssembly`). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

const PAGE = 65536;

/**
 * One instance per thread, made on first use: its memory grows to the largest page seen and is reused (a 300-dpi
 * colour page needs ~55 MB: source, turned copy and its grey).
 */
class Kernels {
  private constructor(
    readonly exports: KernelExports,
    private readonly memory: WasmMemory,
  ) {}

  static create(): Kernels {
    const memory = new wasm.Memory({ initial: 4 });
    const module = new wasm.Module(Buffer.from(PIXEL_KERNELS_WASM, 'base64'));
    const instance = new wasm.Instance(module, { env: { memory } });
    const kernels = new Kernels(instance.exports as unknown as KernelExports, memory);
    kernels.warmUp();
    return kernels;
  }

  /**
   * V8 runs a wasm function in its baseline compiler until it has been busy for a while, and a call already running
   * never switches: the first page would turn at half speed (measured 184-218 ms against ~95). Twenty calls on a
   * 16 × 16 image (~6 ms, once per thread) get every kernel optimised before a page arrives.
   */
  private warmUp(): void {
    const side = 16;
    const [src, dst, starts, sums] = this.layout([side * side * 3 + 16, side * side * 3 + 16, side * 8, 256 * 4]);
    this.bytes(src!, side * side * 3).fill(200);
    this.words(starts!, side * 2).fill(65536);
    for (let i = 0; i < 20; i++) {
      for (const ch of [1, 3]) this.exports.rotate(src!, side, side, ch, dst!, side, side, starts!, 65000, 3000);
      this.exports.luma(src!, dst!, side * side);
      this.exports.work_copy(src!, side, side, 3, 4, dst!, sums!);
      this.exports.luma_histogram(src!, 3, side * side, 1, sums!);
    }
  }

  /** Byte offsets of consecutive blocks of the given sizes (16-byte aligned, after the C stack and data). */
  layout(sizes: readonly number[]): number[] {
    let at = align(this.exports.__heap_base.value);
    const offsets = sizes.map((size) => {
      const here = at;
      at = align(here + size);
      return here;
    });
    const needed = Math.ceil(at / PAGE) - this.memory.buffer.byteLength / PAGE;
    if (needed > 0) this.memory.grow(needed);
    return offsets;
  }

  bytes(offset: number, length: number): Uint8Array {
    return new Uint8Array(this.memory.buffer, offset, length);
  }

  words(offset: number, length: number): Int32Array {
    return new Int32Array(this.memory.buffer, offset, length);
  }

  /** Lays out `image` (with 16 spare bytes) followed by blocks of `sizes`, and copies the image in. */
  load(image: RawImage, sizes: readonly number[]): number[] {
    const offsets = this.layout([image.data.length + 16, ...sizes]);
    this.bytes(offsets[0]!, image.data.length).set(image.data);
    return offsets;
  }
}

function align(at: number): number {
  return (at + 15) & ~15;
}

let kernels: Kernels | null = null;

export function pixelKernels(): Kernels {
  kernels ??= Kernels.create();
  return kernels;
}

/** A copy out of the kernels' memory (reused by the next call), on its own allocation so it starts on a word boundary. */
export function copyOut(bytes: Uint8Array): Buffer {
  const out = Buffer.allocUnsafeSlow(bytes.length);
  out.set(bytes);
  return out;
}
