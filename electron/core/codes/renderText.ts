import { existsSync } from 'node:fs';
import sharp from 'sharp';

/**
 * Text through sharp's pango input. Liberation Sans (Debian `fonts-liberation2`/`fonts-liberation`) or DejaVu
 * Sans cover Vietnamese; where neither file exists (Windows), pango's own sans-serif family is used.
 */
const FONT_FILES = {
  regular: [
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  ],
  bold: [
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
} as const;

function fontFor(weight: 'regular' | 'bold'): { family: string; file?: string } {
  const file = FONT_FILES[weight].find((f) => existsSync(f));
  const suffix = weight === 'bold' ? ' Bold' : '';
  if (!file) return { family: `sans-serif${suffix}` };
  return { family: `${file.includes('DejaVu') ? 'DejaVu Sans' : 'Liberation Sans'}${suffix}`, file };
}

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface TextBlock {
  /** Coverage, 255 = ink. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** Renders plain text (escaped here) as a coverage mask, wrapped to `widthPx`. */
export async function renderTextBlock(text: string, opts: { pt: number; dpi: number; widthPx: number; weight?: 'regular' | 'bold'; align?: 'left' | 'centre' }): Promise<TextBlock> {
  const font = fontFor(opts.weight ?? 'regular');
  const input: sharp.CreateText = {
    text: escapeMarkup(text.normalize('NFC')),
    font: `${font.family} ${opts.pt}`,
    dpi: opts.dpi,
    width: Math.round(opts.widthPx),
    align: opts.align ?? 'left',
    wrap: 'word',
    spacing: Math.round(opts.pt * 0.35),
  };
  if (font.file) input.fontfile = font.file;
  const { data, info } = await sharp({ text: input }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
