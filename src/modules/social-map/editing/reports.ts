// Problem reports: anyone may say an entry is wrong (no login). The report reaches the entry's editors
// (in-app notification, GET …/reports) and the coordinator's worklist, and is closed with a note. The
// reporter's e-mail is personal data: only editors and coordinators of that entry read it, audited.
import { sql, type Kysely, type Transaction } from 'kysely';
import { audited, auditedResult } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import { serviceAccess } from './access.ts';
import type { z } from 'zod';
import type { reportBody } from './schema.ts';

type Db = { db: Kysely<DB> };

export function reportQuery(db: Kysely<DB> | Transaction<DB>) {
  return db
    .selectFrom('sm_problem_report as p')
    .innerJoin('sm_service as s', 's.id', 'p.service_id')
    .select([
      'p.id',
      'p.service_id',
      's.name as service_name',
      'p.kind',
      'p.description',
      'p.reporter_email',
      'p.status',
      'p.created_at',
      'p.closed_at',
      'p.close_note',
    ]);
}
type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;
export const presentReport = (r: ReportRow) => ({
  id: r.id,
  serviceId: r.service_id,
  serviceName: r.service_name,
  kind: r.kind,
  description: r.description,
  reporterEmail: r.reporter_email,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  closedAt: r.closed_at ? r.closed_at.toISOString() : null,
  closeNote: r.close_note,
});

/** The people who keep an entry current: its organisation's provider editors, else its coordinators. */
export async function editorsOf(db: Kysely<DB> | Transaction<DB>, serviceId: string) {
  const providers = await db
    .selectFrom('sm_service as s')
    .innerJoin('sm_organization as o', 'o.id', 's.organization_id')
    .innerJoin('membership as m', (j) =>
      j.onRef('m.organisation_id', '=', 'o.organisation_id').on('m.role', '=', 'provider_editor'),
    )
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .where('s.id', '=', serviceId)
    .select(['p.id', 'p.email', 'p.locale'])
    .distinct()
    .execute();
  if (providers.length) return providers;
  return db
    .selectFrom('sm_service_area as a')
    .innerJoin('neighbourhood as n', (j) =>
      j.on(sql<boolean>`a.cbs_code = n.cbs_code OR a.cbs_code LIKE 'BU' || substr(n.cbs_code, 3) || '__'`),
    )
    .innerJoin('membership as m', (j) =>
      j.onRef('m.neighbourhood_id', '=', 'n.id').on('m.role', '=', 'coordinator'),
    )
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .where('a.service_id', '=', serviceId)
    .select(['p.id', 'p.email', 'p.locale'])
    .distinct()
    .execute();
}

export async function createReport({
  db,
  serviceId,
  input,
}: Db & { serviceId: string; input: z.infer<typeof reportBody> }) {
  return auditedResult(
    db,
    async (trx) => {
      const s = await trx
        .selectFrom('sm_service')
        .select('name')
        .where('id', '=', serviceId)
        .where(sql<boolean>`published`)
        .executeTakeFirst();
      if (!s) throw new AppError('not_found');
      const r = await trx
        .insertInto('sm_problem_report')
        .values({
          service_id: serviceId,
          kind: input.kind,
          description: input.description,
          reporter_email: input.email,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const editors = await editorsOf(trx, serviceId);
      if (editors.length)
        await trx
          .insertInto('sm_notification')
          .values(
            editors.map((e) => ({
              person_id: e.id,
              service_id: serviceId,
              kind: 'problem_report' as const,
              message: `Melding over "${s.name}": er klopt iets niet.`,
            })),
          )
          .execute();
      return { id: r.id };
    },
    (r) => ({ action: 'create', objectType: 'sm_problem_report', objectId: r.id, basis: 'administration' }),
  );
}

export async function listReports({ db, actor, serviceId }: Db & { actor: Actor; serviceId: string }) {
  const access = await serviceAccess(db, actor, serviceId);
  return audited(
    db,
    {
      action: 'read',
      objectType: 'sm_problem_report_list',
      objectId: serviceId,
      basis: 'administration',
      actingAs: access.actingAs,
      actor,
    },
    async (trx) => {
      const rows = await reportQuery(trx)
        .where('p.service_id', '=', serviceId)
        .orderBy('p.status', 'desc')
        .orderBy('p.created_at', 'desc')
        .limit(500)
        .execute();
      return rows.map(presentReport);
    },
  );
}

export async function closeReport({ db, actor, id, note }: Db & { actor: Actor; id: string; note: string }) {
  const r = await db
    .selectFrom('sm_problem_report')
    .select('service_id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) throw new AppError('not_found');
  const access = await serviceAccess(db, actor, r.service_id);
  return audited(
    db,
    {
      action: 'update',
      objectType: 'sm_problem_report',
      objectId: id,
      basis: 'administration',
      actingAs: access.actingAs,
      actor,
    },
    async (trx) => {
      const closed = await trx
        .updateTable('sm_problem_report')
        .set({ status: 'closed', closed_at: sql<Date>`now()`, closed_by: actor.personId, close_note: note })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .returning('id')
        .executeTakeFirst();
      if (!closed)
        throw new AppError(
          'invalid_transition',
          bilingual('Deze melding is al afgesloten.', 'This report is already closed.'),
          [],
          { state: 'closed', allowed: [] },
        );
      return presentReport(await reportQuery(trx).where('p.id', '=', id).executeTakeFirstOrThrow());
    },
  );
}
