import { z } from 'zod';
import type { ColorModeT } from '../../../../shared/contract/models';
import type { ScanCaps } from '../../ScanCaps';
import { malformedResponseError } from './esclErrors';
import { parseDeviceXml } from './safeXml';

/*
 * ScannerCapabilities / ScannerStatus → typed values (scanning.md §3.2). The tree comes from `parseDeviceXml`
 * (prefixes removed, every leaf a string); zod checks the parts we read and ignores the rest, tolerating the
 * empty elements and single-vs-repeated children real devices produce (HP quirk in §3.4).
 */

const Text = z.string().max(1000);
const Int = z.string().trim().regex(/^\d{1,6}$/).transform(Number);
/** An element that may appear once (object/string) or many times (array), or as an empty tag. */
const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(500));
/** An optional container: an empty tag (`<scan:Adf/>`, parsed as '') counts as absent. */
const opt = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const Range = z.object({ Min: Int, Max: Int, Step: opt(Int) });
const Profile = z.object({
  ColorModes: opt(z.object({ ColorMode: many(Text) })),
  DocumentFormats: opt(z.object({ DocumentFormat: many(Text), DocumentFormatExt: many(Text) })),
  SupportedResolutions: opt(z.object({
    DiscreteResolutions: opt(z.object({ DiscreteResolution: many(z.object({ XResolution: Int, YResolution: opt(Int) })) })),
    XResolutionRange: opt(Range),
  })),
});
const InputCaps = z.object({
  MinWidth: opt(Int), MaxWidth: Int, MinHeight: opt(Int), MaxHeight: Int,
  SettingProfiles: opt(z.object({ SettingProfile: many(Profile) })),
});
const Capabilities = z.object({
  ScannerCapabilities: z.object({
    MakeAndModel: opt(Text), UUID: opt(Text), SerialNumber: opt(Text),
    Platen: opt(z.object({ PlatenInputCaps: opt(InputCaps) })),
    Adf: opt(z.object({
      AdfSimplexInputCaps: opt(InputCaps), AdfDuplexInputCaps: opt(InputCaps),
      AdfOptions: opt(z.object({ AdfOption: many(Text) })),
    })),
    CompressionFactorSupport: opt(z.object({ Min: Int, Max: Int, Normal: opt(Int) })),
  }),
});

/** What one input source (platen, ADF simplex, ADF duplex) offers. Sizes in 1/300 inch, as on the wire. */
export interface EsclSourceCaps {
  maxWidth: number;
  maxHeight: number;
  /** eSCL names: RGB24, Grayscale8, BlackAndWhite1, … */
  colorModes: string[];
  resolutions: number[];
  /** MIME types from DocumentFormat and DocumentFormatExt. */
  formats: string[];
  /** The device lists DocumentFormatExt, so a request should carry it too (§3.2). */
  formatExt: boolean;
}

/** Parsed ScannerCapabilities: the driver-neutral ScanCaps plus what the eSCL client needs to build a job. */
export interface EsclCapabilities {
  caps: ScanCaps;
  makeAndModel: string;
  uuid: string | null;
  maxAreaMm: { width: number; height: number } | null;
  platen: EsclSourceCaps | null;
  adf: EsclSourceCaps | null;
  adfDuplex: EsclSourceCaps | null;
  compression: { min: number; max: number } | null;
}

const COLOR_MODES: Record<string, ColorModeT> = { RGB24: 'color', Grayscale8: 'gray', BlackAndWhite1: 'bw' };
/** Resolutions offered from a range: the usual office steps (a 1-dpi step would list hundreds of values). */
const RANGE_STEPS = [75, 100, 150, 200, 240, 300, 400, 600, 1200];

function resolutionsOf(p: z.infer<typeof Profile>): number[] {
  const sr = p.SupportedResolutions;
  const discrete = sr?.DiscreteResolutions?.DiscreteResolution.map((r) => r.XResolution) ?? [];
  const range = sr?.XResolutionRange;
  const ranged = range ? RANGE_STEPS.filter((r) => r >= range.Min && r <= range.Max) : [];
  return [...discrete, ...ranged].filter((r) => r >= 50 && r <= 9600);
}

const uniqSorted = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

function sourceCaps(ic: z.infer<typeof InputCaps> | undefined): EsclSourceCaps | null {
  if (!ic) return null;
  const profiles = ic.SettingProfiles?.SettingProfile ?? [];
  return {
    maxWidth: ic.MaxWidth,
    maxHeight: ic.MaxHeight,
    colorModes: [...new Set(profiles.flatMap((p) => p.ColorModes?.ColorMode ?? []))],
    resolutions: uniqSorted(profiles.flatMap(resolutionsOf)),
    formats: [...new Set(profiles.flatMap((p) => [...(p.DocumentFormats?.DocumentFormat ?? []), ...(p.DocumentFormats?.DocumentFormatExt ?? [])]))],
    formatExt: profiles.some((p) => (p.DocumentFormats?.DocumentFormatExt ?? []).length > 0),
  };
}

const toMm = (v: number): number => Math.round((v / 300) * 25.4 * 10) / 10;

/** ScannerCapabilities body → EsclCapabilities; `maxDpi` clamps devices that advertise more than they do. */
export function parseCapabilities(body: Uint8Array, maxDpi: number | null = null): EsclCapabilities {
  const parsed = Capabilities.safeParse(parseDeviceXml(body, 'ScannerCapabilities'));
  if (!parsed.success) throw malformedResponseError('ScannerCapabilities: thiếu thông tin bắt buộc', parsed.error);
  const sc = parsed.data.ScannerCapabilities;
  const platen = sourceCaps(sc.Platen?.PlatenInputCaps);
  const adf = sourceCaps(sc.Adf?.AdfSimplexInputCaps);
  const adfDuplex = sourceCaps(sc.Adf?.AdfDuplexInputCaps);
  const all = [platen, adf].filter((s): s is EsclSourceCaps => s !== null);
  if (all.length === 0) throw malformedResponseError('ScannerCapabilities: không có nguồn giấy');
  const modes = [...new Set(all.flatMap((s) => s.colorModes).map((m) => COLOR_MODES[m]).filter((m): m is ColorModeT => m !== undefined))];
  const resolutions = uniqSorted(all.flatMap((s) => s.resolutions)).filter((r) => maxDpi === null || r <= maxDpi);
  const duplex = adf !== null && (adfDuplex !== null || (sc.Adf?.AdfOptions?.AdfOption ?? []).includes('Duplex'));
  const widest = all.reduce((a, b) => (b.maxWidth * b.maxHeight > a.maxWidth * a.maxHeight ? b : a));
  const cf = sc.CompressionFactorSupport;
  return {
    caps: { sources: [...(platen ? ['flatbed' as const] : []), ...(adf ? ['feeder' as const] : [])], resolutions, colorModes: modes, duplex },
    makeAndModel: sc.MakeAndModel ?? '',
    uuid: normalizeUuid(sc.UUID),
    maxAreaMm: { width: toMm(widest.maxWidth), height: toMm(widest.maxHeight) },
    platen, adf, adfDuplex: duplex ? (adfDuplex ?? adf) : null,
    compression: cf ? { min: cf.Min, max: cf.Max } : null,
  };
}

/** `urn:uuid:ABC…` and `ABC…` are the same device; ids are compared lower-case without the URN prefix. */
export function normalizeUuid(raw: string | undefined | null): string | null {
  const u = raw?.trim().replace(/^urn:uuid:/i, '').toLowerCase() ?? '';
  return /^[0-9a-f-]{8,64}$/.test(u) ? u : null;
}
