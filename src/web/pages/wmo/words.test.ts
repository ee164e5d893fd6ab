// The clocks in words, in both languages: every state, one day and many, and which case comes first.
import { describe, expect, it } from 'vitest';
import { translate, type I18n, type MessageKey, type Vars } from '../../i18n/context.tsx';
import type { Clock } from './api.ts';
import { byUrgency, clockWords, dayText } from './words.ts';

const nl: Pick<I18n, 't' | 'locale'> = {
  locale: 'nl',
  t: (key: MessageKey, vars?: Vars) => translate('nl', key, vars),
};
const en: Pick<I18n, 't' | 'locale'> = {
  locale: 'en',
  t: (key: MessageKey, vars?: Vars) => translate('en', key, vars),
};
const said = (c: Clock, words = nl) => {
  const { marker, detail } = clockWords(c, words);
  return `${marker}: ${detail}`;
};

describe('Wmo clocks in words', () => {
  it('says the days left or over, the last day, and how it ended', () => {
    const due = '2025-05-12';
    expect(said({ due, doneOn: null, daysLeft: 4, state: 'due_soon' })).toBe(
      'Let op: nog 4 dagen, uiterlijk 12 mei 2025',
    );
    expect(said({ due, doneOn: null, daysLeft: 1, state: 'due_soon' })).toBe(
      'Let op: nog 1 dag, uiterlijk 12 mei 2025',
    );
    expect(said({ due, doneOn: null, daysLeft: 0, state: 'due_soon' })).toBe(
      'Let op: vandaag is de laatste dag (12 mei 2025)',
    );
    expect(said({ due, doneOn: null, daysLeft: 20, state: 'running' })).toBe(
      'Loopt: nog 20 dagen, uiterlijk 12 mei 2025',
    );
    expect(said({ due, doneOn: null, daysLeft: -3, state: 'overdue' })).toBe(
      'Te laat: 3 dagen te laat; de laatste dag was 12 mei 2025',
    );
    expect(said({ due, doneOn: null, daysLeft: -1, state: 'overdue' })).toBe(
      'Te laat: 1 dag te laat; de laatste dag was 12 mei 2025',
    );
    expect(said({ due, doneOn: '2025-05-02', daysLeft: null, state: 'done' })).toBe(
      'Klaar: op tijd afgerond op 2 mei 2025',
    );
    expect(said({ due, doneOn: '2025-05-15', daysLeft: null, state: 'done_late' })).toBe(
      'Te laat klaar: 3 dagen te laat afgerond, op 15 mei 2025',
    );
    expect(said({ due: null, doneOn: null, daysLeft: null, state: 'not_started' })).toBe(
      'Nog niet begonnen: begint als de aanvraag binnen is',
    );
    expect(said({ due, doneOn: null, daysLeft: -3, state: 'overdue' }, en)).toBe(
      'Overdue: 3 days overdue; the last day was 12 May 2025',
    );
  });

  it('reads a plain date as that day, whatever the time zone', () => {
    expect(dayText('nl', '2025-01-01')).toBe('1 januari 2025');
    expect(dayText('en', '2025-12-31')).toBe('31 December 2025');
    expect(dayText('nl', null)).toBe('');
  });

  it('puts overdue first, then due soon, then the fewest days left, then the oldest report', () => {
    const clock = (state: Clock['state'], daysLeft: number | null): Clock => ({
      due: '2025-05-12',
      doneOn: null,
      daysLeft,
      state,
    });
    const notStarted = clock('not_started', null);
    const cases = [
      {
        id: 'done',
        reportedOn: '2025-01-01',
        clocks: { investigation: clock('done', null), decision: notStarted },
      },
      {
        id: 'running',
        reportedOn: '2025-03-01',
        clocks: { investigation: clock('running', 20), decision: notStarted },
      },
      {
        id: 'soon',
        reportedOn: '2025-03-02',
        clocks: { investigation: clock('due_soon', 5), decision: notStarted },
      },
      {
        id: 'decision late',
        reportedOn: '2025-03-03',
        clocks: { investigation: clock('done', null), decision: clock('overdue', -2) },
      },
      {
        id: 'sooner',
        reportedOn: '2025-03-04',
        clocks: { investigation: clock('due_soon', 2), decision: notStarted },
      },
      {
        id: 'running older',
        reportedOn: '2025-02-01',
        clocks: { investigation: clock('running', 20), decision: notStarted },
      },
    ];
    expect([...cases].sort(byUrgency).map((c) => c.id)).toEqual([
      'decision late',
      'sooner',
      'soon',
      'running older',
      'running',
      'done',
    ]);
  });
});
