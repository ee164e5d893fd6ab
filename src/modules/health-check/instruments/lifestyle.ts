// Dutch lifestyle norms as the Gezondheidsmonitor / Leefstijlmonitor indicators define them: the
// Beweegrichtlijnen 2017, the alcohol guideline (Gezondheidsraad 2015, vzinfo definitions), adult BMI
// classes (WHO, CBS/RIVM) and smoking categories. Our own questions feed them; the norms are public.
// As everywhere, a missing item gives no total and no category (docs/decisions/0018).
import {
  choice,
  decimal,
  defineInstrument,
  integer,
  missingItems,
  optional,
  result,
  week,
  type Answers,
  type ScoreResult,
} from './instrument.ts';

const PUBLIC_NORM = { licence: 'free-item-texts', rightsHolder: null } as const;

/** Drops floating-point noise (0.1 + 0.2) before a value meets a threshold. */
const exact = (x: number) => Number(x.toFixed(9));
/** Rounds half up (for the positive values here), after removing floating-point noise. */
export const roundHalfUp = (x: number, decimals: number) =>
  Math.round(Number((x * 10 ** decimals).toFixed(6))) / 10 ** decimals;
const sum = (xs: readonly number[]) => exact(xs.reduce((s, x) => s + x, 0));

// ── Beweegrichtlijnen 2017 ───────────────────────────────────────────────────────────────────────────

export const BEWEEG_ITEMS = {
  // The 2017 guideline starts at 4; under-4s have a different advice that these items cannot measure.
  age: integer(4, 120),
  minutesPerDay: week({ kind: 'integer', min: 0, max: 24 * 60 }), // moderate-or-vigorous minutes
  strengthDays: integer(0, 7), // days with muscle- and bone-strengthening activity
} as const;
export type BeweegAnswers = Answers<typeof BEWEEG_ITEMS>;
export type Meets = 'meets' | 'does-not-meet';

export const ADULT_AGE = 18;
/** Adults: ≥ 150 min a week, spread over several days (we read: on at least 2 days), strength ≥ 2 days. */
export const ADULT_NORM = { minutesPerWeek: 150, activeDays: 2, strengthDays: 2 } as const;
/** Children 4–17: ≥ 60 min on every day of the week, strength ≥ 3 days. */
export const CHILD_NORM = { minutesEveryDay: 60, strengthDays: 3 } as const;

const meets = (ok: boolean): Meets => (ok ? 'meets' : 'does-not-meet');

/** Part 1 (moderate-or-vigorous activity) for an age; a vigorous minute counts as one minute. */
export function activityPart(age: number, minutesPerDay: readonly number[]): Meets {
  if (age < ADULT_AGE) return meets(minutesPerDay.every((m) => m >= CHILD_NORM.minutesEveryDay));
  const activeDays = minutesPerDay.filter((m) => m > 0).length;
  return meets(sum(minutesPerDay) >= ADULT_NORM.minutesPerWeek && activeDays >= ADULT_NORM.activeDays);
}
/** Part 2 (muscle- and bone-strengthening activity). Balance exercises are not in the indicator. */
export const strengthPart = (age: number, strengthDays: number): Meets =>
  meets(strengthDays >= (age < ADULT_AGE ? CHILD_NORM.strengthDays : ADULT_NORM.strengthDays));

/**
 * The indicator "voldoet aan de beweegrichtlijnen" = part 1 AND part 2. Bands give each part on its own
 * (when its answers are there); subscales the minutes in the week and the days with any activity.
 */
export function scoreBeweegrichtlijn(a: BeweegAnswers): ScoreResult<Meets> {
  const { age, minutesPerDay, strengthDays } = a;
  const activity = age != null && minutesPerDay != null ? activityPart(age, minutesPerDay) : null;
  const strength = age != null && strengthDays != null ? strengthPart(age, strengthDays) : null;
  const missing = missingItems(BEWEEG_ITEMS, a);
  return result('beweegrichtlijn', {
    category:
      activity === null || strength === null ? null : meets(activity === 'meets' && strength === 'meets'),
    subscales: {
      minutesPerWeek: minutesPerDay ? sum(minutesPerDay) : null,
      activeDays: minutesPerDay ? minutesPerDay.filter((m) => m > 0).length : null,
    },
    bands: { activity, strength },
    missing,
  });
}

export const beweegrichtlijn = defineInstrument({
  code: 'beweegrichtlijn',
  name: 'Beweegrichtlijnen 2017',
  ...PUBLIC_NORM,
  source: 'Gezondheidsraad 2017/08; RIVM briefrapport 2019-0237 (indicator)',
  items: BEWEEG_ITEMS,
  score: scoreBeweegrichtlijn,
});

// ── Alcohol ──────────────────────────────────────────────────────────────────────────────────────────

export const ALCOHOL_ITEMS = {
  sex: choice('male', 'female'),
  glassesPerDay: week({ kind: 'number', min: 0, max: 100 }), // standard glasses, a usual week
} as const;
export type AlcoholAnswers = Answers<typeof ALCOHOL_ITEMS>;
export type AlcoholCategory = 'within-guideline' | 'above-guideline';

/** "Drink no alcohol, or at least no more than one glass a day": checked on every day of the week. */
export const GUIDELINE_GLASSES_PER_DAY = 1;
/** Heavy drinker: at least once a week at least this many glasses on one day. */
export const HEAVY_GLASSES_ON_A_DAY = { male: 6, female: 4 } as const;
/** Excessive drinker: more than this many glasses a week. */
export const EXCESSIVE_GLASSES_PER_WEEK = { male: 21, female: 14 } as const;

/** Total = glasses a week; flags `heavy` and `excessive` (a person can be both). */
export function scoreAlcohol(a: AlcoholAnswers): ScoreResult<AlcoholCategory> {
  const missing = missingItems(ALCOHOL_ITEMS, a);
  const { sex, glassesPerDay } = a;
  if (sex == null || glassesPerDay == null) return result('alcohol', { missing });
  const total = sum(glassesPerDay);
  const flags: string[] = [];
  if (glassesPerDay.some((g) => g >= HEAVY_GLASSES_ON_A_DAY[sex])) flags.push('heavy');
  if (total > EXCESSIVE_GLASSES_PER_WEEK[sex]) flags.push('excessive');
  const within = glassesPerDay.every((g) => g <= GUIDELINE_GLASSES_PER_DAY);
  return result('alcohol', {
    total,
    category: within ? 'within-guideline' : 'above-guideline',
    flags,
  });
}

export const alcohol = defineInstrument({
  code: 'alcohol',
  name: 'Alcohol guideline (Gezondheidsraad 2015)',
  ...PUBLIC_NORM,
  source: 'Gezondheidsraad 2015; vzinfo.nl alcoholgebruik, verantwoording',
  items: ALCOHOL_ITEMS,
  score: scoreAlcohol,
});

// ── BMI ──────────────────────────────────────────────────────────────────────────────────────────────

export const BMI_ITEMS = {
  weightKg: decimal(10, 400),
  heightCm: decimal(50, 260),
} as const;
export type BmiAnswers = Answers<typeof BMI_ITEMS>;
export type BmiCategory = 'underweight' | 'healthy' | 'overweight' | 'obese';
/** Adult classes (WHO; CBS/RIVM): the lower bound of each class above underweight; a boundary is in the higher class. */
export const BMI_FROM = { healthy: 18.5, overweight: 25, obese: 30 } as const;

export function bmiCategory(bmi: number): BmiCategory {
  if (bmi >= BMI_FROM.obese) return 'obese';
  if (bmi >= BMI_FROM.overweight) return 'overweight';
  if (bmi >= BMI_FROM.healthy) return 'healthy';
  return 'underweight';
}

/** Total = BMI to 1 decimal; the category is taken from the unrounded value (24.96 is healthy). */
export function scoreBmi(a: BmiAnswers): ScoreResult<BmiCategory> {
  const { weightKg, heightCm } = a;
  if (weightKg == null || heightCm == null) return result('bmi', { missing: missingItems(BMI_ITEMS, a) });
  // kg / m² written as kg · 10,000 / cm², so 81 kg at 180 cm is exactly 25.
  const bmi = exact((weightKg * 10_000) / (heightCm * heightCm));
  return result('bmi', { total: roundHalfUp(bmi, 1), category: bmiCategory(bmi) });
}

export const bmi = defineInstrument({
  code: 'bmi',
  name: 'Body mass index, adult classes',
  ...PUBLIC_NORM,
  source: 'WHO; CBS/RIVM method notes',
  items: BMI_ITEMS,
  score: scoreBmi,
});

// ── Smoking ──────────────────────────────────────────────────────────────────────────────────────────

export const SMOKING_ITEMS = {
  status: choice('daily', 'sometimes', 'former', 'never'),
  // Asked of daily smokers only: required then, ignored otherwise.
  cigarettesPerDay: optional(integer(0, 200)),
} as const;
export type SmokingAnswers = Answers<typeof SMOKING_ITEMS>;
export type SmokingCategory = 'heavy-smoker' | 'daily-smoker' | 'smoker' | 'former-smoker' | 'never-smoker';
/** Heavy smoker: daily, at least this many cigarettes (or the equivalent) a day. */
export const HEAVY_CIGARETTES_PER_DAY = 20;

export function scoreSmoking(a: SmokingAnswers): ScoreResult<SmokingCategory> {
  const { status, cigarettesPerDay } = a;
  const category = ((): SmokingCategory | null => {
    switch (status) {
      case undefined:
      case null:
        return null;
      case 'daily':
        if (cigarettesPerDay == null) return null;
        return cigarettesPerDay >= HEAVY_CIGARETTES_PER_DAY ? 'heavy-smoker' : 'daily-smoker';
      case 'sometimes':
        return 'smoker';
      case 'former':
        return 'former-smoker';
      case 'never':
        return 'never-smoker';
    }
  })();
  const missing = missingItems(SMOKING_ITEMS, a);
  if (status === 'daily' && cigarettesPerDay == null) missing.push('cigarettesPerDay');
  return result('smoking', { category, missing });
}

export const smoking = defineInstrument({
  code: 'smoking',
  name: 'Smoking status',
  ...PUBLIC_NORM,
  source: 'CBS Gezondheidsenquête; NTvG 2017 (Reep-van den Bergh)',
  items: SMOKING_ITEMS,
  score: scoreSmoking,
});
