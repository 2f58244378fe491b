/**
 * The invented family in the sample dossier. Every name, number and address is fictitious; the personal ID numbers
 * only follow the VN-ID-06 structure (province 001, century/sex digit, birth year) so the validators accept them.
 */
export const persona = {
  father: { name: 'TRẦN MINH KHÔI', born: '05/08/1999', id: '001099012345', idIssued: '10/03/2021' },
  mother: { name: 'LÊ THỊ THU HÀ', born: '21/11/1999', id: '001199034567' },
  child: {
    name: 'TRẦN GIA BẢO', sex: 'Nam', born: '14/02/2026',
    bornWords: 'Mười bốn tháng hai năm hai nghìn không trăm hai mươi sáu',
    weight: '3.200 gam',
  },
  address: 'Số 12 ngõ 34 phố Mẫu Đơn, phường Mẫu Sơn, thành phố Hà Nội',
  hometown: 'xã Mẫu Lâm, tỉnh Ninh Bình',
  hospital: 'BỆNH VIỆN ĐA KHOA MẪU AN BÌNH',
  agency: 'Ủy ban nhân dân phường Mẫu Sơn',
  phone: '0912345678',
  signedOn: 'ngày 10 tháng 3 năm 2026',
} as const;
