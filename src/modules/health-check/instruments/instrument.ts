// What every instrument is made of: item value sets (which give the zod schema of its answers and the
// metadata a questionnaire engine needs), a licence, and a pure scorer. No item texts live here: for most
// instruments we may ship the scoring but not the wording (docs/decisions/0018).
import { z } from 'zod';
import { bilingual } from '../../../server/errors.ts';

export const INSTRUMENT_CODES = [
  'gfi',
  'tfi',
  'swemwbs',
  'wemwbs',
  'ons4',
  'phq9',
  'phq2',
  'gad7',
  'gad2',
  'eq5d5l-nl',
  'djg6',
  'beweegrichtlijn',
  'alcohol',
  'bmi',
  'smoking',
] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/**
 * `free-item-texts`: the item wording may ship with the product (PHQ/GAD, ONS4).
 * `scoring-only`: we ship the scoring; an organisation holding a licence loads the texts.
 */
export type Licence = 'free-item-texts' | 'scoring-only';

type Range = { min: number; max: number };
export type ValueSet = { optional?: true } & (
  | { kind: 'choice'; options: readonly [string, ...string[]] }
  | ({ kind: 'integer' } & Range)
  | ({ kind: 'number' } & Range)
  /** seven values, one per day of a week */
  | { kind: 'week'; day: { kind: 'integer' | 'number' } & Range }
);
export type Items = Record<string, ValueSet>;

export const choice = <const O extends readonly [string, ...string[]]>(...options: O) =>
  ({ kind: 'choice', options }) as const;
export const integer = (min: number, max: number) => ({ kind: 'integer', min, max }) as const;
export const decimal = (min: number, max: number) => ({ kind: 'number', min, max }) as const;
export const week = (day: { kind: 'integer' | 'number' } & Range) => ({ kind: 'week', day }) as const;
/** An item that may stay unanswered without making the result incomplete (it is never listed as missing). */
export const optional = <V extends ValueSet>(v: V) => ({ ...v, optional: true }) as const;

type ValueOf<V extends ValueSet> = V extends { kind: 'choice'; options: readonly (infer O)[] }
  ? O
  : V extends { kind: 'week' }
    ? number[]
    : number;
/** Validated answers: every item may be absent or null (unanswered). */
export type Answers<I extends Items> = { [K in keyof I]?: ValueOf<I[K]> | null };

const oneOf = (options: readonly string[]) =>
  bilingual(`Kies een van: ${options.join(', ')}.`, `Choose one of: ${options.join(', ')}.`);
const inRange = (v: { kind: 'integer' | 'number' } & Range) =>
  v.kind === 'integer'
    ? bilingual(
        `Geef een heel getal van ${v.min} tot en met ${v.max}.`,
        `Give a whole number from ${v.min} to ${v.max}.`,
      )
    : bilingual(
        `Geef een getal van ${v.min} tot en met ${v.max}.`,
        `Give a number from ${v.min} to ${v.max}.`,
      );
const WEEK_LENGTH = bilingual('Geef zeven waarden, één per dag.', 'Give seven values, one per day.');

// Every value set has one message that says what is allowed, whatever was wrong with the value.
function valueSchema(v: ValueSet): z.ZodType {
  switch (v.kind) {
    case 'choice':
      return z.enum(v.options, { error: oneOf(v.options) });
    case 'integer':
    case 'number': {
      const error = inRange(v);
      const n = z.number({ error }).min(v.min, { error }).max(v.max, { error });
      return v.kind === 'integer' ? n.int({ error }) : n;
    }
    case 'week':
      return z.array(valueSchema(v.day), { error: WEEK_LENGTH }).length(7, { error: WEEK_LENGTH });
  }
}

/** The answers object of an instrument: only its own item ids; an unanswered item is absent or null. */
export function answersSchema<I extends Items>(items: I): z.ZodType<Answers<I>> {
  const shape = Object.fromEntries(Object.entries(items).map(([id, v]) => [id, valueSchema(v).nullish()]));
  // The shape is built from the value sets, so zod cannot infer it; Answers<I> states the same thing.
  return z.strictObject(shape) as unknown as z.ZodType<Answers<I>>;
}

export interface ItemMeta {
  id: string;
  values: ValueSet;
}
export const itemList = (items: Items): ItemMeta[] =>
  Object.entries(items).map(([id, values]) => ({ id, values }));

/** The required items that have no answer, in the manual's order. */
export function missingItems<I extends Items>(items: I, answers: Answers<I>): string[] {
  return Object.keys(items).filter((id) => !items[id]?.optional && answers[id] == null);
}

export interface ScoreResult<C extends string = string> {
  instrument: InstrumentCode;
  total: number | null;
  category: C | null;
  subscales: Record<string, number | null>;
  bands: Record<string, string | null>;
  missing: string[];
  flags: string[];
}

export function result<C extends string>(
  instrument: InstrumentCode,
  fields: Partial<Omit<ScoreResult<C>, 'instrument'>>,
): ScoreResult<C> {
  return {
    instrument,
    total: null,
    category: null,
    subscales: {},
    bands: {},
    missing: [],
    flags: [],
    ...fields,
  };
}

/** The sum of item points, or null when any is missing. */
export function sumOrNull(points: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const p of points) {
    if (p === null) return null;
    sum += p;
  }
  return sum;
}
/** The sum of the points that are there (a missing item counts 0). */
export const sumPresent = (points: readonly (number | null)[]): number =>
  points.reduce<number>((s, p) => s + (p ?? 0), 0);

/** The label of the first band whose upper bound (inclusive) holds the value. */
export function bandOf<L extends string>(value: number, bands: readonly (readonly [number, L])[]): L {
  for (const [max, label] of bands) if (value <= max) return label;
  throw new RangeError(`no band for ${value}`);
}

export type Scored = { ok: true; result: ScoreResult } | { ok: false; issues: readonly z.core.$ZodIssue[] };

export interface Instrument {
  code: InstrumentCode;
  name: string;
  licence: Licence;
  /** who holds the rights to the items (null: our own wording after a public norm) */
  rightsHolder: string | null;
  /** where the scoring comes from (see /work/shared/reference/instruments.md) */
  source: string;
  items: ItemMeta[];
  answers: z.ZodType;
  /** Validates raw answers against the items, then scores them. */
  score(raw: unknown): Scored;
}

export function defineInstrument<I extends Items>(def: {
  code: InstrumentCode;
  name: string;
  licence: Licence;
  rightsHolder: string | null;
  source: string;
  items: I;
  score: (answers: Answers<I>) => ScoreResult;
}): Instrument {
  const answers = answersSchema(def.items);
  return {
    code: def.code,
    name: def.name,
    licence: def.licence,
    rightsHolder: def.rightsHolder,
    source: def.source,
    items: itemList(def.items),
    answers,
    score(raw) {
      const parsed = answers.safeParse(raw);
      return parsed.success
        ? { ok: true, result: def.score(parsed.data) }
        : { ok: false, issues: parsed.error.issues };
    },
  };
}
