/** Vietnam has one time zone, UTC+7, and no daylight saving. */
const VN_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Saturday or Sunday on the Vietnamese calendar at this instant. */
export function isWeekendInVietnam(instant: Date): boolean {
  const day = new Date(instant.getTime() + VN_OFFSET_MS).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Adds `days` working days (Mon–Fri, judged in Vietnamese time) to an instant, keeping the time of day.
 * Deliberately simple: public holidays (Tết, 30/4, 1/5, 2/9 …) and the "received after 15:00 counts from the next
 * working day" rule of some procedures are NOT applied; the clerk can override `dueAt` on the receipt.
 * Fractional days round up; 0 days keeps the instant (same-day procedures). A receipt on a weekend counts from
 * the next working day because every step lands on a working day.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let remaining = Math.ceil(Math.max(0, days));
  let t = from.getTime();
  while (remaining > 0) {
    t += DAY_MS;
    if (!isWeekendInVietnam(new Date(t))) remaining -= 1;
  }
  return new Date(t);
}
