/**
 * Realistic OCR texts of Vietnamese administrative documents (ND 30/2020 layout), written for these tests. Names,
 * numbers and ID numbers are fictitious. Spacing follows what Tesseract gives for a two-column header: both columns
 * on one line (mixed), or one column after the other.
 */

/** Quyết định of a commune People's Committee; both header columns read into the same lines. */
export const QD_UBND_XA = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH Độc lập - Tự do - Hạnh phúc
------- ---------------
Số: 123/QĐ-UBND An Bình, ngày 15 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc cấp Giấy phép xây dựng nhà ở riêng lẻ
cho hộ ông Trần Văn Bình

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;
Căn cứ Nghị định số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng;
Xét đề nghị của công chức Địa chính - Xây dựng tại Tờ trình số 57/TTr-ĐCXD ngày 10 tháng 3 năm 2026.

QUYẾT ĐỊNH:

Điều 1. Cấp Giấy phép xây dựng cho hộ ông Trần Văn Bình, sinh ngày 12 tháng 8 năm 1980, CCCD số 074080001234, cấp ngày 20 tháng 4 năm 2021, nơi cư trú: ấp Tân Phước, xã An Bình.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng HĐND và UBND xã, công chức Địa chính - Xây dựng và ông Trần Văn Bình chịu trách nhiệm thi hành Quyết định này./.`;

/** The same decision as a noisy scan: diacritics lost, spaces around punctuation, a doubled space in the title. */
export const QD_UBND_XA_NOISY = `UY BAN NHAN DAN      CONG HOA XA HOI CHU NGHIA VIET NAM
XA AN BINH        Doc lap - Tu do - Hanh phuc
So : 123 / QD - UBND      An Binh , ngay 15 thang 3 nam 2026
QUYET  DINH
Ve viec cap Giay phep xay dung nha o rieng le
cho ho ong Tran Van Binh
CHU TICH UY BAN NHAN DAN XA AN BINH
Can cu Luat To chuc chinh quyen dia phuong ngay 16 thang 6 nam 2025;
Dieu 1. Cap Giay phep xay dung cho ho ong Tran Van Binh, CCCD so: 0740 8000 1234, noi cu tru: ap Tan Phuoc.
Dieu 2. Quyet dinh nay co hieu luc ke tu ngay ky.`;

/** The same decision with the case lost (every letter lower case) and a number read with "l" for "1". */
export const QD_UBND_XA_LOWER = QD_UBND_XA.toLowerCase().replace('số: 123/', 'số: l23/');

/** Giấy khai sinh (bản chính, TT 04/2020/TT-BTP form): no subject line, labelled registration date, the child's ID. */
export const GIAY_KHAI_SINH = `ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐÔNG HÒA                          Độc lập - Tự do - Hạnh phúc
TỈNH BÌNH DƯƠNG
Số: 85
Quyển số: 01/2026
GIẤY KHAI SINH
(BẢN CHÍNH)
Họ, chữ đệm, tên: NGUYỄN THỊ BÌNH AN
Ngày, tháng, năm sinh: 02/01/2026   ghi bằng chữ: Ngày hai, tháng một, năm hai nghìn không trăm hai mươi sáu
Giới tính: Nữ   Dân tộc: Kinh   Quốc tịch: Việt Nam
Nơi sinh: Trạm Y tế xã Đông Hòa, tỉnh Bình Dương
Quê quán: xã Đông Hòa, tỉnh Bình Dương
Số định danh cá nhân: 074326000123
Họ, chữ đệm, tên người mẹ: TRẦN THỊ MAI
Năm sinh: 1995   Dân tộc: Kinh   Quốc tịch: Việt Nam
Họ, chữ đệm, tên người cha: NGUYỄN VĂN BÌNH
Năm sinh: 1993   Dân tộc: Kinh   Quốc tịch: Việt Nam
Người đi khai sinh: Nguyễn Văn Bình   Giấy tờ tùy thân: CCCD số 074093001234
Nơi đăng ký khai sinh: Ủy ban nhân dân xã Đông Hòa, tỉnh Bình Dương
Ngày, tháng, năm đăng ký: 10/01/2026
NGƯỜI KÝ GIẤY KHAI SINH`;

/** Header of a Government decree: single-line body, number with year, multi-line subject, start-of-force date. */
export const NGHI_DINH = `CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
------- Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/2026/NĐ-CP Hà Nội, ngày 20 tháng 2 năm 2026

NGHỊ ĐỊNH
Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch
về đăng ký hộ tịch trên môi trường điện tử
-----------
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;
Theo đề nghị của Bộ trưởng Bộ Tư pháp;
Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch về đăng ký hộ tịch trên môi trường điện tử.

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết việc đăng ký khai sinh, kết hôn, khai tử trực tuyến.

Điều 30. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.`;

/** Right column read first, a parent body over the issuing department, a two-line title and a validity end. */
export const GIAY_CHUNG_NHAN = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 01 năm 2026

ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
SỞ TƯ PHÁP
Số: 12/GCN-STP

GIẤY CHỨNG NHẬN
ĐĂNG KÝ HOẠT ĐỘNG VĂN PHÒNG CÔNG CHỨNG
Căn cứ Luật Công chứng ngày 26 tháng 11 năm 2024;
Tên văn phòng công chứng: Văn phòng công chứng Nguyễn Văn An
Trưởng văn phòng: Nguyễn Văn An, số định danh cá nhân 001 080 012 345
Giấy chứng nhận này có giá trị đến ngày 31/12/2030.`;

/** Official letter (công văn): no title, the subject "V/v …" under the number in the left column. */
export const CONG_VAN = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH Độc lập - Tự do - Hạnh phúc
Số: 56/UBND-VP An Bình, ngày 02 tháng 4 năm 2026
V/v số hóa hồ sơ thủ tục hành chính

Kính gửi: Các thôn, ấp trên địa bàn xã.

Thực hiện Kế hoạch số 118/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về chuyển đổi số,
Ủy ban nhân dân xã đề nghị các thôn, ấp thông báo cho người dân mang bản chính giấy tờ khi nộp hồ sơ.`;

/** Header as tesseract.js read a generated scan (dust → quotes, dots, a degree sign, a doubled hyphen). */
export const QD_OCR_DUST = `ỦY BAN NHÂN DẦN XÃ VÂN NỘI. CỘNG HÒA. XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 123/QĐ- -UBND . Độc lập - Tự do - Hạnh phúc

° Vân Nội, ngày 15 tháng 3 năm 2026

"QUYẾT ĐỊNH.

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về
thực hiện thủ tục hành chính trên môi trường điện tử;

Ông Nguyễn Văn Hùng, sinh ngày 12 tháng 8 năm 1978, số định danh cá nhân
901078012345, nơi cư trú: thôn Đoài, xã Vân Nội.`;
