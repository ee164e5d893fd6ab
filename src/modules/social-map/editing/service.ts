// Editing the social map: revisions (draft → review → published, or sent back with a remark), history,
// diffs and verification. What sm_ tables hold is published; a revision is applied to them only when a
// coordinator approves it, in the same transaction that records the version and the audit row.
import { sql, type Kysely, type Transaction } from 'kysely';
import { audited, auditedResult } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import { codesInScope, reviewable, scopeOf, serviceAccess, type ServiceAccess } from './access.ts';
import { applyDocument, checkTerms, normalise, readDocument } from './document.ts';
import { diffDocuments } from './diff.ts';
import { serviceDocument, type RevisionAction, type ServiceDocument } from './schema.ts';
import type { RevisionState } from './tables.ts';

type Db = { db: Kysely<DB> };
type Caller = Db & { actor: Actor };

const ALLOWED: Record<RevisionState, RevisionAction[]> = {
  draft: ['update', 'submit', 'discard'],
  sent_back: ['update', 'submit', 'discard'],
  review: ['approve', 'send_back'],
  published: [],
};

function allowedFor(state: RevisionState, access: Pick<ServiceAccess, 'canEdit' | 'canReview'>) {
  return ALLOWED[state].filter((a) =>
    a === 'approve' || a === 'send_back' ? access.canReview : access.canEdit,
  );
}

function refuseTransition(state: RevisionState, action: RevisionAction): never {
  const allowed = ALLOWED[state];
  throw new AppError(
    'invalid_transition',
    `'${action}' kan niet in de toestand '${state}'; mogelijk: ${allowed.join(', ') || 'niets'}. / ` +
      `'${action}' is not possible in state '${state}'; allowed: ${allowed.join(', ') || 'none'}.`,
    [],
    { state, allowed },
  );
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function revisionQuery(db: Kysely<DB> | Transaction<DB>) {
  return db
    .selectFrom('sm_revision as r')
    .innerJoin('sm_service as s', 's.id', 'r.service_id')
    .leftJoin('person as a', 'a.id', 'r.author_id')
    .leftJoin('person as d', 'd.id', 'r.decided_by')
    .select([
      'r.id',
      'r.service_id',
      's.name as service_name',
      'r.state',
      'r.version',
      'r.document',
      'r.remark',
      'r.author_id',
      'a.name as author_name',
      'r.decided_by',
      'd.name as decided_by_name',
      'r.created_at',
      'r.updated_at',
      'r.submitted_at',
      'r.decided_at',
    ]);
}
type RevisionRow = Awaited<ReturnType<ReturnType<typeof revisionQuery>['executeTakeFirstOrThrow']>>;

function present(r: RevisionRow, access: Pick<ServiceAccess, 'canEdit' | 'canReview'>) {
  return {
    id: r.id,
    serviceId: r.service_id,
    serviceName: r.service_name,
    state: r.state,
    version: r.version,
    document: serviceDocument.parse(r.document),
    remark: r.remark,
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    submittedAt: iso(r.submitted_at),
    decidedAt: iso(r.decided_at),
    allowedActions: allowedFor(r.state, access),
  };
}
export type RevisionView = ReturnType<typeof present>;

async function loadRevision(db: Kysely<DB> | Transaction<DB>, actor: Actor, id: string, lock = false) {
  const scoped = await db
    .selectFrom('sm_revision')
    .select(['service_id', 'state'])
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!scoped) throw new AppError('not_found');
  const access = await serviceAccess(db, actor, scoped.service_id);
  return { access, state: scoped.state, serviceId: scoped.service_id };
}

async function view(db: Kysely<DB> | Transaction<DB>, id: string, access: ServiceAccess) {
  return present(await revisionQuery(db).where('r.id', '=', id).executeTakeFirstOrThrow(), access);
}

/** A provider editor's (or coordinator's) new entry: an unpublished service holding the draft. */
export async function createServiceDraft({
  db,
  actor,
  organizationId,
  document,
}: Caller & { organizationId: string; document: ServiceDocument }) {
  const doc = normalise(document);
  const scope = scopeOf(actor);
  const org = await db
    .selectFrom('sm_organization')
    .select(['id', 'organisation_id'])
    .where('id', '=', organizationId)
    .executeTakeFirst();
  const ownOrg = !!org?.organisation_id && scope.organisationIds.includes(org.organisation_id);
  if (!org || (!scope.admin && !ownOrg && !scope.neighbourhoodIds.length)) throw new AppError('not_found');
  if (
    !scope.admin &&
    !ownOrg &&
    !(await codesInScope(
      db,
      scope,
      doc.service_areas.map((a) => a.cbs_code),
    ))
  )
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.document.service_areas',
        message: bilingual('Kies een werkgebied in uw wijk.', 'Choose a service area in your neighbourhood.'),
      },
    ]);
  await checkTerms(db, doc, 'body.document');
  const actingAs = scope.admin ? 'administrator' : ownOrg ? 'provider_editor' : 'coordinator';
  const { revisionId } = await auditedResult(
    db,
    async (trx) => {
      const s = await trx
        .insertInto('sm_service')
        .values({ organization_id: org.id, name: doc.name })
        .returning('id')
        .executeTakeFirstOrThrow();
      // sm_service.published is added by migration 0005; the shared table types do not carry it.
      await sql`UPDATE sm_service SET published = false WHERE id = ${s.id}`.execute(trx);
      await applyDocument(trx, s.id, doc);
      const r = await trx
        .insertInto('sm_revision')
        .values({
          service_id: s.id,
          state: 'draft',
          document: JSON.stringify(doc),
          author_id: actor.personId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { revisionId: r.id, serviceId: s.id };
    },
    (r) => ({
      action: 'create',
      objectType: 'sm_revision',
      objectId: r.revisionId,
      basis: 'administration',
      actingAs,
      actor,
    }),
  );
  return getRevision({ db, actor, id: revisionId });
}

/**
 * An entry that was imported or seeded has no published revision yet: store what it is now as version 1,
 * so the first change has a "before" in the history.
 */
export async function ensureBaseline(
  db: Kysely<DB> | Transaction<DB>,
  serviceId: string,
  current: ServiceDocument,
): Promise<void> {
  const hasHistory = await db
    .selectFrom('sm_revision')
    .select('id')
    .where('service_id', '=', serviceId)
    .where('state', '=', 'published')
    .executeTakeFirst();
  if (hasHistory) return;
  const s = await db
    .selectFrom('sm_service')
    .select('last_modified')
    .where('id', '=', serviceId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('sm_revision')
    .values({
      service_id: serviceId,
      state: 'published',
      version: 1,
      baseline: true,
      document: JSON.stringify(current),
      author_id: null,
      created_at: s.last_modified,
      updated_at: s.last_modified,
      published_at: s.last_modified,
    })
    .execute();
}

/** A draft for an existing, published entry, prefilled from what is published. */
export async function createRevision({ db, actor, serviceId }: Caller & { serviceId: string }) {
  const access = await serviceAccess(db, actor, serviceId);
  if (!access.canEdit) throw new AppError('not_found');
  const revisionId = await auditedResult(
    db,
    async (trx) => {
      // Serialise with other edits of this entry; the unique index is the last line of defence.
      await trx.selectFrom('sm_service').select('id').where('id', '=', serviceId).forUpdate().execute();
      const open = await trx
        .selectFrom('sm_revision')
        .select(['id', 'state'])
        .where('service_id', '=', serviceId)
        .where('state', '<>', 'published')
        .executeTakeFirst();
      if (open)
        throw new AppError(
          'conflict',
          bilingual(
            'Er staat al een wijziging van dit aanbod open.',
            'A change to this entry is already open.',
          ),
          [],
          { revisionId: open.id, state: open.state },
        );
      const current = await readDocument(trx, serviceId);
      await ensureBaseline(trx, serviceId, current);
      const r = await trx
        .insertInto('sm_revision')
        .values({
          service_id: serviceId,
          state: 'draft',
          document: JSON.stringify(current),
          author_id: actor.personId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    (id) => ({
      action: 'create',
      objectType: 'sm_revision',
      objectId: id,
      basis: 'administration',
      actingAs: access.actingAs,
      actor,
    }),
  );
  return view(db, revisionId, access);
}

export async function getRevision({ db, actor, id }: Caller & { id: string }) {
  const { access } = await loadRevision(db, actor, id);
  return view(db, id, access);
}

/** Replaces the document of a draft (or a revision sent back). */
export async function updateRevision({
  db,
  actor,
  id,
  document,
}: Caller & { id: string; document: ServiceDocument }) {
  const doc = normalise(document);
  await checkTerms(db, doc, 'body.document');
  const access = await transition(db, actor, id, 'update', async (trx, a) => {
    await trx
      .updateTable('sm_revision')
      .set({ document: JSON.stringify(doc), updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
    // A new entry's draft lives in its unpublished row, so rights and the worklist follow the draft.
    if (!a.published) await applyDocument(trx, a.serviceId, doc);
  });
  return view(db, id, access);
}

export async function submitRevision({ db, actor, id }: Caller & { id: string }) {
  const access = await transition(db, actor, id, 'submit', async (trx) => {
    await trx
      .updateTable('sm_revision')
      .set({ state: 'review', submitted_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  });
  return view(db, id, access);
}

export async function sendBackRevision({ db, actor, id, remark }: Caller & { id: string; remark: string }) {
  const access = await transition(db, actor, id, 'send_back', async (trx) => {
    await trx
      .updateTable('sm_revision')
      .set({
        state: 'sent_back',
        remark,
        decided_by: actor.personId,
        decided_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
  });
  return view(db, id, access);
}

/** Publishes: applies the document to the sm_ tables, numbers the version, marks the entry verified. */
export async function approveRevision({ db, actor, id }: Caller & { id: string }) {
  const access = await transition(db, actor, id, 'approve', async (trx, a) => {
    const r = await trx
      .selectFrom('sm_revision')
      .select('document')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const doc = serviceDocument.parse(r.document);
    const last = await trx
      .selectFrom('sm_revision')
      .select(sql<number>`coalesce(max(version), 0)`.as('v'))
      .where('service_id', '=', a.serviceId)
      .executeTakeFirstOrThrow();
    await applyDocument(trx, a.serviceId, doc);
    // Approved content has just been checked: it counts as verified today.
    await sql`UPDATE sm_service SET published = true, assured_date = current_date WHERE id = ${a.serviceId}`.execute(
      trx,
    );
    await trx
      .updateTable('sm_revision')
      .set({
        state: 'published',
        version: Number(last.v) + 1,
        remark: null,
        decided_by: actor.personId,
        decided_at: sql<Date>`now()`,
        published_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
  });
  return view(db, id, access);
}

/** Throws a draft away; a new entry that was never published goes with it. */
export async function discardRevision({ db, actor, id }: Caller & { id: string }) {
  await transition(db, actor, id, 'discard', async (trx, a) => {
    await trx.deleteFrom('sm_revision').where('id', '=', id).execute();
    if (!a.published) await trx.deleteFrom('sm_service').where('id', '=', a.serviceId).execute();
  });
}

/** One audited step on a locked revision: checks rights and the state machine, then runs `change`. */
async function transition(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  action: RevisionAction,
  change: (trx: Transaction<DB>, access: ServiceAccess) => Promise<void>,
): Promise<ServiceAccess> {
  // Rights first, outside the write, so a stranger gets 404 without an audit row of a change.
  const { access: before } = await loadRevision(db, actor, id);
  const reviewer = action === 'approve' || action === 'send_back';
  if (reviewer ? !before.canReview : !before.canEdit) {
    // The entry is visible (they may edit it) but this step is the coordinator's.
    throw new AppError('forbidden');
  }
  return audited(
    db,
    {
      action: action === 'discard' ? 'delete' : 'update',
      objectType: 'sm_revision',
      objectId: id,
      basis: 'administration',
      actingAs: before.actingAs,
      actor,
    },
    async (trx) => {
      const { state, access } = await loadRevision(trx, actor, id, true);
      if (!ALLOWED[state].includes(action)) refuseTransition(state, action);
      await change(trx, access);
      return access;
    },
  );
}

/** The caller's own revisions in progress. */
export async function myRevisions({ db, actor }: Caller) {
  const rows = await revisionQuery(db)
    .where('r.author_id', '=', actor.personId)
    .where('r.state', '<>', 'published')
    .orderBy('r.updated_at', 'desc')
    .limit(500)
    .execute();
  return presentAll(db, actor, rows);
}

/** Revisions waiting for review in the caller's neighbourhoods (everything for administrators). */
export async function reviewQueue({ db, actor }: Caller) {
  const rows = await revisionQuery(db)
    .where('r.state', '=', 'review')
    .where(reviewable(scopeOf(actor), sql.ref('r.service_id')))
    .orderBy('r.submitted_at')
    .limit(500)
    .execute();
  return presentAll(db, actor, rows);
}

async function presentAll(db: Kysely<DB>, actor: Actor, rows: RevisionRow[]) {
  const out = [];
  for (const r of rows) {
    const access = await serviceAccess(db, actor, r.service_id).catch(() => null);
    if (access) out.push(present(r, access));
  }
  return out;
}

/** Published versions of an entry, oldest first, with who wrote and who approved them. */
export async function history({ db, actor, serviceId }: Caller & { serviceId: string }) {
  await serviceAccess(db, actor, serviceId);
  const rows = await db
    .selectFrom('sm_revision as r')
    .leftJoin('person as a', 'a.id', 'r.author_id')
    .leftJoin('person as d', 'd.id', 'r.decided_by')
    .select([
      'r.id',
      'r.version',
      'r.baseline',
      'r.published_at',
      'r.author_id',
      'a.name as author_name',
      'r.decided_by',
      'd.name as decided_by_name',
    ])
    .where('r.service_id', '=', serviceId)
    .where('r.state', '=', 'published')
    .orderBy('r.version')
    .execute();
  return rows.map((r) => ({
    version: r.version!,
    revisionId: r.id,
    baseline: r.baseline,
    publishedAt: r.published_at!.toISOString(),
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
    approvedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
  }));
}

async function termNames(db: Kysely<DB>, docs: (ServiceDocument | null)[]) {
  const ids = [...new Set(docs.flatMap((d) => d?.taxonomy_term_ids ?? []))];
  const rows = ids.length
    ? await db.selectFrom('sm_taxonomy_term').select(['id', 'name']).where('id', 'in', ids).execute()
    : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return (id: string) => names.get(id) ?? id;
}

/** What changed between two published versions of an entry. */
export async function diffVersions({
  db,
  actor,
  serviceId,
  from,
  to,
}: Caller & { serviceId: string; from: number; to: number }) {
  await serviceAccess(db, actor, serviceId);
  const rows = await db
    .selectFrom('sm_revision')
    .select(['version', 'document'])
    .where('service_id', '=', serviceId)
    .where('version', 'in', [from, to])
    .execute();
  const doc = (v: number) => {
    const r = rows.find((x) => x.version === v);
    if (!r) throw new AppError('not_found');
    return serviceDocument.parse(r.document);
  };
  const [a, b] = [doc(from), doc(to)];
  return { from, to, changes: diffDocuments(a, b, await termNames(db, [a, b])) };
}

/** What a revision in progress would change against the last published version (null: a new entry). */
export async function diffRevision({ db, actor, id }: Caller & { id: string }) {
  const { serviceId } = await loadRevision(db, actor, id);
  const r = await db
    .selectFrom('sm_revision')
    .select(['document', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const base = await db
    .selectFrom('sm_revision')
    .select(['document', 'version'])
    .where('service_id', '=', serviceId)
    .where('state', '=', 'published')
    .$if(r.version !== null, (q) => q.where('version', '<', r.version!))
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const after = serviceDocument.parse(r.document);
  const before = base ? serviceDocument.parse(base.document) : null;
  return {
    from: base?.version ?? null,
    to: r.version,
    changes: diffDocuments(before, after, await termNames(db, [before, after])),
  };
}

/** "Still correct": sets the last-verified date to today and changes nothing else. */
export async function verifyService({ db, actor, serviceId }: Caller & { serviceId: string }) {
  const access = await serviceAccess(db, actor, serviceId);
  if (!access.canEdit) throw new AppError('not_found');
  if (!access.published)
    throw new AppError(
      'invalid_transition',
      bilingual(
        'Een nieuw aanbod wordt gecontroleerd bij het goedkeuren.',
        'A new entry is verified when approved.',
      ),
      [],
      { allowed: [] },
    );
  return audited(
    db,
    {
      action: 'verify',
      objectType: 'sm_service',
      objectId: serviceId,
      basis: 'administration',
      actingAs: access.actingAs,
      actor,
    },
    async (trx) => {
      const r = await sql<{ assured_date: string }>`UPDATE sm_service SET assured_date = current_date
        WHERE id = ${serviceId} RETURNING assured_date`.execute(trx);
      return { serviceId, assuredDate: r.rows[0]!.assured_date };
    },
  );
}
