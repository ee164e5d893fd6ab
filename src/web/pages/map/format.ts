// Plain words for the map pages: distances, days and times (Dutch local time), costs, freshness.
import type { I18n, MessageKey } from '../../i18n/context.tsx';
import type { PublicService } from './api.ts';

type T = I18n['t'];
type Locale = I18n['locale'];
const ZONE = 'Europe/Amsterdam';
const intl = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** "800 m" below a kilometre, else "3,2 km" (one decimal, the locale's comma or point). */
export function formatDistance(km: number, locale: Locale): string {
  if (km < 1) return `${Math.max(100, Math.round(km * 10) * 100)} m`;
  const n = new Intl.NumberFormat(intl(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${n.format(km)} km`;
}

/** "dinsdag 25 november, 10:00" in Dutch time, wherever the phone is. */
export function formatSessionStart(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intl(locale), {
    timeZone: ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intl(locale), { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intl(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function placesText(t: T, placesLeft: number | null, waitingList: boolean): string {
  if (placesLeft === null) return t('map.places.unlimited');
  if (placesLeft > 0)
    return t(placesLeft === 1 ? 'map.places.one' : 'map.places.many', { count: placesLeft });
  return waitingList ? t('map.places.waitingList') : t('map.places.full');
}

const dayKey = (d: string) => `map.day.${d}` as MessageKey;

/** One opening-hours line: "dinsdag en donderdag, 10:00 – 11:30" or "elke eerste dinsdag van de maand". */
export function scheduleText(t: T, s: PublicService['schedules'][number]): string {
  const names = s.days.map((d) => t(dayKey(d)));
  const days =
    names.length === 0
      ? ''
      : names.length === 1
        ? names[0]!
        : t('map.schedule.and', { first: names.slice(0, -1).join(', '), last: names.at(-1)! });
  const when =
    s.freq === 'MONTHLY' && s.week_of_month !== null && days
      ? t(s.week_of_month === -1 ? 'map.schedule.lastOfMonth' : 'map.schedule.nthOfMonth', {
          n: s.week_of_month,
          days,
        })
      : days;
  const hours =
    s.opens_at && s.closes_at
      ? t('map.schedule.hours', { from: s.opens_at, to: s.closes_at })
      : s.opens_at
        ? t('map.schedule.from', { from: s.opens_at })
        : '';
  const line = [when, hours].filter(Boolean).join(', ');
  return capitalise(line || s.description || t('map.schedule.unknown'));
}

/** A line of a list starts with a capital: "Dinsdag …". */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function costText(t: T, free: boolean, route: string | null): string {
  if (free) return t('map.cost.free');
  return route ? t(`map.financing.${route}` as MessageKey) : t('map.cost.unknown');
}

export function freshnessText(
  t: T,
  locale: Locale,
  f: { assured_date: string | null; stale: boolean; months_since_checked: number | null },
): string {
  if (f.assured_date === null || f.months_since_checked === null) return t('map.fresh.never');
  if (f.stale)
    return t(f.months_since_checked === 1 ? 'map.fresh.staleOne' : 'map.fresh.staleMany', {
      months: f.months_since_checked,
    });
  return t('map.fresh.checkedOn', { date: formatDate(f.assured_date, locale) });
}

/** A plain link that opens the place in any map app or browser (no map library on our side). */
export function mapLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

export function formatMoney(amount: number, currency: string | null, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale), { style: 'currency', currency: currency ?? 'EUR' }).format(
    amount,
  );
}
