// Days and times of own entries are what the resident sees on the clock in the Netherlands: "today" and
// "08:30" mean Amsterdam time, and a FHIR dateTime with a time carries that offset (+01:00 or +02:00).
const ZONE = 'Europe/Amsterdam';

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the date and time on the clock in Amsterdam. */
export function amsterdamParts(at: Date): { date: string; time: string; seconds: string } {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, seconds: p.second ?? '00' };
}

export const todayInAmsterdam = (now = new Date()) => amsterdamParts(now).date;

/** Minutes Amsterdam is ahead of UTC at this instant. */
function offsetAt(utcMs: number): number {
  const { date, time, seconds } = amsterdamParts(new Date(utcMs));
  return Math.round((Date.parse(`${date}T${time}:${seconds}Z`) - utcMs) / 60_000);
}

/** "2026-03-29" + "08:30" on the Amsterdam clock, as an instant. */
export function amsterdamInstant(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  let ms = asUtc - offsetAt(asUtc) * 60_000;
  // Around a change of the clocks the offset at the guess can differ from the offset at the answer.
  ms = asUtc - offsetAt(ms) * 60_000;
  return new Date(ms);
}

/** A FHIR dateTime: the day alone, or the day and time with Amsterdam's offset then. */
export function fhirDateTime(date: string, time?: string | null): string {
  if (!time) return date;
  const at = amsterdamInstant(date, time);
  const off = offsetAt(at.getTime());
  const sign = off < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(off) / 60)).padStart(2, '0');
  const mm = String(Math.abs(off) % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}

/** Back from a FHIR date or dateTime to the day and (if it has one) the time on the Amsterdam clock. */
export function fromFhirDateTime(value: string | undefined): { date: string | null; time: string | null } {
  if (!value) return { date: null, time: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, time: null };
  const t = Date.parse(value);
  if (Number.isNaN(t)) return { date: null, time: null };
  const { date, time } = amsterdamParts(new Date(t));
  return { date, time };
}
