import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWeekendInVietnam } from '../../../../electron/core/services/dueDate';

const vn = (local: string): Date => new Date(`${local}+07:00`);

describe('addWorkingDays (Mon–Fri in Vietnamese time, holidays not applied)', () => {
  it('adds days within a week and keeps the time of day', () => {
    expect(addWorkingDays(vn('2026-03-10T09:30:00'), 2)).toEqual(vn('2026-03-12T09:30:00')); // Tue → Thu
  });
  it('skips Saturday and Sunday', () => {
    expect(addWorkingDays(vn('2026-03-13T10:00:00'), 1)).toEqual(vn('2026-03-16T10:00:00')); // Fri → Mon
    expect(addWorkingDays(vn('2026-03-12T10:00:00'), 3)).toEqual(vn('2026-03-17T10:00:00')); // Thu → Tue
    expect(addWorkingDays(vn('2026-03-10T10:00:00'), 5)).toEqual(vn('2026-03-17T10:00:00')); // one full week
  });
  it('counts a weekend receipt from the next working day', () => {
    expect(addWorkingDays(vn('2026-03-14T10:00:00'), 1)).toEqual(vn('2026-03-16T10:00:00')); // Sat → Mon
  });
  it('judges the weekend in UTC+7, not UTC', () => {
    // Friday 23:00 UTC is already Saturday 06:00 in Vietnam.
    expect(isWeekendInVietnam(new Date('2026-03-13T23:00:00Z'))).toBe(true);
    expect(isWeekendInVietnam(new Date('2026-03-13T16:00:00Z'))).toBe(false);
  });
  it('keeps the instant for 0 days and rounds fractional days up', () => {
    const t = vn('2026-03-10T09:00:00');
    expect(addWorkingDays(t, 0)).toEqual(t);
    expect(addWorkingDays(t, 0.5)).toEqual(vn('2026-03-11T09:00:00'));
  });
});
