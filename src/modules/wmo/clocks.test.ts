import { describe, expect, it } from 'vitest';
import { addDays, clock, clocks } from './clocks.ts';

describe('Wmo clocks', () => {
  it('counts six weeks from the report and two weeks from the application, across months and leap days', () => {
    expect(addDays('2026-01-20', 42)).toBe('2026-03-03');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05'); // 2028 is a leap year
    expect(addDays('2026-10-20', 42)).toBe('2026-12-01'); // across the end of summer time
  });

  it('runs, warns from seven days before, and is overdue the day after the last day', () => {
    expect(clock('2026-01-01', 42, null, '2026-02-04')).toMatchObject({
      due: '2026-02-12',
      daysLeft: 8,
      state: 'running',
    });
    expect(clock('2026-01-01', 42, null, '2026-02-05')).toMatchObject({ daysLeft: 7, state: 'due_soon' });
    expect(clock('2026-01-01', 42, null, '2026-02-12')).toMatchObject({ daysLeft: 0, state: 'due_soon' });
    expect(clock('2026-01-01', 42, null, '2026-02-13')).toMatchObject({ daysLeft: -1, state: 'overdue' });
  });

  it('stops when done, and says whether it was in time', () => {
    expect(clock('2026-01-01', 42, '2026-02-12', '2026-03-01')).toEqual({
      due: '2026-02-12',
      doneOn: '2026-02-12',
      daysLeft: null,
      state: 'done',
    });
    expect(clock('2026-01-01', 42, '2026-02-13', '2026-03-01').state).toBe('done_late');
  });

  it('does not start the decision clock before the application', () => {
    const c = clocks(
      { reported_on: '2026-01-01', investigated_on: null, applied_on: null, decided_on: null },
      '2026-01-10',
    );
    expect(c.decision).toEqual({ due: null, doneOn: null, daysLeft: null, state: 'not_started' });
    expect(c.investigation.state).toBe('running');
  });
});
