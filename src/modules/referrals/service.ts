// Closed-loop referrals (docs/decisions/0019-referrals-and-front-desk.md). A professional, the front desk or
// the resident refers to an organisation, a team or a service of the social map; the receiver takes it
// through the FHIR Task statuses in lifecycle.ts; every step is kept, audited and seen by referrer,
// receiver and resident. What data goes with it is a consent in the resident's ledger (purpose referral,
// purpose_ref = the referral's id, grantee the receiving organisation): the receiver opens exactly those
// parts through the record's door, and the consent ends when the referral closes.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { hasRole } from '../../server/auth/actor.ts';
import { writeAudit } from '../../server/audit.ts';
import type { DB } from '../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../server/errors.ts';
import { recordBases } from '../consent/service.ts';
import { markReferred } from '../frontdesk/service.ts';
import { notify, type NewNotification, type NotificationKind } from '../notifications/service.ts';
import type { RecordCategory } from '../record/categories.ts';
import { allowed, isOpen, NEEDS_OUTCOME, NEEDS_REASON, partyFor } from './lifecycle.ts';
import type { CreateInput, TransitionInput } from './schema.ts';
import type { Feedback, Party, ReferralStatus } from './tables.ts';
import { workOn } from './work.ts';

type Db = Kysely<DB>;
type PersonActor = Actor & { personId: string };

const fieldError = (path: string, nl: string, en: string) =>
  new AppError('validation_failed', undefined, [{ path, message: bilingual(nl, en) }]);

/** How long the consent of a referral holds when the referrer names no end: half a year. */
const CONSENT_DAYS = 183;

const professionalOrgs = (actor: Actor) =>
  actor.memberships
    .filter((m) => m.role === 'professional' && m.organisationId)
    .map((m) => m.organisationId!);

// --- creating -----------------------------------------------------------------------------------------

interface Destination {
  organisationId: string;
  teamId: string | null;
  serviceId: string | null;
  sessionId: string | null;
  waitingList: boolean;
  name: string;
}

async function resolveDestination(db: Db | Transaction<DB>, to: CreateInput['to']): Promise<Destination> {
  if (to.team) {
    const team = await db
      .selectFrom('team as t')
      .innerJoin('organisation as o', 'o.id', 't.organisation_id')
      .select(['t.id', 't.organisation_id', 't.name', 'o.name as org'])
      .where('t.id', '=', to.team)
      .executeTakeFirst();
    if (!team) throw fieldError('body.to.team', 'Dit team bestaat niet.', 'This team does not exist.');
    const name = `${team.name} (${team.org})`;
    return {
      organisationId: team.organisation_id,
      teamId: team.id,
      serviceId: null,
      sessionId: null,
      waitingList: false,
      name,
    };
  }
  if (to.organisationId) {
    const org = await db
      .selectFrom('organisation')
      .select(['id', 'name'])
      .where('id', '=', to.organisationId)
      .executeTakeFirst();
    if (!org) {
      throw fieldError(
        'body.to.organisationId',
        'Deze organisatie bestaat niet.',
        'This organisation does not exist.',
      );
    }
    return {
      organisationId: org.id,
      teamId: null,
      serviceId: null,
      sessionId: null,
      waitingList: false,
      name: org.name,
    };
  }
  const service = await db
    .selectFrom('sm_service as s')
    .leftJoin('sm_organization as so', 'so.id', 's.organization_id')
    .select(['s.id', 's.name', 's.status', 'so.organisation_id'])
    .where('s.id', '=', to.serviceId!)
    .executeTakeFirst();
  if (!service || service.status !== 'active') {
    throw fieldError(
      'body.to.serviceId',
      'Dit aanbod bestaat niet (meer) op de sociale kaart.',
      'This service is not (or no longer) on the social map.',
    );
  }
  if (!service.organisation_id) {
    throw fieldError(
      'body.to.serviceId',
      'Dit aanbod neemt geen verwijzingen aan via Wijkpunt. Neem rechtstreeks contact op.',
      'This service does not take referrals through Wijkpunt. Contact it directly.',
    );
  }
  let waitingList = false;
  if (to.sessionId) {
    const session = await db
      .selectFrom('sm_session')
      .select(['id', 'capacity', 'places_taken', 'waiting_list', 'starts_at'])
      .where('id', '=', to.sessionId)
      .where('service_id', '=', service.id)
      .forUpdate()
      .executeTakeFirst();
    if (!session || session.starts_at.getTime() < Date.now()) {
      throw fieldError(
        'body.to.sessionId',
        'Deze bijeenkomst bestaat niet of is al geweest.',
        'This session does not exist or is in the past.',
      );
    }
    const full = session.capacity !== null && session.places_taken >= session.capacity;
    if (full && !session.waiting_list) {
      throw fieldError(
        'body.to.sessionId',
        'Deze bijeenkomst is vol en heeft geen wachtlijst. Kies een andere.',
        'This session is full and has no waiting list. Choose another one.',
      );
    }
    waitingList = full;
  }
  return {
    organisationId: service.organisation_id,
    teamId: null,
    serviceId: service.id,
    sessionId: to.sessionId ?? null,
    waitingList,
    name: service.name,
  };
}

async function checkNeeds(db: Db, needs: string[]) {
  if (!needs.length) return;
  const known = new Set(
    (await db.selectFrom('sm_taxonomy_term').select('code').where('code', 'in', needs).execute()).map(
      (r) => r.code,
    ),
  );
  const i = needs.findIndex((n) => !known.has(n));
  if (i >= 0) {
    throw fieldError(
      `body.needs.${i}`,
      `"${needs[i]}" is geen term van de sociale kaart.`,
      `"${needs[i]}" is not a term of the social map.`,
    );
  }
}

/** The people who receive: the team's members, else the organisation's professionals. */
export async function receivers(
  db: Db | Transaction<DB>,
  r: { to_organisation_id: string; to_team_id: string | null },
) {
  if (r.to_team_id) {
    return (
      await db.selectFrom('team_member').select('person_id').where('team_id', '=', r.to_team_id).execute()
    ).map((x) => x.person_id);
  }
  return (
    await db
      .selectFrom('membership')
      .select('person_id')
      .distinct()
      .where('organisation_id', '=', r.to_organisation_id)
      .where('role', '=', 'professional')
      .execute()
  ).map((x) => x.person_id);
}

export async function createReferral({
  db,
  actor,
  input,
  publicUrl,
}: {
  db: Db;
  actor: PersonActor;
  input: CreateInput;
  publicUrl: string;
}): Promise<{ id: string; status: 'requested' }> {
  const self = input.residentId === actor.personId;
  const professional = hasRole(actor, 'professional');
  if (self ? !hasRole(actor, 'resident') : !professional) {
    throw new AppError(
      'forbidden',
      bilingual(
        'Verwijzen kan een zorg- of welzijnsprofessional, of een inwoner voor zichzelf.',
        'A care or welfare professional can refer, or a resident for themselves.',
      ),
    );
  }
  const resident = await db
    .selectFrom('person as p')
    .innerJoin('membership as m', 'm.person_id', 'p.id')
    .select(['p.id', 'p.name'])
    .where('p.id', '=', input.residentId)
    .where('m.role', '=', 'resident')
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!resident) {
    throw fieldError(
      'body.residentId',
      'Deze inwoner is niet bekend in Wijkpunt.',
      'This resident is not known in Wijkpunt.',
    );
  }
  await checkNeeds(db, input.needs);
  // You can only pass on what you may see yourself: the referrer's own basis covers every part sent.
  const parts = input.consent.categories;
  if (parts.length && !self) {
    const mine = await recordBases(db, actor, input.residentId, { purpose: 'treatment' });
    const missing = parts.filter((c) => !mine.has(c));
    if (missing.length) {
      throw fieldError(
        'body.consent.categories',
        `U kunt alleen delen meesturen die u zelf mag zien met toestemming van de inwoner. Niet: ${missing.join(', ')}. Vraag de inwoner eerst om toestemming.`,
        `You can only send parts you may see yourself with the resident's consent. Not: ${missing.join(', ')}. Ask the resident for consent first.`,
      );
    }
  }
  if (input.questionId) {
    const q = await db
      .selectFrom('frontdesk_question')
      .select('resident_id')
      .where('id', '=', input.questionId)
      .executeTakeFirst();
    if (!q || (q.resident_id !== null && q.resident_id !== input.residentId)) {
      throw fieldError(
        'body.questionId',
        'Deze vraag hoort niet bij deze inwoner.',
        'This question does not belong to this resident.',
      );
    }
  }
  const route = self ? 'self' : input.questionId ? 'frontdesk' : 'professional';

  return db.transaction().execute(async (trx) => {
    const to = await resolveDestination(trx, input.to);
    if (to.sessionId && !to.waitingList) {
      await trx
        .updateTable('sm_session')
        .set((eb) => ({ places_taken: eb('places_taken', '+', 1) }))
        .where('id', '=', to.sessionId)
        .execute();
    }
    const row = await trx
      .insertInto('referral')
      .values({
        resident_id: input.residentId,
        referrer_id: actor.personId,
        route,
        question_id: input.questionId ?? null,
        to_organisation_id: to.organisationId,
        to_team_id: to.teamId,
        to_service_id: to.serviceId,
        to_session_id: to.sessionId,
        waiting_list: to.waitingList,
        reason: input.reason,
        needs: input.needs,
        icpc: input.icpc,
        urgency: input.urgency,
        contact_by: input.preferences.contactBy ?? null,
        language: input.preferences.language ?? null,
        status: 'requested',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (parts.length) {
      const consent = await trx
        .insertInto('consent')
        .values({
          resident_id: input.residentId,
          grantee_organisation_id: to.organisationId,
          purpose: 'referral',
          purpose_ref: row.id,
          categories: parts,
          valid_from: sql<Date>`now()`,
          valid_until: input.consent.validUntil
            ? sql<Date>`(${input.consent.validUntil}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`
            : sql<Date>`now() + make_interval(days => ${CONSENT_DAYS})`,
          status: 'active',
          // Taken down by the referrer with the resident (or given by the resident): who recorded it.
          requested_by: actor.personId,
          request_note: self ? null : 'referral',
          decided_at: sql<Date>`now()`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('referral').set({ consent_id: consent.id }).where('id', '=', row.id).execute();
    }
    await trx
      .insertInto('referral_event')
      .values({ referral_id: row.id, actor_id: actor.personId, party: 'referrer', to_status: 'requested' })
      .execute();
    if (input.questionId) await markReferred(trx, input.questionId, actor.personId);
    await writeAudit(trx, {
      action: 'create',
      objectType: 'referral',
      objectId: row.id,
      subjectId: input.residentId,
      basis: self ? 'own_data' : 'referral',
      basisId: self ? null : row.id,
      actor,
      actingAs: self ? 'resident' : 'professional',
    });
    const link = referralPath(row.id);
    const who = { referrer: actor.name, to: to.name };
    const messages: NewNotification[] = (
      await receivers(trx, { to_organisation_id: to.organisationId, to_team_id: to.teamId })
    )
      .filter((p) => p !== actor.personId)
      .map((personId) => ({ personId, kind: 'referral.new', params: who, link, mail: { publicUrl } }));
    if (!self)
      messages.push({
        personId: input.residentId,
        kind: 'referral.made',
        params: who,
        link,
        mail: { publicUrl },
      });
    await notify(trx, messages);
    return { id: row.id, status: 'requested' as const };
  });
}

export const referralPath = (id: string) => `/verwijzingen/${id}`;

// --- who is who in a referral ---------------------------------------------------------------------------

async function loadRow(db: Db | Transaction<DB>, id: string, lock = false) {
  let q = db.selectFrom('referral').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The caller's parts in this referral; a resident who did not refer themselves only follows it. */
export async function partiesOf(
  db: Db | Transaction<DB>,
  actor: PersonActor,
  r: {
    referrer_id: string;
    resident_id: string;
    route: string;
    to_organisation_id: string;
    to_team_id: string | null;
  },
): Promise<{ parties: Party[]; follows: boolean }> {
  const parties: Party[] = [];
  if (r.referrer_id === actor.personId) parties.push('referrer');
  const isReceiver = r.to_team_id
    ? !!(await db
        .selectFrom('team_member')
        .select('person_id')
        .where('team_id', '=', r.to_team_id)
        .where('person_id', '=', actor.personId)
        .executeTakeFirst())
    : professionalOrgs(actor).includes(r.to_organisation_id);
  if (isReceiver) parties.push('receiver');
  if (r.resident_id === actor.personId && r.route === 'self') parties.push('resident');
  return { parties, follows: parties.length > 0 || r.resident_id === actor.personId };
}

// --- reading --------------------------------------------------------------------------------------------

export interface ReferralView {
  id: string;
  status: ReferralStatus;
  route: 'professional' | 'frontdesk' | 'self';
  resident: { id: string; name: string; email: string | null };
  referrer: { id: string; name: string; organisation: string | null };
  to: {
    organisationId: string;
    organisation: string;
    team: { id: string; name: string } | null;
    service: { id: string; name: string } | null;
    session: { id: string; startsAt: string } | null;
    waitingList: boolean;
  };
  reason: string;
  needs: { code: string; name: string }[];
  icpc: string[];
  urgency: 'routine' | 'urgent';
  preferences: { contactBy: 'phone' | 'email' | 'letter' | null; language: string | null };
  consent: { id: string; categories: RecordCategory[]; active: boolean } | null;
  owner: string | null;
  feedback: (Feedback & { linkedServices: { id: string; name: string }[] }) | null;
  createdAt: string;
  statusAt: string;
  /** waited longer than the agreed working days to be received or accepted */
  overdue: boolean;
  /** the receiving side's contact moments and linked services: for receiver and resident only */
  work: Awaited<ReturnType<typeof workOn>> | null;
  /** what the caller is in this referral, and where the caller may take it from here */
  parties: Party[];
  allowedTransitions: ReferralStatus[];
  timeline: {
    at: string;
    actor: string | null;
    party: Party;
    from: ReferralStatus | null;
    to: ReferralStatus;
    reason: string | null;
  }[];
}

async function orgOf(db: Db, personId: string) {
  const m = await db
    .selectFrom('membership as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select('o.name')
    .where('m.person_id', '=', personId)
    .where('m.role', '=', 'professional')
    .orderBy('m.created_at')
    .executeTakeFirst();
  return m?.name ?? null;
}

/** One referral as the caller sees it; 404 (and a denied row in the resident's log) for anyone else. */
export async function getReferral({
  db,
  actor,
  id,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
}): Promise<ReferralView> {
  const r = await loadRow(db, id);
  if (!r) throw notFound();
  const { parties, follows } = await partiesOf(db, actor, r);
  const audit = {
    action: 'read' as const,
    objectType: 'referral',
    objectId: id,
    subjectId: r.resident_id,
    basis: r.resident_id === actor.personId ? ('own_data' as const) : ('referral' as const),
    basisId: r.resident_id === actor.personId ? null : id,
    actor,
  };
  if (!follows) {
    await db.transaction().execute((trx) => writeAudit(trx, { ...audit, outcome: 'denied' }));
    throw notFound();
  }
  await db.transaction().execute((trx) => writeAudit(trx, audit));
  return present(db, r, parties, actor.personId);
}

async function present(
  db: Db,
  r: NonNullable<Awaited<ReturnType<typeof loadRow>>>,
  parties: Party[],
  viewerId: string,
): Promise<ReferralView> {
  const [resident, referrer, org, team, service, session, consent, owner, events, needs] = await Promise.all([
    db
      .selectFrom('person')
      .select(['id', 'name', 'email'])
      .where('id', '=', r.resident_id)
      .executeTakeFirstOrThrow(),
    db.selectFrom('person').select(['id', 'name']).where('id', '=', r.referrer_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('organisation')
      .select('name')
      .where('id', '=', r.to_organisation_id)
      .executeTakeFirstOrThrow(),
    r.to_team_id
      ? db.selectFrom('team').select(['id', 'name']).where('id', '=', r.to_team_id).executeTakeFirst()
      : null,
    r.to_service_id
      ? db
          .selectFrom('sm_service')
          .select(['id', 'name'])
          .where('id', '=', r.to_service_id)
          .executeTakeFirst()
      : null,
    r.to_session_id
      ? db
          .selectFrom('sm_session')
          .select(['id', 'starts_at'])
          .where('id', '=', r.to_session_id)
          .executeTakeFirst()
      : null,
    r.consent_id
      ? db
          .selectFrom('consent')
          .select([
            'id',
            'categories',
            'status',
            sql<boolean>`valid_until > now() AND valid_from <= now()`.as('current'),
          ])
          .where('id', '=', r.consent_id)
          .executeTakeFirst()
      : null,
    r.owner_id
      ? db.selectFrom('person').select('name').where('id', '=', r.owner_id).executeTakeFirst()
      : null,
    db
      .selectFrom('referral_event as e')
      .leftJoin('person as p', 'p.id', 'e.actor_id')
      .select(['e.at', 'p.name', 'e.party', 'e.from_status', 'e.to_status', 'e.reason'])
      .where('e.referral_id', '=', r.id)
      .orderBy('e.id')
      .execute(),
    r.needs.length
      ? db.selectFrom('sm_taxonomy_term').select(['code', 'name']).where('code', 'in', r.needs).execute()
      : [],
  ]);
  const linked = r.feedback?.linkedServiceIds.length
    ? await db
        .selectFrom('sm_service')
        .select(['id', 'name'])
        .where('id', 'in', r.feedback.linkedServiceIds)
        .execute()
    : [];
  const names = new Map(needs.map((n) => [n.code!, n.name]));
  return {
    id: r.id,
    status: r.status,
    route: r.route,
    resident: { id: resident.id, name: resident.name, email: resident.email },
    referrer: { id: referrer.id, name: referrer.name, organisation: await orgOf(db, referrer.id) },
    to: {
      organisationId: r.to_organisation_id,
      organisation: org.name,
      team: team ?? null,
      service: service ?? null,
      session: session ? { id: session.id, startsAt: session.starts_at.toISOString() } : null,
      waitingList: r.waiting_list,
    },
    reason: r.reason,
    needs: r.needs.map((code) => ({ code, name: names.get(code) ?? code })),
    icpc: r.icpc,
    urgency: r.urgency,
    preferences: { contactBy: r.contact_by, language: r.language },
    consent: consent
      ? {
          id: consent.id,
          categories: consent.categories,
          active: consent.status === 'active' && consent.current,
        }
      : null,
    owner: owner?.name ?? null,
    feedback: r.feedback
      ? {
          ...r.feedback,
          linkedServices: r.feedback.linkedServiceIds.map(
            (id) => linked.find((s) => s.id === id) ?? { id, name: id },
          ),
        }
      : null,
    createdAt: r.created_at.toISOString(),
    statusAt: r.status_at.toISOString(),
    overdue: r.overdue_at !== null,
    work: parties.includes('receiver') || r.resident_id === viewerId ? await workOn(db, r.id) : null,
    parties,
    allowedTransitions: allowed(parties, r.status),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      actor: e.name,
      party: e.party,
      from: e.from_status,
      to: e.to_status,
      reason: e.reason,
    })),
  };
}

// --- moving on ------------------------------------------------------------------------------------------

const TOLD: Partial<
  Record<ReferralStatus, { kind: NotificationKind; referrer: boolean; resident: boolean; receivers: boolean }>
> = {
  accepted: { kind: 'referral.accepted', referrer: true, resident: true, receivers: false },
  rejected: { kind: 'referral.rejected', referrer: true, resident: true, receivers: false },
  completed: { kind: 'referral.completed', referrer: true, resident: true, receivers: false },
  failed: { kind: 'referral.failed', referrer: true, resident: true, receivers: false },
  cancelled: { kind: 'referral.cancelled', referrer: true, resident: true, receivers: true },
};

export async function transition({
  db,
  actor,
  id,
  input,
  publicUrl,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
  input: TransitionInput;
  publicUrl: string;
}): Promise<{ id: string; status: ReferralStatus; allowedTransitions: ReferralStatus[] }> {
  const out = await db.transaction().execute(async (trx) => {
    const r = await loadRow(trx, id, true);
    if (!r) throw notFound();
    const { parties, follows } = await partiesOf(trx, actor, r);
    if (!follows) return { denied: r.resident_id } as const;
    const can = allowed(parties, r.status);
    const party = partyFor(parties, r.status, input.to);
    if (!party) {
      throw new AppError(
        'invalid_transition',
        bilingual(
          `Van "${r.status}" naar "${input.to}" kan niet. Wel: ${can.join(', ') || 'niets meer'}.`,
          `From "${r.status}" to "${input.to}" is not possible. Possible: ${can.join(', ') || 'nothing more'}.`,
        ),
        [],
        { status: r.status, allowed: can },
      );
    }
    if (NEEDS_REASON.has(input.to) && !input.reason) {
      throw fieldError('body.reason', 'Schrijf de reden op.', 'Write down the reason.');
    }
    if (NEEDS_OUTCOME.has(input.to) && !input.outcome) {
      throw fieldError(
        'body.outcome',
        'Vul het terugbericht in: welke hulp, en wat het opleverde.',
        'Fill in the message back: what support, and what came of it.',
      );
    }
    if (input.outcome?.linkedServiceIds.length) {
      const found = await trx
        .selectFrom('sm_service')
        .select('id')
        .where('id', 'in', input.outcome.linkedServiceIds)
        .execute();
      const i = input.outcome.linkedServiceIds.findIndex((s) => !found.some((f) => f.id === s));
      if (i >= 0) {
        throw fieldError(
          `body.outcome.linkedServiceIds.${i}`,
          'Dit aanbod staat niet op de sociale kaart.',
          'This service is not on the social map.',
        );
      }
    }
    await trx
      .updateTable('referral')
      .set({
        status: input.to,
        status_at: sql<Date>`now()`,
        overdue_at: null,
        ...(input.to === 'accepted' ? { owner_id: actor.personId } : {}),
        ...(input.to === 'completed' && input.outcome ? { feedback: JSON.stringify(input.outcome) } : {}),
      })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('referral_event')
      .values({
        referral_id: id,
        actor_id: actor.personId,
        party,
        from_status: r.status,
        to_status: input.to,
        reason: input.reason ?? null,
      })
      .execute();
    if (!isOpen(input.to)) await close(trx, r);
    await writeAudit(trx, {
      action: 'update',
      objectType: 'referral',
      objectId: id,
      subjectId: r.resident_id,
      basis: party === 'resident' ? 'own_data' : 'referral',
      basisId: party === 'resident' ? null : id,
      actor,
    });
    const told = TOLD[input.to];
    if (told) {
      const to = await destinationName(trx, r);
      const people = new Set<string>();
      if (told.referrer) people.add(r.referrer_id);
      if (told.resident) people.add(r.resident_id);
      if (told.receivers) for (const p of await receivers(trx, r)) people.add(p);
      people.delete(actor.personId);
      await notify(
        trx,
        [...people].map((personId) => ({
          personId,
          kind: told.kind,
          params: { to },
          link: referralPath(id),
          mail: { publicUrl },
        })),
      );
    }
    return { id, status: input.to, allowedTransitions: allowed(parties, input.to) };
  });
  if ('denied' in out) {
    await db.transaction().execute((trx) =>
      writeAudit(trx, {
        action: 'update',
        objectType: 'referral',
        objectId: id,
        subjectId: out.denied,
        basis: 'referral',
        basisId: id,
        actor,
        outcome: 'denied',
      }),
    );
    throw notFound();
  }
  return out;
}

/** A closed referral no longer opens the record, and gives back a booked place. */
async function close(
  trx: Transaction<DB>,
  r: { consent_id: string | null; to_session_id: string | null; waiting_list: boolean },
) {
  if (r.consent_id) {
    await trx
      .updateTable('consent')
      .set({ valid_until: sql<Date>`greatest(now(), valid_from + interval '1 microsecond')` })
      .where('id', '=', r.consent_id)
      .where('valid_until', '>', sql<Date>`now()`)
      .execute();
  }
  if (r.to_session_id && !r.waiting_list) {
    await trx
      .updateTable('sm_session')
      .set((eb) => ({ places_taken: sql<number>`greatest(${eb.ref('places_taken')} - 1, 0)` }))
      .where('id', '=', r.to_session_id)
      .execute();
  }
}

export async function destinationName(
  db: Db | Transaction<DB>,
  r: { to_organisation_id: string; to_team_id: string | null; to_service_id: string | null },
) {
  if (r.to_service_id) {
    return (
      await db
        .selectFrom('sm_service')
        .select('name')
        .where('id', '=', r.to_service_id)
        .executeTakeFirstOrThrow()
    ).name;
  }
  if (r.to_team_id) {
    return (
      await db.selectFrom('team').select('name').where('id', '=', r.to_team_id).executeTakeFirstOrThrow()
    ).name;
  }
  return (
    await db
      .selectFrom('organisation')
      .select('name')
      .where('id', '=', r.to_organisation_id)
      .executeTakeFirstOrThrow()
  ).name;
}

// --- lists ----------------------------------------------------------------------------------------------

export interface ReferralListItem {
  id: string;
  status: ReferralStatus;
  resident: string;
  referrer: string;
  to: string;
  urgency: 'routine' | 'urgent';
  createdAt: string;
  statusAt: string;
  overdue: boolean;
}

/** The caller's referrals: sent, received (team or organisation), or about the caller (residents). */
export async function listReferrals({
  db,
  actor,
  box,
  status,
}: {
  db: Db;
  actor: PersonActor;
  box: 'sent' | 'received' | 'mine';
  status?: ReferralStatus | undefined;
}): Promise<ReferralListItem[]> {
  const orgs = professionalOrgs(actor);
  if (box === 'received' && !orgs.length) return [];
  let q = db
    .selectFrom('referral as r')
    .innerJoin('person as res', 'res.id', 'r.resident_id')
    .innerJoin('person as ref', 'ref.id', 'r.referrer_id')
    .innerJoin('organisation as o', 'o.id', 'r.to_organisation_id')
    .leftJoin('team as t', 't.id', 'r.to_team_id')
    .leftJoin('sm_service as s', 's.id', 'r.to_service_id')
    .select([
      'r.id',
      'r.status',
      'r.resident_id',
      'res.name as resident',
      'ref.name as referrer',
      sql<string>`coalesce(s.name, t.name, o.name)`.as('to'),
      'r.urgency',
      'r.created_at',
      'r.status_at',
      'r.overdue_at',
    ]);
  if (box === 'sent') q = q.where('r.referrer_id', '=', actor.personId);
  if (box === 'mine') q = q.where('r.resident_id', '=', actor.personId);
  if (box === 'received') {
    q = q
      .where('r.to_organisation_id', 'in', orgs)
      .where((eb) =>
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
      );
  }
  if (status) q = q.where('r.status', '=', status);
  const rows = await q.orderBy('r.status_at', 'desc').limit(500).execute();
  if (rows.length && box !== 'mine') {
    // A list names residents: one read row per resident in their access log.
    await db.transaction().execute(async (trx) => {
      for (const resident of new Set(rows.map((r) => r.resident_id))) {
        await writeAudit(trx, {
          action: 'read',
          objectType: 'referral',
          objectId: null,
          subjectId: resident,
          basis: 'referral',
          actor,
        });
      }
    });
  }
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    resident: r.resident,
    referrer: r.referrer,
    to: r.to,
    urgency: r.urgency,
    createdAt: r.created_at.toISOString(),
    statusAt: r.status_at.toISOString(),
    overdue: r.overdue_at !== null,
  }));
}
