// Scheduled work. croner decides when; PostgreSQL decides who: each run claims its (job, slot) row, and only
// the server whose insert succeeds runs it. So a job runs exactly once per slot, however many servers run.
import { Cron } from 'croner';
import { sql, type Kysely } from 'kysely';
import type { DB } from './db/schema.ts';

export interface JobDefinition {
  name: string;
  /** Cron pattern (seconds optional), e.g. '0 * * * *' for hourly. */
  schedule: string;
  run(db: Kysely<DB>): Promise<string | void>;
}

export interface Scheduler {
  stop(): void;
  /** Runs the job for the given slot if nobody has claimed it yet; true when this call ran it. */
  runSlot(name: string, slot: Date): Promise<boolean>;
}

export function startScheduler(
  db: Kysely<DB>,
  jobs: JobDefinition[],
  log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void },
  opts: { autoStart?: boolean } = {},
): Scheduler {
  const byName = new Map(jobs.map((j) => [j.name, j]));

  async function runSlot(name: string, slot: Date): Promise<boolean> {
    const job = byName.get(name);
    if (!job) throw new Error(`Unknown job ${name}`);
    const claimed = await db
      .insertInto('job_run')
      .values({ job: name, slot })
      .onConflict((oc) => oc.doNothing())
      .returning('job')
      .executeTakeFirst();
    if (!claimed) return false;
    let outcome: string;
    try {
      outcome = (await job.run(db)) ?? 'ok';
    } catch (err) {
      outcome = `error: ${(err as Error).message}`.slice(0, 500);
      log.error({ job: name, err }, 'scheduled job failed');
    }
    await db
      .updateTable('job_run')
      .set({ finished_at: sql`now()`, outcome })
      .where('job', '=', name)
      .where('slot', '=', slot)
      .execute();
    return true;
  }

  const crons =
    opts.autoStart === false
      ? []
      : jobs.map(
          (job) =>
            new Cron(job.schedule, { protect: true, unref: true }, (self: Cron) => {
              const slot = self.currentRun() ?? new Date();
              slot.setMilliseconds(0);
              runSlot(job.name, slot).catch((err: unknown) =>
                log.error({ job: job.name, err }, 'job claim failed'),
              );
            }),
        );

  return {
    stop: () => crons.forEach((c) => c.stop()),
    runSlot,
  };
}
