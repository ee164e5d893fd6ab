// Wmo reports and the GP's advice (docs/decisions/0020-wmo-advice.md). A Wmo consultant keeps a case per
// report (melding) with the dates its statutory clocks run from; asks the resident's GP a specific question;
// the resident consents in the app to the parts of the record the advice may use (a consent request with
// purpose wmo_advice, purpose_ref = the advice's id, grantee the consultant), and only then does the GP see
// the question and answer it with a structured advice. The resident sees the case, the question and the
// advice. Who sees a case: its consultant's organisation's Wmo consultants and the resident; a GP sees only
// the advice asked of them; everyone else 404, with a denied row in the resident's log.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { writeAudit, type AuditEntry } from '../../server/audit.ts';
import type { DB } from '../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../server/errors.ts';
import { notify } from '../notifications/service.ts';
import type { RecordCategory } from '../record/categories.ts';
import { clocks } from './clocks.ts';
import type { AdviceInput, CaseInput, CaseUpdate, RequestInput } from './schema.ts';
import type { Advice } from './tables.ts';
import { amsterdamToday } from '../../server/db/today.ts';

type Db = Kysely<DB>;
type PersonActor = Actor & { personId: string };

const fieldError = (path: string, nl: string, en: string) =>
  new AppError('validation_failed', undefined, [{ path, message: bilingual(nl, en) }]);

export const casePath = (id: string) => `/wmo/${id}`;
export const advicePath = (id: string) => `/wmo-advies/${id}`;

const today = (db: Db | Transaction<DB>) => amsterdamToday(db);

/** The organisations in which the caller is a Wmo consultant. */
const consultantOrgs = (actor: Actor) =>
  actor.memberships
    .filter((m) => m.role === 'professional' && m.discipline === 'wmo_consultant' && m.organisationId)
    .map((m) => m.organisationId!);

/** One audit row in its own transaction (reads, and refusals that must outlast a failed change). */
const audit = (db: Db, entry: AuditEntry) => db.transaction().execute((trx) => writeAudit(trx, entry));

/** The caller's consultant organisations; anyone else is refused (403: this API belongs to a discipline). */
function requireConsultant(actor: Actor) {
  const orgs = consultantOrgs(actor);
  if (!orgs.length) {
    throw new AppError(
      'forbidden',
      bilingual('Alleen Wmo-consulenten openen een melding.', 'Only Wmo consultants open a report.'),
    );
  }
  return orgs;
}

// --- finding the resident and the GP --------------------------------------------------------------------

/**
 * The resident with exactly this e-mail address, for a consultant who opens a case for her report. Only
 * Wmo consultants may ask; a hit is a read of her details in her access log; no such resident is 404 named
 * at the field.
 */
export async function findResident({ db, actor, email }: { db: Db; actor: PersonActor; email: string }) {
  requireConsultant(actor);
  const resident = await db
    .selectFrom('person as p')
    .innerJoin('membership as m', 'm.person_id', 'p.id')
    .select(['p.id', 'p.name'])
    .where(sql`lower(p.email)`, '=', email.trim().toLowerCase())
    .where('m.role', '=', 'resident')
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!resident) {
    const message = bilingual(
      'Er is geen inwoner met dit e-mailadres in Wijkpunt.',
      'There is no resident with this e-mail address in Wijkpunt.',
    );
    throw new AppError('not_found', message, [{ path: 'body.email', message }]);
  }
  await audit(db, {
    action: 'read',
    objectType: 'person',
    objectId: resident.id,
    subjectId: resident.id,
    basis: 'administration',
    actor,
  });
  return { id: resident.id, name: resident.name };
}

/** The GPs working in the region(s) of the consultant's municipality, to ask one of them for advice. */
export async function listGps({ db, actor }: { db: Db; actor: PersonActor }) {
  const orgs = requireConsultant(actor);
  const regions = db.selectFrom('organisation').select('region_id').where('id', 'in', orgs);
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['p.id', 'p.name', 'o.id as organisation_id', 'o.name as organisation_name'])
    .where('m.role', '=', 'professional')
    .where('m.discipline', '=', 'gp')
    .where('p.deleted_at', 'is', null)
    .where('o.region_id', 'in', regions)
    .orderBy('p.name')
    .orderBy('o.name')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    organisation: { id: r.organisation_id, name: r.organisation_name },
  }));
}

// --- cases ----------------------------------------------------------------------------------------------

export async function createCase({ db, actor, input }: { db: Db; actor: PersonActor; input: CaseInput }) {
  const orgs = requireConsultant(actor);
  const resident = await db
    .selectFrom('membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select('p.id')
    .where('m.person_id', '=', input.residentId)
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
  if (input.reportedOn > (await today(db))) {
    throw fieldError(
      'body.reportedOn',
      'De datum van de melding ligt in de toekomst.',
      'The date of the report is in the future.',
    );
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('wmo_case')
      .values({
        resident_id: input.residentId,
        consultant_id: actor.personId,
        organisation_id: orgs[0]!,
        subject: input.subject,
        reported_on: input.reportedOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      action: 'create',
      objectType: 'wmo_case',
      objectId: row.id,
      subjectId: input.residentId,
      basis: 'administration',
      actor,
    });
    return { id: row.id };
  });
}

type CaseRow = Awaited<ReturnType<typeof loadCase>>;
const loadCase = (db: Db | Transaction<DB>, id: string) =>
  db.selectFrom('wmo_case').selectAll().where('id', '=', id).executeTakeFirst();

function relation(actor: PersonActor, c: NonNullable<CaseRow>): 'consultant' | 'resident' | null {
  if (consultantOrgs(actor).includes(c.organisation_id)) return 'consultant';
  if (c.resident_id === actor.personId) return 'resident';
  return null;
}

/** The case and the caller's relation to it; a refusal is logged (outside any transaction) and is 404. */
async function seeCase(db: Db, actor: PersonActor, id: string, action: 'read' | 'update') {
  const c = await loadCase(db, id);
  if (!c) throw notFound();
  const rel = relation(actor, c);
  const entry: AuditEntry = {
    action,
    objectType: 'wmo_case',
    objectId: id,
    subjectId: c.resident_id,
    basis: rel === 'resident' ? 'own_data' : 'administration',
    actor,
  };
  if (!rel || (action === 'update' && rel !== 'consultant')) {
    await audit(db, { ...entry, outcome: 'denied' });
    throw notFound();
  }
  return { c, rel, entry };
}

export interface AdviceView {
  id: string;
  caseId: string;
  question: string;
  categories: RecordCategory[];
  consent: 'requested' | 'active' | 'declined' | 'withdrawn' | 'ended';
  gp: { id: string; name: string; organisation: string | null };
  consultant: { name: string; organisation: string };
  resident: { id: string; name: string };
  advice: Advice | null;
  answeredAt: string | null;
  createdAt: string;
}

export async function getCase({ db, actor, id }: { db: Db; actor: PersonActor; id: string }) {
  const { c, rel, entry } = await seeCase(db, actor, id, 'read');
  await audit(db, entry);
  const [resident, consultant, org, advice] = await Promise.all([
    db.selectFrom('person').select(['id', 'name']).where('id', '=', c.resident_id).executeTakeFirstOrThrow(),
    db.selectFrom('person').select('name').where('id', '=', c.consultant_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('organisation')
      .select('name')
      .where('id', '=', c.organisation_id)
      .executeTakeFirstOrThrow(),
    adviceViews(db, (q) => q.where('a.case_id', '=', id)),
  ]);
  return {
    id: c.id,
    subject: c.subject,
    resident,
    consultant: consultant.name,
    organisation: org.name,
    reportedOn: c.reported_on,
    investigatedOn: c.investigated_on,
    appliedOn: c.applied_on,
    decidedOn: c.decided_on,
    decision: c.decision,
    clocks: clocks(c, await today(db)),
    advice,
    mayEdit: rel === 'consultant',
    createdAt: c.created_at.toISOString(),
  };
}

export async function updateCase({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
  input: CaseUpdate;
}) {
  const { entry } = await seeCase(db, actor, id, 'update');
  await db.transaction().execute(async (trx) => {
    const c = (await trx
      .selectFrom('wmo_case')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst())!;
    const next = {
      investigated_on: input.investigatedOn === undefined ? c.investigated_on : input.investigatedOn,
      applied_on: input.appliedOn === undefined ? c.applied_on : input.appliedOn,
      decided_on: input.decidedOn === undefined ? c.decided_on : input.decidedOn,
      decision: input.decision === undefined ? c.decision : input.decision,
    };
    const now = await today(trx);
    for (const [field, value] of [
      ['investigatedOn', next.investigated_on],
      ['appliedOn', next.applied_on],
      ['decidedOn', next.decided_on],
    ] as const) {
      if (value && value < c.reported_on) {
        throw fieldError(
          `body.${field}`,
          'Deze datum ligt vóór de melding.',
          'This date is before the report.',
        );
      }
      if (value && value > now) {
        throw fieldError(`body.${field}`, 'Deze datum ligt in de toekomst.', 'This date is in the future.');
      }
    }
    if (next.decided_on && !next.applied_on) {
      throw fieldError(
        'body.decidedOn',
        'Een besluit volgt op een aanvraag: vul eerst de aanvraagdatum in.',
        'A decision follows an application: fill in the application date first.',
      );
    }
    if (next.decided_on && next.applied_on && next.decided_on < next.applied_on) {
      throw fieldError(
        'body.decidedOn',
        'Het besluit ligt vóór de aanvraag.',
        'The decision is before the application.',
      );
    }
    if (!next.decided_on !== !next.decision) {
      throw fieldError(
        next.decided_on ? 'body.decision' : 'body.decidedOn',
        'Vul het besluit en de datum van het besluit samen in.',
        'Fill in the decision and its date together.',
      );
    }
    await trx.updateTable('wmo_case').set(next).where('id', '=', id).execute();
    await writeAudit(trx, entry);
  });
  return getCase({ db, actor, id });
}

/** The cases of the consultant's organisation, or (residents) the caller's own, with their clocks. */
export async function listCases({ db, actor }: { db: Db; actor: PersonActor }) {
  const orgs = consultantOrgs(actor);
  let q = db
    .selectFrom('wmo_case as c')
    .innerJoin('person as r', 'r.id', 'c.resident_id')
    .innerJoin('person as k', 'k.id', 'c.consultant_id')
    .select([
      'c.id',
      'c.subject',
      'c.resident_id',
      'r.name as resident',
      'k.name as consultant',
      'c.reported_on',
      'c.investigated_on',
      'c.applied_on',
      'c.decided_on',
    ]);
  q = orgs.length ? q.where('c.organisation_id', 'in', orgs) : q.where('c.resident_id', '=', actor.personId);
  const rows = await q.orderBy('c.reported_on', 'desc').limit(500).execute();
  if (orgs.length && rows.length) {
    await db.transaction().execute(async (trx) => {
      for (const subjectId of new Set(rows.map((r) => r.resident_id))) {
        await writeAudit(trx, {
          action: 'read',
          objectType: 'wmo_case',
          subjectId,
          basis: 'administration',
          actor,
        });
      }
    });
  }
  const now = await today(db);
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    resident: r.resident,
    consultant: r.consultant,
    reportedOn: r.reported_on,
    clocks: clocks(r, now),
  }));
}

// --- advice ---------------------------------------------------------------------------------------------

export async function requestAdvice({
  db,
  actor,
  caseId,
  input,
  publicUrl,
}: {
  db: Db;
  actor: PersonActor;
  caseId: string;
  input: RequestInput;
  publicUrl: string;
}): Promise<{ id: string }> {
  const { c, entry } = await seeCase(db, actor, caseId, 'update');
  return db.transaction().execute(async (trx) => {
    const gp = await trx
      .selectFrom('membership as m')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.name'])
      .where('m.person_id', '=', input.gpId)
      .where('m.role', '=', 'professional')
      .where('m.discipline', '=', 'gp')
      .where('p.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!gp)
      throw fieldError(
        'body.gpId',
        'Deze persoon is geen huisarts in Wijkpunt.',
        'This person is not a GP in Wijkpunt.',
      );
    const id = randomUUID();
    // The resident decides in the app; the GP sees the question only once the consent holds.
    const consent = await trx
      .insertInto('consent')
      .values({
        resident_id: c.resident_id,
        grantee_person_id: actor.personId,
        purpose: 'wmo_advice',
        purpose_ref: id,
        categories: input.categories,
        valid_from: sql<Date>`now()`,
        valid_until: sql<Date>`now() + interval '90 days'`,
        status: 'requested',
        requested_by: actor.personId,
        request_note: `Vraag aan huisarts ${gp.name}: ${input.question}`.slice(0, 1000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('wmo_advice')
      .values({ id, case_id: caseId, gp_id: gp.id, question: input.question, consent_id: consent.id })
      .execute();
    await writeAudit(trx, { ...entry, action: 'create', objectType: 'wmo_advice', objectId: id });
    await notify(trx, [
      {
        personId: c.resident_id,
        kind: 'wmo.consent_requested',
        params: { consultant: actor.name, gp: gp.name },
        link: '/mijn-dossier/toestemming',
        mail: { publicUrl },
      },
    ]);
    return { id };
  });
}

type AdviceQuery = ReturnType<typeof adviceBase>;

async function adviceViews(
  db: Db | Transaction<DB>,
  where: (q: AdviceQuery) => AdviceQuery,
): Promise<AdviceView[]> {
  const rows = await where(adviceBase(db)).orderBy('a.created_at').execute();
  const orgOf = new Map<string, string | null>();
  for (const r of rows) {
    if (!orgOf.has(r.gp_id)) {
      const m = await db
        .selectFrom('membership as m')
        .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
        .select('o.name')
        .where('m.person_id', '=', r.gp_id)
        .where('m.discipline', '=', 'gp')
        .executeTakeFirst();
      orgOf.set(r.gp_id, m?.name ?? null);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    question: r.question,
    categories: r.categories,
    consent: r.consent_status === 'active' && !r.consent_current ? 'ended' : r.consent_status,
    gp: { id: r.gp_id, name: r.gp, organisation: orgOf.get(r.gp_id) ?? null },
    consultant: { name: r.consultant, organisation: r.organisation },
    resident: { id: r.resident_id, name: r.resident },
    advice: r.advice,
    answeredAt: r.answered_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  }));
}

function adviceBase(db: Db | Transaction<DB>) {
  return db
    .selectFrom('wmo_advice as a')
    .innerJoin('wmo_case as c', 'c.id', 'a.case_id')
    .innerJoin('consent as k', 'k.id', 'a.consent_id')
    .innerJoin('person as g', 'g.id', 'a.gp_id')
    .innerJoin('person as w', 'w.id', 'c.consultant_id')
    .innerJoin('person as r', 'r.id', 'c.resident_id')
    .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
    .select([
      'a.id',
      'a.case_id',
      'a.question',
      'a.gp_id',
      'a.advice',
      'a.answered_at',
      'a.created_at',
      'k.categories',
      'k.status as consent_status',
      sql<boolean>`k.valid_from <= now() AND k.valid_until > now()`.as('consent_current'),
      'g.name as gp',
      'w.name as consultant',
      'o.name as organisation',
      'c.resident_id',
      'r.name as resident',
    ]);
}

/** The GP's inbox: questions whose consent holds (or that were answered). */
export async function adviceForGp({ db, actor }: { db: Db; actor: PersonActor }) {
  const items = await adviceViews(db, (q) =>
    q
      .where('a.gp_id', '=', actor.personId)
      .where((eb) => eb.or([eb('k.status', '=', 'active'), eb('a.answered_at', 'is not', null)])),
  );
  if (items.length) {
    await db.transaction().execute(async (trx) => {
      for (const subjectId of new Set(items.map((i) => i.resident.id))) {
        await writeAudit(trx, {
          action: 'read',
          objectType: 'wmo_advice',
          subjectId,
          basis: 'consent',
          actor,
        });
      }
    });
  }
  return items;
}

/** One advice: the GP asked (once the consent holds), the case's consultants, and the resident. */
export async function getAdvice({ db, actor, id }: { db: Db; actor: PersonActor; id: string }) {
  const [a] = await adviceViews(db, (q) => q.where('a.id', '=', id));
  if (!a) throw notFound();
  const c = (await loadCase(db, a.caseId))!;
  const rel = relation(actor, c);
  const isGp = a.gp.id === actor.personId && (a.consent === 'active' || a.advice !== null);
  const entry: AuditEntry = {
    action: 'read',
    objectType: 'wmo_advice',
    objectId: id,
    subjectId: a.resident.id,
    basis: rel === 'resident' ? 'own_data' : isGp ? 'consent' : 'administration',
    actor,
  };
  if (!rel && !isGp) {
    await audit(db, { ...entry, outcome: 'denied' });
    throw notFound();
  }
  await audit(db, entry);
  return { ...a, mayAnswer: isGp && a.consent === 'active' && a.advice === null };
}

export async function answerAdvice({
  db,
  actor,
  id,
  input,
  publicUrl,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
  input: AdviceInput;
  publicUrl: string;
}) {
  const out = await db.transaction().execute(async (trx) => {
    const [a] = await adviceViews(trx, (q) => q.where('a.id', '=', id));
    if (!a || a.gp.id !== actor.personId || (a.consent !== 'active' && a.advice === null)) {
      return { denied: a?.resident.id ?? null };
    }
    if (a.advice) {
      throw new AppError(
        'invalid_transition',
        bilingual('Dit advies is al gegeven.', 'This advice has already been given.'),
      );
    }
    if (a.consent !== 'active') {
      throw new AppError(
        'invalid_transition',
        bilingual(
          'De inwoner heeft (nog) geen toestemming gegeven.',
          'The resident has not (yet) given consent.',
        ),
      );
    }
    await trx
      .updateTable('wmo_advice')
      .set({ advice: JSON.stringify(input), answered_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, {
      action: 'update',
      objectType: 'wmo_advice',
      objectId: id,
      subjectId: a.resident.id,
      basis: 'consent',
      actor,
    });
    const c = (await loadCase(trx, a.caseId))!;
    await notify(
      trx,
      [c.consultant_id, c.resident_id].map((personId) => ({
        personId,
        kind: 'wmo.advice_given' as const,
        params: { gp: actor.name },
        link: casePath(c.id),
        mail: { publicUrl },
      })),
    );
    return { denied: undefined };
  });
  if (out.denied !== undefined) {
    if (out.denied) {
      await audit(db, {
        action: 'update',
        objectType: 'wmo_advice',
        objectId: id,
        subjectId: out.denied,
        basis: 'consent',
        actor,
        outcome: 'denied',
      });
    }
    throw notFound();
  }
  return getAdvice({ db, actor, id });
}
