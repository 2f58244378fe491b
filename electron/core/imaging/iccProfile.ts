/**
 * Whether an embedded ICC profile is sRGB, so decoding can skip the colour transform into sRGB (a no-op that costs
 * libvips ~100 ms per 300-dpi page through lcms: scanners and sharp's own `withMetadata` tag pages sRGB). A profile
 * counts as sRGB when its RGB primaries are sRGB's (D50-adapted, as every v2/v4 display profile stores them) and
 * its tone curve is sRGB's: the parametric curve with exponent 2.4, or a table through sRGB's mid-grey. Anything
 * else (Adobe RGB, a scanner's own profile, grey profiles) is transformed as before.
 */
const SRGB_PRIMARIES_D50: Record<string, readonly [number, number, number]> = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};
const PRIMARY_TOLERANCE = 0.003;
/** sRGB's curve maps input 0.5 to 0.214 (linear light); a gamma-2.2 curve gives 0.218. */
const SRGB_MID = 0.214;

interface Tag {
  offset: number;
  length: number;
}

function tagTable(icc: Uint8Array): Map<string, Tag> | null {
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const text = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
  if (icc.length < 132 || text(36) !== 'acsp' || text(16) !== 'RGB ') return null;
  const count = view.getUint32(128);
  if (132 + count * 12 > icc.length) return null;
  const tags = new Map<string, Tag>();
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    const tag = { offset: view.getUint32(at + 4), length: view.getUint32(at + 8) };
    if (tag.offset + tag.length <= icc.length) tags.set(text(at), tag);
  }
  return tags;
}

function primaryMatches(view: DataView, tag: Tag | undefined, expected: readonly [number, number, number]): boolean {
  if (!tag || tag.length < 20) return false;
  return expected.every((v, i) => Math.abs(view.getInt32(tag.offset + 8 + 4 * i) / 65536 - v) <= PRIMARY_TOLERANCE);
}

/** Linear light at input 0.5 of a 'para' or 'curv' tone curve, or NaN when it is neither. */
function curveMid(icc: Uint8Array, view: DataView, tag: Tag | undefined): number {
  if (!tag || tag.length < 12) return Number.NaN;
  const type = String.fromCharCode(...icc.subarray(tag.offset, tag.offset + 4));
  if (type === 'para') return parametricMid(view, tag);
  return type === 'curv' ? tableMid(view, tag) : Number.NaN;
}

/** ICC parametric curves: type 0 is a plain gamma, type 3 is sRGB's shape (a·x + b)^g above d. */
function parametricMid(view: DataView, tag: Tag): number {
  if (tag.length < 16) return Number.NaN;
  const fn = view.getUint16(tag.offset + 8);
  const g = view.getInt32(tag.offset + 12) / 65536;
  if (fn === 0) return 0.5 ** g;
  if (fn !== 3 || tag.length < 32) return Number.NaN;
  const [a, b, , d] = [16, 20, 24, 28].map((o) => view.getInt32(tag.offset + o) / 65536) as [number, number, number, number];
  return 0.5 >= d ? (a * 0.5 + b) ** g : Number.NaN;
}

/** 'curv': no entry is the identity, one entry a gamma (u8.8), more a table read at its middle. */
function tableMid(view: DataView, tag: Tag): number {
  const entries = view.getUint32(tag.offset + 8);
  if (entries === 0) return 0.5;
  if (entries === 1) return 0.5 ** (view.getUint16(tag.offset + 12) / 256);
  if (tag.length < 12 + 2 * entries) return Number.NaN;
  const at = (entries - 1) / 2;
  const lo = Math.floor(at);
  const hi = Math.min(entries - 1, lo + 1);
  const value = (i: number) => view.getUint16(tag.offset + 12 + 2 * i) / 65535;
  return value(lo) + (value(hi) - value(lo)) * (at - lo);
}

export function isSrgbProfile(icc: Uint8Array): boolean {
  const tags = tagTable(icc);
  if (!tags) return false;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  if (!Object.entries(SRGB_PRIMARIES_D50).every(([name, xyz]) => primaryMatches(view, tags.get(name), xyz))) return false;
  return ['rTRC', 'gTRC', 'bTRC'].every((name) => Math.abs(curveMid(icc, view, tags.get(name)) - SRGB_MID) < 0.002);
}
