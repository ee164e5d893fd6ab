// HTTP shapes of the resident's own entries (measurements, notes, goals), of one entry with its correction
// requests, and of the timeline. Bodies are plain (not FHIR): the service makes the FHIR resources.
import { z } from 'zod';
import { bilingual } from '../../../server/errors.ts';
import { RECORD_CATEGORIES } from '../categories.ts';
import { itemOut } from '../schema.ts';
import { todayInAmsterdam, amsterdamInstant } from './dates.ts';
import { KINDS, MEASUREMENT_KINDS, VALUE_FIELDS } from './kinds.ts';

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Vul een datum in als JJJJ-MM-DD.', 'Enter a date as YYYY-MM-DD.'))
  .refine(
    (s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) && s >= '1900-01-01',
    bilingual('Deze datum bestaat niet.', 'This date does not exist.'),
  );
const clock = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    bilingual('Vul een tijd in als uu:mm, bijvoorbeeld 08:30.', 'Enter a time as hh:mm, for example 08:30.'),
  );
const number = z.number().nullable().optional();
const text = z.string().trim().min(1).max(5000);
const description = z.string().trim().min(1).max(1000);

const issue = (ctx: z.RefinementCtx, path: string, nl: string, en: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message: bilingual(nl, en) });

/** A day (and time) that has already come, on the Amsterdam clock; a minute's slack for clocks that differ. */
function notFuture(v: { date?: string | undefined; time?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (!v.date || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return;
  const today = todayInAmsterdam();
  if (v.date > today) {
    issue(ctx, 'date', 'Deze datum ligt in de toekomst.', 'This date is in the future.');
  } else if (v.time && /^\d{2}:\d{2}$/.test(v.time) && v.date === today) {
    if (amsterdamInstant(v.date, v.time).getTime() > Date.now() + 60_000)
      issue(ctx, 'time', 'Deze tijd is nog niet geweest.', 'This time has not come yet.');
  }
}

const measurementFields = {
  kind: z.enum(MEASUREMENT_KINDS),
  /** the value of every kind but blood pressure */
  value: number,
  /** blood pressure: upper and lower pressure */
  systolic: number,
  diastolic: number,
  /** the day of the measurement (today when left out), and the time on the clock if known */
  date: day.optional(),
  time: clock.nullable().optional(),
};

export const measurementBody = z.object(measurementFields).superRefine((m, ctx) => {
  const spec = KINDS[m.kind];
  for (const v of spec.values) {
    const x = m[v.field];
    if (x === null || x === undefined) {
      issue(ctx, v.field, `Vul ${v.noun.nl} in.`, `Enter ${v.noun.en}.`);
    } else if (x < v.min || x > v.max) {
      issue(
        ctx,
        v.field,
        `Vul ${v.noun.nl} in tussen ${v.min} en ${v.max} ${v.unit.nl}.`,
        `Enter ${v.noun.en} between ${v.min} and ${v.max} ${v.unit.en}.`,
      );
    } else if (v.decimals === 0 && !Number.isInteger(x)) {
      issue(ctx, v.field, `Vul ${v.noun.nl} in als heel getal.`, `Enter ${v.noun.en} as a whole number.`);
    }
  }
  for (const field of VALUE_FIELDS) {
    if (spec.values.some((v) => v.field === field) || m[field] === null || m[field] === undefined) continue;
    issue(
      ctx,
      field,
      `Dit veld hoort niet bij ${spec.label.nl.toLowerCase()}.`,
      `This field does not belong with ${spec.label.en.toLowerCase()}.`,
    );
  }
  if (
    m.kind === 'blood-pressure' &&
    typeof m.systolic === 'number' &&
    typeof m.diastolic === 'number' &&
    m.diastolic >= m.systolic
  ) {
    issue(
      ctx,
      'diastolic',
      'De onderdruk moet lager zijn dan de bovendruk.',
      'The diastolic (lower) pressure must be lower than the systolic (upper) pressure.',
    );
  }
  notFuture(m, ctx);
});
export type MeasurementInput = z.output<typeof measurementBody>;

export const noteBody = z
  .object({ text, /** the day the note is about; today when left out */ date: day.optional() })
  .superRefine(notFuture);
export type NoteInput = z.output<typeof noteBody>;

export const goalBody = z.object({
  description,
  /** the day the resident wants to reach the goal by */
  targetDate: day.nullable().optional(),
});
export type GoalInput = z.output<typeof goalBody>;

/** A change to an own entry: any of the fields of its kind; the result is checked as a whole. */
export const entryPatch = z.object({
  ...measurementFields,
  kind: measurementFields.kind.optional(),
  text: text.optional(),
  date: day.nullable().optional(),
  description: description.optional(),
  targetDate: day.nullable().optional(),
});
export type EntryPatch = z.output<typeof entryPatch>;

export const correctionBody = z.object({
  /** what is wrong and what it should be, for the source that made the entry */
  message: z.string().trim().min(1).max(2000),
});

export const entryParams = z.object({ id: z.uuid() });

/** An own entry in the plain shape it was made in, for the edit form. */
export const ownInputOut = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('measurement'),
    kind: z.enum(MEASUREMENT_KINDS),
    value: z.number().nullable(),
    systolic: z.number().nullable(),
    diastolic: z.number().nullable(),
    date: z.string().nullable(),
    time: z.string().nullable(),
  }),
  z.object({ type: z.literal('note'), text: z.string(), date: z.string().nullable() }),
  z.object({ type: z.literal('goal'), description: z.string(), targetDate: z.string().nullable() }),
]);
export type OwnInput = z.output<typeof ownInputOut>;

export const entryOut = z.object({
  id: z.string(),
  category: z.enum(RECORD_CATEGORIES),
  resourceType: z.string(),
  item: itemOut,
  /** made by the resident in Wijkpunt (source urn:wijkpunt:own), not imported */
  own: z.boolean(),
  /** the source system the entry came from */
  source: z.string(),
  input: ownInputOut.nullable(),
  /** the resident's requests to the source to correct this entry, newest first */
  corrections: z.array(z.object({ id: z.string(), message: z.string(), createdAt: z.string() })),
  correctionRequestedAt: z.string().nullable(),
  /** what the caller may do with this entry; the web app shows only these actions */
  can: z.object({ edit: z.boolean(), delete: z.boolean(), requestCorrection: z.boolean() }),
});
export type EntryView = z.output<typeof entryOut>;

export const timelineQuery = z.object({
  /** only entries older than this moment (the `next.before` of the previous page) */
  before: z
    .string()
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)),
      bilingual(
        'Vul een datum en tijd in (ISO 8601), bijvoorbeeld 2026-03-01T12:00:00Z.',
        'Enter a date and time (ISO 8601), for example 2026-03-01T12:00:00Z.',
      ),
    )
    .optional(),
  /** with `before`: also the entries at that very moment whose id sorts before this one */
  beforeId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TimelineQuery = z.output<typeof timelineQuery>;

export const timelineOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      /** the entry's own date (FHIR), else the moment Wijkpunt orders it by */
      date: z.string(),
      part: z.enum(RECORD_CATEGORIES),
      resourceType: z.string(),
      /** what it is in plain words, with its value or detail */
      text: z.string(),
      status: z.string().nullable(),
      own: z.boolean(),
    }),
  ),
  /** the query for the next (older) page; null on the last page */
  next: z.object({ before: z.string(), beforeId: z.string() }).nullable(),
  /** entries without any date, which have no place on a timeline (they are in their part of the record) */
  undated: z.number().int(),
});
export type Timeline = z.output<typeof timelineOut>;
