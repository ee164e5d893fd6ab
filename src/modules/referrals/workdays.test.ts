import { describe, expect, it } from 'vitest';
import { addWorkingDays, easter, holidays, isWorkingDay } from './workdays.ts';

describe('Dutch working days', () => {
  it('finds Easter', () => {
    expect(easter(2024)).toBe('2024-03-31');
    expect(easter(2026)).toBe('2026-04-05');
    expect(easter(2027)).toBe('2027-03-28');
    expect(easter(2038)).toBe('2038-04-25');
  });

  it('knows the holidays, with King’s Day on the 26th when the 27th is a Sunday', () => {
    expect([...holidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(holidays(2025).has('2025-04-26')).toBe(true); // 27 April 2025 is a Sunday
    expect(isWorkingDay('2026-05-05')).toBe(true); // Liberation Day
  });

  it('skips weekends and holidays', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07'); // Friday → Monday
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-29'); // over Christmas (Fri 25, Sat 26)
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07'); // Thursday, over Easter Monday
    expect(addWorkingDays('2026-12-07', 0)).toBe('2026-12-07');
  });
});
