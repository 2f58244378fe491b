import { persona as p } from './persona';
import { PAGE_W, SEAL_RED, field, lines, motto, page, rng, seal, signature, specks, text, INK_BLUE, HAND } from './svg';

const CARD_W = 660;
const CARD_H = 416;

/** A fake QR-like block: a seeded grid with the three finder squares. */
function qr(x: number, y: number, size: number, seed: number): string {
  const n = 25;
  const c = size / n;
  const r = rng(seed);
  const cells: string[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (r() < 0.5) cells.push(`<rect x="${(x + i * c).toFixed(1)}" y="${(y + j * c).toFixed(1)}" width="${c.toFixed(1)}" height="${c.toFixed(1)}"/>`);
  }
  const finder = (fx: number, fy: number) => `<rect x="${fx}" y="${fy}" width="${c * 7}" height="${c * 7}" fill="#fff" stroke="#222" stroke-width="${c}"/>` +
    `<rect x="${fx + c * 2}" y="${fy + c * 2}" width="${c * 3}" height="${c * 3}" fill="#222"/>`;
  return `<g fill="#2a2a2a">${cells.join('')}</g>${finder(x, y)}${finder(x + size - c * 7, y)}${finder(x, y + size - c * 7)}`;
}

function cardFront(x: number, y: number): string {
  const t = (dx: number, dy: number, s: string, size = 15, bold = false) => text(x + dx, y + dy, s, { size, bold, family: HAND, fill: '#262626' });
  return [
    `<rect x="${x}" y="${y}" width="${CARD_W}" height="${CARD_H}" rx="22" fill="#d4d4d4" stroke="#666" stroke-width="2"/>`,
    text(x + CARD_W / 2 + 40, y + 38, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 16, bold: true, anchor: 'middle', family: HAND, fill: '#222' }),
    text(x + CARD_W / 2 + 40, y + 60, 'Độc lập - Tự do - Hạnh phúc', { size: 15, bold: true, anchor: 'middle', family: HAND, fill: '#222' }),
    text(x + CARD_W / 2 + 40, y + 95, 'CĂN CƯỚC CÔNG DÂN', { size: 24, bold: true, anchor: 'middle', family: HAND, fill: '#111' }),
    `<circle cx="${x + 62}" cy="${y + 58}" r="38" fill="#bdbdbd" stroke="#555" stroke-width="2"/>`,
    `<rect x="${x + 24}" y="${y + 130}" width="150" height="200" fill="#9e9e9e"/>`,
    `<ellipse cx="${x + 99}" cy="${y + 205}" rx="42" ry="52" fill="#6f6f6f"/><path d="M${x + 34},${y + 330} C${x + 50},${y + 255} ${x + 148},${y + 255} ${x + 164},${y + 330} Z" fill="#5e5e5e"/>`,
    t(200, 140, 'Số / No.:', 16), text(x + 300, y + 142, p.father.id, { size: 24, bold: true, family: HAND, fill: '#111' }),
    t(200, 180, 'Họ và tên / Full name:'), t(200, 204, p.father.name, 20, true),
    t(200, 238, `Ngày sinh / Date of birth: ${p.father.born}`),
    t(200, 266, 'Giới tính / Sex: Nam     Quốc tịch / Nationality: Việt Nam'),
    t(200, 294, 'Quê quán / Place of origin:'), t(200, 316, 'Mẫu Lâm, Ninh Bình', 16),
    t(200, 344, 'Nơi thường trú / Place of residence:'), t(200, 366, 'Số 12 ngõ 34 phố Mẫu Đơn, Mẫu Sơn, Hà Nội', 16),
    t(24, 360, 'Có giá trị đến: 05/08/2039', 13), t(24, 380, 'Date of expiry', 12),
    qr(x + CARD_W - 130, y + 130, 100, 7),
  ].join('\n');
}

function fingerprint(cx: number, cy: number): string {
  const rings = [10, 18, 26, 34, 42].map((r) => `<ellipse cx="${cx}" cy="${cy}" rx="${r * 0.8}" ry="${r}" fill="none" stroke="#444" stroke-width="2.2"/>`);
  return `<rect x="${cx - 55}" y="${cy - 65}" width="110" height="130" fill="#cfcfcf" stroke="#666"/>${rings.join('')}`;
}

function cardBack(x: number, y: number): string {
  const t = (dx: number, dy: number, s: string, size = 15, bold = false) => text(x + dx, y + dy, s, { size, bold, family: HAND, fill: '#262626' });
  return [
    `<rect x="${x}" y="${y}" width="${CARD_W}" height="${CARD_H}" rx="22" fill="#d8d8d8" stroke="#666" stroke-width="2"/>`,
    t(24, 40, 'Đặc điểm nhân dạng / Personal identification:'),
    t(24, 64, 'Nốt ruồi C:1cm trên trước đầu lông mày phải', 15),
    t(24, 104, `Ngày, tháng, năm / Date, month, year: ${p.father.idIssued}`),
    t(24, 140, 'CỤC TRƯỞNG CỤC CẢNH SÁT', 15, true),
    t(24, 160, 'QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI', 15, true),
    `<circle cx="${x + 150}" cy="${y + 225}" r="48" fill="none" stroke="#555" stroke-width="3"/>`,
    `<path d="M${x + 200},${y + 235} c20,-30 40,10 55,-15 s25,20 45,-5" fill="none" stroke="#333" stroke-width="3"/>`,
    t(210, 290, 'Nguyễn Văn Mẫu', 16, true),
    fingerprint(x + 470, y + 110), fingerprint(x + 590, y + 110),
    t(440, 200, 'Ngón trỏ trái', 12), t(560, 200, 'Ngón trỏ phải', 12),
    `<rect x="${x}" y="${y + 318}" width="${CARD_W}" height="98" rx="0" fill="#e6e6e6"/>`,
    text(x + 24, y + 348, `IDVNM0990123451${p.father.id}<<7`, { size: 21, family: "'DejaVu Sans Mono', monospace", fill: '#111' }),
    text(x + 24, y + 374, '9908059M3908054VNM<<<<<<<<<<<4', { size: 21, family: "'DejaVu Sans Mono', monospace", fill: '#111' }),
    text(x + 24, y + 400, 'TRAN<<MINH<KHOI<<<<<<<<<<<<<<<', { size: 21, family: "'DejaVu Sans Mono', monospace", fill: '#111' }),
  ].join('\n');
}

/** Both sides of the father's CCCD, photocopied, with a certified-copy stamp (chứng thực bản sao). */
export function idCardCopy(): string {
  const x = (PAGE_W - CARD_W) / 2;
  const body = [
    `<rect width="${PAGE_W}" height="1754" fill="#ececec"/>`,
    cardFront(x, 150),
    cardBack(x, 640),
    `<rect x="130" y="1160" width="620" height="240" fill="none" stroke="${INK_BLUE}" stroke-width="4" opacity="0.85"/>`,
    lines(150, 1205, ['CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH', 'Số chứng thực: 0123   Quyển số: 01/2026-SCT/BS', `Hà Nội, ${p.signedOn}`, 'CÔNG CHỨC TƯ PHÁP - HỘ TỊCH'],
      { size: 22, gap: 44, family: HAND, fill: INK_BLUE, bold: false }),
    signature(850, 1300, 220, 95, 1),
    seal(900, 1290, 130, ' ỦY BAN NHÂN DÂN PHƯỜNG MẪU SƠN ★ TP. HÀ NỘI ★', ['PHƯỜNG', 'MẪU SƠN']),
    text(960, 1450, 'Phạm Thu Mẫu', { size: 24, anchor: 'middle', family: HAND, fill: INK_BLUE }),
    specks(21, 260, '#333'),
  ];
  return page(body.join('\n'), { paper: '#e9e9e9', skewDeg: 0.8 });
}

/** Giấy chứng sinh from an invented hospital, with its round red seal over the director's signature. */
export function birthCertificate(): string {
  const L = 110;
  const body = [
    lines(L + 150, 110, ['SỞ Y TẾ HÀ NỘI'], { size: 22, anchor: 'middle' }),
    text(L + 150, 145, p.hospital, { size: 20, bold: true, anchor: 'middle' }),
    text(L + 150, 185, 'Số: 0426/GCS-2026', { size: 20, anchor: 'middle' }),
    motto(PAGE_W - 390, 110, 22),
    text(PAGE_W / 2, 310, 'GIẤY CHỨNG SINH', { size: 38, bold: true, anchor: 'middle', fill: SEAL_RED }),
    field(L, 410, 'Họ và tên mẹ:', p.mother.name),
    field(L, 462, 'Năm sinh:', '1999'),
    field(L, 514, 'Số định danh cá nhân:', p.mother.id),
    field(L, 566, 'Nơi cư trú:', p.address),
    field(L, 618, 'Dân tộc:', 'Kinh'),
    field(L, 700, 'Đã sinh con vào lúc:', `08 giờ 35 phút, ngày ${p.child.born}`),
    field(L, 752, 'Tại:', 'Khoa Sản, Bệnh viện Đa khoa Mẫu An Bình'),
    field(L, 804, 'Số lần sinh:', '01        Số con trong lần sinh này: 01'),
    field(L, 856, 'Giới tính của con:', p.child.sex),
    field(L, 908, 'Cân nặng:', p.child.weight),
    field(L, 960, 'Dự định đặt tên con là:', p.child.name),
    field(L, 1012, 'Người đỡ đẻ:', 'Hộ sinh Đỗ Thị Mẫu'),
    text(PAGE_W - 330, 1130, `Hà Nội, ${'ngày 15 tháng 02 năm 2026'}`, { size: 22, anchor: 'middle' }),
    text(PAGE_W - 330, 1175, 'GIÁM ĐỐC', { size: 26, bold: true, anchor: 'middle' }),
    text(PAGE_W - 330, 1205, '(Ký, ghi rõ họ tên, đóng dấu)', { size: 20, anchor: 'middle', fill: '#333' }),
    signature(PAGE_W - 420, 1250, 200, 95, 0),
    seal(PAGE_W - 470, 1320, 140, ` ${p.hospital} ★ HÀ NỘI ★`, ['BỆNH VIỆN', 'AN BÌNH']),
    text(PAGE_W - 330, 1440, 'BS. Hoàng Văn Mẫu', { size: 26, bold: true, anchor: 'middle' }),
    text(L, 1550, 'Giấy chứng sinh này dùng để làm thủ tục đăng ký khai sinh cho trẻ.', { size: 20, fill: '#333', family: HAND }),
    specks(31, 30),
  ];
  return page(body.join('\n'), { skewDeg: -0.5 });
}
