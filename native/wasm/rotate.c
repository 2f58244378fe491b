/*
 * Bilinear rotation of 8-bit pixels (1 or 3 channels) with a white background, for the page clean-up
 * (electron/core/imaging/geometry.ts), and the BT.601 grey copy of the result. Built to WebAssembly with SIMD by
 * scripts/build-wasm.mjs into electron/core/imaging/wasm/pixelKernels.wasm.ts.
 *
 * Why not libvips: sharp's affine takes 220-320 ms for a 300-dpi A4 colour page (a general interpolator called per
 * pixel), more than half of the clean-up's budget. Here a pixel is one fixed-point bilinear step: the two source
 * pixels of the upper and lower rows are loaded as one vector and blended with two dot products.
 */
#include <stdint.h>
#include <wasm_simd128.h>

typedef uint8_t u8;
typedef int32_t i32;
typedef uint32_t u32;

#define WHITE 255

/* One source sample, white outside the image. */
static inline i32 tap(const u8 *src, i32 w, i32 h, i32 ch, i32 x, i32 y, i32 c) {
  if ((u32)x >= (u32)w || (u32)y >= (u32)h) return WHITE;
  return src[(y * w + x) * ch + c];
}

/* A pixel whose four taps are not all inside the image (along the page's edge): taps outside are white. */
static void edge_pixel(const u8 *src, i32 w, i32 h, i32 ch, i32 sx, i32 sy, u8 *out) {
  i32 ix = sx >> 16, iy = sy >> 16;
  i32 fx = (sx >> 8) & 255, fy = (sy >> 8) & 255;
  for (i32 c = 0; c < ch; c++) {
    i32 top = tap(src, w, h, ch, ix, iy, c) * (256 - fx) + tap(src, w, h, ch, ix + 1, iy, c) * fx;
    i32 bottom = tap(src, w, h, ch, ix, iy + 1, c) * (256 - fx) + tap(src, w, h, ch, ix + 1, iy + 1, c) * fx;
    out[c] = (u8)((top * (256 - fy) + bottom * fy + 32768) >> 16);
  }
}

/* Whether all four taps at (sx, sy) are inside the image. */
static inline int inside(i32 sx, i32 sy, i32 w, i32 h) {
  return (u32)(sx >> 16) < (u32)(w - 1) && (u32)(sy >> 16) < (u32)(h - 1);
}

/*
 * `n` RGB pixels with all taps inside. The 8 bytes at the upper-left tap and those one row down go into one vector,
 * shuffled to (r0 r1 g0 g1 b0 b1 . .) per row; a dot product with (1-fx, fx) blends across, one multiply-add
 * blends down, with a single rounding at the end. Reads 2 bytes past a row's last tap, writes 1 past the pixel.
 */
static void rgb_run(const u8 *src, i32 stride, i32 sx, i32 sy, i32 dx, i32 dy, u8 *out, i32 n) {
  for (i32 x = 0; x < n; x++, sx += dx, sy += dy, out += 3) {
    const u8 *p = src + (sy >> 16) * stride + (sx >> 16) * 3;
    i32 fx = (sx >> 8) & 255, fy = (sy >> 8) & 255;
    v128_t rows = wasm_v128_load64_lane(p + stride, wasm_v128_load64_zero(p), 1);
    v128_t pairs = wasm_i8x16_shuffle(rows, rows, 0, 3, 1, 4, 2, 5, 6, 6, 8, 11, 9, 12, 10, 13, 14, 14);
    v128_t across = wasm_i32x4_splat((256 - fx) | (fx << 16));
    v128_t top = wasm_i32x4_dot_i16x8(wasm_u16x8_extend_low_u8x16(pairs), across);
    v128_t bottom = wasm_i32x4_dot_i16x8(wasm_u16x8_extend_high_u8x16(pairs), across);
    v128_t v = wasm_i32x4_add(wasm_i32x4_mul(top, wasm_i32x4_splat(256 - fy)), wasm_i32x4_mul(bottom, wasm_i32x4_splat(fy)));
    v = wasm_u32x4_shr(wasm_i32x4_add(v, wasm_i32x4_splat(32768)), 16);
    v128_t halves = wasm_i16x8_narrow_i32x4(v, v);
    wasm_v128_store32_lane(out, wasm_u8x16_narrow_i16x8(halves, halves), 0);
  }
}

/* `n` grey pixels with all taps inside. */
static void grey_run(const u8 *src, i32 stride, i32 sx, i32 sy, i32 dx, i32 dy, u8 *out, i32 n) {
  for (i32 x = 0; x < n; x++, sx += dx, sy += dy) {
    const u8 *p = src + (sy >> 16) * stride + (sx >> 16);
    i32 fx = (sx >> 8) & 255, fy = (sy >> 8) & 255;
    i32 top = p[0] * (256 - fx) + p[1] * fx;
    i32 bottom = p[stride] * (256 - fx) + p[stride + 1] * fx;
    out[x] = (u8)((top * (256 - fy) + bottom * fy + 32768) >> 16);
  }
}

/*
 * Writes `cw` x `rows` turned pixels into `dst` (rows packed). Output pixel x of row y samples the source at
 * (sx + x·dx, sy + x·dy) in 16.16 fixed point, where (sx, sy) is the row's start from `starts` (two per row, worked
 * out in double precision by the caller so no error builds up down the page). A row is an edge stretch, a stretch
 * with every tap inside (the fast loop), and an edge stretch: a line crosses the page's rectangle once.
 * `src` needs two spare bytes after its end and `dst` one.
 */
__attribute__((export_name("rotate")))
void rotate(const u8 *src, i32 w, i32 h, i32 ch, u8 *dst, i32 cw, i32 rows, const i32 *starts, i32 dx, i32 dy) {
  const i32 stride = w * ch;
  for (i32 y = 0; y < rows; y++) {
    i32 sx = starts[2 * y], sy = starts[2 * y + 1];
    u8 *out = dst + y * cw * ch;
    i32 x = 0;
    for (; x < cw && !inside(sx, sy, w, h); x++, sx += dx, sy += dy, out += ch) edge_pixel(src, w, h, ch, sx, sy, out);
    i32 end = x, ex = sx, ey = sy;
    for (; end < cw && inside(ex, ey, w, h); end++) ex += dx, ey += dy;
    if (ch == 3) rgb_run(src, stride, sx, sy, dx, dy, out, end - x);
    else grey_run(src, stride, sx, sy, dx, dy, out, end - x);
    out += (end - x) * ch;
    for (x = end, sx = ex, sy = ey; x < cw; x++, sx += dx, sy += dy, out += ch) edge_pixel(src, w, h, ch, sx, sy, out);
  }
}

/* BT.601 luma of packed RGB, exactly as decode.ts's toGrey computes it. */
__attribute__((export_name("luma")))
void luma(const u8 *rgb, u8 *grey, i32 pixels) {
  for (i32 i = 0; i < pixels; i++, rgb += 3) grey[i] = (u8)((rgb[0] * 77 + rgb[1] * 150 + rgb[2] * 29 + 128) >> 8);
}

/* Adds a row of `n` bytes to 16-bit column sums, 16 bytes at a time. */
static void add_row(const u8 *row, uint16_t *sums, i32 n) {
  i32 i = 0;
  for (; i + 16 <= n; i += 16) {
    v128_t bytes = wasm_v128_load(row + i);
    wasm_v128_store(sums + i, wasm_i16x8_add(wasm_v128_load(sums + i), wasm_u16x8_extend_low_u8x16(bytes)));
    wasm_v128_store(sums + i + 8, wasm_i16x8_add(wasm_v128_load(sums + i + 8), wasm_u16x8_extend_high_u8x16(bytes)));
  }
  for (; i < n; i++) sums[i] += row[i];
}

/*
 * The small grey copy for detection (workCopy.ts): boxes of `factor` x `factor` pixels averaged and rounded, RGB
 * read as luma with weights 299/587/114 (summed per box, divided once). The box's rows are first added column by
 * column into `sums` (16-bit, one per byte of a row: factor <= 257), then each box's columns are added up.
 */
__attribute__((export_name("work_copy")))
void work_copy(const u8 *src, i32 w, i32 h, i32 ch, i32 factor, u8 *out, uint16_t *sums) {
  const i32 ow = w / factor > 0 ? w / factor : 1, oh = h / factor > 0 ? h / factor : 1;
  const u32 weight = (u32)(factor * factor) * (ch == 3 ? 1000 : 1);
  const i32 span = factor < w ? factor : w;
  const i32 stride = w * ch;
  for (i32 y = 0; y < oh; y++) {
    for (i32 i = 0; i < stride; i++) sums[i] = 0;
    for (i32 sy = y * factor; sy < (y + 1) * factor && sy < h; sy++) add_row(src + sy * stride, sums, stride);
    for (i32 x = 0; x < ow; x++) {
      const uint16_t *p = sums + x * factor * ch;
      u32 acc = 0;
      if (ch == 3) {
        u32 r = 0, g = 0, b = 0;
        for (i32 k = 0; k < span; k++, p += 3) r += p[0], g += p[1], b += p[2];
        acc = r * 299 + g * 587 + b * 114;
      } else {
        for (i32 k = 0; k < span; k++) acc += p[k];
      }
      out[y * ow + x] = (u8)((2 * acc + weight) / (2 * weight));
    }
  }
}

/* 256-bin histogram of the luma (77/150/29, as toGrey) or grey of every `step`-th pixel. */
__attribute__((export_name("luma_histogram")))
void luma_histogram(const u8 *src, i32 ch, i32 pixels, i32 step, u32 *hist) {
  for (i32 v = 0; v < 256; v++) hist[v] = 0;
  if (ch == 3) {
    for (i32 p = 0; p < pixels; p += step) hist[(src[p * 3] * 77 + src[p * 3 + 1] * 150 + src[p * 3 + 2] * 29 + 128) >> 8]++;
  } else {
    for (i32 p = 0; p < pixels; p += step) hist[src[p]]++;
  }
}
