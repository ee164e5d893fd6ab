// Working days in the Netherlands: Monday to Friday, without the national holidays most care and welfare
// organisations close on (New Year's Day, Easter Monday, King's Day, Ascension Day, Whit Monday, Christmas).
// Liberation Day (5 May) and Good Friday are not general days off and count as working days. Pure, on
// plain dates (YYYY-MM-DD).

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, Set<string>>();
export function holidays(year: number): Set<string> {
  let set = cache.get(year);
  if (set) return set;
  const e = time(easter(year));
  // King's Day moves to the 26th when the 27th is a Sunday.
  const kings = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  set = new Set([
    `${year}-01-01`,
    iso(e + DAY_MS), // Easter Monday
    kings,
    iso(e + 39 * DAY_MS), // Ascension Day
    iso(e + 50 * DAY_MS), // Whit Monday
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  cache.set(year, set);
  return set;
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(time(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays(Number(day.slice(0, 4))).has(day);
}

/** The day on which `n` working days after `day` have passed (day itself not counted). */
export function addWorkingDays(day: string, n: number): string {
  let t = time(day);
  for (let left = n; left > 0;) {
    t += DAY_MS;
    if (isWorkingDay(iso(t))) left--;
  }
  return iso(t);
}
