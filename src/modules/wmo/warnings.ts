// Warnings on the statutory clocks of a Wmo report (decision 0020): when a clock comes within WARN_DAYS of its
// last day, and when it has passed, the consultant handling the case hears it once, in the app and (when
// they want) by e-mail. wmo_clock_warning remembers what was sent, so however often the job runs, each clock
// of each case warns once per state. The words name the clock and the day, never the resident.
import type { Kysely } from 'kysely';
import type { DB } from '../../server/db/schema.ts';
import { amsterdamToday } from '../../server/db/today.ts';
import type { JobDefinition } from '../../server/jobs.ts';
import { notify } from '../notifications/service.ts';
import { clocks } from './clocks.ts';
import { casePath } from './service.ts';

export async function warnClocks(
  db: Kysely<DB>,
  opts: { publicUrl: string; today?: string },
): Promise<number> {
  const today = opts.today ?? (await amsterdamToday(db));
  const open = await db
    .selectFrom('wmo_case')
    .select(['id', 'consultant_id', 'reported_on', 'investigated_on', 'applied_on', 'decided_on'])
    .where((eb) => eb.or([eb('investigated_on', 'is', null), eb('decided_on', 'is', null)]))
    .execute();
  let sent = 0;
  for (const c of open) {
    const both = clocks(c, today);
    for (const name of ['investigation', 'decision'] as const) {
      const { state, due, daysLeft } = both[name];
      if ((state !== 'due_soon' && state !== 'overdue') || !due || daysLeft === null) continue;
      await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('wmo_clock_warning')
          .values({ case_id: c.id, clock: name, state })
          .onConflict((oc) => oc.doNothing())
          .returning('case_id')
          .executeTakeFirst();
        if (!inserted) return;
        sent++;
        await notify(trx, [
          {
            personId: c.consultant_id,
            kind: state === 'overdue' ? 'wmo.clock_overdue' : 'wmo.clock_due_soon',
            params: { clock: name, due, days: String(Math.abs(daysLeft)) },
            link: casePath(c.id),
            mail: { publicUrl: opts.publicUrl },
          },
        ]);
      });
    }
  }
  return sent;
}

export function wmoClockWarningsJob(opts: { publicUrl: string }): JobDefinition {
  return {
    name: 'wmo-clock-warnings',
    schedule: '35 7 * * *',
    async run(db) {
      return `warned ${await warnClocks(db, opts)}`;
    },
  };
}
