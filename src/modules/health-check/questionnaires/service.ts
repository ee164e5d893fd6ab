// Questionnaire definitions (docs/decisions/0021): import and export as FHIR JSON, who sees and manages
// which, and validating a response against one without storing anything. A definition holds no personal
// data, so an active one is public; drafts and retired ones are seen only by those who manage them:
// administrators (all, and the built-in ones) and the provider editors of the owning organisation.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Questionnaire } from '@medplum/fhirtypes';
import type { DB } from '../../../server/db/schema.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import { auditedResult, audited } from '../../../server/audit.ts';
import { AppError, bilingual, pickLanguage, type FieldError } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { parseQuestionnaire, type Definition } from './definition.ts';
import { evaluate, type ResponseInput } from './engine.ts';
import { checkScorerLink, scoreLinked, type ScorerLink } from './scoring.ts';
import type {
  ImportInput,
  ListFilter,
  QuestionnaireDetail,
  QuestionnaireSummary,
  ValidateOut,
} from './schema.ts';

type Db = { db: Kysely<DB> };

interface Rights {
  admin: boolean;
  /** organisations whose questionnaires the caller manages (as their provider editor) */
  organisationIds: string[];
}

function rightsOf(actor: Actor | null): Rights {
  const memberships = actor?.memberships ?? [];
  return {
    admin: memberships.some((m) => m.role === 'administrator'),
    organisationIds: [
      ...new Set(
        memberships
          .filter((m) => m.role === 'provider_editor' && m.organisationId)
          .map((m) => m.organisationId!),
      ),
    ],
  };
}

const manages = (r: Rights, organisationId: string | null) =>
  r.admin || (organisationId !== null && r.organisationIds.includes(organisationId));

const actingAs = (r: Rights) => (r.admin ? 'administrator' : 'provider_editor');

// ── reading ──────────────────────────────────────────────────────────────────────────────────────────

function selectVisible(db: Kysely<DB>, r: Rights) {
  let q = db
    .selectFrom('questionnaire as q')
    .leftJoin('organisation as o', 'o.id', 'q.organisation_id')
    .select([
      'q.id',
      'q.organisation_id',
      'o.name as organisation_name',
      'q.url',
      'q.version',
      'q.status',
      'q.title',
      'q.instrument',
      'q.created_at',
      'q.updated_at',
    ]);
  if (!r.admin) {
    q = q.where((eb) =>
      eb.or([
        eb('q.status', '=', 'active'),
        ...(r.organisationIds.length ? [eb('q.organisation_id', 'in', r.organisationIds)] : []),
      ]),
    );
  }
  return q;
}

type SummaryRow = {
  id: string;
  organisation_id: string | null;
  organisation_name: string | null;
  url: string;
  version: string | null;
  status: QuestionnaireSummary['status'];
  title: string | null;
  instrument: string | null;
  created_at: Date;
  updated_at: Date;
};

const presentSummary = (row: SummaryRow, r: Rights): QuestionnaireSummary => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  url: row.url,
  version: row.version,
  status: row.status,
  title: row.title,
  instrument: row.instrument,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  canManage: manages(r, row.organisation_id),
});

/** The Questionnaire as we give it out: our id, the current status, when it last changed. */
function asFhir(row: {
  id: string;
  status: string;
  updated_at: Date;
  resource: Questionnaire;
}): Questionnaire {
  return {
    ...row.resource,
    id: row.id,
    meta: { ...row.resource.meta, lastUpdated: row.updated_at.toISOString() },
    status: row.status as Questionnaire['status'],
  };
}

export async function listQuestionnaires({
  db,
  actor,
  filter,
}: Db & { actor: Actor | null; filter: ListFilter }): Promise<QuestionnaireSummary[]> {
  const r = rightsOf(actor);
  let q = selectVisible(db, r);
  if (filter.status) q = q.where('q.status', '=', filter.status);
  if (filter.organisationId) q = q.where('q.organisation_id', '=', filter.organisationId);
  if (filter.instrument) q = q.where('q.instrument', '=', filter.instrument);
  const rows = await q
    .orderBy(sql`coalesce(q.title, q.url)`)
    .orderBy('q.url')
    .orderBy(sql`q.version NULLS FIRST`)
    .limit(1000)
    .execute();
  return rows.map((row) => presentSummary(row, r));
}

/** One visible definition with its resource and scorer link; 404 for one the caller may not see. */
async function loadVisible(db: Kysely<DB>, r: Rights, id: string) {
  const row = await selectVisible(db, r)
    .where('q.id', '=', id)
    .select(['q.resource', 'q.scoring'])
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getQuestionnaire({
  db,
  actor,
  id,
}: Db & { actor: Actor | null; id: string }): Promise<QuestionnaireDetail> {
  const r = rightsOf(actor);
  const row = await loadVisible(db, r, id);
  return {
    ...presentSummary(row, r),
    scoring: row.scoring,
    questionnaire: asFhir(row) as unknown as Record<string, unknown>,
  };
}

export async function exportQuestionnaire({
  db,
  actor,
  id,
}: Db & { actor: Actor | null; id: string }): Promise<Questionnaire> {
  return asFhir(await loadVisible(db, rightsOf(actor), id));
}

// ── import and status ────────────────────────────────────────────────────────────────────────────────

const at = (prefix: string, path: string) => (path ? `${prefix}.${path}` : prefix);

export async function importQuestionnaire({
  db,
  actor,
  input,
}: Db & { actor: Actor; input: ImportInput }): Promise<QuestionnaireDetail> {
  const r = rightsOf(actor);
  if (!manages(r, input.organisationId)) {
    throw new AppError(
      'forbidden',
      input.organisationId === null
        ? bilingual(
            'Alleen beheerders voegen ingebouwde vragenlijsten toe.',
            'Only administrators add built-in questionnaires.',
          )
        : bilingual(
            'Alleen redacteuren van deze organisatie en beheerders voegen haar vragenlijsten toe.',
            "Only this organisation's editors and administrators add its questionnaires.",
          ),
    );
  }
  if (input.organisationId !== null) {
    const found = await db
      .selectFrom('organisation')
      .where('id', '=', input.organisationId)
      .select('id')
      .executeTakeFirst();
    if (!found) {
      throw new AppError('validation_failed', undefined, [
        {
          path: 'body.organisationId',
          message: bilingual('Deze organisatie bestaat niet.', 'This organisation does not exist.'),
        },
      ]);
    }
  }

  const parsed = parseQuestionnaire(input.questionnaire);
  if (!parsed.ok) {
    throw new AppError(
      'validation_failed',
      undefined,
      parsed.errors.map((e) => ({ path: at('body.questionnaire', e.path), message: e.message })),
    );
  }
  const scoring = input.scoring ?? null;
  if (scoring) {
    const errors = checkScorerLink(parsed.definition, scoring);
    if (errors.length) {
      throw new AppError(
        'validation_failed',
        undefined,
        errors.map((e) => ({ path: at('body.scoring', e.path), message: e.message })),
      );
    }
  }

  const id = randomUUID();
  const { definition } = parsed;
  // A canonical url identifies the questionnaire; one imported without gets ours.
  const url = definition.url ?? `urn:uuid:${id}`;
  const resource: Questionnaire = { ...parsed.resource, url };
  try {
    await auditedResult(
      db,
      (trx) =>
        trx
          .insertInto('questionnaire')
          .values({
            id,
            organisation_id: input.organisationId,
            url,
            version: definition.version,
            status: definition.status,
            title: definition.title,
            resource: JSON.stringify(resource),
            instrument: scoring?.instrument ?? null,
            scoring: scoring ? JSON.stringify(scoring) : null,
            created_by: actor.personId,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      (row) => ({
        action: 'import',
        objectType: 'questionnaire',
        objectId: row.id,
        basis: 'administration',
        actingAs: actingAs(r),
      }),
    );
  } catch (e) {
    if ((e as { constraint?: string }).constraint === 'questionnaire_url_version_key') {
      throw new AppError('conflict', undefined, [
        {
          path: definition.version ? 'body.questionnaire.version' : 'body.questionnaire.url',
          message: bilingual(
            'Er is hier al een vragenlijst met deze url en versie. Geef een nieuwe versie een eigen versienummer.',
            'There already is a questionnaire with this url and version here. Give a new version its own version number.',
          ),
        },
      ]);
    }
    throw e;
  }
  return getQuestionnaire({ db, actor, id });
}

export async function setQuestionnaireStatus({
  db,
  actor,
  id,
  status,
}: Db & { actor: Actor; id: string; status: 'active' | 'retired' }): Promise<QuestionnaireDetail> {
  const r = rightsOf(actor);
  const row = await loadVisible(db, r, id);
  if (!manages(r, row.organisation_id)) throw new AppError('forbidden');
  if (row.status !== status) {
    await audited(
      db,
      {
        action: 'update',
        objectType: 'questionnaire',
        objectId: id,
        basis: 'administration',
        actingAs: actingAs(r),
      },
      (trx) =>
        trx
          .updateTable('questionnaire')
          .set({ status, updated_at: sql<Date>`now()` })
          .where('id', '=', id)
          .execute(),
    );
  }
  return getQuestionnaire({ db, actor, id });
}

// ── validating a response ────────────────────────────────────────────────────────────────────────────

function compiled(resource: Questionnaire): Definition {
  const parsed = parseQuestionnaire(resource);
  // Checked on import; failing here means the stored row no longer passes our own rules.
  if (!parsed.ok) throw new Error('stored questionnaire no longer compiles');
  return parsed.definition;
}

/** Whether a response's `questionnaire` canonical names this definition (url, url|version, or our id). */
function namesThis(ref: string, row: { id: string; url: string; version: string | null }) {
  return (
    ref === row.url ||
    (row.version !== null && ref === `${row.url}|${row.version}`) ||
    ref === `Questionnaire/${row.id}`
  );
}

/**
 * Enabled items, errors, completeness, screens and the linked scorer's result for a (partial) response.
 * Nothing is stored or logged: the anonymous health check calls this with answers that stay in the browser.
 */
export async function validateResponse({
  db,
  actor,
  id,
  response,
  locale,
}: Db & { actor: Actor | null; id: string; response: ResponseInput; locale: Locale }): Promise<ValidateOut> {
  const row = await loadVisible(db, rightsOf(actor), id);
  if (response.questionnaire !== undefined && !namesThis(response.questionnaire, row)) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.response.questionnaire',
        message: bilingual(
          'Dit antwoord hoort bij een andere vragenlijst.',
          'This response belongs to another questionnaire.',
        ),
      },
    ] satisfies FieldError[]);
  }
  const e = evaluate(compiled(row.resource), response);
  const errors = [...e.errors];
  let score: ValidateOut['score'];
  const link: ScorerLink | null = row.scoring;
  if (link) {
    const scored = scoreLinked(link, e.answers);
    if (scored.ok) score = scored.result;
    else errors.push(...scored.errors);
  }
  const say = (message: string) => pickLanguage(message, locale) ?? message;
  return {
    enabled: e.enabled,
    errors: errors.map((x) => ({ linkId: x.linkId, code: x.code, message: say(x.message) })),
    complete: errors.length === 0,
    screens: e.screens,
    ...(score ? { score } : {}),
  };
}
