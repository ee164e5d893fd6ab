// The revision document ↔ the published sm_ tables. Reading builds the document of one service from what
// is published; applying writes a document back. Only the rows the document covers are touched: the
// service's own phones, schedules, cost options, CBS service areas and taxonomy attributes. List items
// keep their row id, so columns the document does not carry survive an edit.
import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import { DAYS, serviceDocument, type ServiceDocument } from './schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const clip = (v: string | null | undefined, max: number) => (v == null ? null : v.slice(0, max));
const num = (v: string | number | null) => (v == null || v === '' ? null : Number(v));
function hhmm(v: string | null): string | null {
  const m = v ? /^(\d{1,2}):(\d{2})/.exec(v) : null;
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/** The published state of a service as a document. Values that the editing schema refuses are left out. */
export async function readDocument(db: Db, serviceId: string): Promise<ServiceDocument> {
  return (await readState(db, serviceId)).doc;
}

async function readState(db: Db, serviceId: string) {
  const s = await db.selectFrom('sm_service').selectAll().where('id', '=', serviceId).executeTakeFirst();
  if (!s) throw new AppError('not_found');
  const [areas, phones, schedules, costs, languages, terms] = await Promise.all([
    db
      .selectFrom('sm_service_area')
      .select(['id', 'cbs_code', 'name'])
      .where('service_id', '=', serviceId)
      .where('cbs_code', 'is not', null)
      .orderBy('cbs_code')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_phone')
      .select(['id', 'number', 'type', 'description'])
      .where('service_id', '=', serviceId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_schedule')
      .select(['id', 'freq', 'byday', 'opens_at', 'closes_at', 'description'])
      .where('service_id', '=', serviceId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_cost_option')
      .select(['id', 'option', 'amount', 'currency', 'amount_description'])
      .where('service_id', '=', serviceId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_language')
      .select(['id', 'name', 'code'])
      .where('service_id', '=', serviceId)
      .where('name', 'is not', null)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_attribute')
      .select('taxonomy_term_id')
      .where('link_entity', '=', 'service')
      .where('link_id', '=', serviceId)
      .where('taxonomy_term_id', 'is not', null)
      .orderBy('taxonomy_term_id')
      .execute(),
  ]);
  const candidate = {
    name: clip(s.name, 200),
    alternate_name: clip(s.alternate_name, 200),
    description: clip(s.description, 10_000),
    summary_b1: clip(s.summary_b1, 1000),
    url: s.url,
    email: s.email,
    status: s.status,
    application_process: clip(s.application_process, 2000),
    fees_description: clip(s.fees_description, 2000),
    eligibility_description: clip(s.eligibility_description, 2000),
    minimum_age: num(s.minimum_age),
    maximum_age: num(s.maximum_age),
    financing_route: s.financing_route,
    wor_eligible: s.wor_eligible,
    bor_eligible: s.bor_eligible,
    review_interval_months: s.review_interval_months,
    service_areas: areas.map((a) => ({ id: a.id, cbs_code: a.cbs_code, name: clip(a.name, 200) })),
    phones: phones.map((p) => ({
      id: p.id,
      number: clip(p.number, 40),
      type: clip(p.type, 40),
      description: clip(p.description, 200),
    })),
    schedules: schedules.map((x) => ({
      id: x.id,
      freq: x.freq,
      byday: (x.byday ?? '')
        .split(',')
        .map((d) => d.trim().toUpperCase())
        .filter((d): d is (typeof DAYS)[number] => (DAYS as readonly string[]).includes(d)),
      opens_at: hhmm(x.opens_at),
      closes_at: hhmm(x.closes_at),
      description: clip(x.description, 500),
    })),
    cost_options: costs.map((c) => ({
      id: c.id,
      option: clip(c.option, 200),
      amount: num(c.amount),
      currency: c.currency ?? 'EUR',
      amount_description: clip(c.amount_description, 500),
    })),
    languages: languages.map((l) => ({ id: l.id, name: clip(l.name, 100), code: clip(l.code, 10) })),
    taxonomy_term_ids: terms.map((t) => t.taxonomy_term_id!),
  };
  return lenientParse(candidate);
}

/**
 * Parses what is stored; a value the editing schema refuses (an imported web address without https://,
 * a list longer than the form allows) is left out and named in `dropped`, so applying a document later
 * leaves exactly those values alone instead of erasing them.
 */
function lenientParse(candidate: Record<string, unknown>): { doc: ServiceDocument; dropped: Set<string> } {
  const dropped = new Set<string>();
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = serviceDocument.safeParse(candidate);
    if (r.success) return { doc: r.data, dropped };
    const removals = new Map<string, Set<number>>();
    for (const issue of r.error.issues) {
      const [key, index] = issue.path;
      if (typeof key !== 'string') continue;
      const value = candidate[key];
      if (Array.isArray(value)) {
        if (typeof index === 'number') removals.set(key, (removals.get(key) ?? new Set()).add(index));
        else if (issue.code === 'too_big') candidate[key] = value.slice(0, Number(issue.maximum));
        else candidate[key] = [];
      } else if (key === 'name') {
        candidate[key] = '(naam ontbreekt)';
      } else {
        candidate[key] = key === 'maximum_age' ? null : undefined;
        dropped.add(key);
      }
    }
    for (const [key, indices] of removals) {
      candidate[key] = (candidate[key] as unknown[]).filter((_, i) => !indices.has(i));
    }
  }
  throw new Error('stored service does not fit the editing schema');
}

/** Empty text becomes null and repeated taxonomy terms count once, so equal documents compare equal. */
export function normalise(doc: ServiceDocument): ServiceDocument {
  const blank = <T>(o: T): T => {
    const out = { ...o } as Record<string, unknown>;
    for (const [k, v] of Object.entries(out)) if (v === '') out[k] = null;
    return out as T;
  };
  return {
    ...blank(doc),
    name: doc.name,
    service_areas: doc.service_areas.map(blank),
    phones: doc.phones.map(blank),
    schedules: doc.schedules.map(blank),
    cost_options: doc.cost_options.map(blank),
    ...(doc.languages && { languages: doc.languages.map(blank) }),
    taxonomy_term_ids: [...new Set(doc.taxonomy_term_ids)],
  };
}

/** Refuses taxonomy terms that do not exist, naming the field. */
export async function checkTerms(db: Db, doc: ServiceDocument, path: string): Promise<void> {
  if (!doc.taxonomy_term_ids.length) return;
  const found = await db
    .selectFrom('sm_taxonomy_term')
    .select('id')
    .where('id', 'in', doc.taxonomy_term_ids)
    .execute();
  if (found.length !== doc.taxonomy_term_ids.length)
    throw new AppError('validation_failed', undefined, [
      {
        path: `${path}.taxonomy_term_ids`,
        message: bilingual(
          'Een van de gekozen categorieën bestaat niet.',
          'One of the chosen categories does not exist.',
        ),
      },
    ]);
}

/** Writes the document to the sm_ tables (the caller's transaction). */
export async function applyDocument(trx: Transaction<DB>, serviceId: string, doc: ServiceDocument) {
  const current = await readState(trx, serviceId);
  const keep = (field: keyof ServiceDocument) => current.dropped.has(field) && doc[field] === null;
  const fields: Updateable<DB['sm_service']> = {
    name: doc.name,
    alternate_name: doc.alternate_name,
    description: doc.description,
    summary_b1: doc.summary_b1,
    url: doc.url,
    email: doc.email,
    status: doc.status,
    application_process: doc.application_process,
    fees_description: doc.fees_description,
    eligibility_description: doc.eligibility_description,
    minimum_age: doc.minimum_age,
    maximum_age: doc.maximum_age,
    financing_route: doc.financing_route,
    wor_eligible: doc.wor_eligible,
    bor_eligible: doc.bor_eligible,
    review_interval_months: doc.review_interval_months,
  };
  // A stored value the form could not show stays as it is unless the editor filled the field in.
  for (const f of Object.keys(fields) as (keyof ServiceDocument & keyof typeof fields)[])
    if (keep(f)) delete fields[f];
  await trx
    .updateTable('sm_service')
    .set({ ...fields, last_modified: sql<Date>`now()` })
    .where('id', '=', serviceId)
    .execute();

  // Only rows the document could show are updated or removed; others are not the editor's to lose.
  const ids = (items: { id?: string | undefined }[]) => new Set(items.flatMap((i) => (i.id ? [i.id] : [])));
  await sync(ids(current.doc.service_areas), doc.service_areas, {
    insert: (a) =>
      trx
        .insertInto('sm_service_area')
        .values({ service_id: serviceId, cbs_code: a.cbs_code, name: a.name })
        .execute(),
    update: (id, a) =>
      trx
        .updateTable('sm_service_area')
        .set({ cbs_code: a.cbs_code, name: a.name })
        .where('id', '=', id)
        .execute(),
    remove: (ids) => trx.deleteFrom('sm_service_area').where('id', 'in', ids).execute(),
  });
  await sync(ids(current.doc.phones), doc.phones, {
    insert: (p) =>
      trx
        .insertInto('sm_phone')
        .values({ service_id: serviceId, number: p.number, type: p.type, description: p.description })
        .execute(),
    update: (id, p) =>
      trx
        .updateTable('sm_phone')
        .set({ number: p.number, type: p.type, description: p.description })
        .where('id', '=', id)
        .execute(),
    remove: (ids) => trx.deleteFrom('sm_phone').where('id', 'in', ids).execute(),
  });
  const scheduleValues = (x: ServiceDocument['schedules'][number]) => ({
    freq: x.freq,
    byday: x.byday.length ? x.byday.join(',') : null,
    opens_at: x.opens_at,
    closes_at: x.closes_at,
    description: x.description,
  });
  await sync(ids(current.doc.schedules), doc.schedules, {
    insert: (x) =>
      trx
        .insertInto('sm_schedule')
        .values({ service_id: serviceId, ...scheduleValues(x) })
        .execute(),
    update: (id, x) => trx.updateTable('sm_schedule').set(scheduleValues(x)).where('id', '=', id).execute(),
    remove: (ids) => trx.deleteFrom('sm_schedule').where('id', 'in', ids).execute(),
  });
  const costValues = (c: ServiceDocument['cost_options'][number]) => ({
    option: c.option,
    amount: c.amount,
    currency: c.currency,
    amount_description: c.amount_description,
  });
  await sync(ids(current.doc.cost_options), doc.cost_options, {
    insert: (c) =>
      trx
        .insertInto('sm_cost_option')
        .values({ service_id: serviceId, ...costValues(c) })
        .execute(),
    update: (id, c) => trx.updateTable('sm_cost_option').set(costValues(c)).where('id', '=', id).execute(),
    remove: (ids) => trx.deleteFrom('sm_cost_option').where('id', 'in', ids).execute(),
  });

  if (doc.languages)
    await sync(ids(current.doc.languages ?? []), doc.languages, {
      insert: (l) =>
        trx.insertInto('sm_language').values({ service_id: serviceId, name: l.name, code: l.code }).execute(),
      update: (id, l) =>
        trx.updateTable('sm_language').set({ name: l.name, code: l.code }).where('id', '=', id).execute(),
      remove: (ids) => trx.deleteFrom('sm_language').where('id', 'in', ids).execute(),
    });

  const terms = doc.taxonomy_term_ids;
  let del = trx
    .deleteFrom('sm_attribute')
    .where('link_entity', '=', 'service')
    .where('link_id', '=', serviceId)
    .where('taxonomy_term_id', 'is not', null);
  if (terms.length) del = del.where('taxonomy_term_id', 'not in', terms);
  await del.execute();
  if (terms.length) {
    const have = await trx
      .selectFrom('sm_attribute')
      .select('taxonomy_term_id')
      .where('link_entity', '=', 'service')
      .where('link_id', '=', serviceId)
      .where('taxonomy_term_id', 'in', terms)
      .execute();
    const missing = terms.filter((t) => !have.some((h) => h.taxonomy_term_id === t));
    if (missing.length)
      await trx
        .insertInto('sm_attribute')
        .values(
          missing.map((t) => ({
            link_id: serviceId,
            link_entity: 'service',
            link_type: 'taxonomy',
            taxonomy_term_id: t,
          })),
        )
        .execute();
  }
}

/** Items with a known id are updated, the others inserted; existing rows the document left out go. */
async function sync<T extends { id?: string | undefined }>(
  existing: Set<string>,
  items: T[],
  ops: {
    insert(item: T): Promise<unknown>;
    update(id: string, item: T): Promise<unknown>;
    remove(ids: string[]): Promise<unknown>;
  },
) {
  const kept = new Set<string>();
  for (const item of items) {
    if (item.id && existing.has(item.id) && !kept.has(item.id)) {
      kept.add(item.id);
      await ops.update(item.id, item);
    } else {
      await ops.insert(item);
    }
  }
  const gone = [...existing].filter((id) => !kept.has(id));
  if (gone.length) await ops.remove(gone);
}
