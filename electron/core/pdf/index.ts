export { buildImagePdf, type PdfMetadata, type PdfPageInput } from './buildImagePdf';
export { buildSearchablePdf, type SearchablePage } from './buildSearchablePdf';
export { encodedBytes, encodePageImage, pageImageModeFor, type EncodedPageImage, type EncodeOptions, type PageImageMode } from './encodePageImage';
export type { PdfAMetadata } from './pdfaIdentification';
export type { G4Strip } from './tiffG4';
