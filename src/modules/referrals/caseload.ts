// The link worker's side of a referral (issue 7, part 5): contact moments with the resident, the social-map
// services the resident was linked to, and the worklist (new, active, waiting, closing). Contacts and links
// are for the receiving side and the resident; the referrer gets the message back instead.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { writeAudit } from '../../server/audit.ts';
import type { DB } from '../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../server/errors.ts';
import { isOpen } from './lifecycle.ts';
import { partiesOf } from './service.ts';
import type { ContactKind, ReferralStatus } from './tables.ts';

type Db = Kysely<DB>;
type PersonActor = Actor & { personId: string };

const WORKING: ReferralStatus[] = ['accepted', 'in-progress', 'on-hold'];

async function receiving(db: Db, actor: PersonActor, id: string, action: 'update') {
  const r = await db.selectFrom('referral').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound();
  const { parties } = await partiesOf(db, actor, r);
  const entry = {
    action,
    objectType: 'referral',
    objectId: id,
    subjectId: r.resident_id,
    basis: 'referral' as const,
    basisId: id,
    actor,
  };
  if (!parties.includes('receiver')) {
    await db.transaction().execute((trx) => writeAudit(trx, { ...entry, outcome: 'denied' }));
    throw notFound();
  }
  if (!WORKING.includes(r.status)) {
    throw new AppError(
      'invalid_transition',
      bilingual(
        'Dit kan alleen bij een aangenomen verwijzing die nog loopt.',
        'This is only possible for an accepted referral that is still open.',
      ),
      [],
      { status: r.status },
    );
  }
  return { r, entry };
}

export async function addContact({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
  input: { at: string; kind: ContactKind; note: string };
}): Promise<{ id: string }> {
  const { entry } = await receiving(db, actor, id, 'update');
  if (Date.parse(input.at) > Date.now() + 5 * 60_000) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.at',
        message: bilingual('Dit moment ligt in de toekomst.', 'This moment is in the future.'),
      },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('referral_contact')
      .values({ referral_id: id, actor_id: actor.personId, at: input.at, kind: input.kind, note: input.note })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, entry);
    return row;
  });
}

export async function linkService({
  db,
  actor,
  id,
  serviceId,
  linked,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
  serviceId: string;
  linked: boolean;
}): Promise<void> {
  const { entry } = await receiving(db, actor, id, 'update');
  const service = await db
    .selectFrom('sm_service')
    .select('id')
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.serviceId',
        message: bilingual(
          'Dit aanbod staat niet op de sociale kaart.',
          'This service is not on the social map.',
        ),
      },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    if (linked) {
      await trx
        .insertInto('referral_link')
        .values({ referral_id: id, service_id: serviceId, actor_id: actor.personId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    } else {
      await trx
        .deleteFrom('referral_link')
        .where('referral_id', '=', id)
        .where('service_id', '=', serviceId)
        .execute();
    }
    await writeAudit(trx, entry);
  });
}

export interface CaseloadItem {
  id: string;
  status: ReferralStatus;
  resident: string;
  to: string;
  urgency: 'routine' | 'urgent';
  createdAt: string;
  lastContactAt: string | null;
  overdue: boolean;
}

/**
 * The link worker's worklist: new (to their team or organisation, not yet accepted), and their own active,
 * waiting and (the last 30 days) closed referrals, with the last contact moment.
 */
export async function caseload({ db, actor }: { db: Db; actor: PersonActor }) {
  const orgs = actor.memberships
    .filter((m) => m.role === 'professional' && m.organisationId)
    .map((m) => m.organisationId!);
  if (!orgs.length) return { new: [], active: [], waiting: [], closing: [] };
  const rows = await db
    .selectFrom('referral as r')
    .innerJoin('person as res', 'res.id', 'r.resident_id')
    .innerJoin('organisation as o', 'o.id', 'r.to_organisation_id')
    .leftJoin('team as t', 't.id', 'r.to_team_id')
    .leftJoin('sm_service as s', 's.id', 'r.to_service_id')
    .select([
      'r.id',
      'r.status',
      'r.resident_id',
      'res.name as resident',
      sql<string>`coalesce(s.name, t.name, o.name)`.as('to'),
      'r.urgency',
      'r.created_at',
      'r.overdue_at',
      sql<Date | null>`(SELECT max(c.at) FROM referral_contact c WHERE c.referral_id = r.id)`.as(
        'last_contact',
      ),
    ])
    .where((eb) =>
      eb.or([
        eb('r.owner_id', '=', actor.personId),
        eb.and([
          eb('r.owner_id', 'is', null),
          eb('r.status', 'in', ['requested', 'received']),
          eb('r.to_organisation_id', 'in', orgs),
          eb.or([
            eb('r.to_team_id', 'is', null),
            eb.exists(
              eb
                .selectFrom('team_member as tm')
                .select('tm.person_id')
                .whereRef('tm.team_id', '=', 'r.to_team_id')
                .where('tm.person_id', '=', actor.personId),
            ),
          ]),
        ]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb('r.status', 'not in', ['completed', 'failed', 'rejected', 'cancelled']),
        eb('r.status_at', '>', sql<Date>`now() - interval '30 days'`),
      ]),
    )
    .orderBy('r.urgency', 'desc')
    .orderBy('r.created_at')
    .limit(500)
    .execute();
  if (rows.length) {
    await db.transaction().execute(async (trx) => {
      for (const subjectId of new Set(rows.map((r) => r.resident_id))) {
        await writeAudit(trx, {
          action: 'read',
          objectType: 'referral',
          subjectId,
          basis: 'referral',
          actor,
        });
      }
    });
  }
  const item = (r: (typeof rows)[number]): CaseloadItem => ({
    id: r.id,
    status: r.status,
    resident: r.resident,
    to: r.to,
    urgency: r.urgency,
    createdAt: r.created_at.toISOString(),
    lastContactAt: r.last_contact ? new Date(r.last_contact).toISOString() : null,
    overdue: r.overdue_at !== null,
  });
  return {
    new: rows.filter((r) => r.status === 'requested' || r.status === 'received').map(item),
    active: rows.filter((r) => r.status === 'accepted' || r.status === 'in-progress').map(item),
    waiting: rows.filter((r) => r.status === 'on-hold').map(item),
    closing: rows.filter((r) => !isOpen(r.status)).map(item),
  };
}
