// Thresholds of duplicate finding per region: at or above auto_merge a pair merges by itself, from review up
// to there it waits for a coordinator, below it nothing happens.
import { sql, type Kysely } from 'kysely';
import { audited } from '../../../server/audit.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual, notFound } from '../../../server/errors.ts';
import { regionScopeOf } from '../sources/access.ts';
import { DEFAULT_THRESHOLDS } from './match/index.ts';

type Caller = { db: Kysely<DB>; actor: Actor };

export async function listSettings({ db, actor }: Caller) {
  const scope = await regionScopeOf(db, actor);
  const { rows } = await sql<{ id: string; name: string; auto_merge: string | null; review: string | null }>`
    SELECT g.id, g.name, d.auto_merge, d.review FROM region g LEFT JOIN sm_dedupe_settings d ON d.region_id = g.id
    WHERE ${scope.admin ? sql`true` : scope.regionIds.length ? sql`g.id IN (${sql.join(scope.regionIds)})` : sql`false`}
    ORDER BY g.name`.execute(db);
  return {
    defaults: DEFAULT_THRESHOLDS,
    items: rows.map((r) => ({
      regionId: r.id,
      regionName: r.name,
      autoMerge: r.auto_merge === null ? DEFAULT_THRESHOLDS.autoMerge : Number(r.auto_merge),
      review: r.review === null ? DEFAULT_THRESHOLDS.review : Number(r.review),
      isDefault: r.auto_merge === null,
    })),
  };
}

export async function updateSettings(o: Caller & { regionId: string; autoMerge: number; review: number }) {
  const scope = await regionScopeOf(o.db, o.actor);
  if (!scope.admin && !scope.regionIds.includes(o.regionId)) throw notFound();
  if (o.review >= o.autoMerge)
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.review',
        message: bilingual(
          'De grens voor controle moet lager zijn dan de grens voor automatisch samenvoegen.',
          'The review threshold must be lower than the automatic merge threshold.',
        ),
      },
    ]);
  const region = await o.db.selectFrom('region').select('id').where('id', '=', o.regionId).executeTakeFirst();
  if (!region) throw notFound();
  await audited(
    o.db,
    {
      action: 'update',
      objectType: 'sm_dedupe_settings',
      objectId: o.regionId,
      basis: 'administration',
      actingAs: scope.admin ? 'administrator' : 'coordinator',
    },
    (trx) =>
      trx
        .insertInto('sm_dedupe_settings')
        .values({
          region_id: o.regionId,
          auto_merge: o.autoMerge,
          review: o.review,
          updated_by: o.actor.personId,
        })
        .onConflict((oc) =>
          oc.column('region_id').doUpdateSet({
            auto_merge: o.autoMerge,
            review: o.review,
            updated_by: o.actor.personId,
            updated_at: sql`now()`,
          }),
        )
        .execute(),
  );
  return (await listSettings(o)).items.find((i) => i.regionId === o.regionId)!;
}
