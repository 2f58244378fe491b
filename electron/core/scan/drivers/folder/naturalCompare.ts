// Numeric collation puts page2 before page10; Vietnamese locale orders diacritics the way clerks expect.
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Natural order for file names (`trang2.jpg` < `trang10.jpg`); ties fall back to code-point order, so it is total. */
export function naturalCompare(a: string, b: string): number {
  const c = collator.compare(a, b);
  if (c !== 0) return c;
  return a < b ? -1 : a > b ? 1 : 0;
}
