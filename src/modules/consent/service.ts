// The resident's consent ledger: who may see which parts of the record, for which purpose, until when.
// Residents grant, see and withdraw; professionals ask, and see whose records are shared with them; the
// record's door (record/access.ts) asks `recordBases` which parts this caller may open now, and on what.
// Days are days in Amsterdam: a consent "until 2027-03-31" ends at midnight after that day, Dutch time.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { audited, auditedResult } from '../../server/audit.ts';
import type { DB, Discipline } from '../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../server/errors.ts';
import type { Locale } from '../../server/i18n.ts';
import { notify } from '../notifications/service.ts';
import { RECORD_CATEGORIES, type RecordCategory } from '../record/categories.ts';
import type { ConsentView, GrantInput, RequestInput } from './schema.ts';
import type { Purpose } from './tables.ts';

const ZONE = 'Europe/Amsterdam';
/** The first moment of a day in Amsterdam. */
const startOfDay = (day: string): RawBuilder<Date> =>
  sql<Date>`(${day}::date)::timestamp AT TIME ZONE ${sql.lit(ZONE)}`;
/** The first moment after a day in Amsterdam. */
const endOfDay = (day: string): RawBuilder<Date> =>
  sql<Date>`(${day}::date + 1)::timestamp AT TIME ZONE ${sql.lit(ZONE)}`;

const fieldError = (path: string, nl: string, en: string) =>
  new AppError('validation_failed', undefined, [{ path, message: bilingual(nl, en) }]);

/** The disciplines that treat (and so may use emergency access): the care professions, not welfare. */
export const TREATING: ReadonlySet<Discipline> = new Set<Discipline>([
  'gp',
  'practice_nurse',
  'district_nurse',
  'physio',
  'dietician',
  'psychologist',
]);

const professionalMemberships = (actor: Actor) =>
  actor.memberships.filter((m) => m.role === 'professional' && m.organisationId && m.discipline);

// --- the resident's side ------------------------------------------------------------------------------

interface ResidentOptions {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
}

async function checkDates(db: Kysely<DB>, validFrom: string | undefined, validUntil: string) {
  const { today } = await sql<{
    today: string;
  }>`SELECT to_char((now() AT TIME ZONE ${sql.lit(ZONE)})::date, 'YYYY-MM-DD') AS today`
    .execute(db)
    .then((r) => r.rows[0]!);
  if (validUntil < today) {
    throw fieldError('body.validUntil', 'De einddatum ligt in het verleden.', 'The end date is in the past.');
  }
  if (validFrom && validFrom > validUntil) {
    throw fieldError(
      'body.validFrom',
      'De begindatum ligt na de einddatum.',
      'The start date is after the end date.',
    );
  }
}

async function checkGrantee(db: Kysely<DB>, residentId: string, g: GrantInput['grantee']) {
  if (g.userId) {
    if (g.userId === residentId) {
      throw fieldError('body.grantee.userId', 'Dat bent u zelf.', 'That is you.');
    }
    const pro = await db
      .selectFrom('membership as m')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select('m.id')
      .where('m.person_id', '=', g.userId)
      .where('m.role', '=', 'professional')
      .where('p.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!pro) {
      throw fieldError(
        'body.grantee.userId',
        'Deze persoon is geen zorg- of welzijnsprofessional in Wijkpunt.',
        'This person is not a care or welfare professional in Wijkpunt.',
      );
    }
  } else {
    const org = await db
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', g.organisationId!)
      .executeTakeFirst();
    if (!org) {
      throw fieldError(
        'body.grantee.organisationId',
        'Deze organisatie bestaat niet.',
        'This organisation does not exist.',
      );
    }
  }
}

/** The resident gives consent; it holds at once (or from validFrom). */
export async function grantConsent({
  db,
  actor,
  input,
  publicUrl,
}: ResidentOptions & { input: GrantInput; publicUrl: string }): Promise<{ id: string }> {
  const residentId = actor.personId;
  await checkDates(db, input.validFrom, input.validUntil);
  await checkGrantee(db, residentId, input.grantee);
  return auditedResult(
    db,
    async (trx) => {
      const row = await trx
        .insertInto('consent')
        .values({
          resident_id: residentId,
          grantee_person_id: input.grantee.userId ?? null,
          grantee_organisation_id: input.grantee.organisationId ?? null,
          grantee_discipline: input.grantee.role ?? null,
          purpose: input.purpose,
          purpose_ref: input.purposeRef ?? null,
          categories: input.categories,
          valid_from: input.validFrom ? startOfDay(input.validFrom) : sql<Date>`now()`,
          valid_until: endOfDay(input.validUntil),
          status: 'active',
          decided_at: sql<Date>`now()`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.grantee.userId) {
        await notify(trx, [
          {
            personId: input.grantee.userId,
            kind: 'consent.granted',
            params: { resident: actor.name },
            link: '/gedeelde-dossiers',
            mail: { publicUrl },
          },
        ]);
      }
      return row;
    },
    (row) => ({
      action: 'create',
      objectType: 'consent',
      objectId: row.id,
      subjectId: residentId,
      basis: 'own_data',
      actor,
      actingAs: 'resident',
    }),
  );
}

/** Withdrawal holds at once: the next read on this consent is refused. */
export async function withdrawConsent({ db, actor, id }: ResidentOptions & { id: string }): Promise<void> {
  const residentId = actor.personId;
  await audited(
    db,
    {
      action: 'update',
      objectType: 'consent',
      objectId: id,
      subjectId: residentId,
      basis: 'own_data',
      actor,
      actingAs: 'resident',
    },
    async (trx) => {
      const row = await trx
        .selectFrom('consent')
        .select('status')
        .where('id', '=', id)
        .where('resident_id', '=', residentId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound();
      if (row.status === 'withdrawn' || row.status === 'declined') return;
      // A request not yet answered is declined by withdrawing it; an active consent is withdrawn.
      await trx
        .updateTable('consent')
        .set(
          row.status === 'requested'
            ? { status: 'declined', decided_at: sql<Date>`now()` }
            : { status: 'withdrawn', withdrawn_at: sql<Date>`now()` },
        )
        .where('id', '=', id)
        .execute();
    },
  );
}

/** The resident approves or declines a professional's request. */
export async function decideRequest({
  db,
  actor,
  id,
  decision,
  publicUrl,
}: ResidentOptions & { id: string; decision: 'approve' | 'decline'; publicUrl: string }): Promise<void> {
  const residentId = actor.personId;
  await audited(
    db,
    {
      action: 'update',
      objectType: 'consent',
      objectId: id,
      subjectId: residentId,
      basis: 'own_data',
      actor,
      actingAs: 'resident',
    },
    async (trx) => {
      const row = await trx
        .selectFrom('consent')
        .select(['status', 'requested_by'])
        .where('id', '=', id)
        .where('resident_id', '=', residentId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound();
      if (row.status !== 'requested') {
        throw new AppError(
          'invalid_transition',
          bilingual('Deze vraag is al beantwoord.', 'This request has already been answered.'),
        );
      }
      await trx
        .updateTable('consent')
        .set({
          status: decision === 'approve' ? 'active' : 'declined',
          decided_at: sql<Date>`now()`,
          // Consent counts from the moment it is given, not from the moment it was asked.
          ...(decision === 'approve' ? { valid_from: sql<Date>`least(now(), valid_from)` } : {}),
        })
        .where('id', '=', id)
        .execute();
      if (row.requested_by) {
        await notify(trx, [
          {
            personId: row.requested_by,
            kind: decision === 'approve' ? 'consent.approved' : 'consent.declined',
            params: { resident: actor.name },
            link: '/gedeelde-dossiers',
            mail: { publicUrl },
          },
        ]);
      }
      // A consent for a Wmo consultant's question to the GP: now the GP is asked (decision 0020).
      const advice =
        decision === 'approve'
          ? await trx
              .selectFrom('wmo_advice as a')
              .innerJoin('wmo_case as c', 'c.id', 'a.case_id')
              .innerJoin('person as w', 'w.id', 'c.consultant_id')
              .select(['a.id', 'a.gp_id', 'w.name as consultant'])
              .where('a.consent_id', '=', id)
              .executeTakeFirst()
          : undefined;
      if (advice) {
        await notify(trx, [
          {
            personId: advice.gp_id,
            kind: 'wmo.advice_requested',
            params: { consultant: advice.consultant, resident: actor.name },
            link: `/wmo-advies/${advice.id}`,
            mail: { publicUrl },
          },
        ]);
      }
    },
  );
}

/** Every consent and request of the resident, newest first, with when each was last used. */
export async function listConsents({
  db,
  residentId,
  only,
}: {
  db: Kysely<DB>;
  residentId: string;
  only?: string;
}): Promise<ConsentView[]> {
  let q = db
    .selectFrom('consent as c')
    .leftJoin('person as gp', 'gp.id', 'c.grantee_person_id')
    .leftJoin('organisation as go', 'go.id', 'c.grantee_organisation_id')
    .leftJoin('person as rp', 'rp.id', 'c.requested_by')
    .select([
      'c.id',
      'c.grantee_person_id',
      'c.grantee_organisation_id',
      'c.grantee_discipline',
      'gp.name as grantee_name',
      'go.name as organisation_name',
      'c.purpose',
      'c.purpose_ref',
      'c.categories',
      'c.status',
      'rp.name as requester_name',
      'c.request_note',
      'c.created_at',
      'c.decided_at',
      'c.withdrawn_at',
      sql<string>`to_char(c.valid_from AT TIME ZONE ${sql.lit(ZONE)}, 'YYYY-MM-DD')`.as('valid_from_day'),
      sql<string>`to_char((c.valid_until AT TIME ZONE ${sql.lit(ZONE)}) - interval '1 day', 'YYYY-MM-DD')`.as(
        'valid_until_day',
      ),
      sql<boolean>`c.valid_until <= now()`.as('expired'),
      (eb) =>
        eb
          .selectFrom('audit_log as a')
          .select((e) => e.fn.max('a.at').as('last'))
          .where('a.subject_id', '=', residentId)
          .where('a.basis', '=', 'consent')
          .whereRef('a.basis_id', '=', sql<string>`c.id::text`)
          .where('a.outcome', '=', 'success')
          .as('last_used'),
    ])
    .where('c.resident_id', '=', residentId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id');
  if (only) q = q.where('c.id', '=', only);
  const rows = await q.execute();
  // The grantee person's organisation, for "Sanne Dirks (praktijkondersteuner, Huisartsenpraktijk …)".
  const personIds = [...new Set(rows.map((r) => r.grantee_person_id).filter((x): x is string => !!x))];
  const orgOf = new Map<string, { name: string; discipline: Discipline | null }>();
  if (personIds.length) {
    const ms = await db
      .selectFrom('membership as m')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .select(['m.person_id', 'o.name', 'm.discipline'])
      .where('m.person_id', 'in', personIds)
      .where('m.role', '=', 'professional')
      .orderBy('m.created_at')
      .execute();
    for (const m of ms) if (!orgOf.has(m.person_id)) orgOf.set(m.person_id, m);
  }
  const names = await refNames(
    db,
    rows.map((r) => r.purpose_ref),
  );
  return rows.map((r) => {
    const person = r.grantee_person_id ? orgOf.get(r.grantee_person_id) : undefined;
    const status = r.status === 'active' && r.expired ? 'expired' : r.status;
    const last = r.last_used as Date | string | null;
    return {
      id: r.id,
      grantee: r.grantee_person_id
        ? {
            kind: 'person' as const,
            id: r.grantee_person_id,
            name: r.grantee_name ?? '?',
            organisation: person?.name ?? null,
            role: person?.discipline ?? null,
          }
        : {
            kind: 'organisation' as const,
            id: r.grantee_organisation_id!,
            name: r.organisation_name ?? '?',
            organisation: r.organisation_name ?? null,
            role: r.grantee_discipline,
          },
      purpose: r.purpose,
      purposeRef: r.purpose_ref,
      purposeRefName: r.purpose_ref ? (names.get(r.purpose_ref) ?? null) : null,
      categories: r.categories,
      validFrom: r.valid_from_day,
      validUntil: r.valid_until_day,
      status,
      requestedBy: r.requester_name,
      requestNote: r.request_note,
      createdAt: r.created_at.toISOString(),
      decidedAt: r.decided_at?.toISOString() ?? null,
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
      lastUsedAt: last ? new Date(last).toISOString() : null,
    };
  });
}

/** Whom a resident can give consent to: professionals and organisations of the resident's region. */
export async function searchGrantees({
  db,
  actor,
  q,
}: {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  q: string;
}) {
  const regions = db
    .selectFrom('membership as rm')
    .innerJoin('neighbourhood as n', 'n.id', 'rm.neighbourhood_id')
    .select('n.region_id')
    .where('rm.person_id', '=', actor.personId)
    .where('rm.role', '=', 'resident');
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const people = await db
    .selectFrom('membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['p.id', 'p.name', 'm.discipline', 'o.id as organisation_id', 'o.name as organisation_name'])
    .where('m.role', '=', 'professional')
    .where('p.deleted_at', 'is', null)
    .where('o.region_id', 'in', regions)
    .where((eb) => eb.or([eb('p.name', 'ilike', like), eb('o.name', 'ilike', like)]))
    .orderBy('p.name')
    .limit(50)
    .execute();
  const organisations = await db
    .selectFrom('organisation as o')
    .select(['o.id', 'o.name', 'o.type'])
    .where('o.region_id', 'in', regions)
    .where('o.type', '<>', 'insurer')
    .where('o.name', 'ilike', like)
    .orderBy('o.name')
    .limit(50)
    .execute();
  return {
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.discipline!,
      organisation: { id: p.organisation_id, name: p.organisation_name },
    })),
    organisations,
  };
}

// --- the professional's side ----------------------------------------------------------------------------

/**
 * A professional asks a resident for consent, by the resident's e-mail address. The answer is the same
 * whether or not that address belongs to a resident, so asking reveals nobody's presence in Wijkpunt.
 */
export async function requestConsent({
  db,
  actor,
  input,
  publicUrl,
}: {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  input: RequestInput;
  publicUrl: string;
}): Promise<void> {
  const membership = professionalMemberships(actor)[0];
  if (!membership) throw new AppError('forbidden');
  await checkDates(db, undefined, input.validUntil);
  const resident = await db
    .selectFrom('person as p')
    .innerJoin('membership as m', 'm.person_id', 'p.id')
    .select('p.id')
    .where(sql`lower(p.email)`, '=', input.residentEmail.toLowerCase())
    .where('p.deleted_at', 'is', null)
    .where('m.role', '=', 'resident')
    .executeTakeFirst();
  if (!resident || resident.id === actor.personId) return;
  await auditedResult(
    db,
    async (trx) => {
      const row = await trx
        .insertInto('consent')
        .values({
          resident_id: resident.id,
          grantee_person_id: input.for === 'me' ? actor.personId : null,
          grantee_organisation_id: input.for === 'organisation' ? membership.organisationId : null,
          grantee_discipline: input.for === 'organisation' ? membership.discipline : null,
          purpose: input.purpose,
          purpose_ref: input.purposeRef ?? null,
          categories: input.categories,
          valid_from: sql<Date>`now()`,
          valid_until: endOfDay(input.validUntil),
          status: 'requested',
          requested_by: actor.personId,
          request_note: input.note || null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await notify(trx, [
        {
          personId: resident.id,
          kind: 'consent.requested',
          params: { requester: actor.name, organisation: membership.organisationName ?? '' },
          link: '/mijn-dossier/toestemming',
          mail: { publicUrl },
        },
      ]);
      return row;
    },
    (row) => ({
      action: 'create',
      objectType: 'consent',
      objectId: row.id,
      subjectId: resident.id,
      basis: 'consent',
      basisId: row.id,
      actor,
      actingAs: 'professional',
    }),
  );
}

export interface Basis {
  basis: 'consent' | 'emergency';
  basisId: string;
}

export interface PurposeOfUse {
  purpose: Purpose;
  purposeRef?: string | undefined;
}

/**
 * Which parts of a resident's record this caller may open now for this purpose, and on which basis each:
 * an active consent that names the caller, or the caller's organisation (and discipline), for this purpose
 * and part; else the caller's open emergency access. Only professionals are ever admitted, so a consent can
 * never open a record to a coordinator or funder, whatever it names.
 */
export async function recordBases(
  db: Kysely<DB>,
  actor: Actor,
  residentId: string,
  use: PurposeOfUse,
): Promise<Map<RecordCategory, Basis>> {
  const out = new Map<RecordCategory, Basis>();
  const mine = professionalMemberships(actor);
  if (actor.kind !== 'person' || !actor.personId || !mine.length || actor.personId === residentId) return out;
  const orgIds = [...new Set(mine.map((m) => m.organisationId!))];
  const consents = await db
    .selectFrom('consent')
    .select(['id', 'grantee_person_id', 'grantee_organisation_id', 'grantee_discipline', 'categories'])
    .where('resident_id', '=', residentId)
    .where('status', '=', 'active')
    .where('purpose', '=', use.purpose)
    .where((eb) =>
      use.purposeRef
        ? eb.or([eb('purpose_ref', 'is', null), eb('purpose_ref', '=', use.purposeRef)])
        : eb('purpose_ref', 'is', null),
    )
    .where('valid_from', '<=', sql<Date>`now()`)
    .where('valid_until', '>', sql<Date>`now()`)
    .where((eb) =>
      eb.or([eb('grantee_person_id', '=', actor.personId), eb('grantee_organisation_id', 'in', orgIds)]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const c of consents) {
    const fits =
      c.grantee_person_id === actor.personId ||
      mine.some(
        (m) =>
          m.organisationId === c.grantee_organisation_id &&
          (!c.grantee_discipline || c.grantee_discipline === m.discipline),
      );
    if (!fits) continue;
    for (const cat of c.categories) if (!out.has(cat)) out.set(cat, { basis: 'consent', basisId: c.id });
  }
  if (out.size === RECORD_CATEGORIES.length) return out;
  const treatingOrgs = mine.filter((m) => TREATING.has(m.discipline!)).map((m) => m.organisationId!);
  if (!treatingOrgs.length) return out;
  const emergency = await db
    .selectFrom('emergency_access')
    .select('id')
    .where('resident_id', '=', residentId)
    .where('professional_id', '=', actor.personId)
    .where('organisation_id', 'in', treatingOrgs)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  if (emergency) {
    for (const cat of RECORD_CATEGORIES) {
      if (!out.has(cat)) out.set(cat, { basis: 'emergency', basisId: emergency.id });
    }
  }
  return out;
}

/** The residents whose records the professional may open now: by consent, or by open emergency access. */
export async function sharedWithMe({ db, actor }: { db: Kysely<DB>; actor: Actor & { personId: string } }) {
  const mine = professionalMemberships(actor);
  if (!mine.length) return { items: [], emergencyAllowed: false };
  const emergencyAllowed = mine.some((m) => TREATING.has(m.discipline!));
  const orgIds = [...new Set(mine.map((m) => m.organisationId!))];
  const rows = await db
    .selectFrom('consent as c')
    .innerJoin('person as r', 'r.id', 'c.resident_id')
    .select([
      'c.id',
      'c.resident_id',
      'r.name',
      'c.grantee_person_id',
      'c.grantee_organisation_id',
      'c.grantee_discipline',
      'c.purpose',
      'c.purpose_ref',
      'c.categories',
      sql<string>`to_char((c.valid_until AT TIME ZONE ${sql.lit(ZONE)}) - interval '1 day', 'YYYY-MM-DD')`.as(
        'valid_until_day',
      ),
    ])
    .where('c.status', '=', 'active')
    .where('r.deleted_at', 'is', null)
    .where('c.valid_from', '<=', sql<Date>`now()`)
    .where('c.valid_until', '>', sql<Date>`now()`)
    .where((eb) =>
      eb.or([eb('c.grantee_person_id', '=', actor.personId), eb('c.grantee_organisation_id', 'in', orgIds)]),
    )
    .orderBy('r.name')
    .orderBy('c.created_at')
    .execute();
  const emergencies = await db
    .selectFrom('emergency_access as e')
    .innerJoin('person as r', 'r.id', 'e.resident_id')
    .select(['e.resident_id', 'r.name', 'e.expires_at'])
    .where('e.professional_id', '=', actor.personId)
    .where('e.expires_at', '>', sql<Date>`now()`)
    .where('r.deleted_at', 'is', null)
    .execute();
  type Item = {
    residentId: string;
    name: string;
    consents: {
      id: string;
      purpose: Purpose;
      purposeRef: string | null;
      purposeRefName: string | null;
      categories: RecordCategory[];
      validUntil: string;
    }[];
    emergencyUntil: string | null;
  };
  const names = await refNames(
    db,
    rows.map((r) => r.purpose_ref),
  );
  const byResident = new Map<string, Item>();
  const entry = (id: string, name: string) => {
    let it = byResident.get(id);
    if (!it) byResident.set(id, (it = { residentId: id, name, consents: [], emergencyUntil: null }));
    return it;
  };
  for (const c of rows) {
    const fits =
      c.grantee_person_id === actor.personId ||
      mine.some(
        (m) =>
          m.organisationId === c.grantee_organisation_id &&
          (!c.grantee_discipline || c.grantee_discipline === m.discipline),
      );
    if (!fits) continue;
    entry(c.resident_id, c.name).consents.push({
      id: c.id,
      purpose: c.purpose,
      purposeRef: c.purpose_ref,
      purposeRefName: c.purpose_ref ? (names.get(c.purpose_ref) ?? null) : null,
      categories: c.categories,
      validUntil: c.valid_until_day,
    });
  }
  for (const e of emergencies) entry(e.resident_id, e.name).emergencyUntil = e.expires_at.toISOString();
  return { items: [...byResident.values()], emergencyAllowed };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a purpose_ref names, in a few words for people: a referral's destination, or the GP a Wmo question
 * went to. Other references (an MDO's name) are their own words.
 */
async function refNames(db: Kysely<DB>, refs: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(refs.filter((r): r is string => !!r && UUID.test(r)))];
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const referrals = await db
    .selectFrom('referral as r')
    .innerJoin('organisation as o', 'o.id', 'r.to_organisation_id')
    .leftJoin('team as t', 't.id', 'r.to_team_id')
    .leftJoin('sm_service as s', 's.id', 'r.to_service_id')
    .select(['r.id', sql<string>`coalesce(s.name, t.name, o.name)`.as('name')])
    .where('r.id', 'in', ids)
    .execute();
  for (const r of referrals) out.set(r.id, r.name);
  const advice = await db
    .selectFrom('wmo_advice as a')
    .innerJoin('person as g', 'g.id', 'a.gp_id')
    .select(['a.id', 'g.name'])
    .where('a.id', 'in', ids)
    .execute();
  for (const a of advice) out.set(a.id, a.name);
  return out;
}

/** Words for a purpose, for pages and FHIR exports. */
export const PURPOSE_WORDS: Record<Purpose, Record<Locale, string>> = {
  treatment: { nl: 'behandeling', en: 'treatment' },
  referral: { nl: 'verwijzing', en: 'referral' },
  mdo: { nl: 'multidisciplinair overleg (MDO)', en: 'case conference (MDO)' },
  wmo_advice: { nl: 'Wmo-advies', en: 'Wmo advice' },
  research: { nl: 'onderzoek', en: 'research' },
};
