// The instrument scorers a questionnaire may be linked to (docs/decisions/0018, 0021), as the import form
// needs them: whether the texts are licensed (then the importer confirms the licence) and the scorer's item
// ids, in order. The server's registry is the source; instruments.test.ts checks that this copy matches it,
// so nothing of the server has to be bundled. Plain names are in the i18n files (qManage.instrument.*).
import type { InstrumentCode } from '../../../modules/health-check/instruments/instrument.ts';

export interface InstrumentInfo {
  /** the texts are licensed: the API wants `licenceConfirmed` */
  licensed: boolean;
  /** the scorer's item ids, in order */
  items: readonly string[];
  /** items that take one value per day of a week (linked once per day) */
  week?: readonly string[];
}

const numbered = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

export const INSTRUMENTS = {
  phq9: { licensed: false, items: numbered(10) },
  phq2: { licensed: false, items: numbered(2) },
  gad7: { licensed: false, items: numbered(7) },
  gad2: { licensed: false, items: numbered(2) },
  ons4: { licensed: false, items: numbered(4) },
  gfi: { licensed: true, items: numbered(15) },
  tfi: { licensed: true, items: numbered(15) },
  swemwbs: { licensed: true, items: numbered(7) },
  wemwbs: { licensed: true, items: numbered(14) },
  'eq5d5l-nl': { licensed: true, items: ['MO', 'SC', 'UA', 'PD', 'AD', 'VAS'] },
  djg6: { licensed: true, items: numbered(6) },
  beweegrichtlijn: {
    licensed: false,
    items: ['age', 'minutesPerDay', 'strengthDays'],
    week: ['minutesPerDay'],
  },
  alcohol: { licensed: false, items: ['sex', 'glassesPerDay'], week: ['glassesPerDay'] },
  bmi: { licensed: false, items: ['weightKg', 'heightCm'] },
  smoking: { licensed: false, items: ['status', 'cigarettesPerDay'] },
} as const satisfies Record<InstrumentCode, InstrumentInfo>;

export type ScorerCode = keyof typeof INSTRUMENTS;
export const SCORER_CODES = Object.keys(INSTRUMENTS) as ScorerCode[];

export const isScorerCode = (code: string): code is ScorerCode => Object.hasOwn(INSTRUMENTS, code);

/**
 * What a question can be linked to: one value per item, or per day for a week item. The value is the
 * select's value: `item`, or `item@day` (day 0–6).
 */
export function linkTargets(code: ScorerCode): { value: string; item: string; day?: number }[] {
  const info: InstrumentInfo = INSTRUMENTS[code];
  return info.items.flatMap((item) =>
    info.week?.includes(item)
      ? [0, 1, 2, 3, 4, 5, 6].map((day) => ({ value: `${item}@${day}`, item, day }))
      : [{ value: item, item }],
  );
}
