// Overdue referrals: a referral not received, or received but not accepted, within the configured number of
// working days (REFERRAL_OVERDUE_WORKING_DAYS) is flagged once to the referrer, the receivers and the
// coordinators of the resident's neighbourhood. Each step clears the flag, so the next wait is watched too.
// A scheduled job runs it every morning; exactly once per day however many servers run (server/jobs.ts).
import { sql, type Kysely } from 'kysely';
import type { JobDefinition } from '../../server/jobs.ts';
import type { DB } from '../../server/db/schema.ts';
import { amsterdamToday } from '../../server/db/today.ts';
import { notify, type NewNotification } from '../notifications/service.ts';
import { destinationName, receivers, referralPath } from './service.ts';
import { addWorkingDays } from './workdays.ts';

export async function flagOverdue(
  db: Kysely<DB>,
  opts: { workingDays: number; publicUrl: string; today?: string },
): Promise<number> {
  const today = opts.today ?? (await amsterdamToday(db));
  const waiting = await db
    .selectFrom('referral as r')
    .leftJoin('membership as m', (j) =>
      j.onRef('m.person_id', '=', 'r.resident_id').on('m.role', '=', 'resident'),
    )
    .leftJoin('neighbourhood as n', 'n.id', 'm.neighbourhood_id')
    .select([
      'r.id',
      'r.status',
      'r.referrer_id',
      'r.to_organisation_id',
      'r.to_team_id',
      'r.to_service_id',
      'm.neighbourhood_id',
      'n.name as neighbourhood',
      sql<string>`to_char((r.status_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD')`.as('since'),
    ])
    .where('r.status', 'in', ['requested', 'received'])
    .where('r.overdue_at', 'is', null)
    .execute();
  let flagged = 0;
  for (const r of waiting) {
    if (today <= addWorkingDays(r.since, opts.workingDays)) continue;
    await db.transaction().execute(async (trx) => {
      const done = await trx
        .updateTable('referral')
        .set({ overdue_at: sql<Date>`now()` })
        .where('id', '=', r.id)
        .where('status', '=', r.status)
        .where('overdue_at', 'is', null)
        .executeTakeFirst();
      if (!done.numUpdatedRows) return;
      flagged++;
      const params = {
        to: await destinationName(trx, r),
        days: String(opts.workingDays),
        waiting: r.status === 'requested' ? 'received' : 'accepted',
        neighbourhood: r.neighbourhood ?? '',
      };
      const sides = new Set([r.referrer_id, ...(await receivers(trx, r))]);
      const coordinators = r.neighbourhood_id
        ? await trx
            .selectFrom('membership')
            .select('person_id')
            .where('role', '=', 'coordinator')
            .where('neighbourhood_id', '=', r.neighbourhood_id)
            .execute()
        : [];
      const mail = { publicUrl: opts.publicUrl };
      const messages: NewNotification[] = [
        ...[...sides].map((personId) => ({
          personId,
          kind: 'referral.overdue' as const,
          params,
          link: referralPath(r.id),
          mail,
        })),
        // The coordinator hears that something waits, not about whom: the link leads to the figures.
        ...coordinators.map((c) => ({
          personId: c.person_id,
          kind: 'referral.overdue_coordinator' as const,
          params,
          link: '/verwijzingen/cijfers',
          mail,
        })),
      ];
      await notify(trx, messages);
    });
  }
  return flagged;
}

export function referralOverdueJob(opts: { workingDays: number; publicUrl: string }): JobDefinition {
  return {
    name: 'referral-overdue',
    schedule: '30 7 * * *',
    async run(db) {
      return `flagged ${await flagOverdue(db, opts)}`;
    },
  };
}
