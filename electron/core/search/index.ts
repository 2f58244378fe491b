/** The search module's public surface (see README.md). */
export { indexPageText, removePageText, type IndexPageTextInput } from './pageIndex';
export { searchPages } from './searchPages';
