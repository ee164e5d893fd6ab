// The statutory clocks of a Wmo report (Wmo 2015): the investigation within six weeks after the report
// (art. 2.3.2 lid 1) and the decision within two weeks after the application (art. 2.3.5 lid 1). Calendar
// days on plain dates (YYYY-MM-DD), counted in the Dutch calendar; pure.

export const INVESTIGATION_DAYS = 42;
export const DECISION_DAYS = 14;
/** From this many days before the end a clock warns. */
export const WARN_DAYS = 7;

export type ClockState = 'not_started' | 'running' | 'due_soon' | 'overdue' | 'done' | 'done_late';

export interface Clock {
  /** the last day allowed, or null when the clock has not started */
  due: string | null;
  doneOn: string | null;
  /** days left until the due day (negative: days over); null when done or not started */
  daysLeft: number | null;
  state: ClockState;
}

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const addDays = (day: string, n: number) =>
  new Date(toTime(day) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY_MS);

export function clock(start: string | null, days: number, doneOn: string | null, today: string): Clock {
  if (!start) return { due: null, doneOn, daysLeft: null, state: 'not_started' };
  const due = addDays(start, days);
  if (doneOn) return { due, doneOn, daysLeft: null, state: doneOn > due ? 'done_late' : 'done' };
  const daysLeft = daysBetween(today, due);
  const state = daysLeft < 0 ? 'overdue' : daysLeft <= WARN_DAYS ? 'due_soon' : 'running';
  return { due, doneOn: null, daysLeft, state };
}

export function clocks(
  c: {
    reported_on: string;
    investigated_on: string | null;
    applied_on: string | null;
    decided_on: string | null;
  },
  today: string,
) {
  return {
    investigation: clock(c.reported_on, INVESTIGATION_DAYS, c.investigated_on, today),
    decision: clock(c.applied_on, DECISION_DAYS, c.decided_on, today),
  };
}
