// The resident's own record: import a bundle, read the summary, read a category. Every function goes
// through access.ts (admit + audit) and knows nothing about HTTP.
import type { Kysely } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import type { AuditBasis, DB } from '../../server/db/schema.ts';
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
  basis: AuditBasis;
  locale: Locale;
}

/** How many latest values the summary shows. */
const LATEST = 8;

export async function recordSummary(opts: ReadOptions): Promise<Summary> {
  const o = await readRecordSummary(opts);
  const counts = Object.fromEntries(RECORD_CATEGORIES.map((c) => [c, o.counts[c] ?? 0])) as Record<
    RecordCategory,
    number
  >;
  const latest = series(o.latestMeasurements, opts.locale)
    .series.map((s) => ({ code: s.code, what: s.what, ...s.points[s.points.length - 1]! }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, LATEST);
  const meds = o.medication.map((r) => item(r, opts.locale)).filter((i) => i.resourceType !== 'Immunization');
  return {
    residentId: opts.residentId,
    patient: patientName(o.patient),
    counts,
    currentMedication: meds.filter((i) => isCurrentMedication(i)).length,
    activeProblems: o.problems.map((r) => item(r, opts.locale)).filter(isActiveProblem).length,
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
