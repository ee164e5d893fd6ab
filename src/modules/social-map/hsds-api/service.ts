// The public HSDS 3.0 read API's data: fully nested services (loaded for a whole page at once, one query
// per related table), organizations, taxonomies, taxonomy terms and service-at-locations, as HSDS JSON.
// Filtering of services goes through the social-map search, so both agree on what is listed.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import { notFound } from '../../../server/errors.ts';
import { searchServices, type SearchOptions } from '../search/service.ts';
import { hsdsObject, hsdsPage, type Json, type Page } from './present.ts';

type Db = Kysely<DB>;

/** Unpublished services (new ones awaiting their first approval, migration 0005) are not public, nor are
 * services and organizations merged into another entry (migration 0007): only canonical entries are. */
const published = sql<boolean>`published AND merged_into IS NULL`;
const canonical = sql<boolean>`merged_into IS NULL`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id that is no uuid names nothing we have: 404, like an unknown one (and no database type error). */
function known(id: string): string {
  if (!UUID.test(id)) throw notFound();
  return id;
}

function groupBy<T>(rows: T[], key: (r: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Phones with their languages, and contacts with their phones, for the given owners. */
async function phonesAndContacts(
  db: Db,
  column: 'service_id' | 'location_id' | 'service_at_location_id',
  ids: string[],
) {
  if (ids.length === 0) return { phones: new Map<string, Json[]>(), contacts: new Map<string, Json[]>() };
  const contacts = await db
    .selectFrom('sm_contact')
    .selectAll()
    .where(column, 'in', ids)
    .orderBy('id')
    .execute();
  const contactIds = contacts.map((c) => c.id);
  let phoneQuery = db.selectFrom('sm_phone').selectAll().where(column, 'in', ids);
  if (contactIds.length) {
    phoneQuery = db
      .selectFrom('sm_phone')
      .selectAll()
      .where((eb) => eb.or([eb(column, 'in', ids), eb('contact_id', 'in', contactIds)]));
  }
  const phones = await phoneQuery.orderBy('id').execute();
  const phoneIds = phones.map((p) => p.id);
  const languages = phoneIds.length
    ? await db.selectFrom('sm_language').selectAll().where('phone_id', 'in', phoneIds).orderBy('id').execute()
    : [];
  const langByPhone = groupBy(languages, (l) => l.phone_id);
  const phoneJson = (p: (typeof phones)[number]) => ({
    ...hsdsObject(p),
    languages: (langByPhone.get(p.id) ?? []).map((l) => hsdsObject(l)),
  });
  const phonesByContact = groupBy(phones, (p) => p.contact_id);
  return {
    phones: new Map(
      [
        ...groupBy(
          phones.filter((p) => !p.contact_id),
          (p) => p[column],
        ),
      ].map(([k, v]) => [k, v.map(phoneJson)]),
    ),
    contacts: new Map(
      [...groupBy(contacts, (c) => c[column])].map(([k, v]) => [
        k,
        v.map((c) => ({ ...hsdsObject(c), phones: (phonesByContact.get(c.id) ?? []).map(phoneJson) })),
      ]),
    ),
  };
}

async function schedulesBy(
  db: Db,
  column: 'service_id' | 'location_id' | 'service_at_location_id',
  ids: string[],
) {
  if (ids.length === 0) return new Map<string, Json[]>();
  const rows = await db
    .selectFrom('sm_schedule')
    .selectAll()
    .where(column, 'in', ids)
    .orderBy('id')
    .execute();
  return new Map([...groupBy(rows, (r) => r[column])].map(([k, v]) => [k, v.map((r) => hsdsObject(r))]));
}

/** Locations, fully nested (addresses, phones, contacts, schedules, accessibility, languages). */
async function loadLocations(db: Db, ids: string[]): Promise<Map<string, Json>> {
  if (ids.length === 0) return new Map();
  const [locations, addresses, accessibility, languages, schedules, pc] = await Promise.all([
    db.selectFrom('sm_location').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('sm_address').selectAll().where('location_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('sm_accessibility').selectAll().where('location_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('sm_language').selectAll().where('location_id', 'in', ids).orderBy('id').execute(),
    schedulesBy(db, 'location_id', ids),
    phonesAndContacts(db, 'location_id', ids),
  ]);
  const addr = groupBy(addresses, (r) => r.location_id);
  const acc = groupBy(accessibility, (r) => r.location_id);
  const lang = groupBy(languages, (r) => r.location_id);
  return new Map(
    locations.map((l) => [
      l.id,
      {
        ...hsdsObject(l),
        languages: (lang.get(l.id) ?? []).map((r) => hsdsObject(r)),
        addresses: (addr.get(l.id) ?? []).map((r) => hsdsObject(r)),
        contacts: pc.contacts.get(l.id) ?? [],
        accessibility: (acc.get(l.id) ?? []).map((r) => hsdsObject(r)),
        phones: pc.phones.get(l.id) ?? [],
        schedules: schedules.get(l.id) ?? [],
      },
    ]),
  );
}

/** Taxonomy terms with their taxonomy as taxonomy_detail. */
async function loadTerms(db: Db, ids: string[]): Promise<Map<string, Json>> {
  if (ids.length === 0) return new Map();
  const terms = await db.selectFrom('sm_taxonomy_term').selectAll().where('id', 'in', ids).execute();
  const taxIds = [...new Set(terms.map((t) => t.taxonomy_id).filter((x): x is string => !!x))];
  const taxonomies = taxIds.length
    ? await db.selectFrom('sm_taxonomy').selectAll().where('id', 'in', taxIds).execute()
    : [];
  const tax = new Map(taxonomies.map((t) => [t.id, hsdsObject(t)]));
  return new Map(
    terms.map((t) => {
      const detail = t.taxonomy_id ? tax.get(t.taxonomy_id) : undefined;
      return [t.id, { ...hsdsObject(t), ...(detail ? { taxonomy_detail: detail } : {}) }];
    }),
  );
}

/** Services as full HSDS objects, in the order of `ids`; unknown ids are left out. */
export async function loadFullServices(o: { db: Db; ids: string[]; minimal?: boolean }): Promise<Json[]> {
  const { db, ids, minimal = false } = o;
  if (ids.length === 0) return [];
  const services = await db
    .selectFrom('sm_service')
    .selectAll()
    .where('id', 'in', ids)
    .where(published)
    .execute();
  const found = new Map(services.map((s) => [s.id, s]));
  if (minimal)
    return ids.flatMap((id) => (found.has(id) ? [hsdsObject(found.get(id)!, { minimal: true })] : []));

  const orgIds = [...new Set(services.map((s) => s.organization_id).filter((x): x is string => !!x))];
  const programIds = [...new Set(services.map((s) => s.program_id).filter((x): x is string => !!x))];
  const [
    orgs,
    programs,
    areas,
    languages,
    funding,
    costs,
    documents,
    attributes,
    metadata,
    sals,
    schedules,
    pc,
  ] = await Promise.all([
    orgIds.length ? db.selectFrom('sm_organization').selectAll().where('id', 'in', orgIds).execute() : [],
    programIds.length ? db.selectFrom('sm_program').selectAll().where('id', 'in', programIds).execute() : [],
    db.selectFrom('sm_service_area').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('sm_language').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('sm_funding').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('sm_cost_option').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('sm_required_document').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
    db
      .selectFrom('sm_attribute')
      .selectAll()
      .where('link_entity', '=', 'service')
      .where('link_id', 'in', ids)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_metadata')
      .selectAll()
      .where('resource_id', 'in', ids)
      .orderBy('last_action_date')
      .execute(),
    db
      .selectFrom('sm_service_at_location')
      .selectAll()
      .where('service_id', 'in', ids)
      .orderBy('id')
      .execute(),
    schedulesBy(db, 'service_id', ids),
    phonesAndContacts(db, 'service_id', ids),
  ]);
  const salIds = sals.map((s) => s.id);
  const [locations, salSchedules, salPc, terms] = await Promise.all([
    loadLocations(db, [...new Set(sals.map((s) => s.location_id))]),
    schedulesBy(db, 'service_at_location_id', salIds),
    phonesAndContacts(db, 'service_at_location_id', salIds),
    loadTerms(db, [...new Set(attributes.map((a) => a.taxonomy_term_id).filter((x): x is string => !!x))]),
  ]);

  const org = new Map(orgs.map((r) => [r.id, hsdsObject(r)]));
  const program = new Map(programs.map((r) => [r.id, hsdsObject(r)]));
  const json = <T extends Record<string, unknown>>(rows: T[], key: (r: T) => string | null) =>
    new Map([...groupBy(rows, key)].map(([k, v]) => [k, v.map((r) => hsdsObject(r))]));
  const areaBy = json(areas, (r) => r.service_id);
  const langBy = json(languages, (r) => r.service_id);
  const fundBy = json(funding, (r) => r.service_id);
  const costBy = json(costs, (r) => r.service_id);
  const docBy = json(documents, (r) => r.service_id);
  const metaBy = json(metadata, (r) => r.resource_id);
  const attrBy = new Map(
    [...groupBy(attributes, (a) => a.link_id)].map(([k, v]) => [
      k,
      v.map((a) => {
        const term = a.taxonomy_term_id ? terms.get(a.taxonomy_term_id) : undefined;
        return { ...hsdsObject(a), ...(term ? { taxonomy_term: term } : {}) };
      }),
    ]),
  );
  const salBy = new Map(
    [...groupBy(sals, (s) => s.service_id)].map(([k, v]) => [
      k,
      v.map((s) => {
        const location = locations.get(s.location_id);
        return {
          ...hsdsObject(s),
          contacts: salPc.contacts.get(s.id) ?? [],
          phones: salPc.phones.get(s.id) ?? [],
          schedules: salSchedules.get(s.id) ?? [],
          ...(location ? { location } : {}),
        };
      }),
    ]),
  );

  return ids.flatMap((id) => {
    const s = found.get(id);
    if (!s) return [];
    const organization = s.organization_id ? org.get(s.organization_id) : undefined;
    const prog = s.program_id ? program.get(s.program_id) : undefined;
    return [
      {
        ...hsdsObject(s),
        phones: pc.phones.get(id) ?? [],
        schedules: schedules.get(id) ?? [],
        service_areas: areaBy.get(id) ?? [],
        service_at_locations: salBy.get(id) ?? [],
        languages: langBy.get(id) ?? [],
        ...(organization ? { organization } : {}),
        funding: fundBy.get(id) ?? [],
        cost_options: costBy.get(id) ?? [],
        ...(prog ? { program: prog } : {}),
        required_documents: docBy.get(id) ?? [],
        contacts: pc.contacts.get(id) ?? [],
        attributes: attrBy.get(id) ?? [],
        metadata: metaBy.get(id) ?? [],
      },
    ];
  });
}

export async function getService(o: { db: Db; id: string; minimal?: boolean }): Promise<Json> {
  const [service] = await loadFullServices({ db: o.db, ids: [known(o.id)], minimal: o.minimal });
  if (!service) throw notFound();
  return service;
}

export type ServiceFilters = Omit<SearchOptions, 'db' | 'page' | 'perPage' | 'sort'>;

/** Services matching HSDS's (and our) filters, one page, as full or minimal HSDS objects. */
export async function listServices(o: {
  db: Db;
  filters: ServiceFilters;
  minimal: boolean;
  page: number;
  perPage: number;
}): Promise<Page<Json>> {
  const found = await searchServices({
    db: o.db,
    ...o.filters,
    sort: o.filters.text ? 'relevance' : o.filters.near ? 'distance' : 'name',
    page: o.page,
    perPage: o.perPage,
  });
  const contents = await loadFullServices({
    db: o.db,
    ids: found.items.map((i) => i.id),
    minimal: o.minimal,
  });
  return hsdsPage(contents, found.total, o.page, o.perPage);
}

interface Paging {
  db: Db;
  page: number;
  perPage: number;
}

/** A page of a table whose objects need no nesting, in name order. */
async function listByName(o: Paging, table: 'sm_organization' | 'sm_taxonomy'): Promise<Page<Json>> {
  const shown = table === 'sm_organization' ? canonical : sql<boolean>`true`;
  const [rows, count] = await Promise.all([
    o.db
      .selectFrom(table)
      .selectAll()
      .where(shown)
      .orderBy('name')
      .orderBy('id')
      .limit(o.perPage)
      .offset((o.page - 1) * o.perPage)
      .execute(),
    o.db
      .selectFrom(table)
      .where(shown)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return hsdsPage(
    rows.map((r) => hsdsObject(r)),
    Number(count.n),
    o.page,
    o.perPage,
  );
}

export const listOrganizations = (o: Paging): Promise<Page<Json>> => listByName(o, 'sm_organization');

/** One organization with its phones, contacts, locations, programs, funding and identifiers. */
export async function getOrganization(o: { db: Db; id: string }): Promise<Json> {
  const { db } = o;
  const id = known(o.id);
  const org = await db
    .selectFrom('sm_organization')
    .selectAll()
    .where('id', '=', id)
    .where(canonical)
    .executeTakeFirst();
  if (!org) throw notFound();
  const [locationRows, programs, funding, identifiers, phones, contacts] = await Promise.all([
    db.selectFrom('sm_location').select('id').where('organization_id', '=', id).orderBy('name').execute(),
    db.selectFrom('sm_program').selectAll().where('organization_id', '=', id).orderBy('name').execute(),
    db
      .selectFrom('sm_funding')
      .selectAll()
      .where('organization_id', '=', id)
      .where('service_id', 'is', null)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_organization_identifier')
      .selectAll()
      .where('organization_id', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sm_phone')
      .selectAll()
      .where('organization_id', '=', id)
      .where('contact_id', 'is', null)
      .orderBy('id')
      .execute(),
    db.selectFrom('sm_contact').selectAll().where('organization_id', '=', id).orderBy('id').execute(),
  ]);
  const locations = await loadLocations(
    db,
    locationRows.map((l) => l.id),
  );
  return {
    ...hsdsObject(org),
    funding: funding.map((r) => hsdsObject(r)),
    contacts: contacts.map((r) => hsdsObject(r)),
    phones: phones.map((r) => hsdsObject(r)),
    locations: locationRows.flatMap((l) => (locations.has(l.id) ? [locations.get(l.id)!] : [])),
    programs: programs.map((r) => hsdsObject(r)),
    organization_identifiers: identifiers.map((r) => hsdsObject(r)),
  };
}

export const listTaxonomies = (o: Paging): Promise<Page<Json>> => listByName(o, 'sm_taxonomy');

export async function getTaxonomy(o: { db: Db; id: string }): Promise<Json> {
  const row = await o.db
    .selectFrom('sm_taxonomy')
    .selectAll()
    .where('id', '=', known(o.id))
    .executeTakeFirst();
  if (!row) throw notFound();
  return hsdsObject(row);
}

export async function listTaxonomyTerms(
  o: Paging & { taxonomyId?: string; parentId?: string; topOnly?: boolean },
): Promise<Page<Json>> {
  let q = o.db.selectFrom('sm_taxonomy_term');
  if (o.taxonomyId) q = q.where('taxonomy_id', '=', o.taxonomyId);
  if (o.parentId) q = q.where('parent_id', '=', o.parentId);
  if (o.topOnly) q = q.where('parent_id', 'is', null);
  const [rows, count] = await Promise.all([
    q
      .select('id')
      .orderBy('code')
      .orderBy('name')
      .orderBy('id')
      .limit(o.perPage)
      .offset((o.page - 1) * o.perPage)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const terms = await loadTerms(
    o.db,
    rows.map((r) => r.id),
  );
  return hsdsPage(
    rows.flatMap((r) => (terms.has(r.id) ? [terms.get(r.id)!] : [])),
    Number(count.n),
    o.page,
    o.perPage,
  );
}

export async function getTaxonomyTerm(o: { db: Db; id: string }): Promise<Json> {
  const term = (await loadTerms(o.db, [known(o.id)])).get(o.id);
  if (!term) throw notFound();
  return term;
}

/** Service-at-locations with their location; `full` adds the service. */
async function loadServiceAtLocations(db: Db, ids: string[], full: boolean): Promise<Json[]> {
  if (ids.length === 0) return [];
  const sals = await db.selectFrom('sm_service_at_location').selectAll().where('id', 'in', ids).execute();
  const [locations, schedules, pc, services] = await Promise.all([
    loadLocations(db, [...new Set(sals.map((s) => s.location_id))]),
    schedulesBy(db, 'service_at_location_id', ids),
    phonesAndContacts(db, 'service_at_location_id', ids),
    full
      ? loadFullServices({ db, ids: [...new Set(sals.map((s) => s.service_id))] })
      : db
          .selectFrom('sm_service')
          .selectAll()
          .where('id', 'in', [...new Set(sals.map((s) => s.service_id))])
          .where(published)
          .execute()
          .then((rows) => rows.map((r) => hsdsObject(r))),
  ]);
  const service = new Map(services.map((s) => [s.id as string, s]));
  const byId = new Map(sals.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const location = locations.get(s.location_id);
    const svc = service.get(s.service_id);
    if (!svc) return [];
    return [
      {
        ...hsdsObject(s),
        contacts: pc.contacts.get(id) ?? [],
        phones: pc.phones.get(id) ?? [],
        schedules: schedules.get(id) ?? [],
        ...(location ? { location } : {}),
        service: svc,
      },
    ];
  });
}

export async function listServiceAtLocations(
  o: Paging & { organizationId?: string; full?: boolean },
): Promise<Page<Json>> {
  let q = o.db
    .selectFrom('sm_service_at_location as sal')
    .innerJoin('sm_service as s', 's.id', 'sal.service_id')
    .where('s.status', '=', 'active')
    .where(sql<boolean>`s.published AND s.merged_into IS NULL`);
  if (o.organizationId) q = q.where('s.organization_id', '=', o.organizationId);
  const [rows, count] = await Promise.all([
    q
      .select('sal.id')
      .orderBy('s.name')
      .orderBy('sal.id')
      .limit(o.perPage)
      .offset((o.page - 1) * o.perPage)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const contents = await loadServiceAtLocations(
    o.db,
    rows.map((r) => r.id),
    o.full ?? false,
  );
  return hsdsPage(contents, Number(count.n), o.page, o.perPage);
}

export async function getServiceAtLocation(o: { db: Db; id: string }): Promise<Json> {
  const [sal] = await loadServiceAtLocations(o.db, [known(o.id)], true);
  if (!sal) throw notFound();
  return sal;
}
