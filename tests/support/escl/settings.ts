/** Parses and validates `scan:ScanSettings` (POST ScanJobs). Anything a device would reject becomes a 400. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EsclColorMode, EsclFormat, EsclScanSettings } from './types.js';
import { A4, MAX_HEIGHT, MAX_WIDTH } from './xml.js';

export class BadSettings extends Error {}

const COLOR_MODES: readonly EsclColorMode[] = ['BlackAndWhite1', 'Grayscale8', 'RGB24'];
const FORMATS: readonly EsclFormat[] = ['image/jpeg', 'image/png', 'application/pdf'];

// Prefixes vary between clients (scan:, pwg:, escl:, none), so match local names only.
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, trimValues: true });

type Node = Record<string, unknown>;

function text(node: Node, key: string): string | undefined {
  const v = node[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function int(node: Node, key: string, fallback: number | null): number {
  const raw = text(node, key);
  if (raw === undefined) {
    if (fallback === null) throw new BadSettings(`missing ${key}`);
    return fallback;
  }
  if (!/^\d+$/.test(raw)) throw new BadSettings(`${key} is not a non-negative integer: ${raw}`);
  return Number(raw);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) throw new BadSettings(`unsupported ${what}: ${value}`);
  return value as T;
}

function parseRegion(root: Node): EsclScanSettings['region'] {
  const regions = root['ScanRegions'] as Node | undefined;
  const r = regions && typeof regions === 'object' ? (regions['ScanRegion'] as Node | Node[] | undefined) : undefined;
  if (!r) return { x: 0, y: 0, ...A4 };
  const one = Array.isArray(r) ? r[0] : r;
  if (!one || typeof one !== 'object') throw new BadSettings('empty ScanRegion');
  const region = { x: int(one, 'XOffset', 0), y: int(one, 'YOffset', 0), width: int(one, 'Width', null), height: int(one, 'Height', null) };
  if (region.width < 16 || region.height < 16) throw new BadSettings('ScanRegion smaller than MinWidth/MinHeight');
  if (region.x + region.width > MAX_WIDTH || region.y + region.height > MAX_HEIGHT) throw new BadSettings('ScanRegion outside the glass');
  return region;
}

/**
 * @param body raw request body
 * @param resolutions advertised discrete resolutions (anything else is refused, as Canon iR firmware does)
 */
export function parseScanSettings(body: string, resolutions: readonly number[]): EsclScanSettings {
  if (XMLValidator.validate(body) !== true) throw new BadSettings('malformed XML');
  const doc = parser.parse(body) as Node;
  const root = doc['ScanSettings'];
  if (!root || typeof root !== 'object') throw new BadSettings('root element is not ScanSettings');
  const s = root as Node;
  const inputSource = oneOf(text(s, 'InputSource') ?? 'Platen', ['Platen', 'Feeder'] as const, 'InputSource');
  const colorMode = oneOf(text(s, 'ColorMode') ?? 'RGB24', COLOR_MODES, 'ColorMode');
  // DocumentFormatExt wins: clients send both when the device advertises Ext (sane-airscan does).
  const format = oneOf(text(s, 'DocumentFormatExt') ?? text(s, 'DocumentFormat') ?? 'image/jpeg', FORMATS, 'DocumentFormat');
  const { xResolution, yResolution } = parseResolution(s, resolutions);
  const duplexRaw = text(s, 'Duplex');
  const duplex = duplexRaw === 'true' || duplexRaw === '1';
  if (duplex && inputSource !== 'Feeder') throw new BadSettings('Duplex needs the Feeder');
  return { inputSource, duplex, colorMode, xResolution, yResolution, format, region: parseRegion(s), intent: text(s, 'Intent') ?? null };
}

function parseResolution(s: Node, resolutions: readonly number[]): { xResolution: number; yResolution: number } {
  const xResolution = int(s, 'XResolution', 300);
  const yResolution = int(s, 'YResolution', xResolution);
  if (!resolutions.includes(xResolution) || xResolution !== yResolution) throw new BadSettings(`unsupported resolution ${xResolution}x${yResolution}`);
  return { xResolution, yResolution };
}
