// EQ-5D-5L with the Dutch tariff (Versteegh et al. 2016, Value Health 19:343) and the EQ VAS.
// index = 1 − constant − the decrement of each dimension's level, the constant only when any dimension is
// above level 1 (11111 = 1). We use the paper's 3-decimal coefficients (as its Table 4 and the R packages
// eq5d and valueEQ5D do), not the unrounded EuroQol value set: the two differ at the third decimal for
// 1,268 of the 3,125 states (docs/decisions/0018). The VAS is reported as given and is not in the index.
import { defineInstrument, integer, optional, result, type Answers, type ScoreResult } from './instrument.ts';

const LEVEL = integer(1, 5); // 1 no problems … 5 extreme problems / unable to

export const EQ5D_ITEMS = {
  MO: LEVEL, // mobility
  SC: LEVEL, // self-care
  UA: LEVEL, // usual activities
  PD: LEVEL, // pain / discomfort
  AD: LEVEL, // anxiety / depression
  VAS: optional(integer(0, 100)), // own health today, 0 worst … 100 best imaginable
} as const;
export type Eq5dAnswers = Answers<typeof EQ5D_ITEMS>;
export const EQ5D_DIMENSIONS = ['MO', 'SC', 'UA', 'PD', 'AD'] as const;
type Dimension = (typeof EQ5D_DIMENSIONS)[number];

/**
 * Decrements in thousandths, levels 1–5 (Versteegh 2016, Table 4), so the index is exact to 3 decimals
 * without floating-point drift. SC and UA collapse levels 4 and 5 in the Dutch model.
 */
export const NL_TARIFF_MILLIS: { constant: number } & Record<Dimension, readonly number[]> = {
  constant: 47,
  MO: [0, 35, 57, 166, 203],
  SC: [0, 38, 61, 168, 168],
  UA: [0, 39, 87, 192, 192],
  PD: [0, 66, 92, 360, 415],
  AD: [0, 70, 145, 356, 421],
};

/** The Dutch index of a complete health state (levels 1–5 per dimension), 3 decimals. */
export function dutchIndex(levels: Record<Dimension, number>): number {
  let millis = 1000;
  let anyProblem = false;
  for (const d of EQ5D_DIMENSIONS) {
    const decrement = NL_TARIFF_MILLIS[d][levels[d] - 1];
    if (decrement === undefined) throw new RangeError(`EQ-5D-5L level ${levels[d]} for ${d}`);
    millis -= decrement;
    if (levels[d] > 1) anyProblem = true;
  }
  if (anyProblem) millis -= NL_TARIFF_MILLIS.constant;
  return millis / 1000;
}

/** Total = the index, none when any dimension is missing (no imputation); `subscales.vas` as given. */
export function scoreEq5d(a: Eq5dAnswers): ScoreResult {
  const missing = EQ5D_DIMENSIONS.filter((d) => a[d] == null);
  const vas = a.VAS ?? null;
  if (missing.length > 0) return result('eq5d5l-nl', { subscales: { vas }, missing });
  const levels = Object.fromEntries(EQ5D_DIMENSIONS.map((d) => [d, a[d]])) as Record<Dimension, number>;
  return result('eq5d5l-nl', { total: dutchIndex(levels), subscales: { vas } });
}

export const eq5d5lNl = defineInstrument({
  code: 'eq5d5l-nl',
  name: 'EQ-5D-5L, Dutch tariff',
  licence: 'scoring-only',
  rightsHolder: 'EuroQol Research Foundation',
  source: 'Versteegh et al. 2016, Value Health 19:343 (Table 4, 3 decimals)',
  items: EQ5D_ITEMS,
  score: scoreEq5d,
});
