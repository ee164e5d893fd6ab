// Wmo cases in plain words: a clock as a marker word and how many days are left or over, dates as the
// reader writes them, the resident's consent and the GP's prognosis; and which cases are most urgent.
import type { I18n } from '../../i18n/context.tsx';
import { daysBetween } from '../../../modules/wmo/clocks.ts';
import type { Clock, ClockState, ConsentState, Prognosis, WmoCase } from './api.ts';

type Words = Pick<I18n, 't' | 'locale'>;

/** A plain date (YYYY-MM-DD) as "12 mei 2025": read as the day itself, whatever the browser's time zone. */
export function dayText(locale: I18n['locale'], day: string | null): string {
  if (!day) return '';
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(time);
}

/** The marker word ("Let op", "Te laat") and the rest in words ("nog 4 dagen, uiterlijk 12 mei 2025"). */
export function clockWords(clock: Clock, { t, locale }: Words): { marker: string; detail: string } {
  const marker = t(`wmo.clock.marker.${clock.state}`);
  const date = dayText(locale, clock.due);
  const done = dayText(locale, clock.doneOn);
  switch (clock.state) {
    case 'not_started':
      return { marker, detail: t('wmo.clock.notStarted') };
    case 'running':
    case 'due_soon': {
      const left = clock.daysLeft ?? 0;
      if (left === 0) return { marker, detail: t('wmo.clock.lastDay', { date }) };
      if (left === 1) return { marker, detail: t('wmo.clock.leftOne', { date }) };
      return { marker, detail: t('wmo.clock.left', { count: left, date }) };
    }
    case 'overdue': {
      const over = -(clock.daysLeft ?? 0);
      return {
        marker,
        detail: over === 1 ? t('wmo.clock.lateOne', { date }) : t('wmo.clock.late', { count: over, date }),
      };
    }
    case 'done':
      return { marker, detail: t('wmo.clock.done', { done }) };
    case 'done_late': {
      const over = clock.due && clock.doneOn ? daysBetween(clock.due, clock.doneOn) : 0;
      return {
        marker,
        detail:
          over === 1 ? t('wmo.clock.doneLateOne', { done }) : t('wmo.clock.doneLate', { count: over, done }),
      };
    }
  }
}

const RANK: Record<ClockState, number> = {
  overdue: 0,
  due_soon: 1,
  running: 2,
  not_started: 3,
  done_late: 4,
  done: 4,
};

/** Overdue first, then due soon, then running (fewest days left first); older reports before newer. */
export function byUrgency(
  a: Pick<WmoCase, 'clocks' | 'reportedOn'>,
  b: Pick<WmoCase, 'clocks' | 'reportedOn'>,
) {
  const rank = (c: typeof a) => Math.min(RANK[c.clocks.investigation.state], RANK[c.clocks.decision.state]);
  const left = (c: typeof a) =>
    Math.min(
      ...[c.clocks.investigation.daysLeft, c.clocks.decision.daysLeft].map(
        (d) => d ?? Number.POSITIVE_INFINITY,
      ),
    );
  return rank(a) - rank(b) || left(a) - left(b) || a.reportedOn.localeCompare(b.reportedOn);
}

/** The resident's consent to a question for the GP, as the consultant or the resident reads it. */
export const consentWord = (state: ConsentState, reader: 'consultant' | 'resident', { t }: Pick<I18n, 't'>) =>
  t(reader === 'consultant' ? `wmo.consent.${state}` : `wmo.consentMine.${state}`);

export const prognosisWord = (p: Prognosis, { t }: Pick<I18n, 't'>) => t(`wmo.prognosis.${p}`);
