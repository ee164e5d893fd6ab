// One service for the public service page: what it is, where, when, what it costs, how fresh the entry
// is. What is public is what search lists (active and published). Contact persons and the referral route
// are for professionals only: `professionalView` decides, here where the data is read.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB, Role } from '../../../server/db/schema.ts';
import { notFound } from '../../../server/errors.ts';
import { DAYS, type Day } from '../search/service.ts';
import type { PublicService } from './schema.ts';

type Db = Kysely<DB>;

/** The roles that see contact persons and the referral route. */
export const PROFESSIONAL_ROLES: readonly Role[] = ['professional', 'coordinator', 'provider_editor'];
export const UPCOMING_SESSIONS = 8;

export function professionalView(actor: Actor | null): boolean {
  return (
    !!actor && actor.kind === 'person' && actor.memberships.some((m) => PROFESSIONAL_ROLES.includes(m.role))
  );
}

const num = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  // Rounded as search rounds it, so the page and the result agree.
  return Math.round(12742 * Math.asin(Math.sqrt(h)) * 10) / 10;
}

/** HSDS byday ('TU', 'MO,WE', '1TU' for the first Tuesday) → days and the week of the month. */
function parseByday(byday: string | null): { days: Day[]; week: number | null } {
  const days: Day[] = [];
  let week: number | null = null;
  for (const part of (byday ?? '').split(',')) {
    const m = /^\s*([+-]?\d+)?\s*(MO|TU|WE|TH|FR|SA|SU)\s*$/.exec(part.toUpperCase());
    if (!m) continue;
    if (m[1]) week = Number(m[1]);
    const day = m[2] as Day;
    if (!days.includes(day)) days.push(day);
  }
  days.sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
  return { days, week };
}

const hhmm = (t: string | null) => (t ? t.slice(0, 5) : null);

export async function getPublicService(o: {
  db: Db;
  id: string;
  actor: Actor | null;
  near?: { latitude: number; longitude: number };
  now?: Date;
}): Promise<PublicService> {
  const { db } = o;
  const now = (o.now ?? new Date()).toISOString();
  // A service merged into another (migration 0007) answers with the entry it is now part of, so links to
  // it keep working.
  const merged = await db
    .selectFrom('sm_service')
    .select('merged_into')
    .where('id', '=', o.id)
    .executeTakeFirst();
  const id = merged?.merged_into ?? o.id;
  const s = await db
    .selectFrom('sm_service as s')
    .leftJoin('sm_organization as org', 'org.id', 's.organization_id')
    .where('s.id', '=', id)
    // The same rule as search: active, published and canonical.
    .where('s.status', '=', 'active')
    .where(sql<boolean>`s.published AND s.merged_into IS NULL`)
    .selectAll('s')
    .select([
      'org.id as org_id',
      'org.name as org_name',
      'org.website as org_website',
      'org.email as org_email',
      'org.organisation_id as org_tenant',
      sql<boolean>`(s.assured_date IS NULL
        OR s.assured_date + make_interval(months => s.review_interval_months) < ${now}::timestamptz::date)`.as(
        'stale',
      ),
      sql<number | null>`(extract(year FROM age(${now}::timestamptz::date, s.assured_date)) * 12
        + extract(month FROM age(${now}::timestamptz::date, s.assured_date)))::int`.as(
        'months_since_checked',
      ),
    ])
    .executeTakeFirst();
  if (!s) throw notFound();

  const sals = await db
    .selectFrom('sm_service_at_location')
    .select(['id', 'location_id'])
    .where('service_id', '=', id)
    .orderBy('id')
    .execute();
  const salIds = sals.map((x) => x.id);
  const locationIds = [...new Set(sals.map((x) => x.location_id))];
  const orgId = s.org_id;

  const [
    locations,
    addresses,
    accessibility,
    schedules,
    sessions,
    costs,
    languages,
    terms,
    phones,
    documents,
    contacts,
  ] = await Promise.all([
    locationIds.length
      ? db.selectFrom('sm_location').selectAll().where('id', 'in', locationIds).orderBy('name').execute()
      : [],
    locationIds.length
      ? db
          .selectFrom('sm_address')
          .selectAll()
          .where('location_id', 'in', locationIds)
          .orderBy('address_type')
          .orderBy('id')
          .execute()
      : [],
    locationIds.length
      ? db
          .selectFrom('sm_accessibility')
          .select(['location_id', 'description', 'details'])
          .where('location_id', 'in', locationIds)
          .orderBy('id')
          .execute()
      : [],
    db
      .selectFrom('sm_schedule')
      .selectAll()
      .where((eb) =>
        salIds.length
          ? eb.or([eb('service_id', '=', id), eb('service_at_location_id', 'in', salIds)])
          : eb('service_id', '=', id),
      )
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', now.slice(0, 10))]))
      .orderBy('opens_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_session')
      .selectAll()
      .where('service_id', '=', id)
      .where('starts_at', '>', new Date(now))
      .orderBy('starts_at')
      .limit(UPCOMING_SESSIONS)
      .execute(),
    db.selectFrom('sm_cost_option').selectAll().where('service_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('sm_language')
      .select(['name', 'code'])
      .where((eb) =>
        locationIds.length
          ? eb.or([eb('service_id', '=', id), eb('location_id', 'in', locationIds)])
          : eb('service_id', '=', id),
      )
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_attribute as a')
      .innerJoin('sm_taxonomy_term as t', 't.id', 'a.taxonomy_term_id')
      .where('a.link_entity', '=', 'service')
      .where('a.link_id', '=', id)
      .select(['t.code', 't.name', 't.parent_id'])
      .orderBy('t.code')
      .execute(),
    db
      .selectFrom('sm_phone')
      .select(['number', 'description', 'service_id', 'organization_id', 'service_at_location_id'])
      .where('contact_id', 'is', null)
      .where((eb) => {
        const owners = [eb('service_id', '=', id)];
        if (salIds.length) owners.push(eb('service_at_location_id', 'in', salIds));
        if (orgId) owners.push(eb('organization_id', '=', orgId));
        return eb.or(owners);
      })
      .orderBy('id')
      .execute(),
    db.selectFrom('sm_required_document').select('document').where('service_id', '=', id).execute(),
    professionalView(o.actor) ? loadContacts(db, { id, salIds, locationIds, orgId }) : null,
  ]);

  const addressOf = new Map<string, (typeof addresses)[number]>();
  // A physical address before a postal one ('physical' < 'postal'), the first one per location.
  for (const a of addresses)
    if (a.location_id && !addressOf.has(a.location_id)) addressOf.set(a.location_id, a);
  const accessOf = new Map<string, { description: string | null; details: string | null }[]>();
  for (const a of accessibility) {
    if (!a.location_id) continue;
    const list = accessOf.get(a.location_id) ?? [];
    list.push({ description: a.description, details: a.details });
    accessOf.set(a.location_id, list);
  }

  const costOptions = costs.map((c) => ({
    option: c.option,
    amount: num(c.amount),
    currency: c.currency,
    amount_description: c.amount_description,
  }));
  // As search decides "free": the financing route says so, or it has none and every price is 0.
  const free =
    s.financing_route === 'free' ||
    (s.financing_route === null && costOptions.length > 0 && costOptions.every((c) => c.amount === 0));

  const languageNames = [...new Set(languages.map((l) => l.name ?? l.code).filter((x): x is string => !!x))];
  const uniqueTerms = (prefix: string) => {
    const seen = new Map<string, { code: string; name: string }>();
    for (const { code, name } of terms)
      if (code?.startsWith(prefix) && !seen.has(code)) seen.set(code, { code, name });
    return [...seen.values()];
  };
  const phoneOut = (p: (typeof phones)[number]) => ({ number: p.number, description: p.description });
  const assured = s.assured_date;

  const result: PublicService = {
    id: s.id,
    name: s.name,
    summary: s.summary_b1,
    description: s.description,
    status: 'active',
    url: s.url,
    email: s.email,
    phones: phones.filter((p) => p.service_id === id || p.service_at_location_id).map(phoneOut),
    alert: s.alert,
    organization:
      s.org_id && s.org_name
        ? {
            id: s.org_id,
            name: s.org_name,
            website: s.org_website,
            email: s.org_email,
            phones: phones.filter((p) => p.organization_id === s.org_id && !p.service_id).map(phoneOut),
          }
        : null,
    locations: locations.map((l) => {
      const a = addressOf.get(l.id);
      const hasPoint = l.latitude !== null && l.longitude !== null;
      return {
        id: l.id,
        name: l.name,
        description: l.description,
        transportation: l.transportation,
        latitude: hasPoint ? Number(l.latitude) : null,
        longitude: hasPoint ? Number(l.longitude) : null,
        distance_km:
          hasPoint && o.near
            ? distanceKm(o.near, { latitude: Number(l.latitude), longitude: Number(l.longitude) })
            : null,
        address: a
          ? { address_1: a.address_1, address_2: a.address_2, postal_code: a.postal_code, city: a.city }
          : null,
        accessibility: accessOf.get(l.id) ?? [],
      };
    }),
    schedules: dedupe(schedules).map((r) => {
      const { days, week } = parseByday(r.byday);
      return {
        freq: r.freq,
        days,
        week_of_month: r.freq === 'MONTHLY' ? week : null,
        opens_at: hhmm(r.opens_at),
        closes_at: hhmm(r.closes_at),
        description: r.description,
        notes: r.notes,
      };
    }),
    takes_referrals: s.org_tenant !== null,
    sessions: sessions.map((x) => ({
      id: x.id,
      starts_at: new Date(x.starts_at).toISOString(),
      ends_at: x.ends_at ? new Date(x.ends_at).toISOString() : null,
      capacity: x.capacity,
      places_left: x.capacity === null ? null : Math.max(0, x.capacity - x.places_taken),
      waiting_list: x.waiting_list,
      note: x.note,
    })),
    costs: {
      free,
      financing_route: s.financing_route,
      fees_description: s.fees_description,
      options: costOptions,
    },
    languages: languageNames,
    domains: uniqueTerms('domein.'),
    target_groups: uniqueTerms('doelgroep.'),
    minimum_age: num(s.minimum_age),
    maximum_age: num(s.maximum_age),
    application_process: s.application_process,
    eligibility_description: s.eligibility_description,
    wor_eligible: s.wor_eligible,
    bor_eligible: s.bor_eligible,
    freshness: {
      assured_date: assured,
      review_interval_months: s.review_interval_months,
      stale: s.stale,
      months_since_checked: assured === null ? null : num(s.months_since_checked),
    },
  };
  if (contacts) {
    result.professional = {
      contacts,
      referral: {
        application_process: s.application_process,
        eligibility_description: s.eligibility_description,
        required_documents: documents.map((d) => d.document).filter((x): x is string => !!x),
        wait_time: s.wait_time,
        wor_eligible: s.wor_eligible,
        bor_eligible: s.bor_eligible,
      },
    };
  }
  return result;
}

/** A schedule stored on the service and on its service-at-location is one row; listed once. */
function dedupe<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/** HSDS contact rows of the service, its locations and its organisation, with their phones. */
async function loadContacts(
  db: Db,
  o: { id: string; salIds: string[]; locationIds: string[]; orgId: string | null },
) {
  const rows = await db
    .selectFrom('sm_contact')
    .select(['id', 'name', 'title', 'department', 'email'])
    .where((eb) => {
      const owners = [eb('service_id', '=', o.id)];
      if (o.salIds.length) owners.push(eb('service_at_location_id', 'in', o.salIds));
      if (o.locationIds.length) owners.push(eb('location_id', 'in', o.locationIds));
      if (o.orgId) owners.push(eb('organization_id', '=', o.orgId));
      return eb.or(owners);
    })
    .orderBy('name')
    .orderBy('id')
    .execute();
  const phones = rows.length
    ? await db
        .selectFrom('sm_phone')
        .select(['contact_id', 'number', 'description'])
        .where(
          'contact_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('id')
        .execute()
    : [];
  return rows.map((c) => ({
    name: c.name,
    title: c.title,
    department: c.department,
    email: c.email,
    phones: phones
      .filter((p) => p.contact_id === c.id)
      .map((p) => ({ number: p.number, description: p.description })),
  }));
}
