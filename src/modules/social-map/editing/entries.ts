// What the editing pages list: the entries the caller may edit (with their state, freshness and open
// reports), one entry's overview, and the choices of the edit form (organisations the caller may create
// entries for, their neighbourhoods' CBS codes, the taxonomy). Rights come from access.ts, in SQL.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import type { TERM_GROUPS } from './schema.ts';
import { editable, reviewable, scopeOf, serviceAccess } from './access.ts';

type Caller = { db: Kysely<DB>; actor: Actor };

const due = sql<string | null>`(s.assured_date + make_interval(months => s.review_interval_months))::date`;

const baseQuery = (db: Kysely<DB>) =>
  db.selectFrom('sm_service as s').leftJoin('sm_organization as o', 'o.id', 's.organization_id');

function entryQuery(db: Kysely<DB>) {
  return baseQuery(db)
    .leftJoin('sm_revision as r', (j) =>
      j.onRef('r.service_id', '=', 's.id').on('r.state', '<>', 'published'),
    )
    .select([
      's.id',
      's.name',
      's.status',
      'o.name as organization_name',
      sql<boolean>`s.published`.as('published'),
      sql<string | null>`s.assured_date::text`.as('assured_date'),
      sql<string | null>`${due}::text`.as('due_date'),
      sql<boolean>`s.published AND (s.assured_date IS NULL OR ${due} < current_date)`.as('stale'),
      'r.id as revision_id',
      'r.state as revision_state',
      'r.remark as revision_remark',
      sql<number>`(SELECT count(*) FROM sm_problem_report p
        WHERE p.service_id = s.id AND p.status = 'open')::int`.as('open_reports'),
    ]);
}
type EntryRow = Awaited<ReturnType<ReturnType<typeof entryQuery>['executeTakeFirstOrThrow']>>;

function presentEntry(r: EntryRow) {
  return {
    id: r.id,
    name: r.name,
    organizationName: r.organization_name,
    status: r.status,
    published: r.published,
    assuredDate: r.assured_date,
    dueDate: r.assured_date ? r.due_date : null,
    stale: r.stale,
    openReports: Number(r.open_reports),
    openChange:
      r.revision_id && r.revision_state && r.revision_state !== 'published'
        ? { id: r.revision_id, state: r.revision_state, remark: r.revision_remark }
        : null,
  };
}

/** The entries the caller may edit, by name, filtered on entry or organisation name. */
export async function editableEntries({
  db,
  actor,
  q,
  page,
  perPage,
}: Caller & { q?: string | undefined; page: number; perPage: number }) {
  const scope = scopeOf(actor);
  const text = q?.trim();
  const like = text ? `%${escapeLike(text)}%` : null;
  const match = like ? sql<boolean>`(s.name ILIKE ${like} OR o.name ILIKE ${like})` : sql<boolean>`true`;
  const mine = editable(scope, sql.ref('s.id'));
  const [rows, total] = await Promise.all([
    entryQuery(db)
      .where(mine)
      .where(match)
      .orderBy(sql`lower(s.name)`)
      .orderBy('s.id')
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute(),
    // Counted without the per-row columns (report counts, open change).
    baseQuery(db)
      .where(mine)
      .where(match)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentEntry), total: Number(total.n), page, perPage };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One entry as the editing pages show it, with what the caller may do (404 outside their rights). */
export async function entryOverview({ db, actor, serviceId }: Caller & { serviceId: string }) {
  const access = await serviceAccess(db, actor, serviceId);
  const row = await entryQuery(db).where('s.id', '=', serviceId).executeTakeFirstOrThrow();
  return { ...presentEntry(row), canEdit: access.canEdit, canReview: access.canReview };
}

/**
 * The edit form's choices. Organisations: a provider editor's own; a coordinator's are those with an entry
 * in their neighbourhoods or linked to an organisation that serves them; administrators see all. Areas:
 * the caller's neighbourhoods (coordinator) or those their organisation serves (provider editor).
 */
export async function editingOptions({ db, actor, q }: Caller & { q?: string | undefined }) {
  const scope = scopeOf(actor);
  const text = q?.trim();
  let orgs = db
    .selectFrom('sm_organization as o')
    .select(['o.id', 'o.name'])
    .$if(!!text, (qb) => qb.where('o.name', 'ilike', `%${escapeLike(text!)}%`));
  if (!scope.admin) {
    const own = scope.organisationIds;
    const hoods = scope.neighbourhoodIds;
    orgs = orgs.where((eb) =>
      eb.or([
        own.length ? eb('o.organisation_id', 'in', own) : sql<boolean>`false`,
        hoods.length
          ? eb.exists(
              eb
                .selectFrom('organisation_neighbourhood as on')
                .select('on.organisation_id')
                .whereRef('on.organisation_id', '=', 'o.organisation_id')
                .where('on.neighbourhood_id', 'in', hoods),
            )
          : sql<boolean>`false`,
        hoods.length
          ? eb.exists(
              eb
                .selectFrom('sm_service as s')
                .select('s.id')
                .whereRef('s.organization_id', '=', 'o.id')
                .where(reviewable(scope, sql.ref('s.id'))),
            )
          : sql<boolean>`false`,
      ]),
    );
  }
  const organizations = await orgs
    .orderBy(sql`lower(o.name)`)
    .orderBy('o.id')
    .limit(200)
    .execute();

  let areas = db.selectFrom('neighbourhood as n').select(['n.cbs_code', 'n.name']);
  if (!scope.admin) {
    const ids = scope.neighbourhoodIds;
    const own = scope.organisationIds;
    areas = areas.where((eb) =>
      eb.or([
        ids.length ? eb('n.id', 'in', ids) : sql<boolean>`false`,
        own.length
          ? eb.exists(
              eb
                .selectFrom('organisation_neighbourhood as on')
                .select('on.neighbourhood_id')
                .whereRef('on.neighbourhood_id', '=', 'n.id')
                .where('on.organisation_id', 'in', own),
            )
          : sql<boolean>`false`,
      ]),
    );
  }
  const areaRows = await areas.orderBy('n.cbs_code').limit(500).execute();

  const terms = await db
    .selectFrom('sm_taxonomy_term as t')
    .select(['t.id', 't.code', 't.name', 't.parent_id'])
    .orderBy('t.code')
    .limit(1000)
    .execute();
  const group = (code: string | null): (typeof TERM_GROUPS)[number] =>
    code?.startsWith('domein.')
      ? 'domain'
      : code?.startsWith('doelgroep.')
        ? 'target_group'
        : code?.startsWith('behoefte.')
          ? 'need'
          : 'other';
  return {
    organizations,
    areas: areaRows.map((a) => ({ cbsCode: a.cbs_code, name: a.name })),
    terms: terms.map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      parentId: t.parent_id,
      group: group(t.code),
    })),
  };
}
