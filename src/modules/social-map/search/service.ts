// Search of the social map for residents and professionals: Dutch full-text search that ignores accents
// and tolerates typos, filters, distance and facets — one parameterised SQL statement (page, and total with
// facets over the whole filtered set). The text functions come from migrations/0004_social_map_search.ts;
// the stored document and folded name of each service (sm_service_search, kept by triggers) and their
// indexes from migrations/0006_social_map_search_speed.ts.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import type { FinancingRoute } from '../tables.ts';

export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Day = (typeof DAYS)[number];
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export const SORTS = ['relevance', 'distance', 'name'] as const;
export type Sort = (typeof SORTS)[number];

/** Hours [from, to) of a part of the day, local time. */
export const PART_HOURS: Record<PartOfDay, [string, string]> = {
  morning: ['06:00', '12:00'],
  afternoon: ['12:00', '18:00'],
  evening: ['18:00', '24:00'],
};

export interface SearchOptions {
  db: Kysely<DB>;
  text?: string;
  /** Services linked to any of these terms (or their sub-terms). */
  taxonomyTermIds?: string[];
  /** Any term of this taxonomy (HSDS taxonomy_id). */
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
  /** A domain term: its code (prefix, e.g. `domein.sport-bewegen`) or id. */
  domain?: string;
  /** A target-group term: its code or id. */
  targetGroup?: string;
  age?: number;
  free?: boolean;
  financingRoute?: FinancingRoute;
  openOn?: { day: Day; part?: PartOfDay };
  /** ISO 639 code or language name. */
  language?: string;
  /** true: has an accessibility record at a location; false: has none. */
  accessibility?: boolean;
  wor?: boolean;
  bor?: boolean;
  /** CBS code (GM/WK/BU); matches service areas that contain it or lie in it. */
  neighbourhood?: string;
  hasPlacesLeft?: boolean;
  near?: { latitude: number; longitude: number };
  radiusKm?: number;
  sort?: Sort;
  page: number;
  perPage: number;
  now?: Date;
  /** false: only the page and the total, no facets (the health check's matching needs none; on a map of
   * 100,000 services the facets were two thirds of the time). */
  facets?: boolean;
}

export interface SearchItem {
  id: string;
  name: string;
  summary: string | null;
  organization: { id: string; name: string } | null;
  distance_km: number | null;
  next_session: { starts_at: string; places_left: number | null } | null;
  assured_date: string | null;
  stale: boolean;
  months_since_checked: number | null;
  free: boolean;
  financing_route: FinancingRoute | null;
}

export interface FacetValue {
  id: string | null;
  code: string;
  name: string;
  count: number;
}

export interface SearchResult {
  total: number;
  items: SearchItem[];
  facets: {
    domains: FacetValue[];
    targetGroups: FacetValue[];
    financingRoutes: FacetValue[];
    neighbourhoods: FacetValue[];
  };
}

const DOMAIN_PREFIX = 'domein.';
const TARGET_GROUP_PREFIX = 'doelgroep.';

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A short plain summary for a result list: the B1 summary, or the description cut at a word. */
export function shortSummary(summaryB1: string | null, description: string | null, max = 200): string | null {
  const text = (summaryB1 ?? description ?? '').trim();
  if (!text) return null;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// The services with their stored search document (ss.document) and folded name (ss.name), when there is text.
const fromServices = (text: string | null) =>
  text ? sql`sm_service s JOIN sm_service_search ss ON ss.service_id = s.id` : sql`sm_service s`;

// The Dutch query with every lexeme as a prefix: 'wandelen' → 'wandel':* also finds 'wandelgroep',
// since the Dutch stemmer does not split compounds.
const prefixQuery = (text: string) =>
  sql`regexp_replace(websearch_to_tsquery('dutch', sm_unaccent(${text}))::text, '''([^'']+)''', '''\\1'':*', 'g')::tsquery`;

function haversineKm(near: { latitude: number; longitude: number }): RawBuilder<number> {
  const lat = sql`${near.latitude}::float8`;
  const lon = sql`${near.longitude}::float8`;
  return sql<number>`(12742 * asin(sqrt(
    power(sin(radians(l.latitude - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lon}) / 2), 2))))`;
}

/** A term given by id or by code; a code also covers its sub-terms (code prefix or parent). */
function termCondition(value: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM sm_attribute a JOIN sm_taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.link_entity = 'service' AND a.link_id = s.id
      AND (t.id::text = ${value} OR t.parent_id::text = ${value} OR t.code = ${value}
           OR t.code LIKE ${`${escapeLike(value)}.%`}
           OR t.parent_id IN (SELECT p.id FROM sm_taxonomy_term p WHERE p.code = ${value})))`;
}

// coalesce: with no financing route the comparison is NULL, and NOT NULL would drop the service from free=false.
const freeCondition = sql<boolean>`coalesce(s.financing_route = 'free' OR (
  s.financing_route IS NULL
  AND EXISTS (SELECT 1 FROM sm_cost_option c WHERE c.service_id = s.id AND c.amount = 0)
  AND NOT EXISTS (SELECT 1 FROM sm_cost_option c WHERE c.service_id = s.id AND c.amount > 0)), false)`;

function filters(o: SearchOptions, now: string): RawBuilder<boolean> {
  // Published (migration 0005: an editor's new service stays unpublished until approved), active, and not
  // merged into another entry (migration 0007) only.
  const where: RawBuilder<unknown>[] = [
    sql`s.status = 'active'`,
    sql`s.published`,
    sql`s.merged_into IS NULL`,
  ];
  const text = o.text?.trim();
  if (text) {
    // Stemmed words (as prefixes), a name within typo distance (pg_trgm's word similarity threshold,
    // 0.6: 'wandelgroap' ~ 'Wandelgroep'), or the text inside the name ('cafe' in 'Taalcafé'). All three on
    // sm_service_search, so one bitmap OR of its two indexes finds the candidates.
    where.push(sql`(ss.document @@ ${prefixQuery(text)}
      OR sm_fold(${text}) <% ss.name
      OR ss.name LIKE '%' || sm_fold(${escapeLike(text)}) || '%')`);
  }
  if (o.taxonomyTermIds?.length) {
    where.push(sql`(${sql.join(o.taxonomyTermIds.map(termCondition), sql` OR `)})`);
  }
  if (o.taxonomyId) {
    where.push(sql`EXISTS (SELECT 1 FROM sm_attribute a JOIN sm_taxonomy_term t ON t.id = a.taxonomy_term_id
      WHERE a.link_entity = 'service' AND a.link_id = s.id AND t.taxonomy_id::text = ${o.taxonomyId})`);
  }
  if (o.organizationId) where.push(sql`s.organization_id::text = ${o.organizationId}`);
  if (o.modifiedAfter) where.push(sql`s.last_modified >= ${o.modifiedAfter.toISOString()}::timestamptz`);
  if (o.domain) where.push(termCondition(o.domain));
  if (o.targetGroup) where.push(termCondition(o.targetGroup));
  if (o.age !== undefined) {
    where.push(sql`(s.minimum_age IS NULL OR s.minimum_age <= ${o.age})
      AND (s.maximum_age IS NULL OR s.maximum_age >= ${o.age})`);
  }
  if (o.free !== undefined) where.push(o.free ? freeCondition : sql`NOT ${freeCondition}`);
  if (o.financingRoute) where.push(sql`s.financing_route = ${o.financingRoute}`);
  if (o.openOn) {
    const day = o.openOn.day;
    const [from, to] = o.openOn.part ? PART_HOURS[o.openOn.part] : ['00:00', '24:00'];
    const isoDow = DAYS.indexOf(day) + 1;
    // A weekly schedule on that day whose opening hours overlap the part of the day (no hours: all day),
    // or a future session that starts then (Dutch local time).
    // Two EXISTS rather than one with OR, so each can use its index (schedule by service, by service-at-location).
    const hours = sql`(sc.freq IS NULL OR sc.freq = 'WEEKLY')
          AND sc.byday ~ ${`(^|,)\\s*[+-]?[0-9]*${day}\\s*(,|$)`}
          AND (sc.opens_at IS NULL OR left(sc.opens_at, 5) < ${to})
          AND (sc.closes_at IS NULL OR left(sc.closes_at, 5) > ${from})
          AND (sc.valid_to IS NULL OR sc.valid_to >= ${now}::timestamptz::date)`;
    where.push(sql`(EXISTS (SELECT 1 FROM sm_schedule sc WHERE sc.service_id = s.id AND ${hours})
      OR EXISTS (SELECT 1 FROM sm_service_at_location sal
        JOIN sm_schedule sc ON sc.service_at_location_id = sal.id WHERE sal.service_id = s.id AND ${hours})
      OR EXISTS (
        SELECT 1 FROM sm_session se
        WHERE se.service_id = s.id AND se.starts_at > ${now}::timestamptz
          AND extract(isodow FROM se.starts_at AT TIME ZONE 'Europe/Amsterdam') = ${isoDow}
          AND to_char(se.starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') >= ${from}
          AND to_char(se.starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') < ${to}))`);
  }
  if (o.language) {
    const lang = o.language.trim().toLowerCase();
    const matches = sql`(lower(lg.code) = ${lang} OR lower(lg.name) = ${lang})`;
    where.push(sql`(EXISTS (SELECT 1 FROM sm_language lg WHERE lg.service_id = s.id AND ${matches})
      OR EXISTS (SELECT 1 FROM sm_service_at_location sal
        JOIN sm_language lg ON lg.location_id = sal.location_id WHERE sal.service_id = s.id AND ${matches}))`);
  }
  if (o.accessibility !== undefined) {
    const has = sql`EXISTS (SELECT 1 FROM sm_service_at_location sal
      JOIN sm_accessibility ac ON ac.location_id = sal.location_id WHERE sal.service_id = s.id)`;
    where.push(o.accessibility ? has : sql`NOT ${has}`);
  }
  if (o.wor !== undefined) where.push(sql`s.wor_eligible = ${o.wor}`);
  if (o.bor !== undefined) where.push(sql`s.bor_eligible = ${o.bor}`);
  if (o.neighbourhood) {
    // CBS codes nest by their digits: GM0344 ⊃ WK034401 ⊃ BU03440101.
    const digits = o.neighbourhood.slice(2);
    where.push(sql`EXISTS (SELECT 1 FROM sm_service_area sa WHERE sa.service_id = s.id AND sa.cbs_code IS NOT NULL
      AND (${digits} LIKE substr(sa.cbs_code, 3) || '%' OR substr(sa.cbs_code, 3) LIKE ${`${digits}%`}))`);
  }
  if (o.hasPlacesLeft !== undefined) {
    const left = sql`EXISTS (SELECT 1 FROM sm_session se WHERE se.service_id = s.id
      AND se.starts_at > ${now}::timestamptz AND (se.capacity IS NULL OR se.capacity > se.places_taken))`;
    where.push(o.hasPlacesLeft ? left : sql`NOT ${left}`);
  }
  if (o.near && o.radiusKm !== undefined) {
    // A bounding box first (cheap, index-friendly), then the exact distance.
    const dLat = o.radiusKm / 111;
    const dLon = o.radiusKm / (111 * Math.max(Math.cos((o.near.latitude * Math.PI) / 180), 0.01));
    where.push(sql`EXISTS (SELECT 1 FROM sm_service_at_location sal JOIN sm_location l ON l.id = sal.location_id
      WHERE sal.service_id = s.id
        AND l.latitude BETWEEN ${o.near.latitude - dLat} AND ${o.near.latitude + dLat}
        AND l.longitude BETWEEN ${o.near.longitude - dLon} AND ${o.near.longitude + dLon}
        AND ${haversineKm(o.near)} <= ${o.radiusKm})`);
  }
  return sql<boolean>`${sql.join(where, sql` AND `)}`;
}

interface ItemRow {
  id: string;
  name: string;
  summary_b1: string | null;
  description: string | null;
  organization_id: string | null;
  organization_name: string | null;
  distance_km: number | null;
  next_starts_at: Date | string | null;
  next_places_left: number | null;
  assured_date: string | null;
  stale: boolean;
  months_since_checked: number | null;
  free: boolean;
  financing_route: FinancingRoute | null;
}

interface FacetRow {
  facet: 'total' | 'domain' | 'target_group' | 'financing_route' | 'neighbourhood';
  id: string | null;
  code: string | null;
  name: string | null;
  count: number | string;
}

/** The search as one SQL statement, unexecuted (the bench times it without HTTP): the filtered set is
 * computed once (f) and gives both the page of items and the total with facets, as two JSON arrays. */
export function searchQuery(o: SearchOptions): RawBuilder<{ items: ItemRow[] | null; facets: FacetRow[] }> {
  const now = (o.now ?? new Date()).toISOString();
  const where = filters(o, now);
  const text = o.text?.trim() || null;
  const distanceOf = (id: RawBuilder<unknown>) =>
    o.near
      ? sql<number | null>`(SELECT min(${haversineKm(o.near)}) FROM sm_service_at_location sal
        JOIN sm_location l ON l.id = sal.location_id
        WHERE sal.service_id = ${id} AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL)`
      : sql<number | null>`NULL::float8`;
  const rank = text
    ? sql<number>`(ts_rank(ss.document, ${prefixQuery(text)}) + word_similarity(sm_fold(${text}), ss.name))`
    : sql<number>`0`;
  const sort = o.sort ?? (text ? 'relevance' : o.near ? 'distance' : 'name');
  const byDistance = sort === 'distance' && !!o.near;
  const order = byDistance
    ? sql`f.distance_km ASC NULLS LAST, f.name, f.id`
    : sort === 'relevance' && text
      ? sql`f.rank DESC, f.name, f.id`
      : sql`f.name, f.id`;
  // The distance is needed for every match only to sort by it; otherwise only for the page.
  return sql`
    WITH f AS MATERIALIZED (
      SELECT s.id, s.name, s.financing_route, ${rank} AS rank,
        ${byDistance ? distanceOf(sql`s.id`) : sql`NULL::float8`} AS distance_km
      FROM ${fromServices(text)}
      WHERE ${where}
    ), page AS (
      SELECT f.id, f.distance_km FROM f
      ORDER BY ${order}
      LIMIT ${o.perPage} OFFSET ${(o.page - 1) * o.perPage}
    ), numbered AS (
      SELECT page.id, ${byDistance ? sql`page.distance_km` : distanceOf(sql`page.id`)} AS distance_km,
        row_number() OVER () AS n
      FROM page
    ), items AS (
      SELECT p.n, s.id, s.name, s.summary_b1, s.description, s.organization_id, org.name AS organization_name,
        p.distance_km, ns.starts_at AS next_starts_at, ns.places_left AS next_places_left,
        s.assured_date, s.financing_route, ${freeCondition} AS free,
        (s.assured_date IS NULL
          OR s.assured_date + make_interval(months => s.review_interval_months) < ${now}::timestamptz::date) AS stale,
        (extract(year FROM age(${now}::timestamptz::date, s.assured_date)) * 12
          + extract(month FROM age(${now}::timestamptz::date, s.assured_date)))::int AS months_since_checked
      FROM numbered p
      JOIN sm_service s ON s.id = p.id
      LEFT JOIN sm_organization org ON org.id = s.organization_id
      LEFT JOIN LATERAL (
        SELECT se.starts_at, se.capacity - se.places_taken AS places_left
        FROM sm_session se WHERE se.service_id = s.id AND se.starts_at > ${now}::timestamptz
        ORDER BY se.starts_at LIMIT 1
      ) ns ON true
    ), ${
      o.facets === false
        ? sql`facets AS (SELECT 'total' AS facet, NULL AS id, NULL AS code, NULL AS name, count(*) AS count FROM f)`
        : facetsQuery
    }
    SELECT (SELECT json_agg(i ORDER BY i.n) FROM items i) AS items,
      (SELECT json_agg(x) FROM facets x) AS facets`;
}

/** Per domain, target group, financing route and neighbourhood: how many of the filtered services (f). */
const facetsQuery = sql`linked AS (
      SELECT DISTINCT f.id AS service_id, t.id AS term_id, t.code, t.parent_id
      FROM f JOIN sm_attribute a ON a.link_entity = 'service' AND a.link_id = f.id
      JOIN sm_taxonomy_term t ON t.id = a.taxonomy_term_id
    ), facets AS (
      SELECT 'total' AS facet, NULL AS id, NULL AS code, NULL AS name, count(*) AS count FROM f
      UNION ALL
      SELECT 'domain', d.id::text, d.code, d.name, count(DISTINCT l.service_id)
      FROM sm_taxonomy_term d
      JOIN linked l ON l.term_id = d.id OR l.parent_id = d.id OR l.code LIKE d.code || '.%'
      WHERE d.parent_id IS NULL AND d.code LIKE ${`${DOMAIN_PREFIX}%`}
      GROUP BY d.id, d.code, d.name
      UNION ALL
      SELECT 'target_group', g.id::text, g.code, g.name, count(DISTINCT l.service_id)
      FROM linked l JOIN sm_taxonomy_term g ON g.id = l.term_id
      WHERE g.code LIKE ${`${TARGET_GROUP_PREFIX}%`}
      GROUP BY g.id, g.code, g.name
      UNION ALL
      SELECT 'financing_route', NULL, f.financing_route, f.financing_route, count(*)
      FROM f WHERE f.financing_route IS NOT NULL GROUP BY f.financing_route
      UNION ALL
      SELECT 'neighbourhood', NULL, sa.cbs_code, coalesce(min(sa.name), sa.cbs_code), count(DISTINCT f.id)
      FROM f JOIN sm_service_area sa ON sa.service_id = f.id
      WHERE sa.cbs_code IS NOT NULL GROUP BY sa.cbs_code
    )`;

/** Runs the search statement with PostgreSQL's JIT compilation off: a broad search (free + open on Tuesday
 * over 100,000 services) is estimated to cost millions, so the server compiled it to machine code for 1.8 s
 * and then ran it in 0.3 s. PGlite has no JIT; `jit` is a setting there all the same. */
export async function runSearchQuery(o: SearchOptions) {
  if (o.db.isTransaction) return searchQuery(o).execute(o.db);
  return o.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL jit = off`.execute(trx);
    return searchQuery(o).execute(trx);
  });
}

export async function searchServices(o: SearchOptions): Promise<SearchResult> {
  const { rows } = await runSearchQuery(o);
  const items = rows[0]?.items ?? [];
  const facets = rows[0]?.facets ?? [];

  const bucket = (facet: FacetRow['facet']): FacetValue[] =>
    facets
      .filter((r) => r.facet === facet)
      .map((r) => ({ id: r.id, code: r.code ?? '', name: r.name ?? '', count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'));

  return {
    total: Number(facets.find((r) => r.facet === 'total')?.count ?? 0),
    items: items.map((r) => ({
      id: r.id,
      name: r.name,
      summary: shortSummary(r.summary_b1, r.description),
      organization:
        r.organization_id && r.organization_name
          ? { id: r.organization_id, name: r.organization_name }
          : null,
      distance_km: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 10) / 10,
      next_session: r.next_starts_at
        ? {
            starts_at: new Date(r.next_starts_at).toISOString(),
            places_left: r.next_places_left === null ? null : Number(r.next_places_left),
          }
        : null,
      assured_date: r.assured_date,
      stale: r.stale,
      months_since_checked: r.months_since_checked === null ? null : Number(r.months_since_checked),
      free: r.free,
      financing_route: r.financing_route,
    })),
    facets: {
      domains: bucket('domain'),
      targetGroups: bucket('target_group'),
      financingRoutes: bucket('financing_route'),
      neighbourhoods: bucket('neighbourhood'),
    },
  };
}
