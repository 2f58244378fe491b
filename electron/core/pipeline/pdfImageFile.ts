import type { EncodedPageImage } from '../pdf';

/**
 * A page image already encoded for the dossier PDF (JPEG, CCITT G4 strips or MRC layers), stored beside the derived
 * image so export only assembles: the encoding (~0.3–1 s of pixel work a page) runs in the page thread while the
 * page is processed, from the cleaned pixels themselves rather than from a re-decoded JPEG.
 *
 * File layout: `TSHPI1` · u32 LE header length · UTF-8 JSON header `{ image, blobs }` (the image with every byte
 * array replaced by `{ "$blob": n }`, and the blob lengths) · the blobs, in order. Generic over the image's shape,
 * so a new field in EncodedPageImage needs no change here.
 */
const MAGIC = Buffer.from('TSHPI1', 'latin1');

interface Header {
  image: unknown;
  blobs: number[];
}

export function packPdfImage(image: EncodedPageImage): Buffer {
  const blobs: Uint8Array[] = [];
  // `holder[key]` is the value before toJSON: a Buffer would otherwise arrive as `{ type, data: [...] }`.
  const json = JSON.stringify({ image, blobs: [] as number[] }, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { $blob: blobs.push(raw) - 1 } : value;
  });
  // The blob lengths are only known after the walk: patch them into the header.
  const header = Buffer.from(json.replace(/"blobs":\[\]\}$/u, `"blobs":${JSON.stringify(blobs.map((b) => b.length))}}`), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([MAGIC, length, header, ...blobs]);
}

/** The stored image, or null when the bytes are not a whole file of this kind (the caller encodes again). */
export function unpackPdfImage(bytes: Uint8Array): EncodedPageImage | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const headerEnd = MAGIC.length + 4 + buf.readUInt32LE(MAGIC.length);
  if (headerEnd > buf.length) return null;
  try {
    const header = JSON.parse(buf.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as Header;
    const blobs = sliceBlobs(buf, headerEnd, header.blobs);
    if (!blobs) return null;
    const image = restoreBlobs(header.image, blobs);
    return typeof image === 'object' && image !== null && 'kind' in image ? (image as EncodedPageImage) : null;
  } catch {
    return null;
  }
}

function sliceBlobs(buf: Buffer, start: number, lengths: unknown): Uint8Array[] | null {
  if (!Array.isArray(lengths)) return null;
  const blobs: Uint8Array[] = [];
  let at = start;
  for (const length of lengths) {
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || at + length > buf.length) return null;
    // A copy with its own ArrayBuffer: pdf-lib's JPEG embedder reads `bytes.buffer` from offset 0 (a view fails).
    blobs.push(new Uint8Array(buf.subarray(at, at + length)));
    at += length;
  }
  return at === buf.length ? blobs : null;
}

/** The parsed header image with each `{ $blob: n }` replaced by blob n. */
function restoreBlobs(value: unknown, blobs: Uint8Array[]): unknown {
  if (Array.isArray(value)) return value.map((v) => restoreBlobs(v, blobs));
  if (typeof value !== 'object' || value === null) return value;
  if ('$blob' in value) {
    const index = (value as { $blob: unknown }).$blob;
    const blob = typeof index === 'number' ? blobs[index] : undefined;
    if (!blob) throw new Error('pdf image file: missing blob');
    return blob;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreBlobs(v, blobs)]));
}
