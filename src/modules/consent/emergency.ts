// Emergency access ("break the glass"): a treating professional who must see a record now, without a
// consent, states why and gets 24 hours of read access. The resident is told at once (in the app and by an
// e-mail without content), and so are the coordinators of the resident's neighbourhood, who review the
// reasons (without learning who the resident is).
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { auditedResult } from '../../server/audit.ts';
import type { DB } from '../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../server/errors.ts';
import { notify } from '../notifications/service.ts';
import { TREATING } from './service.ts';

export const EMERGENCY_HOURS = 24;

export async function startEmergencyAccess({
  db,
  actor,
  residentId,
  reason,
  publicUrl,
}: {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  residentId: string;
  reason: string;
  publicUrl: string;
}): Promise<{ id: string; expiresAt: string }> {
  const treating = actor.memberships.find(
    (m) => m.role === 'professional' && m.discipline && TREATING.has(m.discipline) && m.organisationId,
  );
  if (!treating) {
    throw new AppError(
      'forbidden',
      bilingual(
        'Alleen een behandelend zorgverlener (huisarts, POH, wijkverpleging, fysiotherapie, diëtetiek, psychologie) kan noodtoegang vragen.',
        'Only a treating care professional (GP, practice nurse, district nurse, physio, dietician, psychologist) can ask for emergency access.',
      ),
    );
  }
  const resident = await db
    .selectFrom('person as p')
    .innerJoin('membership as m', 'm.person_id', 'p.id')
    .leftJoin('neighbourhood as n', 'n.id', 'm.neighbourhood_id')
    .select(['p.id', 'm.neighbourhood_id', 'n.name as neighbourhood'])
    .where('p.id', '=', residentId)
    .where('m.role', '=', 'resident')
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!resident || resident.id === actor.personId) throw notFound();
  return auditedResult(
    db,
    async (trx) => {
      const row = await trx
        .insertInto('emergency_access')
        .values({
          resident_id: residentId,
          professional_id: actor.personId,
          organisation_id: treating.organisationId!,
          reason,
          expires_at: sql<Date>`now() + make_interval(hours => ${EMERGENCY_HOURS})`,
        })
        .returning(['id', 'expires_at'])
        .executeTakeFirstOrThrow();
      const coordinators = resident.neighbourhood_id
        ? await trx
            .selectFrom('membership')
            .select('person_id')
            .distinct()
            .where('role', '=', 'coordinator')
            .where('neighbourhood_id', '=', resident.neighbourhood_id)
            .execute()
        : [];
      const who = { professional: actor.name, organisation: treating.organisationName ?? '' };
      await notify(trx, [
        {
          personId: residentId,
          kind: 'emergency.resident',
          params: who,
          link: '/profiel/inzage',
          mail: { publicUrl },
        },
        ...coordinators.map((c) => ({
          personId: c.person_id,
          kind: 'emergency.coordinator' as const,
          params: { ...who, neighbourhood: resident.neighbourhood ?? '' },
          link: '/noodtoegang',
          mail: { publicUrl },
        })),
      ]);
      return { id: row.id, expiresAt: row.expires_at.toISOString() };
    },
    (r) => ({
      action: 'emergency_access',
      objectType: 'record',
      objectId: r.id,
      subjectId: residentId,
      basis: 'emergency',
      basisId: r.id,
      actor,
      actingAs: 'professional',
    }),
  );
}

/**
 * Emergency accesses to residents of the coordinator's neighbourhoods, newest first, for review: who, from
 * which organisation, why and when; never which resident.
 */
export async function listEmergencyAccesses({ db, actor }: { db: Kysely<DB>; actor: Actor }) {
  const neighbourhoods = actor.memberships
    .filter((m) => m.role === 'coordinator' && m.neighbourhoodId)
    .map((m) => m.neighbourhoodId!);
  if (!neighbourhoods.length) return { items: [] };
  const rows = await db
    .selectFrom('emergency_access as e')
    .innerJoin('person as p', 'p.id', 'e.professional_id')
    .innerJoin('organisation as o', 'o.id', 'e.organisation_id')
    .innerJoin('membership as rm', (j) =>
      j.onRef('rm.person_id', '=', 'e.resident_id').on('rm.role', '=', 'resident'),
    )
    .innerJoin('neighbourhood as n', 'n.id', 'rm.neighbourhood_id')
    .select([
      'e.id',
      'p.name as professional',
      'o.name as organisation',
      'n.name as neighbourhood',
      'e.reason',
      'e.started_at',
      'e.expires_at',
    ])
    .where('rm.neighbourhood_id', 'in', neighbourhoods)
    .orderBy('e.started_at', 'desc')
    .limit(500)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      professional: r.professional,
      organisation: r.organisation,
      neighbourhood: r.neighbourhood,
      reason: r.reason,
      startedAt: r.started_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
    })),
  };
}

/** The same, for a resident known by e-mail address (the professional at the bedside rarely has an id). */
export async function startEmergencyAccessByEmail(opts: {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  residentEmail: string;
  reason: string;
  publicUrl: string;
}): Promise<{ id: string; residentId: string; expiresAt: string }> {
  const resident = await opts.db
    .selectFrom('person')
    .select('id')
    .where(sql`lower(email)`, '=', opts.residentEmail.toLowerCase())
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!resident) throw notFound();
  const out = await startEmergencyAccess({ ...opts, residentId: resident.id });
  return { ...out, residentId: resident.id };
}
