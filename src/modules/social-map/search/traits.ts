// What the health check's matching needs to know of a few services the search found (decision 0022): their
// taxonomy codes (to say which mapped terms fit), whether a location has accessibility information, the age
// limits, the weekly days and hours, and the next session — and which taxonomy codes exist at all (to check
// the coordinators' needs map). Read-only, public data.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import { DAYS, type Day } from './service.ts';

export interface ServiceTraits {
  termCodes: string[];
  accessible: boolean;
  minimumAge: number | null;
  maximumAge: number | null;
  /** weekly schedules: the day and the opening time (HH:MM, null when not given) */
  weekly: { day: Day; opensAt: string | null }[];
  /** the next session's start, as an ISO instant */
  nextSession: string | null;
}

const DAY_CODE = new RegExp(`(${DAYS.join('|')})`, 'g');

export async function serviceTraits(
  db: Kysely<DB>,
  ids: string[],
  now = new Date(),
): Promise<Map<string, ServiceTraits>> {
  const out = new Map<string, ServiceTraits>();
  if (!ids.length) return out;
  const { rows } = await sql<{
    id: string;
    minimum_age: number | null;
    maximum_age: number | null;
    term_codes: string[] | null;
    accessible: boolean;
    schedules: { byday: string | null; opens_at: string | null }[] | null;
    next_session: Date | string | null;
  }>`
    SELECT s.id, s.minimum_age, s.maximum_age,
      (SELECT array_agg(DISTINCT t.code) FROM sm_attribute a JOIN sm_taxonomy_term t ON t.id = a.taxonomy_term_id
        WHERE a.link_entity = 'service' AND a.link_id = s.id AND t.code IS NOT NULL) AS term_codes,
      EXISTS (SELECT 1 FROM sm_service_at_location sal JOIN sm_accessibility ac ON ac.location_id = sal.location_id
        WHERE sal.service_id = s.id) AS accessible,
      -- the service's own schedules and those of its locations, as two index lookups (an OR over both
      -- made the planner scan every schedule for every service)
      (SELECT json_agg(json_build_object('byday', sc.byday, 'opens_at', sc.opens_at) ORDER BY sc.opens_at)
        FROM (
          SELECT sc.* FROM sm_schedule sc WHERE sc.service_id = s.id
          UNION ALL
          SELECT sc.* FROM sm_service_at_location sal JOIN sm_schedule sc ON sc.service_at_location_id = sal.id
          WHERE sal.service_id = s.id AND sc.service_id IS DISTINCT FROM s.id
        ) sc
        WHERE (sc.freq IS NULL OR sc.freq = 'WEEKLY') AND sc.byday IS NOT NULL
          AND (sc.valid_to IS NULL OR sc.valid_to >= ${now.toISOString()}::timestamptz::date)) AS schedules,
      (SELECT min(se.starts_at) FROM sm_session se
        WHERE se.service_id = s.id AND se.starts_at > ${now.toISOString()}::timestamptz) AS next_session
    FROM sm_service s WHERE s.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})`.execute(db);
  for (const r of rows) {
    const weekly = (r.schedules ?? []).flatMap((sc) =>
      [...new Set(sc.byday?.toUpperCase().match(DAY_CODE) ?? [])].map((day) => ({
        day: day as Day,
        opensAt: sc.opens_at ? sc.opens_at.slice(0, 5) : null,
      })),
    );
    out.set(r.id, {
      termCodes: (r.term_codes ?? []).sort(),
      accessible: r.accessible,
      minimumAge: r.minimum_age === null ? null : Number(r.minimum_age),
      maximumAge: r.maximum_age === null ? null : Number(r.maximum_age),
      weekly,
      nextSession: r.next_session ? new Date(r.next_session).toISOString() : null,
    });
  }
  return out;
}

/** The codes among these that name a taxonomy term of the social map. */
export async function existingTermCodes(db: Kysely<DB>, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const rows = await db.selectFrom('sm_taxonomy_term').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code!));
}
