// Opt-in anonymous contributions to the neighbourhood figures, and the figures for coordinators (decision
// 0022). A contribution holds an age band, a neighbourhood and four domain marks, stamped with the month
// only: no person, no id, no time of day. The figures follow the referral figures' rule (referrals/figures.ts):
// a cell of 1 to 9 persons is hidden, and so is everything that would give it back — a neighbourhood's total
// when one of its age bands is hidden, and a cell's traffic-light counts unless each is 0 or at least 10.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import { MIN_CELL, suppress } from '../../referrals/figures.ts';
import { DOMAINS, type Domain } from './report.ts';

export const AGE_BANDS = ['18-29', '30-44', '45-64', '65-74', '75+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface Contribution {
  ageBand: AgeBand;
  neighbourhoodCbsCode: string;
  domainScores: Record<Domain, number>;
}

/** The month on the Amsterdam calendar, YYYY-MM. */
export const monthOf = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
  }).format(now);

export async function contribute({
  db,
  input,
  now = new Date(),
}: {
  db: Kysely<DB>;
  input: Contribution;
  now?: Date;
}) {
  const nb = await db
    .selectFrom('neighbourhood')
    .select('id')
    .where('cbs_code', '=', input.neighbourhoodCbsCode)
    .executeTakeFirst();
  if (!nb) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.neighbourhoodCbsCode',
        message: bilingual('Deze wijk kennen we niet.', 'We do not know this neighbourhood.'),
      },
    ]);
  }
  const s = input.domainScores;
  await db
    .insertInto('health_check_contribution')
    .values({
      month: monthOf(now),
      neighbourhood_id: nb.id,
      age_band: input.ageBand,
      body: s.body,
      mind: s.mind,
      participation: s.participation,
      network: s.network,
    })
    .execute();
}

type Lights = { green: number; orange: number; red: number };
export interface Cell {
  /** persons; null when 1–9 */
  persons: number | null;
  /** per domain: the mean mark to 1 decimal, and how many gave 7+, 5–6, 0–4 (null where a count could point to a person) */
  domains: Record<Domain, { mean: number | null; lights: Lights | null }> | null;
}
export interface NeighbourhoodFigures {
  neighbourhoodId: string;
  neighbourhood: string;
  cbsCode: string;
  ageBands: Record<AgeBand, Cell>;
  total: Cell;
}

interface Sums {
  n: number;
  sum: Record<Domain, number>;
  lights: Record<Domain, Lights>;
}
const empty = (): Sums => ({
  n: 0,
  sum: { body: 0, mind: 0, participation: 0, network: 0 },
  lights: Object.fromEntries(DOMAINS.map((d) => [d, { green: 0, orange: 0, red: 0 }])) as Record<
    Domain,
    Lights
  >,
});
const small = (n: number) => n > 0 && n < MIN_CELL;

/** A published cell: hidden (persons null) when 1–9, or when `hide` says a neighbour would give it back. */
export function cell(s: Sums, hide = false, hideLights: ReadonlySet<Domain> = new Set()): Cell {
  if (hide || small(s.n)) return { persons: null, domains: null };
  if (s.n === 0) return { persons: 0, domains: null };
  const domains = Object.fromEntries(
    DOMAINS.map((d) => {
      const l = s.lights[d];
      const shown = !hideLights.has(d) && ![l.green, l.orange, l.red].some(small);
      return [d, { mean: Math.round((s.sum[d] / s.n) * 10) / 10, lights: shown ? l : null }];
    }),
  ) as Record<Domain, { mean: number | null; lights: Lights | null }>;
  return { persons: suppress(s.n), domains };
}

export async function healthCheckFigures({
  db,
  actor,
  from,
  to,
}: {
  db: Kysely<DB>;
  actor: Actor;
  from?: string | undefined;
  to?: string | undefined;
}): Promise<NeighbourhoodFigures[]> {
  const mine = [
    ...new Set(
      actor.memberships
        .filter((m) => m.role === 'coordinator' && m.neighbourhoodId)
        .map((m) => m.neighbourhoodId!),
    ),
  ];
  if (!mine.length) {
    throw new AppError(
      'forbidden',
      bilingual(
        'Deze cijfers zijn voor wijkcoördinatoren.',
        'These figures are for neighbourhood coordinators.',
      ),
    );
  }
  let q = db
    .selectFrom('health_check_contribution as c')
    .select([
      'c.neighbourhood_id',
      'c.age_band',
      sql<string>`count(*)`.as('n'),
      ...DOMAINS.flatMap((d) => [
        sql<string>`sum(${sql.ref(`c.${d}`)})`.as(`sum_${d}`),
        sql<string>`count(*) FILTER (WHERE ${sql.ref(`c.${d}`)} >= 7)`.as(`green_${d}`),
        sql<string>`count(*) FILTER (WHERE ${sql.ref(`c.${d}`)} BETWEEN 5 AND 6)`.as(`orange_${d}`),
        sql<string>`count(*) FILTER (WHERE ${sql.ref(`c.${d}`)} <= 4)`.as(`red_${d}`),
      ]),
    ])
    .where('c.neighbourhood_id', 'in', mine)
    .groupBy(['c.neighbourhood_id', 'c.age_band']);
  if (from) q = q.where('c.month', '>=', from);
  if (to) q = q.where('c.month', '<=', to);
  const rows = (await q.execute()) as unknown as Record<string, string>[];
  const places = await db
    .selectFrom('neighbourhood')
    .select(['id', 'name', 'cbs_code'])
    .where('id', 'in', mine)
    .orderBy('name')
    .execute();
  return places.map((p) => {
    const bands = Object.fromEntries(AGE_BANDS.map((b) => [b, empty()])) as Record<AgeBand, Sums>;
    const total = empty();
    for (const r of rows.filter((x) => x.neighbourhood_id === p.id)) {
      const s = bands[r.age_band as AgeBand];
      if (!s) continue;
      for (const target of [s, total]) {
        target.n += Number(r.n);
        for (const d of DOMAINS) {
          target.sum[d] += Number(r[`sum_${d}`]);
          target.lights[d].green += Number(r[`green_${d}`]);
          target.lights[d].orange += Number(r[`orange_${d}`]);
          target.lights[d].red += Number(r[`red_${d}`]);
        }
      }
    }
    // The total minus the shown bands would give a hidden band back: hide it when any band is hidden.
    const hiddenBand = AGE_BANDS.some((b) => small(bands[b].n));
    // Likewise the total's light counts of a domain when a band's counts of that domain are hidden.
    const hiddenLights = new Set(
      DOMAINS.filter((d) => AGE_BANDS.some((b) => Object.values(bands[b].lights[d]).some(small))),
    );
    return {
      neighbourhoodId: p.id,
      neighbourhood: p.name,
      cbsCode: p.cbs_code,
      ageBands: Object.fromEntries(AGE_BANDS.map((b) => [b, cell(bands[b])])) as Record<AgeBand, Cell>,
      total: cell(total, hiddenBand, hiddenLights),
    };
  });
}
