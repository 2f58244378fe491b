/**
 * Own Vietnamese administrative prose for the generated test pages (NFC, one paragraph per entry), written for this
 * project so it carries no licence. Numbers, dates and names of bodies are fictitious but shaped like real ones.
 */
export const PARAGRAPHS: readonly string[] = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  'Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16 tháng 02 năm 2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch;',
  'Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; Thông tư số 01/2023/TT-VPCP hướng dẫn một số nội dung về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính;',
  'Xét đề nghị của Trưởng phòng Tư pháp tại Tờ trình số 57/TTr-TP ngày 03 tháng 3 năm 2026 về việc kiện toàn Bộ phận Một cửa và giao nhiệm vụ số hóa hồ sơ tiếp nhận trên địa bàn huyện.',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, số hóa và trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa của Ủy ban nhân dân các xã, thị trấn thuộc huyện Đông Anh.',
  'Điều 2. Công chức tiếp nhận có trách nhiệm kiểm tra tính đầy đủ, hợp lệ của thành phần hồ sơ; quét toàn bộ giấy tờ ở độ phân giải tối thiểu 200 dpi, chế độ màu, lưu tệp PDF có lớp văn bản để tra cứu.',
  'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng các phòng, ban chuyên môn và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.',
  'Ngày 15 tháng 3 năm 2026, Ủy ban nhân dân xã Vân Nội đã tiếp nhận 142 hồ sơ đăng ký hộ tịch, trong đó có 58 hồ sơ đăng ký khai sinh, 31 hồ sơ đăng ký kết hôn, 19 hồ sơ đăng ký khai tử và 34 hồ sơ trích lục bản sao.',
  'Người yêu cầu chứng thực bản sao từ bản chính phải xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao; người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao và ghi lời chứng theo mẫu quy định.',
  'Trường hợp bản chính giấy tờ có dấu hiệu bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ hoặc bị hư hỏng, cũ nát không xác định được nội dung thì cơ quan có thẩm quyền từ chối chứng thực và giải thích rõ lý do bằng văn bản.',
  'Hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất gồm: đơn đăng ký theo Mẫu số 04a/ĐK; bản sao giấy tờ về quyền sử dụng đất; sơ đồ thửa đất và chứng từ thực hiện nghĩa vụ tài chính.',
  'Thửa đất số 217, tờ bản đồ số 12, diện tích 156,4 m², mục đích sử dụng đất ở tại nông thôn, thời hạn sử dụng lâu dài, nguồn gốc sử dụng được Nhà nước công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất.',
  'Văn phòng Đăng ký đất đai Hà Nội - Chi nhánh huyện Đông Anh có trách nhiệm cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai và trao Giấy chứng nhận cho người được cấp sau khi hoàn thành nghĩa vụ tài chính.',
  'Thời hạn giải quyết thủ tục đăng ký khai sinh là ngay trong ngày làm việc; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo, không quá 03 ngày làm việc.',
  'Lệ phí chứng thực bản sao từ bản chính là 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, nhưng mức thu tối đa không quá 200.000 đồng/bản. Lệ phí chứng thực chữ ký là 10.000 đồng/trường hợp.',
  'Sở Tư pháp thành phố Hà Nội đề nghị Ủy ban nhân dân các quận, huyện, thị xã chỉ đạo Phòng Tư pháp rà soát, thống kê số lượng sổ hộ tịch đang lưu trữ, lập kế hoạch số hóa dữ liệu hộ tịch và báo cáo trước ngày 30 tháng 6 năm 2026.',
  'Ông Nguyễn Văn Hùng, sinh ngày 12 tháng 8 năm 1978, số định danh cá nhân 001078012345, nơi cư trú: thôn Đoài, xã Vân Nội, huyện Đông Anh, thành phố Hà Nội, đề nghị cấp bản sao trích lục khai sinh cho con là Nguyễn Minh Khuê.',
  'Bà Trần Thị Thu Hường, công chức Tư pháp - Hộ tịch, đã kiểm tra hồ sơ, đối chiếu với Sổ đăng ký khai sinh năm 2009, quyển số 01, số 117, xác nhận thông tin trong hồ sơ phù hợp với dữ liệu hộ tịch đang lưu trữ.',
  'Kết quả kiểm tra cho thấy có 12 hồ sơ chưa được số hóa đầy đủ thành phần, 7 tệp quét không đạt độ phân giải tối thiểu, 3 hồ sơ thiếu chữ ký số của người có thẩm quyền; đề nghị các đơn vị khắc phục trong thời hạn 05 ngày làm việc.',
  'Bộ phận Một cửa thực hiện việc tiếp nhận hồ sơ vào các ngày làm việc trong tuần: buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ; sáng thứ Bảy tiếp nhận hồ sơ đăng ký hộ tịch và chứng thực.',
  'Thực hiện Kế hoạch số 118/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân thành phố về chuyển đổi số năm 2026, 100% hồ sơ thủ tục hành chính được tiếp nhận phải được số hóa và lưu trữ điện tử theo quy định.',
  'Trong quý I năm 2026, Ủy ban nhân dân huyện đã giải quyết 4.826 hồ sơ thủ tục hành chính, trong đó 4.791 hồ sơ đúng hạn, đạt tỷ lệ 99,27%; 35 hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất.',
  'Chủ tịch Ủy ban nhân dân xã giao công chức Địa chính - Xây dựng phối hợp với Văn phòng Đăng ký đất đai kiểm tra hiện trạng thửa đất, lập biên bản xác minh ranh giới, mốc giới và niêm yết công khai trong thời hạn 15 ngày.',
  'Người đề nghị nhận kết quả trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích; khi nhận kết quả phải mang theo Phiếu tiếp nhận hồ sơ và hẹn trả kết quả, giấy tờ tùy thân còn giá trị sử dụng.',
  'Các tệp số hóa được đặt tên theo mã hồ sơ, lưu kèm siêu dữ liệu gồm: mã hồ sơ, mã thủ tục hành chính, tên thành phần hồ sơ, ngày tiếp nhận, người số hóa và giá trị băm SHA-256 để bảo đảm tính toàn vẹn.',
  'Nơi nhận: Như Điều 3; Sở Tư pháp; Thường trực Huyện ủy; Thường trực Hội đồng nhân dân huyện; Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện; Cổng thông tin điện tử huyện; Lưu: VT, TP.',
];

/** Issuing bodies for the header (upper case, as printed; "\n" = line break: parent body, then the unit). */
export const BODIES: readonly string[] = [
  'ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH',
  'ỦY BAN NHÂN DÂN\nXÃ VÂN NỘI',
  'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSỞ TƯ PHÁP',
  'ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH',
  'ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
];

export const PLACES: readonly string[] = ['Hà Nội', 'Đông Anh', 'Vân Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng'];

export const TITLES: readonly string[] = [
  'QUYẾT ĐỊNH',
  'THÔNG BÁO',
  'KẾ HOẠCH',
  'BÁO CÁO',
  'GIẤY CHỨNG NHẬN',
];

export const DOC_KINDS: readonly string[] = ['QĐ-UBND', 'TB-UBND', 'KH-UBND', 'BC-STP', 'QĐ-STNMT'];

export const SIGNERS: readonly string[] = ['Nguyễn Văn An', 'Trần Thị Mai', 'Lê Quang Huy', 'Phạm Thu Hà', 'Đỗ Đức Thắng'];

/** Vietnamese national motto lines of every administrative document header. */
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
