// Who sees which sources and duplicate pairs: administrators all; coordinators those of the regions of their
// neighbourhoods, and sources without a region (imported from the command line without a neighbourhood).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';

export interface RegionScope {
  admin: boolean;
  regionIds: string[];
}

export async function regionScopeOf(db: Kysely<DB>, actor: Actor): Promise<RegionScope> {
  const admin = actor.memberships.some((m) => m.role === 'administrator');
  const neighbourhoods = actor.memberships
    .filter((m) => m.role === 'coordinator' && m.neighbourhoodId)
    .map((m) => m.neighbourhoodId!);
  const regionIds = neighbourhoods.length
    ? (
        await db
          .selectFrom('neighbourhood')
          .select('region_id')
          .distinct()
          .where('id', 'in', neighbourhoods)
          .execute()
      ).map((r) => r.region_id)
    : [];
  return { admin, regionIds };
}

/** True for a source (by its region_id column) the scope covers. */
export function sourceInScope(scope: RegionScope, regionColumn: RawBuilder<unknown>): RawBuilder<boolean> {
  if (scope.admin) return sql<boolean>`true`;
  if (!scope.regionIds.length) return sql<boolean>`${regionColumn} IS NULL`;
  return sql<boolean>`(${regionColumn} IS NULL OR ${regionColumn} IN (${sql.join(scope.regionIds)}))`;
}
