// One front desk (docs/decisions/0019-referrals-and-front-desk.md). A resident asks online, or a team member
// takes a question down at the desk or on the phone; the question is classified into a stream and lands in
// that stream's team of the resident's neighbourhood. Team members pick it up, move it to another stream, or
// answer it (or refer, see referrals/); the resident follows each step. Only the resident and the members of
// the teams of that neighbourhood see a question; everyone else gets 404.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { hasRole } from '../../server/auth/actor.ts';
import { writeAudit } from '../../server/audit.ts';
import type { DB } from '../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../server/errors.ts';
import { notify } from '../notifications/service.ts';
import type { QuestionEventKind, QuestionStatus, Stream } from '../referrals/tables.ts';
import { classify } from './classify.ts';
import type { AskInput } from './schema.ts';

type Db = Kysely<DB>;
type PersonActor = Actor & { personId: string };

const fieldError = (path: string, nl: string, en: string) =>
  new AppError('validation_failed', undefined, [{ path, message: bilingual(nl, en) }]);

export const questionPath = (id: string) => `/loket/vragen/${id}`;

/** The teams the person is a member of, with their neighbourhoods. */
async function myTeams(db: Db | Transaction<DB>, personId: string) {
  return db
    .selectFrom('team_member as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .select(['t.id', 't.neighbourhood_id', 't.stream', 't.name'])
    .where('tm.person_id', '=', personId)
    .execute();
}

/** The team of a stream in a neighbourhood (the first by name when several organisations have one). */
async function teamFor(db: Db | Transaction<DB>, neighbourhoodId: string | null, stream: Stream) {
  if (!neighbourhoodId) return null;
  const t = await db
    .selectFrom('team')
    .select('id')
    .where('neighbourhood_id', '=', neighbourhoodId)
    .where('stream', '=', stream)
    .orderBy('name')
    .executeTakeFirst();
  return t?.id ?? null;
}

async function residentNeighbourhood(db: Db, residentId: string) {
  const m = await db
    .selectFrom('membership')
    .select('neighbourhood_id')
    .where('person_id', '=', residentId)
    .where('role', '=', 'resident')
    .where('neighbourhood_id', 'is not', null)
    .executeTakeFirst();
  return m?.neighbourhood_id ?? null;
}

export async function askQuestion({
  db,
  actor,
  input,
  publicUrl,
}: {
  db: Db;
  actor: PersonActor;
  input: AskInput;
  publicUrl: string;
}): Promise<{ id: string; stream: Stream; team: string | null; urgent: boolean }> {
  const teams = await myTeams(db, actor.personId);
  const atDesk = teams.length > 0 && input.residentId !== actor.personId;
  if (!atDesk && !hasRole(actor, 'resident')) {
    throw new AppError(
      'forbidden',
      bilingual(
        'Een vraag stelt een inwoner, of een medewerker van een team aan het loket.',
        'A question is asked by a resident, or by a team member at the front desk.',
      ),
    );
  }
  let residentId: string | null = atDesk ? (input.residentId ?? null) : actor.personId;
  if (atDesk && residentId) {
    const known = await db
      .selectFrom('membership')
      .select('person_id')
      .where('person_id', '=', residentId)
      .where('role', '=', 'resident')
      .executeTakeFirst();
    if (!known) {
      throw fieldError(
        'body.residentId',
        'Deze inwoner is niet bekend in Wijkpunt.',
        'This resident is not known in Wijkpunt.',
      );
    }
  }
  if (atDesk && !residentId && !input.contact) {
    throw fieldError(
      'body.contact',
      'Vul in hoe we de inwoner kunnen bereiken (telefoon of e-mail).',
      'Fill in how we can reach the resident (phone or e-mail).',
    );
  }
  residentId ??= null;
  const neighbourhoodId = residentId
    ? await residentNeighbourhood(db, residentId)
    : (input.neighbourhoodId ?? teams[0]!.neighbourhood_id);
  if (atDesk && input.neighbourhoodId && !teams.some((t) => t.neighbourhood_id === input.neighbourhoodId)) {
    throw fieldError(
      'body.neighbourhoodId',
      'U werkt niet in een team van deze wijk.',
      'You do not work in a team of this neighbourhood.',
    );
  }
  const c = classify(input.text, input.intake?.topic);
  return db.transaction().execute(async (trx) => {
    const team = await teamFor(trx, neighbourhoodId, c.stream);
    const row = await trx
      .insertInto('frontdesk_question')
      .values({
        resident_id: residentId,
        taken_by: atDesk ? actor.personId : null,
        channel: atDesk ? (input.channel ?? 'desk') : 'online',
        text: input.text,
        intake: JSON.stringify({ ...(input.intake ?? {}), because: c.because, urgent: c.urgent }),
        postcode: input.postcode ?? null,
        contact: input.contact ?? null,
        neighbourhood_id: neighbourhoodId,
        stream: c.stream,
        team_id: team,
        status: 'new',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await event(trx, row.id, actor.personId, 'asked', c.stream, null);
    if (residentId) {
      await writeAudit(trx, {
        action: 'create',
        objectType: 'frontdesk_question',
        objectId: row.id,
        subjectId: residentId,
        basis: atDesk ? 'administration' : 'own_data',
        actor,
      });
    }
    const members = team
      ? await trx.selectFrom('team_member').select('person_id').where('team_id', '=', team).execute()
      : [];
    await notify(
      trx,
      members
        .filter((m) => m.person_id !== actor.personId)
        .map((m) => ({
          personId: m.person_id,
          kind: 'frontdesk.new' as const,
          params: {},
          link: questionPath(row.id),
          mail: { publicUrl },
        })),
    );
    return { id: row.id, stream: c.stream, team, urgent: c.urgent };
  });
}

async function event(
  trx: Transaction<DB>,
  questionId: string,
  actorId: string,
  kind: QuestionEventKind,
  stream: Stream | null,
  note: string | null,
) {
  await trx
    .insertInto('frontdesk_event')
    .values({ question_id: questionId, actor_id: actorId, kind, stream, note })
    .execute();
}

// --- who may see a question ---------------------------------------------------------------------------

/** 'resident' for the resident it is about, 'team' for members of a team in its neighbourhood, else null. */
async function relation(
  db: Db | Transaction<DB>,
  actor: PersonActor,
  q: { resident_id: string | null; neighbourhood_id: string | null; taken_by: string | null },
): Promise<'resident' | 'team' | null> {
  if (q.resident_id === actor.personId) return 'resident';
  const teams = await myTeams(db, actor.personId);
  if (teams.some((t) => t.neighbourhood_id === q.neighbourhood_id) || q.taken_by === actor.personId)
    return 'team';
  return null;
}

export interface QuestionView {
  id: string;
  text: string;
  channel: 'online' | 'desk' | 'phone';
  stream: Stream;
  because: string[];
  urgent: boolean;
  status: QuestionStatus;
  team: string | null;
  assignee: string | null;
  answer: string | null;
  /** for team members only: who asked and how to reach them */
  resident: { id: string; name: string } | null;
  contact: string | null;
  postcode: string | null;
  createdAt: string;
  steps: {
    at: string;
    kind: QuestionEventKind;
    actor: string | null;
    stream: Stream | null;
    note: string | null;
  }[];
  referrals: { id: string; status: string }[];
  /** how the caller sees it: as the resident it is about, or as a member of a team of its neighbourhood */
  seenAs: 'resident' | 'team';
  /** the steps the caller may take now (none for the resident) */
  actions: StepKind[];
}

export async function getQuestion({
  db,
  actor,
  id,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
}): Promise<QuestionView> {
  const q = await db.selectFrom('frontdesk_question').selectAll().where('id', '=', id).executeTakeFirst();
  if (!q) throw notFound();
  const rel = await relation(db, actor, q);
  if (!rel) {
    if (q.resident_id) {
      await db.transaction().execute((trx) =>
        writeAudit(trx, {
          action: 'read',
          objectType: 'frontdesk_question',
          objectId: id,
          subjectId: q.resident_id,
          basis: 'administration',
          actor,
          outcome: 'denied',
        }),
      );
    }
    throw notFound();
  }
  if (q.resident_id && rel === 'team') {
    await db.transaction().execute((trx) =>
      writeAudit(trx, {
        action: 'read',
        objectType: 'frontdesk_question',
        objectId: id,
        subjectId: q.resident_id,
        basis: 'administration',
        actor,
      }),
    );
  }
  const [steps, team, assignee, resident, referrals] = await Promise.all([
    db
      .selectFrom('frontdesk_event as e')
      .leftJoin('person as p', 'p.id', 'e.actor_id')
      .select(['e.at', 'e.kind', 'p.name', 'e.stream', 'e.note'])
      .where('e.question_id', '=', id)
      .orderBy('e.id')
      .execute(),
    q.team_id ? db.selectFrom('team').select('name').where('id', '=', q.team_id).executeTakeFirst() : null,
    q.assignee_id
      ? db.selectFrom('person').select('name').where('id', '=', q.assignee_id).executeTakeFirst()
      : null,
    q.resident_id
      ? db.selectFrom('person').select(['id', 'name']).where('id', '=', q.resident_id).executeTakeFirst()
      : null,
    db
      .selectFrom('referral')
      .select(['id', 'status'])
      .where('question_id', '=', id)
      .orderBy('created_at')
      .execute(),
  ]);
  const intake = q.intake as { because?: string[]; urgent?: boolean };
  const team_ = rel === 'team';
  return {
    id: q.id,
    text: q.text,
    channel: q.channel,
    stream: q.stream,
    because: team_ ? (intake.because ?? []) : [],
    urgent: intake.urgent ?? false,
    status: q.status,
    team: team?.name ?? null,
    assignee: assignee?.name ?? null,
    answer: q.answer,
    resident: team_ && resident ? resident : null,
    contact: team_ ? q.contact : null,
    postcode: team_ ? q.postcode : null,
    createdAt: q.created_at.toISOString(),
    steps: steps.map((s) => ({
      at: s.at.toISOString(),
      kind: s.kind,
      // A resident sees which team, not which colleague, moved the question along; the answer is signed.
      actor: team_ || s.kind === 'answered' ? s.name : null,
      stream: s.stream,
      note: team_ || s.kind === 'answered' ? s.note : null,
    })),
    referrals,
    seenAs: rel,
    actions: team_ ? STEP_KINDS.filter((k) => STEP_FROM[k].includes(q.status)) : [],
  };
}

export interface QueueItem {
  id: string;
  stream: Stream;
  status: QuestionStatus;
  team: string | null;
  assignee: string | null;
  resident: string | null;
  channel: 'online' | 'desk' | 'phone';
  urgent: boolean;
  /** how to reach someone without an account (taken down at the desk) */
  contact: string | null;
  createdAt: string;
}

/** The team member's queue: questions of the teams' neighbourhoods, newest first; open ones unless `all`. */
export async function queue({
  db,
  actor,
  all,
}: {
  db: Db;
  actor: PersonActor;
  all: boolean;
}): Promise<QueueItem[]> {
  const teams = await myTeams(db, actor.personId);
  if (!teams.length) {
    throw new AppError(
      'forbidden',
      bilingual('U zit niet in een team van het loket.', 'You are not in a front-desk team.'),
    );
  }
  let q = db
    .selectFrom('frontdesk_question as q')
    .leftJoin('team as t', 't.id', 'q.team_id')
    .leftJoin('person as a', 'a.id', 'q.assignee_id')
    .leftJoin('person as r', 'r.id', 'q.resident_id')
    .select([
      'q.id',
      'q.stream',
      'q.status',
      't.name as team',
      'a.name as assignee',
      'r.name as resident',
      'q.resident_id',
      'q.channel',
      'q.contact',
      sql<boolean>`coalesce((q.intake->>'urgent')::boolean, false)`.as('urgent'),
      'q.created_at',
    ])
    .where('q.neighbourhood_id', 'in', [...new Set(teams.map((t) => t.neighbourhood_id))]);
  if (!all) q = q.where('q.status', 'in', ['new', 'picked_up']);
  const rows = await q.orderBy('q.created_at', 'desc').limit(500).execute();
  const residents = [...new Set(rows.map((r) => r.resident_id).filter((x): x is string => !!x))];
  if (residents.length) {
    await db.transaction().execute(async (trx) => {
      for (const subjectId of residents) {
        await writeAudit(trx, {
          action: 'read',
          objectType: 'frontdesk_question',
          subjectId,
          basis: 'administration',
          actor,
        });
      }
    });
  }
  return rows.map((r) => ({
    id: r.id,
    stream: r.stream,
    status: r.status,
    team: r.team,
    assignee: r.assignee,
    resident: r.resident,
    channel: r.channel,
    urgent: r.urgent,
    contact: r.contact,
    createdAt: r.created_at.toISOString(),
  }));
}

/** The front-desk teams the caller is in, with their neighbourhoods (for the queue and the desk's form). */
export async function teamsOf({ db, actor }: { db: Db; actor: PersonActor }) {
  const rows = await db
    .selectFrom('team_member as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .innerJoin('neighbourhood as n', 'n.id', 't.neighbourhood_id')
    .select(['t.id', 't.name', 't.stream', 'n.id as neighbourhoodId', 'n.name as neighbourhoodName'])
    .where('tm.person_id', '=', actor.personId)
    .orderBy('n.name')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    stream: r.stream,
    neighbourhood: { id: r.neighbourhoodId, name: r.neighbourhoodName },
  }));
}

/** The resident's own questions. */
export async function myQuestions({ db, actor }: { db: Db; actor: PersonActor }) {
  const rows = await db
    .selectFrom('frontdesk_question')
    .select(['id', 'text', 'stream', 'status', 'created_at', 'updated_at'])
    .where('resident_id', '=', actor.personId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    stream: r.stream,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}

// --- the team's steps -----------------------------------------------------------------------------------

const STEP_KINDS = ['picked_up', 'rerouted', 'answered', 'closed'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

type Step =
  | { kind: 'picked_up' }
  | { kind: 'rerouted'; stream: Stream; note?: string | undefined }
  | { kind: 'answered'; answer: string }
  | { kind: 'closed'; note?: string | undefined };

const STEP_FROM: Record<StepKind, QuestionStatus[]> = {
  picked_up: ['new'],
  rerouted: ['new', 'picked_up'],
  answered: ['new', 'picked_up'],
  closed: ['new', 'picked_up', 'answered'],
};

export async function step({
  db,
  actor,
  id,
  input,
  publicUrl,
}: {
  db: Db;
  actor: PersonActor;
  id: string;
  input: Step;
  publicUrl: string;
}): Promise<QuestionView> {
  const denied = await db.transaction().execute(async (trx) => {
    const q = await trx
      .selectFrom('frontdesk_question')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!q) throw notFound();
    if ((await relation(trx, actor, q)) !== 'team') return q.resident_id ?? '';
    if (!STEP_FROM[input.kind].includes(q.status)) {
      throw new AppError(
        'invalid_transition',
        bilingual(`Deze vraag is al "${q.status}".`, `This question is "${q.status}" already.`),
        [],
        { status: q.status },
      );
    }
    if (input.kind === 'rerouted' && input.stream === q.stream) {
      throw fieldError(
        'body.stream',
        'De vraag staat al bij deze stroom.',
        'The question is in this stream already.',
      );
    }
    const set =
      input.kind === 'picked_up'
        ? { status: 'picked_up' as const, assignee_id: actor.personId }
        : input.kind === 'rerouted'
          ? {
              status: 'new' as const,
              assignee_id: null,
              stream: input.stream,
              team_id: await teamFor(trx, q.neighbourhood_id, input.stream),
            }
          : input.kind === 'answered'
            ? {
                status: 'answered' as const,
                answer: input.answer,
                assignee_id: q.assignee_id ?? actor.personId,
              }
            : { status: 'closed' as const };
    await trx
      .updateTable('frontdesk_question')
      .set({ ...set, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
    const note = input.kind === 'answered' ? input.answer : 'note' in input ? (input.note ?? null) : null;
    await event(trx, id, actor.personId, input.kind, input.kind === 'rerouted' ? input.stream : null, note);
    if (q.resident_id) {
      await writeAudit(trx, {
        action: 'update',
        objectType: 'frontdesk_question',
        objectId: id,
        subjectId: q.resident_id,
        basis: 'administration',
        actor,
      });
      if (input.kind === 'answered') {
        await notify(trx, [
          {
            personId: q.resident_id,
            kind: 'frontdesk.answered',
            params: {},
            link: questionPath(id),
            mail: { publicUrl },
          },
        ]);
      }
    }
    if (input.kind === 'rerouted' && set.team_id) {
      const members = await trx
        .selectFrom('team_member')
        .select('person_id')
        .where('team_id', '=', set.team_id)
        .execute();
      await notify(
        trx,
        members
          .filter((m) => m.person_id !== actor.personId)
          .map((m) => ({
            personId: m.person_id,
            kind: 'frontdesk.new' as const,
            params: {},
            link: questionPath(id),
            mail: { publicUrl },
          })),
      );
    }
    return null;
  });
  if (denied !== null) {
    if (denied) {
      await db.transaction().execute((trx) =>
        writeAudit(trx, {
          action: 'update',
          objectType: 'frontdesk_question',
          objectId: id,
          subjectId: denied,
          basis: 'administration',
          actor,
          outcome: 'denied',
        }),
      );
    }
    throw notFound();
  }
  return getQuestion({ db, actor, id });
}

/** A referral made for a question: the question's steps say so (in the referral's transaction). */
export async function markReferred(trx: Transaction<DB>, questionId: string, actorId: string) {
  await event(trx, questionId, actorId, 'referred', null, null);
  await trx
    .updateTable('frontdesk_question')
    .set({ status: 'answered', updated_at: sql<Date>`now()` })
    .where('id', '=', questionId)
    .where('status', 'in', ['new', 'picked_up'])
    .execute();
}

/**
 * Teams a professional may refer to: those in the neighbourhoods their organisations serve, or where they
 * are in a team themselves. Names and streams only (no people).
 */
export async function listTeams({ db, actor }: { db: Db; actor: PersonActor }) {
  if (!hasRole(actor, 'professional')) {
    throw new AppError(
      'forbidden',
      bilingual('Teams zijn voor professionals.', 'Teams are for professionals.'),
    );
  }
  const orgs = actor.memberships
    .filter((m) => m.role === 'professional' && m.organisationId)
    .map((m) => m.organisationId!);
  const own = (await myTeams(db, actor.personId)).map((t) => t.neighbourhood_id);
  const served = orgs.length
    ? (
        await db
          .selectFrom('organisation_neighbourhood')
          .select('neighbourhood_id')
          .where('organisation_id', 'in', orgs)
          .execute()
      ).map((r) => r.neighbourhood_id)
    : [];
  const neighbourhoods = [...new Set([...own, ...served])];
  if (!neighbourhoods.length) return [];
  const rows = await db
    .selectFrom('team as t')
    .innerJoin('organisation as o', 'o.id', 't.organisation_id')
    .innerJoin('neighbourhood as n', 'n.id', 't.neighbourhood_id')
    .select(['t.id', 't.name', 't.stream', 'o.name as organisation', 'n.name as neighbourhood'])
    .where('t.neighbourhood_id', 'in', neighbourhoods)
    .orderBy('n.name')
    .orderBy('t.name')
    .execute();
  return rows;
}
