// The resident's own record: import a bundle, read the summary, read a category. Every function goes
// through access.ts (admit + audit) and knows nothing about HTTP.
import type { Kysely } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import type { DB } from '../../server/db/schema.ts';
import type { PurposeOfUse } from '../consent/service.ts';
import type { Locale } from '../../server/i18n.ts';
import { readRecord, readRecordSummary } from './access.ts';
import { RECORD_CATEGORIES, type RecordCategory } from './categories.ts';
import { categoryView, isActiveProblem, isCurrentMedication, item, patientName, series } from './present.ts';
import type { CategoryView, Summary } from './schema.ts';

export { importBundle } from './import.ts';

interface ReadOptions {
  db: Kysely<DB>;
  actor: Actor;
  residentId: string;
  /** Absent: the resident's own record; present: someone else's, for this purpose. */
  use?: PurposeOfUse | undefined;
  locale: Locale;
}

/** How many latest values the summary shows. */
const LATEST = 8;

export async function recordSummary(opts: ReadOptions): Promise<Summary> {
  const o = await readRecordSummary(opts);
  const counts = Object.fromEntries(o.categories.map((c) => [c, o.counts[c] ?? 0])) as Partial<
    Record<RecordCategory, number>
  >;
  const latest = series(o.latestMeasurements, opts.locale)
    .series.map((s) => ({ code: s.code, what: s.what, ...s.points[s.points.length - 1]! }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, LATEST);
  const meds = o.medication.map((r) => item(r, opts.locale)).filter((i) => i.resourceType !== 'Immunization');
  return {
    residentId: opts.residentId,
    categories: RECORD_CATEGORIES.filter((c) => o.categories.includes(c)),
    patient: patientName(o.patient),
    counts,
    currentMedication: o.categories.includes('medication')
      ? meds.filter((i) => isCurrentMedication(i)).length
      : null,
    activeProblems: o.categories.includes('problems')
      ? o.problems.map((r) => item(r, opts.locale)).filter(isActiveProblem).length
      : null,
    latestMeasurements: latest.map(({ code, what, date, value, unit }) => ({
      code,
      what,
      date,
      value,
      unit,
    })),
    lastUpdated: o.lastUpdated?.toISOString() ?? null,
  };
}

export async function recordCategory(
  opts: ReadOptions & { category: RecordCategory },
): Promise<CategoryView> {
  const rows = await readRecord(opts);
  return categoryView(opts.category, rows, opts.locale);
}
