/** The page clean-up stage (issue 3, deliverable 1): see README.md. */
export type { CleanOptions, CleanedPage, CleanTimings } from './cleanTypes';
export type { RawImage, OutputColor } from './RawImage';
export type { InkGrid } from './InkGrid';
export type { CropRect } from './geometry';
export type { QuarterTurn } from './orientation';
export type { BlankOptions } from './blank';
export { cleanPage } from './cleanPage';
export { extractRaw } from './geometry';
export { detectSkew } from './skew';
export { detectOrientation } from './orientation';
export { detectBlank } from './blank';
export { otsuFromHistogram, otsuThreshold } from './otsu';
export { sauvolaBinarize, despeckle } from './binarize';
