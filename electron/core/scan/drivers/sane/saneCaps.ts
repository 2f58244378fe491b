import type { SaneOptionDescriptor } from '../../../../../native/sane/types';
import type { ColorModeT } from '../../../../shared/contract/models';
import type { DriverOptionInfo, ScanCaps, ScanSource } from '../../ScanCaps';
import { findOption, isFeederSource, MODE_PATTERNS, pickMode, SOURCE_PATTERNS, snapToConstraint, stringChoices } from './saneOptionMatch';

/** Resolutions offered to clerks; a device's full range (1–1200 in steps of 1) would be useless in a list. */
const USUAL_DPI = [75, 100, 150, 200, 240, 300, 400, 600] as const;

/** Options already expressed by the caps themselves, or not meaningful to show. */
const SHOWN_ELSEWHERE = new Set(['source', 'mode', 'resolution', 'tl-x', 'tl-y', 'br-x', 'br-y', 'preview']);
const MAX_DRIVER_OPTIONS = 40;

function sources(options: readonly SaneOptionDescriptor[]): ScanSource[] {
  const choices = stringChoices(findOption(options, 'source'));
  // No source option: a plain flatbed (most single-purpose devices).
  if (choices.length === 0) return ['flatbed'];
  const out: ScanSource[] = [];
  if (choices.some((s) => SOURCE_PATTERNS.flatbed.test(s))) out.push('flatbed');
  if (choices.some(isFeederSource)) out.push('feeder');
  return out.length > 0 ? out : ['flatbed'];
}

function duplex(options: readonly SaneOptionDescriptor[]): boolean {
  if (stringChoices(findOption(options, 'source')).some((s) => SOURCE_PATTERNS.duplex.test(s))) return true;
  return findOption(options, 'duplex', 'adf-mode', 'adf_mode') !== undefined;
}

/** Usual DPI values the device can do (snapped to its quantum), or its own word list. */
export function resolutions(options: readonly SaneOptionDescriptor[]): number[] {
  const opt = findOption(options, 'resolution', 'x-resolution');
  const c = opt?.constraint;
  if (!opt || !c) return [];
  const values = c.kind === 'wordList'
    ? c.values
    : c.kind === 'range' ? USUAL_DPI.filter((d) => d >= c.min && d <= c.max).map((d) => snapToConstraint(opt, d)) : [];
  return [...new Set(values.map((v) => Math.round(v)).filter((v) => v > 0))].sort((a, b) => a - b);
}

function colorModes(options: readonly SaneOptionDescriptor[]): ColorModeT[] {
  const choices = stringChoices(findOption(options, 'mode'));
  // No mode option: the device scans in whatever it scans; assume colour, the usual for document scanners.
  if (choices.length === 0) return ['color'];
  return (Object.keys(MODE_PATTERNS) as ColorModeT[]).filter((m) => pickMode(choices, m) !== undefined);
}

function maxAreaMm(options: readonly SaneOptionDescriptor[]): { width: number; height: number } | null {
  const x = findOption(options, 'br-x');
  const y = findOption(options, 'br-y');
  if (x?.constraint?.kind !== 'range' || y?.constraint?.kind !== 'range' || x.unit !== 'mm' || y.unit !== 'mm') return null;
  return { width: x.constraint.max, height: y.constraint.max };
}

/** Active, simple-valued options shown read-only to IT staff (e.g. the test backend's `test-picture`). */
function driverOptions(options: readonly SaneOptionDescriptor[]): DriverOptionInfo[] {
  return options
    .filter((o) => o.active && o.type !== 'button' && !SHOWN_ELSEWHERE.has(o.name) && !Array.isArray(o.value))
    .slice(0, MAX_DRIVER_OPTIONS)
    .map((o) => ({ name: o.name, title: o.title, value: Array.isArray(o.value) ? null : o.value }));
}

/** Device capabilities from its SANE option descriptors (heuristics of scanning.md §1.1). */
export function capsFromOptions(options: readonly SaneOptionDescriptor[]): ScanCaps {
  return {
    sources: sources(options),
    resolutions: resolutions(options),
    colorModes: colorModes(options),
    duplex: duplex(options),
    maxAreaMm: maxAreaMm(options),
    driverOptions: driverOptions(options),
  };
}
