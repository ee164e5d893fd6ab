import { describe, expect, it } from 'vitest';
import {
  alcohol,
  beweegrichtlijn,
  bmi,
  roundHalfUp,
  scoreAlcohol,
  scoreBeweegrichtlijn,
  scoreBmi,
  scoreSmoking,
  smoking,
} from './lifestyle.ts';

const days = (...m: number[]) => m;

describe('Beweegrichtlijn', () => {
  it('adults meet it with 150 minutes over several days and strength on 2 days', () => {
    expect(
      scoreBeweegrichtlijn({ age: 40, minutesPerDay: days(30, 30, 30, 30, 30, 0, 0), strengthDays: 2 }),
    ).toEqual({
      instrument: 'beweegrichtlijn',
      total: null,
      category: 'meets',
      subscales: { minutesPerWeek: 150, activeDays: 5 },
      bands: { activity: 'meets', strength: 'meets' },
      missing: [],
      flags: [],
    });
  });

  it('adults: 149 minutes is too little, 150 is enough', () => {
    const r = (m: number[]) => scoreBeweegrichtlijn({ age: 18, minutesPerDay: m, strengthDays: 7 });
    expect(r(days(30, 30, 30, 30, 29, 0, 0))).toMatchObject({
      category: 'does-not-meet',
      bands: { activity: 'does-not-meet', strength: 'meets' },
      subscales: { minutesPerWeek: 149 },
    });
    expect(r(days(30, 30, 30, 30, 30, 0, 0)).category).toBe('meets');
  });

  it('adults: the minutes must be spread over at least 2 days', () => {
    const r = (m: number[]) => scoreBeweegrichtlijn({ age: 50, minutesPerDay: m, strengthDays: 3 });
    expect(r(days(300, 0, 0, 0, 0, 0, 0))).toMatchObject({
      category: 'does-not-meet',
      bands: { activity: 'does-not-meet' },
      subscales: { activeDays: 1 },
    });
    expect(r(days(149, 1, 0, 0, 0, 0, 0))).toMatchObject({ category: 'meets', subscales: { activeDays: 2 } });
  });

  it('adults: strength on 1 day is too little, on 2 enough (both parts are needed)', () => {
    const r = (s: number) =>
      scoreBeweegrichtlijn({ age: 70, minutesPerDay: days(60, 60, 60, 0, 0, 0, 0), strengthDays: s });
    expect(r(1)).toMatchObject({
      category: 'does-not-meet',
      bands: { activity: 'meets', strength: 'does-not-meet' },
    });
    expect(r(2).category).toBe('meets');
  });

  it('children 4–17: 60 minutes on every day and strength on 3 days', () => {
    const every60 = days(60, 60, 60, 60, 60, 60, 60);
    expect(scoreBeweegrichtlijn({ age: 17, minutesPerDay: every60, strengthDays: 3 }).category).toBe('meets');
    expect(scoreBeweegrichtlijn({ age: 4, minutesPerDay: every60, strengthDays: 3 }).category).toBe('meets');
    expect(scoreBeweegrichtlijn({ age: 17, minutesPerDay: every60, strengthDays: 2 })).toMatchObject({
      category: 'does-not-meet',
      bands: { activity: 'meets', strength: 'does-not-meet' },
    });
    // 470 minutes, but one day of 50: a child does not meet part 1, the same week at 18 does.
    const oneShortDay = days(120, 60, 60, 60, 60, 60, 50);
    expect(scoreBeweegrichtlijn({ age: 17, minutesPerDay: oneShortDay, strengthDays: 3 })).toMatchObject({
      category: 'does-not-meet',
      bands: { activity: 'does-not-meet', strength: 'meets' },
    });
    expect(scoreBeweegrichtlijn({ age: 18, minutesPerDay: oneShortDay, strengthDays: 3 }).category).toBe(
      'meets',
    );
  });

  it('gives no category with an item missing, but the part it can judge', () => {
    expect(scoreBeweegrichtlijn({ age: 30, minutesPerDay: days(0, 0, 0, 0, 0, 0, 0) })).toEqual({
      instrument: 'beweegrichtlijn',
      total: null,
      category: null,
      subscales: { minutesPerWeek: 0, activeDays: 0 },
      bands: { activity: 'does-not-meet', strength: null },
      missing: ['strengthDays'],
      flags: [],
    });
    expect(
      scoreBeweegrichtlijn({ minutesPerDay: days(60, 60, 60, 0, 0, 0, 0), strengthDays: 2 }),
    ).toMatchObject({ category: null, bands: { activity: null, strength: null }, missing: ['age'] });
  });

  it('refuses ages under 4, weeks that are not 7 days, minutes over a day and strength days over 7', () => {
    const ok = { age: 30, minutesPerDay: days(0, 0, 0, 0, 0, 0, 0), strengthDays: 0 };
    const path = (answers: unknown) => {
      const r = beweegrichtlijn.score(answers);
      return r.ok ? null : r.issues.map((i) => i.path.join('.'));
    };
    expect(path(ok)).toBeNull();
    expect(path({ ...ok, age: 3 })).toEqual(['age']);
    expect(path({ ...ok, age: 30.5 })).toEqual(['age']);
    expect(path({ ...ok, minutesPerDay: days(0, 0, 0, 0, 0, 0) })).toEqual(['minutesPerDay']);
    expect(path({ ...ok, minutesPerDay: days(0, 0, 1441, 0, 0, 0, 0) })).toEqual(['minutesPerDay.2']);
    expect(path({ ...ok, minutesPerDay: days(0, 0, 0, -5, 0, 0, 0) })).toEqual(['minutesPerDay.3']);
    expect(path({ ...ok, minutesPerDay: 150 })).toEqual(['minutesPerDay']);
    expect(path({ ...ok, strengthDays: 8 })).toEqual(['strengthDays']);
  });
});

describe('alcohol', () => {
  const week = (...g: number[]) => g;

  it('no alcohol, or at most 1 glass on every day, is within the guideline', () => {
    expect(scoreAlcohol({ sex: 'female', glassesPerDay: week(0, 0, 0, 0, 0, 0, 0) })).toEqual({
      instrument: 'alcohol',
      total: 0,
      category: 'within-guideline',
      subscales: {},
      bands: {},
      missing: [],
      flags: [],
    });
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: week(1, 1, 1, 1, 1, 1, 1) })).toMatchObject({
      total: 7,
      category: 'within-guideline',
    });
  });

  it('more than 1 glass on any one day is above the guideline, even at few a week', () => {
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: week(0, 0, 0, 0, 0, 2, 0) })).toMatchObject({
      total: 2,
      category: 'above-guideline',
      flags: [],
    });
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: week(0, 0, 0, 0, 0, 1.5, 0) }).category).toBe(
      'above-guideline',
    );
  });

  it('heavy: at least 6 glasses on a day for men, 4 for women', () => {
    const one = (n: number) => week(0, 0, 0, 0, 0, n, 0);
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: one(5) }).flags).toEqual([]);
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: one(6) }).flags).toEqual(['heavy']);
    expect(scoreAlcohol({ sex: 'female', glassesPerDay: one(3) }).flags).toEqual([]);
    expect(scoreAlcohol({ sex: 'female', glassesPerDay: one(4) }).flags).toEqual(['heavy']);
  });

  it('excessive: more than 21 a week for men, 14 for women; both flags together', () => {
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: week(3, 3, 3, 3, 3, 3, 3) })).toMatchObject({
      total: 21,
      flags: [],
    });
    expect(scoreAlcohol({ sex: 'male', glassesPerDay: week(3, 3, 3, 3, 3, 3, 3.5) }).flags).toEqual([
      'excessive',
    ]);
    expect(scoreAlcohol({ sex: 'female', glassesPerDay: week(2, 2, 2, 2, 2, 2, 2) })).toMatchObject({
      total: 14,
      flags: [],
    });
    expect(scoreAlcohol({ sex: 'female', glassesPerDay: week(2, 2, 2, 2, 2, 2, 3) }).flags).toEqual([
      'excessive',
    ]);
    expect(scoreAlcohol({ sex: 'female', glassesPerDay: week(4, 2, 2, 2, 2, 2, 2) }).flags).toEqual([
      'heavy',
      'excessive',
    ]);
  });

  it('adds decimals without floating-point noise', () => {
    const r = scoreAlcohol({ sex: 'female', glassesPerDay: week(0.1, 0.2, 0, 0, 0, 0, 0) });
    expect(r.total).toBe(0.3);
  });

  it('gives nothing with an item missing', () => {
    expect(scoreAlcohol({ glassesPerDay: week(0, 0, 0, 0, 0, 0, 0) })).toMatchObject({
      total: null,
      category: null,
      flags: [],
      missing: ['sex'],
    });
  });

  it('refuses other sexes, negative glasses and weeks that are not 7 days', () => {
    expect(alcohol.score({ sex: 'x', glassesPerDay: week(0, 0, 0, 0, 0, 0, 0) }).ok).toBe(false);
    expect(alcohol.score({ sex: 'male', glassesPerDay: week(0, 0, 0, 0, 0, 0, -1) }).ok).toBe(false);
    expect(alcohol.score({ sex: 'male', glassesPerDay: week(0, 0, 0, 0, 0, 0, 0, 0) }).ok).toBe(false);
  });
});

describe('BMI', () => {
  it('is weight / height², to 1 decimal', () => {
    expect(scoreBmi({ weightKg: 70, heightCm: 175 })).toEqual({
      instrument: 'bmi',
      total: 22.9, // 22.857…
      category: 'healthy',
      subscales: {},
      bands: {},
      missing: [],
      flags: [],
    });
  });

  it.each([
    // weight, height, total, category: each boundary on both sides, the boundary in the higher class
    [59.9, 180, 18.5, 'underweight'], // 18.488
    [59.94, 180, 18.5, 'healthy'], // 18.5 exactly
    [80.99, 180, 25.0, 'healthy'], // 24.997: rounds to 25.0 but is healthy
    [81, 180, 25.0, 'overweight'], // 25 exactly
    [100, 200, 25.0, 'overweight'], // 25 exactly
    [97.19, 180, 30.0, 'overweight'], // 29.997
    [97.2, 180, 30.0, 'obese'], // 30 exactly
    [120, 170, 41.5, 'obese'],
  ] as const)('%d kg at %d cm: %d, %s', (weightKg, heightCm, total, category) => {
    expect(scoreBmi({ weightKg, heightCm })).toMatchObject({ total, category });
  });

  it('rounds half up', () => {
    expect(roundHalfUp(24.95, 1)).toBe(25);
    expect(roundHalfUp(24.94999, 1)).toBe(24.9);
  });

  it('gives nothing with an item missing', () => {
    expect(scoreBmi({ weightKg: 70 })).toMatchObject({ total: null, category: null, missing: ['heightCm'] });
  });

  it('refuses implausible weights and heights', () => {
    expect(bmi.score({ weightKg: 70, heightCm: 175 }).ok).toBe(true);
    expect(bmi.score({ weightKg: 0, heightCm: 175 }).ok).toBe(false);
    expect(bmi.score({ weightKg: 70, heightCm: 1.75 }).ok).toBe(false);
    expect(bmi.score({ weightKg: '70', heightCm: 175 }).ok).toBe(false);
  });
});

describe('smoking', () => {
  it.each([
    [{ status: 'daily', cigarettesPerDay: 19 }, 'daily-smoker'],
    [{ status: 'daily', cigarettesPerDay: 20 }, 'heavy-smoker'],
    [{ status: 'daily', cigarettesPerDay: 0 }, 'daily-smoker'],
    [{ status: 'sometimes' }, 'smoker'],
    [{ status: 'former' }, 'former-smoker'],
    [{ status: 'never' }, 'never-smoker'],
    [{ status: 'never', cigarettesPerDay: 30 }, 'never-smoker'],
  ] as const)('%j is %s', (answers, category) => {
    expect(scoreSmoking(answers)).toEqual({
      instrument: 'smoking',
      total: null,
      category,
      subscales: {},
      bands: {},
      missing: [],
      flags: [],
    });
  });

  it('needs the number of cigarettes from a daily smoker, and the status from everyone', () => {
    expect(scoreSmoking({ status: 'daily' })).toMatchObject({
      category: null,
      missing: ['cigarettesPerDay'],
    });
    expect(scoreSmoking({})).toMatchObject({ category: null, missing: ['status'] });
  });

  it('refuses other statuses and fractions of cigarettes', () => {
    expect(smoking.score({ status: 'vapes' }).ok).toBe(false);
    expect(smoking.score({ status: 'daily', cigarettesPerDay: 2.5 }).ok).toBe(false);
    expect(smoking.score({ status: 'daily', cigarettesPerDay: -1 }).ok).toBe(false);
  });
});
