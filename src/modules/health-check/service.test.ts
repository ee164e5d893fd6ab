import { describe, expect, it } from 'vitest';
import { AppError, pickLanguage } from '../../server/errors.ts';
import { INSTRUMENT_CODES } from './instruments/instrument.ts';
import { INSTRUMENTS, instrumentByCode } from './instruments/registry.ts';
import { scoreInstrument } from './service.ts';

function failure(code: string, answers: unknown): AppError {
  try {
    scoreInstrument({ code, answers });
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('the registry', () => {
  it('has every code of the interface, each under its own code', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_CODES].sort());
    for (const code of INSTRUMENT_CODES) expect(INSTRUMENTS[code].code).toBe(code);
  });

  it('has the item ids of the interface table', () => {
    const ids = (code: string) => instrumentByCode(code)!.items.map((i) => i.id);
    const numbered = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    expect(ids('gfi')).toEqual(numbered(15));
    expect(ids('tfi')).toEqual(numbered(15));
    expect(ids('swemwbs')).toEqual(numbered(7));
    expect(ids('wemwbs')).toEqual(numbered(14));
    expect(ids('ons4')).toEqual(numbered(4));
    expect(ids('phq9')).toEqual(numbered(10));
    expect(ids('phq2')).toEqual(numbered(2));
    expect(ids('gad7')).toEqual(numbered(7));
    expect(ids('gad2')).toEqual(numbered(2));
    expect(ids('eq5d5l-nl')).toEqual(['MO', 'SC', 'UA', 'PD', 'AD', 'VAS']);
    expect(ids('djg6')).toEqual(numbered(6));
    expect(ids('beweegrichtlijn')).toEqual(['age', 'minutesPerDay', 'strengthDays']);
    expect(ids('alcohol')).toEqual(['sex', 'glassesPerDay']);
    expect(ids('bmi')).toEqual(['weightKg', 'heightCm']);
    expect(ids('smoking')).toEqual(['status', 'cigarettesPerDay']);
  });

  it('ships item texts only where the licence allows (PHQ/GAD, ONS4 and our own lifestyle wording)', () => {
    const free = INSTRUMENT_CODES.filter((c) => INSTRUMENTS[c].licence === 'free-item-texts');
    expect(free.sort()).toEqual(
      ['alcohol', 'beweegrichtlijn', 'bmi', 'gad2', 'gad7', 'ons4', 'phq2', 'phq9', 'smoking'].sort(),
    );
  });

  it('knows no other codes', () => {
    expect(instrumentByCode('phq-9')).toBeNull();
    expect(instrumentByCode('toString')).toBeNull();
    expect(instrumentByCode('')).toBeNull();
  });
});

describe('scoreInstrument', () => {
  it('scores valid answers', () => {
    expect(scoreInstrument({ code: 'phq2', answers: { '1': 2, '2': 1 } })).toMatchObject({
      instrument: 'phq2',
      total: 3,
      category: 'positive',
    });
  });

  it('is not_found for an unknown code', () => {
    expect(failure('nope', {}).code).toBe('not_found');
  });

  it('names each wrong item under body.answers, in both languages', () => {
    const e = failure('gfi', { '5': 11, '1': 'maybe' });
    expect(e.code).toBe('validation_failed');
    expect(e.errors.map((x) => x.path).sort()).toEqual(['body.answers.1', 'body.answers.5']);
    const five = e.errors.find((x) => x.path === 'body.answers.5')!;
    expect(pickLanguage(five.message, 'en')).toBe('Give a whole number from 0 to 10.');
    expect(pickLanguage(five.message, 'nl')).toBe('Geef een heel getal van 0 tot en met 10.');
    const one = e.errors.find((x) => x.path === 'body.answers.1')!;
    expect(pickLanguage(one.message, 'en')).toBe('Choose one of: independent, dependent.');
  });

  it('names each unknown item id, and the day of a week', () => {
    expect(failure('phq2', { '1': 0, '3': 1, x: 2 }).errors.map((x) => x.path)).toEqual([
      'body.answers.3',
      'body.answers.x',
    ]);
    const week = failure('alcohol', { sex: 'male', glassesPerDay: [0, 0, 0, 0, -1, 0, 0] });
    expect(week.errors.map((x) => x.path)).toEqual(['body.answers.glassesPerDay.4']);
  });
});
