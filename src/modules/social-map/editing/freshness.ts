// Freshness: the coordinator's worklist (stale entries, open problem reports, revisions to review), the
// daily reminder job, and the editors' in-app notifications. An entry is due when assured_date +
// review_interval_months is reached; its editors hear so a month before and on the day, once each per
// due date (sm_reminder_sent remembers), in the app and by e-mail through the outbox.
import { sql, type Kysely } from 'kysely';
import { audited } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError } from '../../../server/errors.ts';
import type { JobDefinition } from '../../../server/jobs.ts';
import { enqueueMail } from '../../../server/mail.ts';
import { reviewable, scopeOf } from './access.ts';
import { editorsOf, presentReport, reportQuery } from './reports.ts';
import { reviewQueue } from './service.ts';
import type { ReminderThreshold } from './tables.ts';

type Caller = { db: Kysely<DB>; actor: Actor };

const due = sql<string>`(s.assured_date + make_interval(months => s.review_interval_months))::date`;

export async function worklist({ db, actor }: Caller) {
  const scope = scopeOf(actor);
  const stale = await db
    .selectFrom('sm_service as s')
    .where(sql<boolean>`s.published`)
    .where(reviewable(scope, sql.ref('s.id')))
    .where((eb) => eb.or([eb('s.assured_date', 'is', null), eb(due, '<', sql<string>`current_date`)]))
    .select(['s.id', 's.name', 's.assured_date', due.as('due_date')])
    .orderBy(sql`s.assured_date NULLS FIRST`)
    .orderBy('s.name')
    .limit(500)
    .execute();
  // Reports carry the reporter's e-mail: reading them is audited, as on the entry's report list.
  const reports = await audited(
    db,
    {
      action: 'read',
      objectType: 'sm_problem_report_list',
      basis: 'administration',
      actingAs: scope.admin ? 'administrator' : 'coordinator',
      actor,
    },
    (trx) =>
      reportQuery(trx)
        .where('p.status', '=', 'open')
        .where(reviewable(scope, sql.ref('p.service_id')))
        .orderBy('p.created_at')
        .limit(500)
        .execute(),
  );
  return {
    stale: stale.map((s) => ({
      serviceId: s.id,
      name: s.name,
      assuredDate: s.assured_date,
      dueDate: s.assured_date ? s.due_date : null,
    })),
    reports: reports.map(presentReport),
    reviews: (await reviewQueue({ db, actor })).map(({ document: _d, ...rest }) => rest),
  };
}

/** Today's date in the Netherlands, as YYYY-MM-DD. */
export const dutchToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

const TEXTS: Record<
  ReminderThreshold,
  { subject: (n: string) => string; body: (n: string, d: string) => string }
> = {
  month_before: {
    subject: (n) => `Sociale kaart: controleer "${n}" binnen een maand`,
    body: (n, d) =>
      `Het aanbod "${n}" op de sociale kaart moet uiterlijk ${d} gecontroleerd zijn.\n` +
      'Klopt alles nog? Bevestig het met één klik in Wijkpunt, of pas het aan.',
  },
  expired: {
    subject: (n) => `Sociale kaart: "${n}" is niet meer gecontroleerd`,
    body: (n, d) =>
      `De controletermijn van het aanbod "${n}" op de sociale kaart is op ${d} verlopen.\n` +
      'Inwoners zien nu dat de informatie verouderd kan zijn. Controleer het aanbod in Wijkpunt.',
  },
};

/**
 * Sends what is due on `today`: per entry and due date at most one "a month before" and one "expired"
 * reminder. An entry found already expired gets only the expired one. Safe to run more than once a day.
 */
export async function sendFreshnessReminders({
  db,
  today = dutchToday(),
}: {
  db: Kysely<DB>;
  today?: string;
}) {
  const candidates = await sql<{ id: string; name: string; due: string; threshold: ReminderThreshold }>`
    WITH c AS (
      SELECT s.id, s.name, ${due} AS due FROM sm_service s
      WHERE s.published AND s.status <> 'defunct' AND s.assured_date IS NOT NULL
    ), t AS (
      SELECT id, name, due, CASE WHEN due <= ${today}::date THEN 'expired' ELSE 'month_before' END AS threshold
      FROM c WHERE (due - interval '1 month')::date <= ${today}::date
    )
    SELECT id, name, due::text AS due, threshold FROM t
    WHERE NOT EXISTS (SELECT 1 FROM sm_reminder_sent r
      WHERE r.service_id = t.id AND r.due_date = t.due AND r.threshold = t.threshold)
    ORDER BY due, id
    LIMIT 5000`.execute(db);
  let sent = 0;
  for (const c of candidates.rows) {
    await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('sm_reminder_sent')
        .values({ service_id: c.id, threshold: c.threshold, due_date: c.due })
        .onConflict((oc) => oc.doNothing())
        .returning('service_id')
        .executeTakeFirst();
      if (!claimed) return;
      sent++;
      const text = TEXTS[c.threshold];
      for (const editor of await editorsOf(trx, c.id)) {
        await trx
          .insertInto('sm_notification')
          .values({
            person_id: editor.id,
            service_id: c.id,
            kind: c.threshold === 'expired' ? 'review_expired' : 'review_due_soon',
            message: text.subject(c.name),
          })
          .execute();
        await enqueueMail(trx, {
          to: editor.email,
          subject: text.subject(c.name),
          body: text.body(c.name, c.due),
        });
      }
    });
  }
  return { sent };
}

export const socialMapRemindersJob: JobDefinition = {
  name: 'social-map-reminders',
  schedule: '0 7 * * *',
  async run(db) {
    const { sent } = await sendFreshnessReminders({ db });
    return `reminders ${sent}`;
  },
};

export async function listNotifications({ db, actor }: Caller) {
  const rows = await db
    .selectFrom('sm_notification as n')
    .leftJoin('sm_service as s', 's.id', 'n.service_id')
    .select([
      'n.id',
      'n.service_id',
      's.name as service_name',
      'n.kind',
      'n.message',
      'n.created_at',
      'n.read_at',
    ])
    .where('n.person_id', '=', actor.personId)
    .orderBy('n.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((n) => ({
    id: n.id,
    serviceId: n.service_id,
    serviceName: n.service_name,
    kind: n.kind,
    message: n.message,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at ? n.read_at.toISOString() : null,
  }));
}

/** Marks one of the caller's own notifications read; someone else's is 404. */
export async function markNotificationRead({ db, actor, id }: Caller & { id: string }) {
  const r = await db
    .updateTable('sm_notification')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('person_id', '=', actor.personId)
    .returning('id')
    .executeTakeFirst();
  if (!r) throw new AppError('not_found');
}
