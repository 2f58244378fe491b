/** Small SVG builders for the sample dossier pages (A4 at 150 dpi = 1240 × 1754 px). */
import { seededRandom } from '../../tests/support/seededRandom';

export const PAGE_W = 1240;
export const PAGE_H = 1754;
export const SERIF = "'DejaVu Serif', serif";
export const HAND = "'DejaVu Sans', sans-serif";
export const INK_BLUE = '#1d3b9a';
export const SEAL_RED = '#d3242f';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TextOpts { size?: number; bold?: boolean; anchor?: 'start' | 'middle' | 'end'; fill?: string; family?: string; italic?: boolean }

export function text(x: number, y: number, s: string, o: TextOpts = {}): string {
  const attrs = [
    `x="${x}"`, `y="${y}"`, `font-family="${o.family ?? SERIF}"`, `font-size="${o.size ?? 26}"`,
    `fill="${o.fill ?? '#111'}"`, `text-anchor="${o.anchor ?? 'start'}"`,
    o.bold ? 'font-weight="bold"' : '', o.italic ? 'font-style="italic"' : '',
  ];
  return `<text ${attrs.join(' ')}>${esc(s)}</text>`;
}

/** A form row: printed label, a dotted leader to the right margin, and the clerk's/applicant's entry in blue. */
export function field(x: number, y: number, label: string, value: string, right = PAGE_W - 110, size = 26): string {
  return [
    `<line x1="${x}" y1="${y + 6}" x2="${right}" y2="${y + 6}" stroke="#555" stroke-width="1.5" stroke-dasharray="2 5"/>`,
    `<text x="${x}" y="${y}" font-family="${SERIF}" font-size="${size}" fill="#111">${esc(label)} ` +
      `<tspan font-family="${HAND}" fill="${INK_BLUE}" font-size="${size + 1}">${esc(value)}</tspan></text>`,
  ].join('\n');
}

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" centred at `cx`. */
export function motto(cx: number, y: number, size = 26): string {
  return [
    text(cx, y, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size, bold: true, anchor: 'middle' }),
    text(cx, y + size * 1.35, 'Độc lập - Tự do - Hạnh phúc', { size: size + 1, bold: true, anchor: 'middle' }),
    `<line x1="${cx - size * 6.6}" y1="${y + size * 1.7}" x2="${cx + size * 6.6}" y2="${y + size * 1.7}" stroke="#111" stroke-width="2"/>`,
  ].join('\n');
}

/** Several lines of plain text, `gap` px apart. */
export function lines(x: number, y: number, rows: string[], o: TextOpts & { gap?: number } = {}): string {
  return rows.map((r, i) => text(x, y + i * (o.gap ?? 40), r, o)).join('\n');
}

/** A round red seal: two rings, the agency name around the rim, a star and centre lines. */
export function seal(cx: number, cy: number, r: number, rim: string, centre: string[], color = SEAL_RED): string {
  const chars = [...rim];
  const step = 360 / chars.length;
  const rimR = r - 26;
  const glyphs = chars.map((ch, i) => {
    const a = -90 + i * step;
    const rad = (a * Math.PI) / 180;
    const x = cx + rimR * Math.cos(rad);
    const y = cy + rimR * Math.sin(rad);
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${(a + 90).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" ` +
      `font-family="${SERIF}" font-size="${Math.round(r * 0.17)}" font-weight="bold" fill="${color}" text-anchor="middle" dominant-baseline="middle">${esc(ch)}</text>`;
  });
  const mid = centre.map((l, i) => text(cx, cy + (i - (centre.length - 1) / 2) * r * 0.2 + r * 0.2, l,
    { size: Math.round(r * 0.14), bold: true, anchor: 'middle', fill: color }));
  return `<g opacity="0.86">
<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${color}" stroke-width="${r * 0.045}"/>
<circle cx="${cx}" cy="${cy}" r="${r - 52}" fill="none" stroke="${color}" stroke-width="${r * 0.02}"/>
${glyphs.join('\n')}
${star(cx, cy - r * 0.22, r * 0.16, color)}
${mid.join('\n')}
</g>`;
}

export function star(cx: number, cy: number, r: number, fill: string): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.4;
    const a = (-90 + i * 36) * (Math.PI / 180);
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

/** A hand signature: a few connected cubic strokes in blue ink, scaled into a w × h box at (x, y). */
export function signature(x: number, y: number, w: number, h: number, variant = 0): string {
  const paths = [
    'M0,60 C10,10 30,5 35,40 S50,90 60,40 C70,0 85,10 90,45 C95,70 110,60 120,30 C128,10 140,20 150,50 C160,75 175,40 200,35',
    'M0,50 C20,0 40,0 45,45 C48,80 60,85 70,40 L80,20 C90,60 100,70 120,40 C135,20 150,30 160,55 M40,70 C90,62 150,60 200,58',
  ];
  const d = paths[variant % paths.length];
  return `<path d="${d}" transform="translate(${x} ${y}) scale(${(w / 200).toFixed(3)} ${(h / 90).toFixed(3)})" fill="none" ` +
    `stroke="${INK_BLUE}" stroke-width="${(200 / w) * 3.2}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** Deterministic pseudo-random numbers so regenerated samples are byte-identical. */
export const rng = seededRandom;

/** Scanner/photocopier specks: `n` tiny dark dots. */
export function specks(seed: number, n: number, color = '#444'): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`<circle cx="${(r() * PAGE_W).toFixed(1)}" cy="${(r() * PAGE_H).toFixed(1)}" r="${(0.6 + r() * 1.4).toFixed(1)}" fill="${color}" opacity="${(0.3 + r() * 0.5).toFixed(2)}"/>`);
  }
  return out.join('\n');
}

/** Wraps page content: paper colour, a slight scan skew (degrees), and the "sample data" footer. */
export function page(body: string, o: { paper?: string; skewDeg?: number; footer?: boolean } = {}): string {
  const skew = o.skewDeg ?? 0;
  const footer = o.footer === false ? '' :
    text(PAGE_W / 2, PAGE_H - 40, 'Tài liệu mẫu của Trạm Số hóa – mọi thông tin cá nhân đều là giả định', { size: 16, anchor: 'middle', fill: '#888' });
  return `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${PAGE_W}" height="${PAGE_H}" viewBox="0 0 ${PAGE_W} ${PAGE_H}">
<rect width="100%" height="100%" fill="${o.paper ?? '#fbfaf6'}"/>
<g transform="rotate(${skew} ${PAGE_W / 2} ${PAGE_H / 2})">
${body}
${footer}
</g>
</svg>`;
}
