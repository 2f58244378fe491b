/** `dd/mm/yyyy` for Vietnamese, the locale's short date otherwise; empty input → null. */
export function formatDate(iso: string | null, lang: 'vi' | 'en'): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' });
}
