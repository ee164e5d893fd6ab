// Figures of the front desk and referrals for coordinators (issue 7, part 8): per neighbourhood and month,
// questions per stream, referrals per route, acceptance, days to the receiver's first step, completion and
// outcomes. Aggregates only, of the coordinator's own neighbourhoods; a count of 1 to 9 persons is shown as
// "fewer than 10" (null), a total is hidden when one of its parts is, and a rate only when every count it
// rests on is 0 or at least 10, and a median only on at least 10 referrals — so no cell points to a person
// and none can be computed back from the others. A referral counts in the month it was made, in the neighbourhood its resident lives in.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { AppError, bilingual } from '../../server/errors.ts';
import type { DB } from '../../server/db/schema.ts';
import { STREAMS, type Stream } from './tables.ts';

/** The smallest count shown; smaller counts (but not 0) are suppressed. */
export const MIN_CELL = 10;

export const suppress = (n: number): number | null => (n > 0 && n < MIN_CELL ? null : n);
const small = (n: number) => n > 0 && n < MIN_CELL;

/**
 * Parts of a whole, published: small parts hidden, and the whole hidden too when a part is, so that the
 * whole minus the shown parts cannot give a hidden one back.
 */
export function partition<K extends string>(parts: Record<K, number>): Record<K | 'total', number | null> {
  const values = Object.values<number>(parts);
  const out = Object.fromEntries(Object.entries<number>(parts).map(([k, v]) => [k, suppress(v)])) as Record<
    K | 'total',
    number | null
  >;
  out.total = values.some(small) ? null : suppress(values.reduce((a, b) => a + b, 0));
  return out;
}

/**
 * A rate part ÷ whole, only when every count it rests on is 0 or at least MIN_CELL: a rate next to shown
 * counts could otherwise give a hidden count back.
 */
export function rate(counts: number[], part: number, whole: number): number | null {
  if (whole < MIN_CELL || counts.some(small)) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

export interface MonthFigures {
  neighbourhoodId: string;
  neighbourhood: string;
  month: string;
  questions: Record<Stream, number | null>;
  referrals: {
    professional: number | null;
    frontdesk: number | null;
    self: number | null;
    total: number | null;
  };
  /** accepted ÷ (accepted + rejected) */
  acceptanceRate: number | null;
  /** median days from the referral to the receiver's first step */
  medianDaysToFirstContact: number | null;
  /** completed ÷ closed */
  completionRate: number | null;
  outcomes: {
    completed: number | null;
    failed: number | null;
    rejected: number | null;
    cancelled: number | null;
  };
}

export async function referralFigures({
  db,
  actor,
  from,
  to,
}: {
  db: Kysely<DB>;
  actor: Actor;
  from: string;
  to: string;
}): Promise<MonthFigures[]> {
  const mine = actor.memberships
    .filter((m) => m.role === 'coordinator' && m.neighbourhoodId)
    .map((m) => m.neighbourhoodId!);
  if (!mine.length) {
    throw new AppError(
      'forbidden',
      bilingual(
        'Deze cijfers zijn voor wijkcoördinatoren.',
        'These figures are for neighbourhood coordinators.',
      ),
    );
  }
  const start = `${from}-01`;
  const end = sql<string>`(${`${to}-01`}::date + interval '1 month')`;
  const month = (col: string) =>
    sql<string>`to_char(${sql.ref(col)} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`;
  const inRange = (col: string) =>
    sql<boolean>`(${sql.ref(col)} AT TIME ZONE 'Europe/Amsterdam') >= ${start}::date AND (${sql.ref(col)} AT TIME ZONE 'Europe/Amsterdam') < ${end}`;

  const questions = await db
    .selectFrom('frontdesk_question as q')
    .select([
      'q.neighbourhood_id as nb',
      month('q.created_at').as('month'),
      'q.stream',
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .where('q.neighbourhood_id', 'in', mine)
    .where(inRange('q.created_at'))
    .groupBy(['q.neighbourhood_id', sql`2`, 'q.stream'])
    .execute();

  const referrals = await db
    .selectFrom('referral as r')
    .innerJoin('membership as m', (j) =>
      j.onRef('m.person_id', '=', 'r.resident_id').on('m.role', '=', 'resident'),
    )
    .select([
      'm.neighbourhood_id as nb',
      month('r.created_at').as('month'),
      'r.route',
      'r.status',
      sql<boolean>`EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id AND e.to_status = 'accepted')`.as(
        'accepted',
      ),
      sql<number | null>`(SELECT extract(epoch FROM min(e.at) - r.created_at) / 86400 FROM referral_event e
        WHERE e.referral_id = r.id AND e.party = 'receiver')`.as('days'),
    ])
    .where('m.neighbourhood_id', 'in', mine)
    .where(inRange('r.created_at'))
    .execute();

  const names = new Map(
    (await db.selectFrom('neighbourhood').select(['id', 'name']).where('id', 'in', mine).execute()).map(
      (n) => [n.id, n.name],
    ),
  );
  const cells = new Map<string, { nb: string; month: string }>();
  for (const r of [...questions, ...referrals])
    if (r.nb) cells.set(`${r.nb}|${r.month}`, { nb: r.nb, month: r.month });

  return [...cells.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || names.get(a.nb)!.localeCompare(names.get(b.nb)!))
    .map(({ nb, month: m }) => {
      const qs = questions.filter((q) => q.nb === nb && q.month === m);
      const rs = referrals.filter((r) => r.nb === nb && r.month === m);
      const count = (f: (r: (typeof rs)[number]) => boolean) => rs.filter(f).length;
      const accepted = count((r) => r.accepted);
      const rejected = count((r) => r.status === 'rejected');
      const outcomes = {
        completed: count((r) => r.status === 'completed'),
        failed: count((r) => r.status === 'failed'),
        rejected,
        cancelled: count((r) => r.status === 'cancelled'),
      };
      const closed = outcomes.completed + outcomes.failed + outcomes.rejected + outcomes.cancelled;
      const days = rs
        .map((r) => r.days)
        .filter((d): d is number => d !== null)
        .map(Number)
        .sort((a, b) => a - b);
      const mid = days.length / 2;
      const median =
        days.length < MIN_CELL
          ? null
          : days.length % 2
            ? days[Math.floor(mid)]!
            : (days[mid - 1]! + days[mid]!) / 2;
      return {
        neighbourhoodId: nb,
        neighbourhood: names.get(nb)!,
        month: m,
        questions: Object.fromEntries(
          STREAMS.map((s) => [s, suppress(Number(qs.find((q) => q.stream === s)?.n ?? 0))]),
        ) as Record<Stream, number | null>,
        referrals: partition({
          professional: count((r) => r.route === 'professional'),
          frontdesk: count((r) => r.route === 'frontdesk'),
          self: count((r) => r.route === 'self'),
        }),
        acceptanceRate: rate([accepted, rejected], accepted, accepted + rejected),
        medianDaysToFirstContact: median === null ? null : Math.round(median * 10) / 10,
        completionRate: rate(Object.values(outcomes), outcomes.completed, closed),
        outcomes: {
          completed: suppress(outcomes.completed),
          failed: suppress(outcomes.failed),
          rejected: suppress(outcomes.rejected),
          cancelled: suppress(outcomes.cancelled),
        },
      };
    });
}
