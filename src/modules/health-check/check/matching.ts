// Health matching (decision 0022): needs → social-map taxonomy codes (a table coordinators edit), and the
// active services for those needs ranked by fit (needs and terms matched), cost (free first), distance from
// the resident's postcode, a preferred day and accessibility, within the resident's age. The candidates come
// from the social map's own search (one query per need), so published/active/merged rules stay in one place.
import type { Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import { audited } from '../../../server/audit.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual, type FieldError } from '../../../server/errors.ts';
import { PART_HOURS, searchServices, type Day, type PartOfDay } from '../../social-map/search/service.ts';
import { existingTermCodes, serviceTraits, type ServiceTraits } from '../../social-map/search/traits.ts';
import { NEED_TEXTS, NEEDS, type NeedCode, type Text } from './needs.ts';
import type { Cause, Need } from './report.ts';

// ── the needs map ─────────────────────────────────────────────────────────────────────────────────────

export type NeedsMap = Record<NeedCode, string[]>;

export async function readNeedsMap(db: Kysely<DB>): Promise<NeedsMap> {
  const rows = await db
    .selectFrom('health_check_need_term')
    .select(['need', 'term_code'])
    .orderBy('need')
    .orderBy('term_code')
    .execute();
  const map = Object.fromEntries(NEEDS.map((n) => [n, [] as string[]])) as NeedsMap;
  for (const r of rows) if (r.need in map) map[r.need as NeedCode].push(r.term_code);
  return map;
}

/** Coordinators (and administrators, who keep the installation's settings); 403 for everyone else. */
export function requireMapEditor(actor: Actor): void {
  if (!actor.memberships.some((m) => m.role === 'coordinator' || m.role === 'administrator')) {
    throw new AppError(
      'forbidden',
      bilingual(
        'Alleen coördinatoren beheren welke behoeften bij welk aanbod passen.',
        'Only coordinators manage which needs fit which offers.',
      ),
    );
  }
}

/** Replaces the whole map (every need given; an empty list matches nothing); audited as an update. */
export async function writeNeedsMap({
  db,
  actor,
  map,
}: {
  db: Kysely<DB>;
  actor: Actor;
  map: NeedsMap;
}): Promise<NeedsMap> {
  requireMapEditor(actor);
  const all = [...new Set(Object.values<string[]>(map).flat())];
  const known = await existingTermCodes(db, all);
  const errors: FieldError[] = [];
  for (const need of NEEDS) {
    map[need].forEach((code, i) => {
      if (!known.has(code)) {
        errors.push({
          path: `body.needs.${need}.${i}`,
          message: bilingual(
            `De sociale kaart heeft geen term met code "${code}".`,
            `The social map has no term with code "${code}".`,
          ),
        });
      }
    });
  }
  if (errors.length) throw new AppError('validation_failed', undefined, errors);
  const coordinator = actor.memberships.some((m) => m.role === 'coordinator');
  await audited(
    db,
    {
      action: 'update',
      objectType: 'health_check_needs_map',
      objectId: null,
      basis: 'administration',
      actingAs: coordinator ? 'coordinator' : 'administrator',
    },
    async (trx) => {
      await trx.deleteFrom('health_check_need_term').execute();
      const rows = NEEDS.flatMap((need) => [...new Set(map[need])].map((term_code) => ({ need, term_code })));
      if (rows.length) await trx.insertInto('health_check_need_term').values(rows).execute();
    },
  );
  return readNeedsMap(db);
}

// ── ranking ──────────────────────────────────────────────────────────────────────────────────────────

export interface Preferences {
  near?: { latitude: number; longitude: number } | undefined;
  age?: number | undefined;
  days?: Day[] | undefined;
  accessible?: boolean | undefined;
}

export type Reason =
  | { kind: 'need'; need: NeedCode; terms: string[]; causes: Cause[]; text: Text }
  | { kind: 'free'; text: Text }
  | { kind: 'distance'; meters: number; text: Text }
  | { kind: 'day'; day: Day; partOfDay: PartOfDay | null; preferred: boolean; text: Text }
  | { kind: 'accessible'; text: Text }
  | { kind: 'age'; minimumAge: number | null; maximumAge: number | null; text: Text };

export interface Candidate {
  id: string;
  name: string;
  summary: string | null;
  organization: { id: string; name: string } | null;
  free: boolean;
  distanceKm: number | null;
  needs: NeedCode[];
  traits: ServiceTraits;
}

export interface Match {
  serviceId: string;
  name: string;
  summary: string | null;
  organization: { id: string; name: string } | null;
  needs: NeedCode[];
  terms: string[];
  free: boolean;
  distanceMeters: number | null;
  accessible: boolean;
  reasons: Reason[];
  /** the reasons in one line: "omdat u zei …; gratis; 800 m; dinsdagochtend" */
  text: Text;
}

const DAY_NL: Record<Day, string> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
};
const DAY_EN: Record<Day, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const PART_NL: Record<PartOfDay, string> = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };

/** The part of the day an opening time falls in (PART_HOURS; before 06:00 counts as morning). */
export function partOf(time: string | null): PartOfDay | null {
  if (!time) return null;
  if (time < PART_HOURS.afternoon[0]) return 'morning';
  return time < PART_HOURS.evening[0] ? 'afternoon' : 'evening';
}

/** Distance without false precision: whole hundreds of metres under 1 km, whole kilometres above. */
export function roundedMeters(km: number): number {
  const m = km * 1000;
  return m < 950 ? Math.max(100, Math.round(m / 100) * 100) : Math.round(km) * 1000;
}
const distanceText = (m: number): Text =>
  m < 1000 ? { nl: `${m} m`, en: `${m} m` } : { nl: `${m / 1000} km`, en: `${m / 1000} km` };

const fits = (serviceCode: string, mapped: string) =>
  serviceCode === mapped || serviceCode.startsWith(`${mapped}.`);

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function sessionMoment(iso: string): { day: Day; time: string } {
  const parts = Object.fromEntries(AMSTERDAM_DAY.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const day = (parts.weekday ?? 'Mon').slice(0, 2).toUpperCase() as Day;
  return { day, time: `${parts.hour}:${parts.minute}` };
}

/** The days a service meets: weekly schedules first, else its next session. */
function meetings(t: ServiceTraits): { day: Day; partOfDay: PartOfDay | null }[] {
  if (t.weekly.length) return t.weekly.map((w) => ({ day: w.day, partOfDay: partOf(w.opensAt) }));
  if (t.nextSession) {
    const m = sessionMoment(t.nextSession);
    return [{ day: m.day, partOfDay: partOf(m.time) }];
  }
  return [];
}

export const WEIGHTS = {
  need: 10,
  term: 1,
  free: 3,
  near: [
    [1, 3],
    [3, 2],
    [10, 1],
  ],
  day: 2,
  accessible: 2,
} as const;

/** Reasons and a rank for each candidate; the best first. Pure. */
export function rankMatches(
  candidates: Candidate[],
  needs: Need[],
  map: NeedsMap,
  prefs: Preferences,
): Match[] {
  const byNeed = new Map(needs.map((n) => [n.need, n]));
  const scored = candidates.map((c) => {
    const reasons: Reason[] = [];
    let score = 0;
    const terms = new Set<string>();
    for (const need of c.needs) {
      const matched = c.traits.termCodes.filter((code) => map[need].some((m) => fits(code, m)));
      matched.forEach((x) => terms.add(x));
      score += WEIGHTS.need + matched.length * WEIGHTS.term;
      reasons.push({
        kind: 'need',
        need,
        terms: matched,
        causes: byNeed.get(need)?.causes ?? [],
        text: NEED_TEXTS[need].because,
      });
    }
    if (c.free) {
      score += WEIGHTS.free;
      reasons.push({ kind: 'free', text: { nl: 'gratis', en: 'free' } });
    }
    if (c.distanceKm !== null) {
      const meters = roundedMeters(c.distanceKm);
      score += WEIGHTS.near.find(([km]) => c.distanceKm! <= km)?.[1] ?? 0;
      reasons.push({ kind: 'distance', meters, text: distanceText(meters) });
    }
    const met = meetings(c.traits);
    const preferred = prefs.days?.length ? met.find((m) => prefs.days!.includes(m.day)) : undefined;
    if (preferred) score += WEIGHTS.day;
    const shown = preferred ?? met[0];
    if (shown) {
      reasons.push({
        kind: 'day',
        day: shown.day,
        partOfDay: shown.partOfDay,
        preferred: !!preferred,
        text: {
          nl: `${DAY_NL[shown.day]}${shown.partOfDay ? PART_NL[shown.partOfDay] : ''}`,
          en: `${DAY_EN[shown.day]}${shown.partOfDay ? ` ${shown.partOfDay}` : ''}`,
        },
      });
    }
    if (c.traits.accessible) {
      if (prefs.accessible) score += WEIGHTS.accessible;
      reasons.push({ kind: 'accessible', text: { nl: 'toegankelijk', en: 'accessible' } });
    }
    const { minimumAge, maximumAge } = c.traits;
    if (prefs.age !== undefined && (minimumAge !== null || maximumAge !== null)) {
      reasons.push({
        kind: 'age',
        minimumAge,
        maximumAge,
        text: { nl: 'past bij uw leeftijd', en: 'suits your age' },
      });
    }
    const match: Match = {
      serviceId: c.id,
      name: c.name,
      summary: c.summary,
      organization: c.organization,
      needs: c.needs,
      terms: [...terms].sort(),
      free: c.free,
      distanceMeters: c.distanceKm === null ? null : roundedMeters(c.distanceKm),
      accessible: c.traits.accessible,
      reasons,
      text: {
        nl: reasons.map((r) => r.text.nl).join('; '),
        en: reasons.map((r) => r.text.en).join('; '),
      },
    };
    return { match, score, km: c.distanceKm };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.km ?? Infinity) - (b.km ?? Infinity) ||
      a.match.name.localeCompare(b.match.name, 'nl') ||
      a.match.serviceId.localeCompare(b.match.serviceId),
  );
  return scored.map((s) => s.match);
}

/** Per need this many candidates from the search; the best `limit` of all go out. */
const PER_NEED = 25;
const RADIUS_KM = 25;

/** Active, published services for the needs, ranked, each with its reasons. */
export async function matchServices({
  db,
  needs,
  prefs,
  limit = 20,
  now = new Date(),
}: {
  db: Kysely<DB>;
  needs: Need[];
  prefs: Preferences;
  limit?: number;
  now?: Date;
}): Promise<Match[]> {
  if (!needs.length) return [];
  const map = await readNeedsMap(db);
  const found = new Map<string, Omit<Candidate, 'traits'>>();
  // One search per need, side by side (on PostgreSQL they use separate connections; the embedded database
  // takes them one at a time), merged in the needs' order so the result does not depend on timing.
  const results = await Promise.all(
    needs.map((n) =>
      map[n.need].length
        ? searchServices({
            db,
            taxonomyTermIds: map[n.need],
            age: prefs.age,
            near: prefs.near,
            radiusKm: prefs.near ? RADIUS_KM : undefined,
            sort: prefs.near ? 'distance' : 'name',
            page: 1,
            perPage: PER_NEED,
            now,
            facets: false,
          })
        : Promise.resolve(null),
    ),
  );
  for (const [i, n] of needs.entries()) {
    const result = results[i];
    if (!result) continue;
    for (const item of result.items) {
      const seen = found.get(item.id);
      if (seen) seen.needs.push(n.need);
      else {
        found.set(item.id, {
          id: item.id,
          name: item.name,
          summary: item.summary,
          organization: item.organization,
          free: item.free,
          distanceKm: item.distance_km,
          needs: [n.need],
        });
      }
    }
  }
  const traits = await serviceTraits(db, [...found.keys()], now);
  const candidates = [...found.values()].flatMap((c) => {
    const t = traits.get(c.id);
    return t ? [{ ...c, traits: t }] : [];
  });
  return rankMatches(candidates, needs, map, prefs).slice(0, limit);
}
