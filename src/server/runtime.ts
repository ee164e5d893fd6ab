// Starting and stopping a whole Wijkpunt server: database, migrations, optional demo data, jobs, HTTP.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startScheduler, type JobDefinition, type Scheduler } from './jobs.ts';
import { deliverOutbox, smtpTransport } from './mail.ts';
import { referralOverdueJob } from '../modules/referrals/overdue.ts';
import { wmoClockWarningsJob } from '../modules/wmo/warnings.ts';
import { seedDemo } from '../modules/demo/seed.ts';
import { socialMapRemindersJob } from '../modules/social-map/editing/freshness.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  scheduler: Scheduler;
  url: string;
  close(): Promise<void>;
}

export function foundationJobs(config: Config): JobDefinition[] {
  const jobs: JobDefinition[] = [
    {
      name: 'clean-up',
      schedule: '17 * * * *',
      async run(db) {
        const s = await db
          .deleteFrom('session')
          .where('expires_at', '<', sql<Date>`now()`)
          .executeTakeFirst();
        const r = await db
          .deleteFrom('password_reset')
          .where('expires_at', '<', sql<Date>`now() - interval '1 day'`)
          .executeTakeFirst();
        await db
          .deleteFrom('job_run')
          .where('slot', '<', sql<Date>`now() - interval '30 days'`)
          .execute();
        return `sessions ${s.numDeletedRows}, resets ${r.numDeletedRows}`;
      },
    },
    socialMapRemindersJob,
    referralOverdueJob({ workingDays: config.referralOverdueWorkingDays, publicUrl: config.publicUrl }),
    wmoClockWarningsJob({ publicUrl: config.publicUrl }),
  ];
  if (config.smtpUrl) {
    const transport = smtpTransport(config.smtpUrl);
    jobs.push({
      name: 'deliver-mail',
      schedule: '* * * * *',
      run: async (db) => `sent ${await deliverOutbox(db, transport, config.mailFrom)}`,
    });
  }
  return jobs;
}

export async function startServer(
  config: Config,
  opts: { seed?: 'demo'; listen?: boolean } = {},
): Promise<RunningServer> {
  const database = await openDatabase(config.database, { purpose: 'wijkpunt serve', port: config.port });
  try {
    await migrateToLatest(database.db as never);
    if (opts.seed === 'demo') await seedDemo(database.db, { env: config.env });
  } catch (err) {
    await database.close();
    throw err;
  }
  const mail = config.smtpUrl ? smtpTransport(config.smtpUrl) : null;
  const app = await createApp({
    config,
    db: database.db,
    databaseKind: database.kind,
    onMailQueued: mail
      ? () => {
          deliverOutbox(database.db, mail, config.mailFrom).catch((err: unknown) =>
            app.log.error({ err }, 'mail delivery failed'),
          );
        }
      : undefined,
  });
  const scheduler = startScheduler(database.db, foundationJobs(config), app.log, {
    autoStart: config.runJobs,
  });
  let url = '';
  if (opts.listen !== false) url = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    database,
    scheduler,
    url,
    async close() {
      scheduler.stop();
      await app.close();
      await database.close();
    },
  };
}
