// Who may edit or review which social-map entry. Provider editors: the entries of their organisation
// (sm_organization.organisation_id). Coordinators: entries with a service area in their neighbourhood
// (the wijk's CBS code, or a buurt inside it). Administrators: everything. The checks are SQL fragments,
// so lists filter in the database and one entry is checked in the same query that reads it.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB, Role } from '../../../server/db/schema.ts';
import { AppError } from '../../../server/errors.ts';

export interface Scope {
  admin: boolean;
  organisationIds: string[];
  neighbourhoodIds: string[];
}

export function scopeOf(actor: Actor): Scope {
  const ids = (role: Role, key: 'organisationId' | 'neighbourhoodId') => [
    ...new Set(actor.memberships.filter((m) => m.role === role && m[key]).map((m) => m[key] as string)),
  ];
  return {
    admin: actor.memberships.some((m) => m.role === 'administrator'),
    organisationIds: ids('provider_editor', 'organisationId'),
    neighbourhoodIds: ids('coordinator', 'neighbourhoodId'),
  };
}

/** True when a service area of `serviceId` lies in one of the neighbourhoods. */
function inNeighbourhoods(neighbourhoodIds: string[], serviceId: RawBuilder<unknown>): RawBuilder<boolean> {
  if (!neighbourhoodIds.length) return sql<boolean>`false`;
  return sql<boolean>`EXISTS (SELECT 1 FROM sm_service_area a JOIN neighbourhood n
    ON a.cbs_code = n.cbs_code OR a.cbs_code LIKE 'BU' || substr(n.cbs_code, 3) || '__'
    WHERE a.service_id = ${serviceId} AND n.id IN (${sql.join(neighbourhoodIds)}))`;
}

/** Coordinators of the entry's neighbourhood and administrators review; they see the worklist. */
export function reviewable(scope: Scope, serviceId: RawBuilder<unknown>): RawBuilder<boolean> {
  if (scope.admin) return sql<boolean>`true`;
  return inNeighbourhoods(scope.neighbourhoodIds, serviceId);
}

export function editable(scope: Scope, serviceId: RawBuilder<unknown>): RawBuilder<boolean> {
  if (scope.admin) return sql<boolean>`true`;
  const own = scope.organisationIds.length
    ? sql<boolean>`EXISTS (SELECT 1 FROM sm_service x JOIN sm_organization o ON o.id = x.organization_id
        WHERE x.id = ${serviceId} AND o.organisation_id IN (${sql.join(scope.organisationIds)}))`
    : sql<boolean>`false`;
  return sql<boolean>`(${own} OR ${inNeighbourhoods(scope.neighbourhoodIds, serviceId)})`;
}

export interface ServiceAccess {
  serviceId: string;
  name: string;
  published: boolean;
  canEdit: boolean;
  canReview: boolean;
  /** The role to name in the audit row. */
  actingAs: Role;
}

/** The caller's rights on one entry; 404 when there are none (or it does not exist). */
export async function serviceAccess(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  serviceId: string,
): Promise<ServiceAccess> {
  const scope = scopeOf(actor);
  const ref = sql.ref('s.id');
  const row = await db
    .selectFrom('sm_service as s')
    .where('s.id', '=', serviceId)
    .select([
      's.id',
      's.name',
      sql<boolean>`s.published`.as('published'),
      editable(scope, ref).as('can_edit'),
      reviewable(scope, ref).as('can_review'),
    ])
    .executeTakeFirst();
  if (!row || (!row.can_edit && !row.can_review)) throw new AppError('not_found');
  return {
    serviceId: row.id,
    name: row.name,
    published: row.published,
    canEdit: row.can_edit,
    canReview: row.can_review,
    actingAs: scope.admin ? 'administrator' : row.can_review ? 'coordinator' : 'provider_editor',
  };
}

/** Whether one of the CBS codes lies in the caller's neighbourhoods (a coordinator's new entry). */
export async function codesInScope(db: Kysely<DB> | Transaction<DB>, scope: Scope, codes: string[]) {
  if (scope.admin) return true;
  if (!codes.length || !scope.neighbourhoodIds.length) return false;
  const hit = await db
    .selectFrom('neighbourhood as n')
    .where('n.id', 'in', scope.neighbourhoodIds)
    .where(
      sql<boolean>`EXISTS (SELECT 1 FROM (VALUES ${sql.join(codes.map((c) => sql`(${c}::text)`))}) AS c(code)
        WHERE c.code = n.cbs_code OR c.code LIKE 'BU' || substr(n.cbs_code, 3) || '__')`,
    )
    .select('n.id')
    .executeTakeFirst();
  return !!hit;
}
