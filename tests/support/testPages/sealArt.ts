import { escapeMarkup } from './textBlock';

export const SEAL_RED = { r: 212, g: 35, b: 43 };
const RED = `rgb(${SEAL_RED.r},${SEAL_RED.g},${SEAL_RED.b})`;
const BLUE = 'rgb(29,60,158)';

function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}

/**
 * A round red seal as SVG (`size` px square): double ring, the body's name set letter by letter around the top
 * (librsvg has no textPath), a five-pointed star in the middle. Opacity and a slight tilt mimic a hand stamp.
 */
export function sealSvg(size: number, ringText: string, tiltDeg: number): string {
  const c = size / 2;
  const outer = c - 8;
  const inner = outer - 78;
  const textRadius = outer - 50;
  const chars = [...ringText];
  const span = 300;
  const glyphs = chars
    .map((ch, i) => {
      const angle = -span / 2 + (span * (i + 0.5)) / chars.length;
      return `<text x="${c}" y="${(c - textRadius).toFixed(1)}" transform="rotate(${angle.toFixed(2)} ${c} ${c})">${escapeMarkup(ch)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
<g transform="rotate(${tiltDeg.toFixed(2)} ${c} ${c})" opacity="0.88">
<circle cx="${c}" cy="${c}" r="${outer}" fill="none" stroke="${RED}" stroke-width="12"/>
<circle cx="${c}" cy="${c}" r="${inner}" fill="none" stroke="${RED}" stroke-width="5"/>
<g font-family="Liberation Serif" font-weight="bold" font-size="40" fill="${RED}" text-anchor="middle">${glyphs}</g>
<polygon points="${starPoints(c, c, inner * 0.55, inner * 0.22)}" fill="${RED}"/>
</g></svg>`;
}

/** A blue handwritten-looking signature (`width × height` px SVG): a seeded chain of cubic curves and a flourish. */
export function signatureSvg(width: number, height: number, rnd: () => number): string {
  const mid = height / 2;
  let x = width * 0.12;
  let y = mid + (rnd() - 0.5) * height * 0.2;
  let d = `M ${x.toFixed(1)} ${y.toFixed(1)}`;
  const strokes = 5 + Math.floor(rnd() * 3);
  for (let i = 0; i < strokes; i++) {
    const nx = x + (width * 0.7) / strokes;
    const ny = mid + (rnd() - 0.5) * height * 0.5;
    const c1 = `${(x + rnd() * 60).toFixed(1)} ${(y - 40 - rnd() * height * 0.35).toFixed(1)}`;
    const c2 = `${(nx - rnd() * 60).toFixed(1)} ${(ny + 40 + rnd() * height * 0.3).toFixed(1)}`;
    d += ` C ${c1} ${c2} ${nx.toFixed(1)} ${ny.toFixed(1)}`;
    x = nx;
    y = ny;
  }
  const flourish = `M ${(width * 0.08).toFixed(1)} ${(mid + height * 0.3).toFixed(1)} Q ${(width * 0.5).toFixed(1)} ${(mid + height * 0.12).toFixed(1)} ${(width * 0.9).toFixed(1)} ${(mid + height * 0.22).toFixed(1)}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<g fill="none" stroke="${BLUE}" stroke-linecap="round" stroke-linejoin="round"><path d="${d}" stroke-width="7"/><path d="${flourish}" stroke-width="5"/></g></svg>`;
}
