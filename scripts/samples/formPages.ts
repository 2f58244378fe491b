import { persona as p } from './persona';
import { PAGE_W, field, lines, motto, page, signature, specks, text, HAND, INK_BLUE } from './svg';

const L = 110;

/** Tờ khai đăng ký khai sinh, page 1 (form per TT 04/2024/TT-BTP layout, simplified). */
export function birthFormPage1(): string {
  const rows: [string, string][] = [
    ['Họ, chữ đệm, tên người yêu cầu:', p.father.name],
    ['Nơi cư trú:', p.address],
    ['Giấy tờ tùy thân:', `Căn cước công dân số ${p.father.id}`],
    ['Quan hệ với người được khai sinh:', 'Cha'],
  ];
  const child: [string, string][] = [
    ['Họ, chữ đệm, tên:', p.child.name],
    ['Ngày, tháng, năm sinh:', `${p.child.born}   ghi bằng chữ:`],
    ['', p.child.bornWords],
    ['Giới tính:', `${p.child.sex}        Dân tộc: Kinh        Quốc tịch: Việt Nam`],
    ['Nơi sinh:', `Bệnh viện Đa khoa Mẫu An Bình, thành phố Hà Nội`],
    ['Quê quán:', p.hometown],
  ];
  const parents: [string, string][] = [
    ['Họ, chữ đệm, tên người mẹ:', p.mother.name],
    ['Năm sinh:', `1999        Dân tộc: Kinh        Quốc tịch: Việt Nam`],
    ['Nơi cư trú:', p.address],
    ['Họ, chữ đệm, tên người cha:', p.father.name],
    ['Năm sinh:', `1999        Dân tộc: Kinh        Quốc tịch: Việt Nam`],
    ['Nơi cư trú:', p.address],
  ];
  const body = [
    motto(PAGE_W / 2, 130),
    text(PAGE_W / 2, 290, 'TỜ KHAI ĐĂNG KÝ KHAI SINH', { size: 34, bold: true, anchor: 'middle' }),
    text(PAGE_W / 2, 350, `Kính gửi: ${p.agency}`, { size: 26, anchor: 'middle', italic: false }),
    ...rows.map(([l, v], i) => field(L, 430 + i * 52, l, v)),
    text(L, 660, 'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:', { size: 26, bold: true }),
    ...child.map(([l, v], i) => field(L, 720 + i * 52, l, v)),
    ...parents.map(([l, v], i) => field(L, 1060 + i * 52, l, v)),
    text(PAGE_W - L, 1420, '(xem tiếp trang 2)', { size: 22, anchor: 'end', fill: '#444' }),
    specks(11, 25),
  ];
  return page(body.join('\n'), { skewDeg: 0.35 });
}

/** Tờ khai page 2: the undertaking, copies requested and the applicant's signature. */
export function birthFormPage2(): string {
  const body = [
    lines(L, 170, [
      'Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật,',
      'được sự thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật.',
      'Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình.',
    ], { size: 24, gap: 42 }),
    field(L, 360, 'Đề nghị cấp bản sao:', 'Có    Số lượng: 02 bản'),
    field(L, 412, 'Số điện thoại liên hệ:', p.phone),
    text(PAGE_W - 330, 540, `Làm tại: Hà Nội, ${p.signedOn}`, { size: 24, anchor: 'middle', italic: false }),
    text(PAGE_W - 330, 590, 'Người yêu cầu', { size: 26, bold: true, anchor: 'middle' }),
    text(PAGE_W - 330, 625, '(Ký, ghi rõ họ, chữ đệm, tên)', { size: 22, anchor: 'middle', fill: '#333' }),
    signature(PAGE_W - 440, 660, 220, 100, 0),
    text(PAGE_W - 330, 830, 'Trần Minh Khôi', { size: 27, anchor: 'middle', family: HAND, fill: INK_BLUE }),
    `<line x1="${L}" y1="950" x2="${L + 300}" y2="950" stroke="#111" stroke-width="1.5"/>`,
    text(L, 990, 'Chú thích:', { size: 22, bold: true }),
    lines(L, 1030, [
      '(1) Trường hợp người yêu cầu là cha, mẹ thì ghi quan hệ là "Cha" hoặc "Mẹ".',
      '(2) Ghi theo giấy chứng sinh; nếu không có giấy chứng sinh thì ghi theo văn bản',
      '     của người làm chứng.',
      '(3) Đề nghị đánh dấu X vào ô nếu có yêu cầu cấp bản sao và ghi rõ số lượng.',
    ], { size: 21, gap: 36, fill: '#222' }),
    specks(12, 18),
  ];
  return page(body.join('\n'), { skewDeg: -0.25 });
}

/** Đơn đề nghị cấp bản sao trích lục khai sinh (saved as PNG in the sample set). */
export function requestLetter(): string {
  const body = [
    motto(PAGE_W / 2, 130),
    text(PAGE_W / 2, 300, 'ĐƠN ĐỀ NGHỊ', { size: 34, bold: true, anchor: 'middle' }),
    text(PAGE_W / 2, 345, 'Cấp bản sao Trích lục khai sinh', { size: 28, bold: true, anchor: 'middle' }),
    text(PAGE_W / 2, 410, `Kính gửi: ${p.agency}`, { size: 26, anchor: 'middle' }),
    field(L, 500, 'Tôi tên là:', p.father.name),
    field(L, 552, 'Số định danh cá nhân:', p.father.id),
    field(L, 604, 'Nơi cư trú:', p.address),
    field(L, 656, 'Số điện thoại:', p.phone),
    lines(L, 740, [
      'Tôi làm đơn này đề nghị Ủy ban nhân dân phường cấp 02 (hai) bản sao',
      `Trích lục khai sinh của con tôi là ${p.child.name}, sinh ngày ${p.child.born},`,
      'để bổ sung hồ sơ nhập học và đăng ký bảo hiểm y tế cho trẻ em dưới 6 tuổi.',
      'Tôi xin cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm',
      'trước pháp luật.',
    ], { size: 25, gap: 46 }),
    text(PAGE_W - 330, 1060, `Hà Nội, ${p.signedOn}`, { size: 24, anchor: 'middle' }),
    text(PAGE_W - 330, 1110, 'Người làm đơn', { size: 26, bold: true, anchor: 'middle' }),
    signature(PAGE_W - 430, 1140, 200, 95, 1),
    text(PAGE_W - 330, 1300, 'Trần Minh Khôi', { size: 27, anchor: 'middle', family: HAND, fill: INK_BLUE }),
  ];
  return page(body.join('\n'), { paper: '#ffffff' });
}

/** The empty back of a sheet scanned in duplex: a few specks only (the blank-page flagger should catch it). */
export function blankBack(): string {
  return page(specks(99, 40, '#777'), { footer: false, paper: '#fcfbf8' });
}
