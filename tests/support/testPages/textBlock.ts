import sharp from 'sharp';

const FONT_DIR = '/usr/share/fonts/truetype/liberation2';
export const FONT_REGULAR = `${FONT_DIR}/LiberationSerif-Regular.ttf`;
export const FONT_BOLD = `${FONT_DIR}/LiberationSerif-Bold.ttf`;

/** One-channel ink coverage: 0 = paper, 255 = full ink. Row-major, `width × height` bytes. */
export interface Coverage {
  data: Buffer;
  width: number;
  height: number;
}

export interface TextStyle {
  pt: number;
  bold?: boolean;
  /** Wrap width in pixels; without it the text is one line as wide as it needs. */
  width?: number;
  justify?: boolean;
  align?: 'left' | 'centre';
}

/** Pango markup treats `& < >` as markup: escape them so the rendered text equals the ground truth. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Renders text at 300 dpi with Liberation Serif through sharp's Pango text input. */
export async function renderText(text: string, style: TextStyle): Promise<Coverage> {
  const family = style.bold ? 'Liberation Serif Bold' : 'Liberation Serif';
  const { data, info } = await sharp({
    text: {
      text: escapeMarkup(text),
      fontfile: style.bold ? FONT_BOLD : FONT_REGULAR,
      font: `${family} ${style.pt}`,
      dpi: 300,
      wrap: 'word',
      ...(style.width !== undefined ? { width: style.width } : {}),
      justify: style.justify ?? false,
      align: style.align === 'centre' ? 'centre' : 'left',
    },
  })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Copies `block` into `canvas` at (x, y), keeping the darker ink where they overlap; clips at the edges. */
export function blit(canvas: Coverage, block: Coverage, x: number, y: number): void {
  for (let row = 0; row < block.height; row++) {
    const cy = y + row;
    if (cy < 0 || cy >= canvas.height) continue;
    for (let col = 0; col < block.width; col++) {
      const cx = x + col;
      if (cx < 0 || cx >= canvas.width) continue;
      const v = block.data[row * block.width + col]!;
      const at = cy * canvas.width + cx;
      if (v > canvas.data[at]!) canvas.data[at] = v;
    }
  }
}
