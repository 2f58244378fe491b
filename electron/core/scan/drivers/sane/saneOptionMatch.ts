import type { SaneOptionDescriptor } from '../../../../../native/sane/types';
import type { ColorModeT } from '../../../../shared/contract/models';

/**
 * Vendor naming heuristics (scanning.md §1.1). Names are matched case-insensitively; source and mode strings by
 * pattern, because vendors write "ADF Front", "Automatic Document Feeder", "Feeder(left aligned)", "Platen"…
 */
export const SOURCE_PATTERNS = {
  flatbed: /flatbed|platen|glass|normal/i,
  feeder: /adf|feeder|automatic document|document feeder|\bfront\b|simplex/i,
  duplex: /duplex|2-sided|two.?sided|both/i,
} as const;

export const MODE_PATTERNS: Record<ColorModeT, RegExp> = {
  color: /colou?r|rgb/i,
  gray: /gr[ae]y/i,
  bw: /lineart|binary|black.?(?:&|and)?.?white|halftone|mono/i,
};

/** The option named like one of `names` (case-insensitive), first name winning. */
export function findOption(options: readonly SaneOptionDescriptor[], ...names: string[]): SaneOptionDescriptor | undefined {
  for (const name of names) {
    const found = options.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

export function stringChoices(option: SaneOptionDescriptor | undefined): string[] {
  return option?.constraint?.kind === 'stringList' ? option.constraint.values : [];
}

/** True when a source string means the feeder (any side), not the flatbed. */
export function isFeederSource(s: string): boolean {
  return (SOURCE_PATTERNS.feeder.test(s) || SOURCE_PATTERNS.duplex.test(s)) && !SOURCE_PATTERNS.flatbed.test(s);
}

/** The source string to set for a request, or undefined when the device has no such source. */
export function pickSource(choices: readonly string[], source: 'flatbed' | 'feeder', duplex: boolean): string | undefined {
  if (source === 'flatbed') return choices.find((s) => SOURCE_PATTERNS.flatbed.test(s));
  const feeders = choices.filter(isFeederSource);
  if (duplex) return feeders.find((s) => SOURCE_PATTERNS.duplex.test(s)) ?? feeders[0];
  return feeders.find((s) => !SOURCE_PATTERNS.duplex.test(s)) ?? feeders[0];
}

/** The mode string for a colour mode, or undefined. */
export function pickMode(choices: readonly string[], mode: ColorModeT): string | undefined {
  // "Gray" must not match the bw pattern and vice versa; test colour last because "Color Lineart" exists.
  return choices.find((s) => MODE_PATTERNS[mode].test(s) && (mode === 'color' || !MODE_PATTERNS.color.test(s)));
}

/** Snaps a number to an option's constraint (nearest word, or clamped and quantised range value). */
export function snapToConstraint(option: SaneOptionDescriptor, value: number): number {
  const c = option.constraint;
  if (c?.kind === 'wordList' && c.values.length > 0) {
    return c.values.reduce((best, v) => (Math.abs(v - value) < Math.abs(best - value) ? v : best), c.values[0]!);
  }
  if (c?.kind === 'range') {
    const clamped = Math.min(c.max, Math.max(c.min, value));
    if (c.quant <= 0) return clamped;
    const snapped = c.min + Math.round((clamped - c.min) / c.quant) * c.quant;
    return Math.min(c.max, snapped);
  }
  return value;
}
