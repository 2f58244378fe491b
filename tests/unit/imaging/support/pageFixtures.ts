import sharp from 'sharp';
import { seededRandom } from '../../../support/seededRandom';

/**
 * Real rendered test pages for the clean-up stage: Vietnamese prose in Liberation Serif through sharp's Pango text
 * input, optionally skewed, turned, stamped with a red seal and "scanned" (grey paper, blur, noise, dust, a dark
 * scanner edge, JPEG). Deterministic for a given spec.
 */
export interface FixtureSpec {
  seed: number;
  /** capture resolution; rendered at 300 dpi and resized like a 200-dpi scan */
  dpi?: number;
  content?: 'text' | 'note' | 'signature' | 'blank';
  /** the page lies rotated by sharp's `rotate(skewDeg)` on the glass */
  skewDeg?: number;
  /** the page was fed turned clockwise by this much (the clean-up must turn it back by 360 − turn) */
  turnCw?: 0 | 90 | 180 | 270;
  seal?: boolean;
  /** dark scanner edge along the left side, in pixels at the capture resolution */
  darkEdgePx?: number;
  scanned?: boolean;
  /** extra isolated dust specks (1–2 px) */
  specks?: number;
}

const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf';
export const A4_300 = { width: 2480, height: 3508 };

const PROSE = [
  'Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014 và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch;',
  'Xét đề nghị của công chức Tư pháp - Hộ tịch về việc tiếp nhận, số hóa hồ sơ và trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa của Ủy ban nhân dân xã trong quý I năm 2026.',
  'Điều 1. Giao công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của thành phần hồ sơ; quét toàn bộ giấy tờ ở độ phân giải tối thiểu 200 dpi, chế độ màu, lưu tệp có lớp văn bản để tra cứu và đối chiếu.',
  'Điều 2. Người yêu cầu chứng thực bản sao từ bản chính phải xuất trình bản chính giấy tờ; người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao và ghi lời chứng theo mẫu quy định hiện hành.',
  'Trường hợp bản chính có dấu hiệu bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ hoặc bị hư hỏng, cũ nát không xác định được nội dung thì cơ quan có thẩm quyền từ chối và giải thích rõ lý do.',
  'Ông Nguyễn Văn Hùng, sinh ngày 12 tháng 8 năm 1978, nơi cư trú: thôn Đoài, xã Vân Nội, huyện Đông Anh, thành phố Hà Nội, đề nghị cấp bản sao trích lục khai sinh cho con là Nguyễn Minh Khuê.',
  'Bộ phận Một cửa tiếp nhận hồ sơ vào các ngày làm việc trong tuần: buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch và chứng thực.',
  'Các tệp số hóa được đặt tên theo mã hồ sơ, lưu kèm siêu dữ liệu gồm mã thủ tục hành chính, tên thành phần hồ sơ, ngày tiếp nhận, người số hóa và giá trị băm để bảo đảm tính toàn vẹn của dữ liệu.',
  'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng Ủy ban nhân dân, công chức Tư pháp - Hộ tịch và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
];

function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]!;
}

/** Black-on-white grey text block (1 channel). */
async function textBlock(text: string, pt: number, width: number | undefined, opts: { bold?: boolean; centre?: boolean } = {}) {
  const { data, info } = await sharp({
    text: {
      text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      fontfile: opts.bold ? FONT_BOLD : FONT,
      font: `Liberation Serif${opts.bold ? ' Bold' : ''} ${pt}`,
      dpi: 300,
      wrap: 'word',
      ...(width === undefined ? {} : { width }),
      justify: !opts.centre,
      align: opts.centre ? 'centre' : 'left',
    },
  }).extractChannel(0).negate().raw().toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: 1 as const } };
}

function shuffledProse(rnd: () => number): string {
  const paras = [...PROSE];
  for (let i = paras.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [paras[i], paras[j]] = [paras[j]!, paras[i]!];
  }
  return paras.join('\n');
}

async function contentLayers(spec: FixtureSpec, rnd: () => number): Promise<sharp.OverlayOptions[]> {
  const { width, height } = A4_300;
  const left = 354; // 30 mm
  const textWidth = width - left - 236;
  const content = spec.content ?? 'text';
  if (content === 'blank') return [];
  if (content === 'note') {
    const note = await textBlock(pick(['Đã nhận đủ hồ sơ gốc.', 'Bản sao đúng với bản chính.', 'Trang này để trống có chủ ý.'], rnd), 13, undefined);
    return [{ ...note, input: note.input, raw: note.raw, left, top: 600 + Math.floor(rnd() * 1500), blend: 'multiply' }];
  }
  if (content === 'signature') return [{ input: Buffer.from(signatureSvg(width, height, rnd)), left: 0, top: 0, blend: 'multiply' }];
  const header = await textBlock('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', 13, textWidth, { bold: true, centre: true });
  const title = await textBlock('QUYẾT ĐỊNH\nVề việc tiếp nhận và số hóa hồ sơ', 14, textWidth, { bold: true, centre: true });
  const body = await textBlock(shuffledProse(rnd), 13, textWidth);
  const bodyTop = 236 + header.raw.height + 80 + title.raw.height + 80;
  const bodyHeight = Math.min(body.raw.height, height - 236 - bodyTop);
  const bodyCropped = body.input.subarray(0, body.raw.width * bodyHeight);
  return [
    { input: header.input, raw: header.raw, left, top: 236, blend: 'multiply' },
    { input: title.input, raw: title.raw, left, top: 236 + header.raw.height + 80, blend: 'multiply' },
    { input: bodyCropped, raw: { ...body.raw, height: bodyHeight }, left, top: bodyTop, blend: 'multiply' },
  ];
}

function signatureSvg(width: number, height: number, rnd: () => number): string {
  const x = 1500 + Math.floor(rnd() * 300);
  const y = 2600 + Math.floor(rnd() * 300);
  const d = `M ${x} ${y} c 60 -140 120 -150 90 -20 s -40 120 80 -60 s 90 -40 60 40 q 100 -90 260 -30`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}" fill="none" stroke="#1a237e" stroke-width="6" stroke-linecap="round"/></svg>`;
}

/** A red round seal (as printed by a stamp) centred at (cx, cy), 40 mm across at 300 dpi. */
export function sealSvg(width: number, height: number, cx: number, cy: number): string {
  const r = 236;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`
    + `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="rgb(214,28,36)" stroke-width="14"/>`
    + `<circle cx="${cx}" cy="${cy}" r="${r - 40}" fill="none" stroke="rgb(214,28,36)" stroke-width="6"/>`
    + `<polygon points="${cx},${cy - 80} ${cx + 24},${cy - 24} ${cx + 80},${cy - 24} ${cx + 36},${cy + 12} ${cx + 52},${cy + 70} ${cx},${cy + 36} ${cx - 52},${cy + 70} ${cx - 36},${cy + 12} ${cx - 80},${cy - 24} ${cx - 24},${cy - 24}" fill="rgb(214,28,36)"/>`
    + `<text x="${cx}" y="${cy + 140}" font-family="Liberation Serif" font-size="48" font-weight="bold" fill="rgb(214,28,36)" text-anchor="middle">ỦY BAN NHÂN DÂN</text></svg>`;
}

export const SEAL_CENTRE = { x: 1800, y: 2900 };

/** The upright, straight page at 300 dpi as raw RGB. */
export async function renderCleanPage(spec: FixtureSpec): Promise<{ data: Buffer; width: number; height: number }> {
  const rnd = seededRandom(spec.seed);
  const { width, height } = A4_300;
  const layers = await contentLayers(spec, rnd);
  if (spec.seal) layers.push({ input: Buffer.from(sealSvg(width, height, SEAL_CENTRE.x, SEAL_CENTRE.y)), left: 0, top: 0, blend: 'multiply' });
  const { data } = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite(layers).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width, height };
}

/** Rotates by sharp's convention with white fill and keeps the centred original size. */
async function skew(raw: { data: Buffer; width: number; height: number }, deg: number) {
  if (deg === 0) return raw;
  const { data, info } = await sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } })
    .rotate(deg, { background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((info.width - raw.width) / 2);
  const top = Math.floor((info.height - raw.height) / 2);
  const out = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .extract({ left, top, width: raw.width, height: raw.height }).raw().toBuffer();
  return { data: out, width: raw.width, height: raw.height };
}

function clampByte(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** Grey paper and ink, Gaussian noise (σ 10), dust and an optional dark edge: what a cheap desk scanner returns. */
function scanEffects(data: Buffer, width: number, height: number, spec: FixtureSpec, rnd: () => number): void {
  if (spec.scanned) {
    for (let i = 0; i < data.length; i++) data[i] = clampByte(40 + (data[i]! * 195) / 255 + gaussian(rnd) * 10);
  }
  const specks = spec.specks ?? (spec.scanned ? 400 : 0);
  for (let s = 0; s < specks; s++) {
    const x = Math.floor(rnd() * (width - 4));
    const y = Math.floor(rnd() * (height - 4));
    const size = 1 + Math.floor(rnd() * 2);
    for (let dy = 0; dy < size; dy++) data.fill(30, ((y + dy) * width + x) * 3, ((y + dy) * width + x + size) * 3);
  }
  const edge = spec.darkEdgePx ?? 0;
  for (let y = 0; y < height && edge > 0; y++) {
    const reach = edge + Math.floor(rnd() * 3);
    for (let x = 0; x < reach; x++) data.fill(25 + Math.floor(rnd() * 20), (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
}

function gaussian(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
}

/** The page as the scanner (or file) delivers it: PNG when clean, JPEG q60 when "scanned". */
export async function renderFixture(spec: FixtureSpec): Promise<Buffer> {
  const dpi = spec.dpi ?? 300;
  const clean = await renderCleanPage(spec);
  const skewed = await skew(clean, spec.skewDeg ?? 0);
  let img = sharp(skewed.data, { raw: { width: skewed.width, height: skewed.height, channels: 3 } });
  if (spec.turnCw) img = img.rotate(spec.turnCw);
  if (dpi !== 300) img = img.resize({ width: Math.round(((spec.turnCw ?? 0) % 180 ? A4_300.height : A4_300.width) * dpi / 300) });
  if (spec.scanned) img = img.blur(0.9);
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  scanEffects(data, info.width, info.height, spec, seededRandom(spec.seed + 7));
  const out = sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).withMetadata({ density: dpi });
  return spec.scanned ? out.jpeg({ quality: 60 }).toBuffer() : out.png({ compressionLevel: 1 }).toBuffer();
}
